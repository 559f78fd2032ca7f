"""Tables that only ever grow, and the least-privilege PostgreSQL role for workstations.

The triggers themselves are created by the migrations (migrations/versions); this module is the
single list the rest of the program and the tests consult.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

# Rows in these tables are never changed or removed in place (DESIGN.md, "Guarantees").
APPEND_ONLY_TABLES: tuple[str, ...] = (
    "audit_events",
    "journal_entries",
    "journal_versions",
    "journal_attachments",
    "prescriptions",
    "prescription_items",
    "prescription_cancellations",
)

_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def validate_role_name(role: str) -> str:
    if not _ROLE_NAME.match(role):
        raise ValueError(
            f"“{role}” is not a usable role name: use lower-case letters, digits and _ "
            "(at most 63), starting with a letter."
        )
    return role


def grant_app_role(conn: Connection, role: str, password: str | None = None) -> None:
    """Create or update the role workstations connect as (PostgreSQL only).

    It may read and write ordinary tables but only SELECT and INSERT the append-only ones, and
    it is neither owner nor superuser, so it cannot disable the triggers either.
    """
    role = validate_role_name(role)
    quoted = f'"{role}"'
    exists = conn.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role}
    ).scalar()
    if not exists:
        conn.execute(text(f"CREATE ROLE {quoted} LOGIN"))
    conn.execute(text(f"ALTER ROLE {quoted} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS"))
    if password is not None:
        # Parameters are not allowed in ALTER ROLE; quote the literal through the server.
        literal = conn.execute(text("SELECT quote_literal(:pw)"), {"pw": password}).scalar_one()
        conn.execute(text(f"ALTER ROLE {quoted} PASSWORD {literal}"))
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    conn.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO {quoted}'))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {quoted}"))
    conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {quoted}"))
    tables = conn.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    ).scalars()
    for table in tables:
        if table == "alembic_version":
            privileges = "SELECT"
        elif table in APPEND_ONLY_TABLES:
            privileges = "SELECT, INSERT"
        else:
            privileges = "SELECT, INSERT, UPDATE, DELETE"
        conn.execute(text(f'GRANT {privileges} ON TABLE "{table}" TO {quoted}'))
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {quoted}"))
