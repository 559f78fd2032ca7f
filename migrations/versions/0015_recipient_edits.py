"""Referral recipients can be edited and deactivated (issue 12)

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30

A recipient in the register gets the version column the other edited records have (clients,
animals, appointments), so a second desk's stale edit is refused with "changed by NAME at
TIME", and who changed it last and when. Existing rows start at version 1, never edited.
Deactivating uses the ``active`` column that was already there: old referrals keep their
recipient and stay readable.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A foreign key needs the batch form on SQLite.
    with op.batch_alter_table("external_parties", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1",
                                      nullable=False))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("updated_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_external_parties_updated_by_id_users"), "users",
            ["updated_by_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("external_parties", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_external_parties_updated_by_id_users"),
                                 type_="foreignkey")
        batch_op.drop_column("updated_by_id")
        batch_op.drop_column("updated_at")
        batch_op.drop_column("version")
