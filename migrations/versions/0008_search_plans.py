"""Indexes and plans so search reads only what it returns (issue 9)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30

- Both engines: e-mail is searched as ``lower(email)``; an expression index on it makes the
  exact address and a typed beginning index lookups (SQLite had none and scanned every client).
  On PostgreSQL the old equality-only index is rebuilt with ``text_pattern_ops``, which also
  answers ``LIKE 'kari.o%'`` whatever the server's collation.
- PostgreSQL: folded names get ``text_pattern_ops`` btrees, so a name that starts with what was
  typed is found by a range scan that stops at the cap, before any trigram bitmap (which reads
  every candidate first: 36,735 rows for "ha" at 300,000 clients).

The names are listed in vetdesk/db/migration_only.py so the schema drift test knows they exist on
purpose (expression and operator-class indexes cannot be declared portably on the models).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PG_PREFIX_INDEXES = (
    ("ix_clients_search_key_prefix", "clients", "search_key text_pattern_ops, id"),
    ("ix_animals_search_key_prefix", "animals", "search_key text_pattern_ops, owner_id"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        op.execute("CREATE INDEX ix_clients_email_lower ON clients (lower(email))")
        return
    op.execute("DROP INDEX IF EXISTS ix_clients_email_lower")
    op.execute("CREATE INDEX ix_clients_email_lower ON clients (lower(email) text_pattern_ops)")
    for name, table, columns in _PG_PREFIX_INDEXES:
        op.execute(f"CREATE INDEX {name} ON {table} ({columns})")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_clients_email_lower")
        return
    for name, _table, _columns in _PG_PREFIX_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.execute("DROP INDEX IF EXISTS ix_clients_email_lower")
    op.execute("CREATE INDEX ix_clients_email_lower ON clients (lower(email))")
