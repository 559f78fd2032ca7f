"""staff as database roles: login role per user, server-held passwords, shared sign-in throttle

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

On PostgreSQL every user becomes a login role whose password only the server knows, so
``users.password_hash`` is left empty there and ``users.login_role`` names the role. The roles,
grants, row-level security and the stamping triggers are not in this migration: they are
generated from the permission table and the stamping registry by ``vetdesk db upgrade``
(vetdesk/db/security), so they can never drift from the program's own checks.

On SQLite the program checks passwords, and ``signin_throttle`` keeps the failures per typed
username in the file itself, so parallel processes cannot guess faster than one.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.alter_column("password_hash", existing_type=sa.Text(), nullable=True)
        batch_op.add_column(sa.Column("login_role", sa.String(length=63), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_users_login_role"), ["login_role"])
    op.create_table(
        "signin_throttle",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("not_before", sa.DateTime(timezone=True), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_signin_throttle")),
    )


def downgrade() -> None:
    op.drop_table("signin_throttle")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_users_login_role"), type_="unique")
        batch_op.drop_column("login_role")
        batch_op.alter_column("password_hash", existing_type=sa.Text(), nullable=False)
