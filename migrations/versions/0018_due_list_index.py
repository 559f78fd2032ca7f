"""The due list's partial index of open recalls on PostgreSQL (issue 11)

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-30

The Reminders page reads the recalls due in a period a page at a time, in due-date order
(services/messaging/due.py). ``ix_reminders_due`` (status, due_on) cannot give that order for
two statuses at once, so a chain's month of 25,000 recalls was read whole and sorted. This
index holds only the open recalls (due or sent; vaccination, check-up or post-operative
control: the statement asks for these or some of them), ordered by due date, with the ids the
list joins on and the kind (so asking for some kinds is answered from the index too): a page
reads as many entries as it shows, and the period's count is an index-only scan. SQLite
keeps reading a clinic's month off ``ix_reminders_due`` and sorting it, which is quick at that
size; the index is listed in vetdesk/db/migration_only.py, not on the model.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every recall kind (not appointment reminders): the list asks for a subset of these, which
# PostgreSQL proves is inside the index, so a recall kind the list takes up later is covered.
_OPEN_RECALLS = ("status IN ('due', 'sent') AND kind IN ('vaccination', 'checkup', 'postop')")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.create_index("ix_reminders_open_recalls", "reminders",
                    ["due_on", "id", "animal_id", "client_id", "kind"],
                    postgresql_where=sa.text(_OPEN_RECALLS))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_index("ix_reminders_open_recalls", table_name="reminders")
