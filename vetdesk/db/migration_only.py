"""Schema objects that exist only in the migrations, never in the models.

The search box's PostgreSQL indexes (pg_trgm GIN and expression indexes, migration 0002) cannot
be declared portably on the models. Alembic's autogenerate and the drift test both use
:func:`include_in_comparison`, so neither mistakes them for leftovers to drop.
"""

from __future__ import annotations

POSTGRESQL_SEARCH_INDEXES: frozenset[str] = frozenset(
    {
        "ix_trgm_clients_search_key",
        "ix_trgm_clients_email",
        "ix_trgm_animals_search_key",
        "ix_trgm_client_phones_digits",
        "ix_trgm_identities_value",
        "ix_identities_value_reversed",
        "ix_clients_email_lower",
    }
)


def include_in_comparison(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic's ``include_object`` hook: leave the migration-only objects out."""
    return not (type_ == "index" and name in POSTGRESQL_SEARCH_INDEXES)
