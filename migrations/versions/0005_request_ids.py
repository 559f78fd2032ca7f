"""a client-generated id on new clients and animals, so a retried save finds the first one

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

A connection lost at COMMIT leaves the program not knowing whether the client (or animal) was
saved; the user's retry used to register it a second time. The form now makes a UUID when it
opens and sends it with every attempt; ``request_id`` is unique, so the retry finds the first
attempt and returns it (issue 8). Rows from before this migration and from the importer have
none (NULL, which a unique constraint allows any number of times).

Client numbers need no schema change: they are taken as max + 1 under a lock on both engines
(services/clients.py, ``next_client_no``).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("clients", "animals")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("request_id", sa.String(length=32), nullable=True))
            batch_op.create_unique_constraint(batch_op.f(f"uq_{table}_request_id"),
                                              ["request_id"])


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f"uq_{table}_request_id"), type_="unique")
            batch_op.drop_column("request_id")
