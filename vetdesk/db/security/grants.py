"""The privileges of each staff group role, generated from the permission table.

``TABLE_PRIVILEGES`` says what each permission needs of the tables; a role's grants are the
union over the permissions its VetDesk role has (vetdesk/domain/permissions.py), so adding a
permission to a role in that one table changes both the program's check and the server's
grant. Audit rows are never granted: they are written only through the owner's
``vetdesk_audit_append`` function, which stamps the session's user.
"""

from __future__ import annotations

from collections.abc import Mapping

from vetdesk.db.guards import APPEND_ONLY_TABLES
from vetdesk.domain.codes import Role
from vetdesk.domain.permissions import ROLE_PERMISSIONS, Permission
from vetdesk.domain.privacy_classification import POLICIES, Erasure

S, I, U, D = "SELECT", "INSERT", "UPDATE", "DELETE"  # noqa: E741  (SQL privilege initials)
_P = Permission

_CLIENT_RECORDS = (
    "clients", "client_phones", "client_alerts", "consents",
    "animals", "ownerships", "identities", "animal_alerts",
)
_FRONT_DESK_VIEW = (
    *_CLIENT_RECORDS, "appointments", "reminders", "messages", "invoices", "invoice_lines",
    "external_parties", "drugs",
)
_JOURNAL_READ = (
    "journal_entries", "journal_versions", "journal_attachments",
    "journal_drafts", "journal_draft_attachments",
    "prescriptions", "prescription_items", "prescription_cancellations",
    "referrals", "referral_items", "medicine_given", "medicine_given_voids",
)
_SIGNED_RECORDS = ("journal_entries", "journal_versions", "journal_attachments")


def _on(tables: tuple[str, ...], *privileges: str) -> dict[str, frozenset[str]]:
    return {table: frozenset(privileges) for table in tables}


def _privacy_erasure_grants() -> dict[str, frozenset[str]]:
    wanted = {Erasure.DELETE: (S, D), Erasure.PSEUDONYMISE: (S, U), Erasure.KEEP: (S,)}
    return {name: frozenset(wanted[policy.erasure]) for name, policy in POLICIES.items()
            if policy.erasure in wanted}


# What each permission needs, table by table. Every staff role also gets BASELINE.
TABLE_PRIVILEGES: dict[Permission, dict[str, frozenset[str]]] = {
    _P.VIEW_CLIENTS: _on(_FRONT_DESK_VIEW, S),
    _P.EDIT_CLIENTS: {
        **_on(_CLIENT_RECORDS, S, I, U),
        # A changed phone list and a removed chip replace rows.
        **_on(("client_phones", "identities"), S, I, U, D),
    },
    _P.MERGE_CLIENTS: {
        **_on(_CLIENT_RECORDS, S, I, U),
        **_on(("client_phones",), S, I, U, D),
        **_on(("appointments", "reminders", "messages", "invoices", "privacy_requests"), S, U),
    },
    _P.IMPORT_CLIENTS: {
        **_on(_CLIENT_RECORDS, S, I, U),
        **_on(("client_phones", "identities"), S, I, U, D),
    },
    _P.VIEW_JOURNAL: _on(_JOURNAL_READ, S),
    # Drafts are the author's own (row-level security, apply.py).
    _P.WRITE_JOURNAL: _on(("journal_drafts", "journal_draft_attachments"), S, I, U, D),
    _P.SIGN_JOURNAL: {
        **_on(_SIGNED_RECORDS, S, I),
        **_on(("journal_drafts", "journal_draft_attachments"), S, U, D),
        # A signed vaccination completes older recalls and creates the next one.
        **_on(("reminders",), S, I, U),
    },
    _P.PRINT_JOURNAL: _on(_SIGNED_RECORDS, S),
    _P.BOOK_APPOINTMENTS: {**_on(("appointments",), S, I, U), **_on(("resources",), S)},
    _P.SEND_REMINDERS: _on(("messages", "reminders"), S, I, U),
    _P.PRESCRIBE: {
        **_on(("prescriptions", "prescription_items", "prescription_cancellations"), S, I),
        **_on(("drugs",), S),
    },
    # Append-only like prescriptions: a wrong record is voided, never edited. The journal
    # note written with it needs SIGN_JOURNAL, which every role holding this has.
    _P.GIVE_MEDICINE: {
        **_on(("medicine_given", "medicine_given_voids"), S, I),
        **_on(("drugs",), S),
    },
    # The VetReg worklist reads the medicine used and the animals it was used on; marking an
    # entry reported adds a row and changes nothing (services/pharmacy/vetreg.py).
    _P.REPORT_MEDICINE: {
        # journal_versions: whether a note of medicine given was voided in the chart.
        **_on(("prescriptions", "prescription_items", "prescription_cancellations", "animals",
               "identities", "medicine_given", "medicine_given_voids", "journal_versions"), S),
        **_on(("medicine_reports", "medicine_given_reports"), S, I),
    },
    _P.REFER: {**_on(("referrals", "referral_items"), S, I, U), **_on(("external_parties",), S)},
    # Recipients are deactivated, never deleted: old referrals name them.
    _P.MANAGE_RECIPIENTS: _on(("external_parties",), S, I, U),
    # Inspect, export and erasure read every table about clients, delete what the
    # classification deletes and replace the identity in the rows the law keeps: generated
    # from vetdesk/domain/privacy_classification.py, so a new table is covered at once.
    _P.MANAGE_PRIVACY: {
        **_privacy_erasure_grants(),
        **_on(("privacy_requests",), S, I, U), **_on(("audit_events",), S),
        # The log of erasures only grows (services/privacy/).
        **_on(("privacy_erasures",), S, I),
        # Written only by the owner's purge function (security/retention.py).
        **_on(("chain_purges",), S),
    },
    _P.VIEW_AUDIT_LOG: _on(("audit_events",), S),
    _P.MANAGE_USERS: {},  # through the owner's user functions only (functions.py)
    _P.MANAGE_SETTINGS: {
        **_on(("clinic",), S, I, U),
        **_on(("resources", "drugs"), S, I, U),
        # Opening hours and holiday openings are replaced, not edited (issue 11).
        **_on(("resource_hours", "holiday_openings"), S, I, U, D),
        # `vetdesk postcodes import` replaces Posten's register (issue 8).
        **_on(("postal_codes",), S, I, U, D),
        # `vetdesk settings set` (issue 11); `settings unset` deletes the clinic's own value.
        # Secrets are never in the table.
        **_on(("clinic_settings",), S, I, U, D),
    },
    _P.EDIT_RECALL_RULES: _on(("recall_rules",), S, I, U),
    _P.LOAD_DEMO: {},  # on PostgreSQL the demo is loaded by the database owner
    _P.VERIFY_INTEGRITY: _on(("audit_events", "chain_purges", *_SIGNED_RECORDS), S),
}

# Columns of ``users`` every staff member may read: never the password data.
USER_COLUMNS_VISIBLE = (
    "id", "username", "full_name", "role", "hpr_number", "email", "phone", "login_role",
    "active", "last_signin_at", "created_at",
)
BASELINE: dict[str, frozenset[str]] = {
    "clinic": frozenset({S}),
    "resources": frozenset({S}),
    # The calendar's hours and the change marker the desks poll: no personal data.
    "resource_hours": frozenset({S}),
    "holiday_openings": frozenset({S}),
    "calendar_marker": frozenset({S}),
    "postal_codes": frozenset({S}),
    # Whoever sends reminders reads the SMTP and gateway settings and the recall rules.
    "clinic_settings": frozenset({S}),
    "recall_rules": frozenset({S}),
    "alembic_version": frozenset({S}),
}


def role_privileges(role: Role) -> dict[str, frozenset[str]]:
    """Table → privileges for one VetDesk role (``users`` is granted by column, apart)."""
    merged: dict[str, set[str]] = {table: set(privs) for table, privs in BASELINE.items()}
    for permission in ROLE_PERMISSIONS[role]:
        for table, privileges in TABLE_PRIVILEGES[permission].items():
            merged.setdefault(table, set()).update(privileges)
    result = {table: frozenset(privs) for table, privs in merged.items()}
    _refuse_changes_to_append_only(result)
    return result


def _refuse_changes_to_append_only(privileges: Mapping[str, frozenset[str]]) -> None:
    for table in APPEND_ONLY_TABLES:
        wrong = privileges.get(table, frozenset()) & {U, D, "TRUNCATE"}
        if wrong:
            raise AssertionError(f"{table} is append-only but would be granted {sorted(wrong)}")
