"""Apply the generated security of one practice's database (PostgreSQL; run as its owner).

Idempotent: ``vetdesk db upgrade`` runs it after every migration, so a VetDesk update that
changes the permission table changes the grants too. The owner needs CREATEROLE (for the
group roles, and through the user functions for each person's login role).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from vetdesk.db.security import functions, retention, stamping
from vetdesk.db.security.grants import USER_COLUMNS_VISIBLE, role_privileges
from vetdesk.db.security.naming import STAFF_ROLE, group_role, quote_ident
from vetdesk.domain.codes import Role

_DRAFT_POLICIES = (
    "ALTER TABLE journal_drafts ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS own_drafts ON journal_drafts",
    # A draft is visible and editable only by its author (the owner bypasses this: the lock
    # sweep runs as the owner).
    "CREATE POLICY own_drafts ON journal_drafts "
    "USING (author_id = vetdesk_session_user_id()) "
    "WITH CHECK (author_id = vetdesk_session_user_id())",
    "ALTER TABLE journal_draft_attachments ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS own_draft_files ON journal_draft_attachments",
    # The inner query is itself limited to the session user's drafts.
    "CREATE POLICY own_draft_files ON journal_draft_attachments "
    "USING (EXISTS (SELECT 1 FROM journal_drafts d WHERE d.id = draft_id)) "
    "WITH CHECK (EXISTS (SELECT 1 FROM journal_drafts d WHERE d.id = draft_id))",
)


def database_name(conn: Connection) -> str:
    return str(conn.execute(text("SELECT current_database()")).scalar_one())


def security_statements(database: str, tables: list[str]) -> list[str]:
    """Every statement, in order, for a database holding ``tables`` (for tests and review)."""
    groups = {role: quote_ident(group_role(database, role)) for role in Role}
    db = quote_ident(database)
    statements: list[str] = [
        # Nobody but this practice's staff may even connect.
        f"REVOKE CONNECT, TEMPORARY ON DATABASE {db} FROM PUBLIC",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        # Migration 0003's append took the user as an argument; its successor takes the
        # session's.
        "DROP FUNCTION IF EXISTS vetdesk_append_audit(timestamptz, integer, text, text, text, "
        "text, integer, integer, json, text, text, timestamptz)",
        "DROP FUNCTION IF EXISTS vetdesk_signed_in()",
        *retention.DROPPED,
    ]
    statements += functions.ALL_FUNCTIONS
    for signature, audience in functions.SIGNATURES.items():
        statements.append(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        callers = (
            list(groups.values()) if audience == "staff"
            else [groups[Role.ADMINISTRATOR]] if audience == "administrator"
            else [groups[Role.MANAGER]] if audience == "manager" else []
        )
        statements += [f"GRANT EXECUTE ON FUNCTION {signature} TO {g}" for g in callers]
    for role, group in groups.items():
        statements += [
            f"GRANT CONNECT ON DATABASE {db} TO {group}",
            f"GRANT USAGE ON SCHEMA public TO {group}",
            f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {group}",
            f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {group}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {group}",
            f"GRANT SELECT ({', '.join(USER_COLUMNS_VISIBLE)}) ON TABLE users TO {group}",
            # The tip each workstation remembers is checked after every sign-in
            # (services/integrity/workstation.py): ids and hashes, no personal data.
            f"GRANT SELECT (id, hash) ON TABLE audit_events TO {group}",
        ]
        for table, privileges in sorted(role_privileges(role).items()):
            if table in tables:
                statements.append(
                    f"GRANT {', '.join(sorted(privileges))} ON TABLE {table} TO {group}"
                )
    statements += _DRAFT_POLICIES
    for entry in stamping.STAMPED_TABLES:
        statements += stamping.trigger_sql(entry)
    return statements


def apply_security(conn: Connection) -> None:
    """Create the roles and apply grants, policies, functions and triggers (owner only)."""
    database = database_name(conn)
    _ensure_role(conn, STAFF_ROLE)
    for role in Role:
        _ensure_role(conn, group_role(database, role))
    tables = list(conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
    )).scalars())
    for statement in security_statements(database, tables):
        conn.exec_driver_sql(statement.replace("%", "%%"))  # no parameters: % is literal


def _ensure_role(conn: Connection, name: str) -> None:
    exists = conn.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}
    ).scalar()
    if not exists:
        conn.exec_driver_sql(f"CREATE ROLE {quote_ident(name)} NOLOGIN")
