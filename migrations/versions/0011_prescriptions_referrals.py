"""Drug catalogue, prescriptions, medicine reporting, referrals and lab requests (issue 12)

The catalogue gets withdrawal periods per species and produce (replacing the two columns for
meat and milk), target species, a vaccine flag, its source and a folded search key.
Prescriptions keep the expiry date, the art. 107 statement and their hash;
items keep the varenummer, the packs and the antimicrobial and vaccine flags. The clinic gets
two prescription settings.

Columns are added with ALTER TABLE ADD COLUMN, never a batch rebuild, on the append-only
prescription tables: a rebuild on SQLite would drop their guard triggers (migration 0001).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("drugs", sa.Column("vaccine", sa.Boolean(), server_default=sa.false(),
                                     nullable=False))
    op.add_column("drugs", sa.Column("target_species", sa.String(length=200), nullable=True))
    op.add_column("drugs", sa.Column("withdrawal_days", sa.JSON(), nullable=True))
    op.add_column("drugs", sa.Column("source", sa.String(length=10), server_default="import",
                                     nullable=False))
    op.add_column("drugs", sa.Column("search_key", sa.String(length=700), server_default="",
                                     nullable=False))
    _carry_withdrawal_days()
    with op.batch_alter_table("drugs", schema=None) as batch_op:
        batch_op.drop_column("withdrawal_meat_days")
        batch_op.drop_column("withdrawal_milk_days")

    op.add_column("prescriptions", sa.Column("art107_statement", sa.Text(), nullable=True))
    op.add_column("prescriptions", sa.Column("expires_on", sa.Date(), nullable=True))
    op.add_column("prescriptions", sa.Column("hash", sa.String(length=64), nullable=True))

    op.add_column("prescription_items", sa.Column("product_number", sa.String(length=20),
                                                  nullable=True))
    op.add_column("prescription_items", sa.Column("packs", sa.Integer(), nullable=True))
    op.add_column("prescription_items", sa.Column("pack_size", sa.String(length=100),
                                                  nullable=True))
    op.add_column("prescription_items", sa.Column("antimicrobial", sa.Boolean(),
                                                  server_default=sa.false(), nullable=False))
    op.add_column("prescription_items", sa.Column("vaccine", sa.Boolean(),
                                                  server_default=sa.false(), nullable=False))

    op.add_column("clinic", sa.Column("prescription_hpr_required", sa.Boolean(),
                                      server_default=sa.false(), nullable=False))
    op.add_column("clinic", sa.Column("cancel_others_prescriptions", sa.Boolean(),
                                      server_default=sa.false(), nullable=False))
    _referral_columns()
    _medicine_reporting()
    _disclosure_actions(ACTIONS_WITH_DISCLOSURES, 24)


def _medicine_reporting() -> None:
    for name, length in (("production_category", 20), ("producer_number", 20),
                         ("administered_by", 10)):
        op.add_column("prescriptions", sa.Column(name, sa.String(length=length), nullable=True))
    op.add_column("prescription_items", sa.Column("amount", sa.Numeric(10, 2), nullable=True))
    op.add_column("prescription_items", sa.Column("amount_unit", sa.String(length=2),
                                                  nullable=True))
    op.create_table(
        "medicine_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("prescription_item_id", sa.Integer(), nullable=False),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reported_by_id", sa.Integer(), nullable=False),
        sa.Column("export_name", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(["prescription_item_id"], ["prescription_items.id"],
                                name=op.f("fk_medicine_reports_prescription_item_id_"
                                          "prescription_items")),
        sa.ForeignKeyConstraint(["reported_by_id"], ["users.id"],
                                name=op.f("fk_medicine_reports_reported_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medicine_reports")),
        sa.UniqueConstraint("prescription_item_id",
                            name=op.f("uq_medicine_reports_prescription_item_id")),
    )


def _referral_columns() -> None:
    op.add_column("referrals", sa.Column("kind", sa.String(length=10),
                                         server_default="referral", nullable=False))
    op.add_column("referrals", sa.Column("urgency", sa.String(length=10),
                                         server_default="routine", nullable=False))
    op.add_column("referrals", sa.Column("clinical_summary", sa.Text(), nullable=True))
    op.add_column("referrals", sa.Column("samples", sa.Text(), nullable=True))
    op.add_column("referrals", sa.Column("question", sa.Text(), nullable=True))
    op.add_column("referrals", sa.Column("accepted_at", sa.DateTime(timezone=True),
                                         nullable=True))
    op.add_column("referrals", sa.Column("answered_at", sa.DateTime(timezone=True),
                                         nullable=True))
    # A foreign key needs the batch form on SQLite (referrals is not append-only).
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("report_entry_id", sa.String(length=32), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_referrals_report_entry_id_journal_entries"), "journal_entries",
            ["report_entry_id"], ["id"])


# Frozen here: the audit actions as of this migration (domain.codes.AuditAction).
ACTIONS_BEFORE = ("sign_in", "sign_out", "sign_in_failed", "lock", "unlock", "create", "change",
                  "view", "print", "export", "erase", "merge", "import", "setup")
ACTIONS_WITH_DISCLOSURES = (*ACTIONS_BEFORE, "disclosure.referral", "disclosure.lab")


def _disclosure_actions(actions: tuple[str, ...], width: int) -> None:
    """Widen audit_events.action and allow the disclosure actions. The rows are untouched, so
    every hash still verifies. SQLite cannot alter a CHECK: the table is rebuilt with its rows
    and ids as they are, and its append-only triggers (migration 0001) are made again."""
    check = "action IN (" + ", ".join(f"'{a}'" for a in actions) + ")"
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE audit_events DROP CONSTRAINT ck_audit_events_action_valid")
        op.execute(f"ALTER TABLE audit_events ALTER COLUMN action TYPE varchar({width})")
        op.execute(f"ALTER TABLE audit_events ADD CONSTRAINT ck_audit_events_action_valid "
                   f"CHECK ({check})")
        return
    for operation in ("update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS audit_events_no_{operation}")
    with op.batch_alter_table("audit_events", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_audit_events_action_valid"), type_="check")
        batch_op.alter_column("action", type_=sa.String(length=width),
                              existing_type=sa.String(length=16), existing_nullable=False)
        batch_op.create_check_constraint(batch_op.f("ck_audit_events_action_valid"), check)
    for operation in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_events_no_{operation.lower()} BEFORE {operation} ON "
            f"audit_events BEGIN SELECT RAISE(ABORT, '{operation} on audit_events refused: "
            "the table is append-only'); END"
        )


def _carry_withdrawal_days() -> None:
    """The old meat and milk days were printed for cattle (meat, milk) and horses (meat)."""
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT id, withdrawal_meat_days, withdrawal_milk_days FROM drugs "
        "WHERE withdrawal_meat_days IS NOT NULL OR withdrawal_milk_days IS NOT NULL"
    )).all()
    for drug_id, meat, milk in rows:
        cattle = {k: v for k, v in (("meat", meat), ("milk", milk)) if v is not None}
        days: dict[str, dict[str, int]] = {"cattle": cattle}
        if meat is not None:
            days["horse"] = {"meat": meat}
        conn.execute(sa.text("UPDATE drugs SET withdrawal_days = :days WHERE id = :id"),
                     {"days": json.dumps(days), "id": drug_id})


def downgrade() -> None:
    op.drop_table("medicine_reports")
    _disclosure_actions(ACTIONS_BEFORE, 16)
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        for column in ("report_entry_id", "answered_at", "accepted_at", "question", "samples",
                       "clinical_summary", "urgency", "kind"):
            batch_op.drop_column(column)
    for column in ("cancel_others_prescriptions", "prescription_hpr_required"):
        with op.batch_alter_table("clinic", schema=None) as batch_op:
            batch_op.drop_column(column)
    # The prescription tables are append-only and referenced: their added columns stay on
    # SQLite (a rebuild would drop the guards); PostgreSQL drops them in place.
    if op.get_bind().dialect.name == "postgresql":
        for table, columns in (
            ("prescription_items", ("vaccine", "antimicrobial", "pack_size", "packs",
                                    "product_number")),
            ("prescriptions", ("hash", "expires_on", "art107_statement")),
        ):
            for column in columns:
                op.drop_column(table, column)
    with op.batch_alter_table("drugs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("withdrawal_meat_days", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("withdrawal_milk_days", sa.Integer(), nullable=True))
        batch_op.drop_column("search_key")
        batch_op.drop_column("source")
        batch_op.drop_column("withdrawal_days")
        batch_op.drop_column("target_species")
        batch_op.drop_column("vaccine")
