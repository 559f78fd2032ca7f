"""The client card's due recalls by an index on (client_id, status, due_on) (issue 9)

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-30

The card lists a client's due recalls in due order. With only ``ix_reminders_client_id`` and
``ix_reminders_due (status, due_on)``, SQLite chooses between them by its statistics, and a
migration that rebuilds ``reminders`` (0014 did, for its kind CHECK) drops those statistics:
SQLite then walks every due recall of the clinic in due order for each card opened (the card's
reads took three times as long on the 2,000-client demo after 0014). One index that answers
the client, the status and the order needs no statistics to be chosen, on either engine.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_reminders_client_due", "reminders", ["client_id", "status", "due_on"])


def downgrade() -> None:
    op.drop_index("ix_reminders_client_due", table_name="reminders")
