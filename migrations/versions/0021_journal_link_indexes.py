"""The links to journal entries, indexed (issue 10)

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-30

Deleting a journal entry (the retention purge, migration 0019) makes the database look for
rows that still point at it: recalls, prescriptions, medicine given, referrals and the
journal entries a referral sent. Unindexed, each deleted entry read those tables whole: on
SQLite the purge of the 2,000-client demo spent 13 of its 21 seconds there.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXED = (
    ("reminders", "journal_entry_id"),
    ("prescriptions", "journal_entry_id"),
    ("medicine_given", "journal_entry_id"),
    ("referrals", "report_entry_id"),
    ("referral_items", "journal_entry_id"),
)


def upgrade() -> None:
    # Plain CREATE INDEX (no batch rebuild): prescriptions and medicine_given are append-only
    # and a rebuild on SQLite would drop their guard triggers.
    for table, column in _INDEXED:
        op.create_index(f"ix_{table}_{column}", table, [column])


def downgrade() -> None:
    for table, column in _INDEXED:
        op.drop_index(f"ix_{table}_{column}", table_name=table)
