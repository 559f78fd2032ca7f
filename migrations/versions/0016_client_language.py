"""Each client's language: the one the clinic writes to them in (issue 10)

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-30

Messages, letters, notices and the access export follow the client's language (``nb`` or
``en``), bokmål unless chosen otherwise. Until now one clinic setting, ``reminders.language``,
chose the language of every message: existing clients get that language, so nobody's messages
change language with the upgrade, and the setting goes.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # One plain ADD COLUMN on both engines (no table rebuild on SQLite), the CHECK with it.
    op.execute("ALTER TABLE clients ADD COLUMN language VARCHAR(2) DEFAULT 'nb' NOT NULL "
               "CONSTRAINT ck_clients_language_valid CHECK (language IN ('nb', 'en'))")
    op.execute("UPDATE clients SET language = 'en' WHERE EXISTS (SELECT 1 FROM clinic_settings "
               "WHERE key = 'reminders.language' AND value = 'en')")
    op.execute("DELETE FROM clinic_settings WHERE key = 'reminders.language'")


def downgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_column("language")
