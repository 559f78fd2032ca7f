"""Recalls, reminder rules and the message outbox (issue 11)

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30

- ``clinic_settings``: the clinic's settings as key and value (``vetdesk settings``); which
  keys exist and how each is checked is the program's registry (services/settings/), so a new
  key needs no migration. Secrets are never stored here.
- ``recall_rules``: vaccination recalls by product and species, the annual check-up, the
  post-operative control and the appointment reminder, per clinic.
- ``messages`` gets what sending exactly once needs: the claim a sender takes in its own
  transaction before handing a message over, the moment a left-behind claim was found
  uncertain, the reference to look it up by (Message-ID, gateway reference), the back-off
  time, the reminder stage and an appointment invitation (.ics).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MESSAGE_COLUMNS = (
    ("claimed_at", sa.DateTime(timezone=True)),
    ("claim_token", sa.String(length=36)),
    ("uncertain_at", sa.DateTime(timezone=True)),
    ("reference", sa.String(length=200)),
    ("next_attempt_at", sa.DateTime(timezone=True)),
    ("stage", sa.Integer()),
    ("calendar", sa.Text()),
)


def upgrade() -> None:
    op.create_table(
        "clinic_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["updated_by_id"], ["users.id"],
                                name=op.f("fk_clinic_settings_updated_by_id_users")),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_clinic_settings")),
    )
    op.create_table(
        "recall_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("product", sa.String(length=200), nullable=True),
        sa.Column("product_key", sa.String(length=200), nullable=False),
        sa.Column("species", sa.String(length=20), nullable=False),
        sa.Column("vaccine_group", sa.String(length=100), nullable=True),
        sa.Column("months", sa.Integer(), nullable=True),
        sa.Column("days", sa.Integer(), nullable=True),
        sa.Column("hours", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("kind IN ('vaccination', 'checkup', 'postop', 'appointment')",
                           name=op.f("ck_recall_rules_kind_valid")),
        sa.ForeignKeyConstraint(["updated_by_id"], ["users.id"],
                                name=op.f("fk_recall_rules_updated_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recall_rules")),
        sa.UniqueConstraint("kind", "product_key", "species",
                            name=op.f("uq_recall_rules_kind")),
    )
    with op.batch_alter_table("messages", schema=None) as batch_op:
        for name, type_ in _MESSAGE_COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=True))
        batch_op.create_index(batch_op.f("ix_messages_outbox"), ["status", "next_attempt_at"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_messages_outbox"))
        for name, _type in reversed(_MESSAGE_COLUMNS):
            batch_op.drop_column(name)
    op.drop_table("recall_rules")
    op.drop_table("clinic_settings")
