"""The retention purge deletes journals and old audit rows, and records where it cut (issue 10)

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-30

- ``chain_purges``: one row per stretch of a hash chain the purge deleted (the oldest audit
  rows, or an animal's whole journal chain), with the last deleted row's hash, the count and
  range, who, when and under which rule; ``vetdesk verify`` starts the audit chain from it.
- PostgreSQL: the append-only guard (``vetdesk_reject_change``, migration 0001) lets a DELETE
  through only inside the owner's retention purge function, which sets a transaction-local
  flag and runs as the owner. A staff role setting the flag gains nothing: none is granted
  DELETE on these tables. UPDATE and TRUNCATE stay refused for everyone. SQLite's guards are
  unchanged: the purge lifts them inside its own transaction and puts them back before it
  commits (vetdesk/services/privacy/chain_purge.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here: a later change gets its own migration.
_GUARD_WITH_PURGE = """
CREATE OR REPLACE FUNCTION vetdesk_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE'
       AND current_setting('vetdesk.retention_purge', true) = 'on'
       AND current_user = (SELECT pg_get_userbyid(c.relowner) FROM pg_class c
                           WHERE c.oid = TG_RELID) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION '% on % refused: the table is append-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END
$$
"""

_GUARD_BEFORE = """
CREATE OR REPLACE FUNCTION vetdesk_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% on % refused: the table is append-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END
$$
"""


def upgrade() -> None:
    op.create_table(
        "chain_purges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chain", sa.String(length=8), nullable=False),
        sa.Column("animal_id", sa.Integer(), nullable=True),
        sa.Column("first_seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                  nullable=False),
        sa.Column("last_seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                  nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("rule", sa.String(length=12), nullable=False),
        sa.Column("cutoff", sa.DateTime(timezone=True), nullable=False),
        sa.Column("purged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("purged_by_id", sa.Integer(), nullable=True),
        sa.Column("audit_event_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                  nullable=False),
        sa.CheckConstraint("chain IN ('audit', 'journal')",
                           name=op.f("ck_chain_purges_chain_valid")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chain_purges")),
    )
    op.create_index("ix_chain_purges_animal", "chain_purges", ["animal_id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_GUARD_WITH_PURGE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS vetdesk_retention_purge(timestamptz, timestamptz, "
                   "timestamptz, timestamptz, integer[], text)")
        op.execute(_GUARD_BEFORE)
    op.drop_index("ix_chain_purges_animal", table_name="chain_purges")
    op.drop_table("chain_purges")
