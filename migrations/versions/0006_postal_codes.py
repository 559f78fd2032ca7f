"""Posten's postal code register, so the town fills itself in from the postal code

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30

Filled by ``vetdesk postcodes import FILE`` (Posten's tab-separated register); until then the
town is learnt from the clinic's own clients (issue 8). Every staff role reads it; the
settings permission replaces it (db/security/grants.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "postal_codes",
        sa.Column("postal_code", sa.String(length=4), nullable=False),
        sa.Column("town", sa.String(length=100), nullable=False),
        sa.Column("municipality", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("postal_code", name=op.f("pk_postal_codes")),
    )


def downgrade() -> None:
    op.drop_table("postal_codes")
