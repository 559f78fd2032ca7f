"""Tables that only ever grow.

The triggers themselves are created by the migrations (migrations/versions); this module is the
single list the rest of the program and the tests consult. No staff role is ever granted
UPDATE or DELETE on them (vetdesk/db/security/grants.py refuses to generate such a grant).
"""

from __future__ import annotations

# Rows in these tables are never changed or removed in place (DESIGN.md, "Guarantees").
APPEND_ONLY_TABLES: tuple[str, ...] = (
    "audit_events",
    "journal_entries",
    "journal_versions",
    "journal_attachments",
    "prescriptions",
    "prescription_items",
    "prescription_cancellations",
    "medicine_given",
    "medicine_given_voids",
)
