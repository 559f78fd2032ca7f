"""search indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

Trigram indexes for the search box on PostgreSQL (pg_trgm, GIN): substring and word-prefix
search over folded names, phone digits, e-mail and chip numbers stay index lookups on a
300,000-client database. SQLite needs none: a clinic's few tens of thousands of rows are
scanned in a few milliseconds. The names are listed in vetdesk/db/migration_only.py
(POSTGRESQL_SEARCH_INDEXES) so the schema drift test knows they exist on purpose.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TRIGRAM_INDEXES = (
    ("ix_trgm_clients_search_key", "clients", "search_key"),
    ("ix_trgm_clients_email", "clients", "lower(email)"),
    ("ix_trgm_animals_search_key", "animals", "search_key"),
    ("ix_trgm_client_phones_digits", "client_phones", "digits"),
    ("ix_trgm_identities_value", "identities", "value"),
)


def upgrade() -> None:
    # Both engines: the animal name index carries the owner, so SQLite's search scans only the
    # index (a third of the time of a table scan on a 20,000-client clinic).
    op.drop_index("ix_animals_search_key", table_name="animals")
    op.create_index("ix_animals_search_key", "animals", ["search_key", "owner_id"])
    if op.get_bind().dialect.name != "postgresql":
        return
    # pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, table, expression in _TRIGRAM_INDEXES:
        op.execute(f"CREATE INDEX {name} ON {table} USING gin (({expression}) gin_trgm_ops)")
    # A whole e-mail address is found by equality, far quicker than by trigrams.
    op.execute("CREATE INDEX ix_clients_email_lower ON clients (lower(email))")
    # Partial chip numbers are typed from the end: a btree over the reversed value finds them.
    op.execute(
        "CREATE INDEX ix_identities_value_reversed ON identities "
        "(reverse(value) text_pattern_ops)"
    )


def downgrade() -> None:
    op.drop_index("ix_animals_search_key", table_name="animals")
    op.create_index("ix_animals_search_key", "animals", ["search_key"])
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_identities_value_reversed")
    op.execute("DROP INDEX IF EXISTS ix_clients_email_lower")
    for name, _table, _expression in _TRIGRAM_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
