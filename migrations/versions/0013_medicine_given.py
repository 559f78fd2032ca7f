"""Medicine given without a prescription, for the journal and VetReg (issue 12)

A vet who injects a cow in the clinic or on a farm visit records the product, the amount in ml
or g, the time and the reporting data; the VetReg worklist then holds it beside prescribed
medicine. ``medicine_given`` and ``medicine_given_voids`` are append-only on both engines, as
prescriptions and their cancellations are (migration 0001): a wrong record is voided with a
reason, never edited. ``medicine_given_reports`` marks one reported, as ``medicine_reports``
does for a prescription item.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here: the tables this migration makes append-only.
APPEND_ONLY = ("medicine_given", "medicine_given_voids")


def upgrade() -> None:
    op.create_table(
        "medicine_given",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("animal_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("given_by_id", sa.Integer(), nullable=False),
        sa.Column("given_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("journal_entry_id", sa.String(length=32), nullable=False),
        sa.Column("drug_id", sa.Integer(), nullable=True),
        sa.Column("product_name", sa.String(length=200), nullable=False),
        sa.Column("active_substances", sa.String(length=300), nullable=False),
        sa.Column("form", sa.String(length=100), nullable=False),
        sa.Column("strength", sa.String(length=100), nullable=False),
        sa.Column("product_number", sa.String(length=20), nullable=True),
        sa.Column("antimicrobial", sa.Boolean(), nullable=False),
        sa.Column("amount", sa.Numeric(10, 2), nullable=False),
        sa.Column("amount_unit", sa.String(length=2), nullable=False),
        sa.Column("withdrawal_period", sa.String(length=200), nullable=True),
        sa.Column("production_category", sa.String(length=20), nullable=True),
        sa.Column("producer_number", sa.String(length=20), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.CheckConstraint("amount > 0", name=op.f("ck_medicine_given_amount_positive")),
        sa.CheckConstraint("amount_unit IN ('ml', 'g')",
                           name=op.f("ck_medicine_given_amount_unit_valid")),
        sa.ForeignKeyConstraint(["animal_id"], ["animals.id"],
                                name=op.f("fk_medicine_given_animal_id_animals")),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"],
                                name=op.f("fk_medicine_given_client_id_clients")),
        sa.ForeignKeyConstraint(["drug_id"], ["drugs.id"],
                                name=op.f("fk_medicine_given_drug_id_drugs")),
        sa.ForeignKeyConstraint(["given_by_id"], ["users.id"],
                                name=op.f("fk_medicine_given_given_by_id_users")),
        sa.ForeignKeyConstraint(["journal_entry_id"], ["journal_entries.id"],
                                name=op.f("fk_medicine_given_journal_entry_id_journal_entries")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medicine_given")),
    )
    op.create_index("ix_medicine_given_animal", "medicine_given", ["animal_id"], unique=False)
    op.create_index(op.f("ix_medicine_given_client_id"), "medicine_given", ["client_id"],
                    unique=False)
    op.create_table(
        "medicine_given_voids",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("medicine_given_id", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("voided_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["medicine_given_id"], ["medicine_given.id"],
            name=op.f("fk_medicine_given_voids_medicine_given_id_medicine_given")),
        sa.ForeignKeyConstraint(["voided_by_id"], ["users.id"],
                                name=op.f("fk_medicine_given_voids_voided_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medicine_given_voids")),
        sa.UniqueConstraint("medicine_given_id",
                            name=op.f("uq_medicine_given_voids_medicine_given_id")),
    )
    op.create_table(
        "medicine_given_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("medicine_given_id", sa.String(length=32), nullable=False),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reported_by_id", sa.Integer(), nullable=False),
        sa.Column("export_name", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["medicine_given_id"], ["medicine_given.id"],
            name=op.f("fk_medicine_given_reports_medicine_given_id_medicine_given")),
        sa.ForeignKeyConstraint(["reported_by_id"], ["users.id"],
                                name=op.f("fk_medicine_given_reports_reported_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medicine_given_reports")),
        sa.UniqueConstraint("medicine_given_id",
                            name=op.f("uq_medicine_given_reports_medicine_given_id")),
    )
    _append_only_guards()


def _append_only_guards() -> None:
    """As migration 0001's for prescriptions: a trigger that raises, never a silent rule."""
    if op.get_bind().dialect.name == "postgresql":
        for table in APPEND_ONLY:
            # vetdesk_reject_change() is migration 0001's.
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION vetdesk_reject_change()")
            op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                       "FOR EACH STATEMENT EXECUTE FUNCTION vetdesk_reject_change()")
        return
    for table in APPEND_ONLY:
        for operation in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{operation.lower()} BEFORE {operation} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{operation} on {table} refused: the table is "
                "append-only'); END"
            )


def downgrade() -> None:
    op.drop_table("medicine_given_reports")
    op.drop_table("medicine_given_voids")
    op.drop_index(op.f("ix_medicine_given_client_id"), table_name="medicine_given")
    op.drop_index("ix_medicine_given_animal", table_name="medicine_given")
    op.drop_table("medicine_given")
