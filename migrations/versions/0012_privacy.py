"""The privacy panel: request register, erasure log, column classification (issue 10)

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30

The request register learns the rights it was missing ("information"; "export" becomes
"portability"), the extension of art. 12(3) with its reason and the day the person was told, a
refusal's reason, what was produced, and a client-generated id for retries. Clients get a
restriction mark (art. 18). ``privacy_erasures`` records each erasure with a pseudonymous id and
hashes only, so it survives the erasure and ``vetdesk privacy replay`` can apply it again after
an older backup is restored. The column classification itself is code
(vetdesk/services/privacy/classification.py), not schema.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_KINDS = "kind IN ('access', 'export', 'correction', 'restriction', 'objection', 'erasure')"
_NEW_KINDS = ("kind IN ('information', 'access', 'correction', 'restriction', 'objection', "
              "'erasure', 'portability')")


def upgrade() -> None:
    with op.batch_alter_table("privacy_requests", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_privacy_requests_kind_valid"), type_="check")
    op.execute("UPDATE privacy_requests SET kind = 'portability' WHERE kind = 'export'")
    with op.batch_alter_table("privacy_requests", schema=None) as batch_op:
        batch_op.create_check_constraint(batch_op.f("ck_privacy_requests_kind_valid"),
                                         sa.text(_NEW_KINDS))
        batch_op.add_column(sa.Column("request_id", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("description", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("extended_due_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("extension_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("extension_told_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("refusal_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("produced_ref", sa.String(length=300), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_privacy_requests_request_id"),
                                          ["request_id"])
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(sa.Column("restricted_at", sa.DateTime(timezone=True),
                                      nullable=True))
    op.create_table(
        "privacy_erasures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_ref", sa.Integer(), nullable=False),
        sa.Column("pseudonym", sa.String(length=20), nullable=False),
        sa.Column("identity_sha256", sa.String(length=64), nullable=False),
        sa.Column("plan_sha256", sa.String(length=64), nullable=False),
        sa.Column("receipt_sha256", sa.String(length=64), nullable=True),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("erased_by_id", sa.Integer(), nullable=True),
        sa.Column("privacy_request_id", sa.Integer(), nullable=True),
        sa.Column("purge_on", sa.Date(), nullable=True),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["erased_by_id"], ["users.id"],
                                name=op.f("fk_privacy_erasures_erased_by_id_users")),
        sa.ForeignKeyConstraint(
            ["privacy_request_id"], ["privacy_requests.id"],
            name=op.f("fk_privacy_erasures_privacy_request_id_privacy_requests")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_erasures")),
        sa.UniqueConstraint("client_ref", name=op.f("uq_privacy_erasures_client_ref")),
        sa.UniqueConstraint("pseudonym", name=op.f("uq_privacy_erasures_pseudonym")),
    )


def downgrade() -> None:
    op.drop_table("privacy_erasures")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_column("restricted_at")
    with op.batch_alter_table("privacy_requests", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_privacy_requests_request_id"), type_="unique")
        for column in ("produced_ref", "refusal_reason", "extension_told_on",
                       "extension_reason", "extended_due_on", "description", "request_id"):
            batch_op.drop_column(column)
        batch_op.drop_constraint(batch_op.f("ck_privacy_requests_kind_valid"), type_="check")
    op.execute("UPDATE privacy_requests SET kind = 'export' WHERE kind = 'portability'")
    op.execute("DELETE FROM privacy_requests WHERE kind = 'information'")
    with op.batch_alter_table("privacy_requests", schema=None) as batch_op:
        batch_op.create_check_constraint(batch_op.f("ck_privacy_requests_kind_valid"),
                                         sa.text(_OLD_KINDS))
