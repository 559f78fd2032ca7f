"""The deceased animals, indexed on PostgreSQL (issue 11)

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-30

The due list's total (services/messaging/due.py) counts the period's open recalls less those of
deceased animals. Seeing that a recall's animal lives meant reading the animals table whole (a
parallel scan of a chain's 300,000 animals, 190 ms of a 220 ms page on a busy server); this
partial index holds only the few deceased animals. Listed in vetdesk/db/migration_only.py, not
on the model; SQLite reads a clinic's animals quickly enough without it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.create_index("ix_animals_deceased", "animals", ["id"],
                    postgresql_where=sa.text("deceased_on IS NOT NULL"))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_index("ix_animals_deceased", table_name="animals")
