"""When help was asked for, the third time of the journal regulation (issue 8)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30

FOR-2006-02-20-229 § 4 asks for three times per entry: when help was asked for, when it was
given (``event_time``) and when the entry was written (``created_at``). ``help_requested_at``
is the first. On a signed version it is always set: versions from before this migration get
their event time, which is what the chart showed for them, and their hashes stay valid because
the canonical form names the field only when it differs from the event time
(vetdesk/domain/integrity.py). On a draft it may be empty: "the same as the event time", so
moving the event time moves it too until the vet sets it apart.

``journal_versions`` is append-only: its guard triggers are lifted for the one UPDATE that
fills the new column and put back in the same transaction (PostgreSQL), or dropped and created
again around the table rebuild that makes the column NOT NULL (SQLite drops a table's triggers
when batch mode rebuilds it).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLE = "journal_versions"
_COLUMN = "help_requested_at"


def upgrade() -> None:
    with op.batch_alter_table("journal_drafts", schema=None) as batch_op:
        batch_op.add_column(sa.Column(_COLUMN, sa.DateTime(timezone=True), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.add_column(_TABLE, sa.Column(_COLUMN, sa.DateTime(timezone=True), nullable=True))
        op.execute(f"ALTER TABLE {_TABLE} DISABLE TRIGGER {_TABLE}_append_only")
        op.execute(f"UPDATE {_TABLE} SET {_COLUMN} = event_time")
        op.execute(f"ALTER TABLE {_TABLE} ENABLE TRIGGER {_TABLE}_append_only")
        op.alter_column(_TABLE, _COLUMN, nullable=False)
        return
    _drop_sqlite_guards()
    with op.batch_alter_table(_TABLE, schema=None) as batch_op:
        batch_op.add_column(sa.Column(_COLUMN, sa.DateTime(timezone=True), nullable=True))
    op.execute(f"UPDATE {_TABLE} SET {_COLUMN} = event_time")
    with op.batch_alter_table(_TABLE, schema=None, recreate="always") as batch_op:
        batch_op.alter_column(_COLUMN, existing_type=sa.DateTime(timezone=True), nullable=False)
    _create_sqlite_guards()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_column(_TABLE, _COLUMN)
    else:
        _drop_sqlite_guards()
        with op.batch_alter_table(_TABLE, schema=None, recreate="always") as batch_op:
            batch_op.drop_column(_COLUMN)
        _create_sqlite_guards()
    with op.batch_alter_table("journal_drafts", schema=None) as batch_op:
        batch_op.drop_column(_COLUMN)


# Frozen here as migration 0001 wrote them; the rebuilt table must refuse change as before.
def _drop_sqlite_guards() -> None:
    for operation in ("update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS {_TABLE}_no_{operation}")


def _create_sqlite_guards() -> None:
    for operation in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER {_TABLE}_no_{operation.lower()} BEFORE {operation} ON {_TABLE} "
            f"BEGIN SELECT RAISE(ABORT, '{operation} on {_TABLE} refused: the table is "
            "append-only'); END"
        )
