"""Schema objects that exist only in the migrations, never in the models.

The search box's PostgreSQL indexes (pg_trgm GIN and expression indexes, migrations 0002 and
0008), its ``lower(email)`` index on SQLite (0008) and the due list's PostgreSQL partial index
(0018) cannot be declared portably on the models. Alembic's autogenerate and the drift test
both use :func:`include_in_comparison`, so neither mistakes them for leftovers to drop.
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
        # Migration 0008: name prefixes by btree (text_pattern_ops).
        "ix_clients_search_key_prefix",
        "ix_animals_search_key_prefix",
    }
)
# Migration 0018: the due list's partial index of open recalls, on PostgreSQL only (SQLite
# reads a clinic's month off ix_reminders_due and sorts it, which is quick at that size).
# Migration 0020: the deceased animals, for the due list's total.
POSTGRESQL_LIST_INDEXES: frozenset[str] = frozenset({"ix_reminders_open_recalls",
                                                     "ix_animals_deceased"})
# Migration 0008: the same ``lower(email)`` expression index on SQLite too. SQLAlchemy cannot
# reflect it there and warns (a regular expression for warnings.filterwarnings); a later batch
# migration that rebuilds the clients table on SQLite must create it again.
SEARCH_EXPRESSION_INDEXES: frozenset[str] = frozenset({"ix_clients_email_lower"})
SQLITE_UNREFLECTED_WARNING = (
    "Skipped unsupported reflection of expression-based index ix_clients_email_lower"
)


def include_in_comparison(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic's ``include_object`` hook: leave the migration-only objects out."""
    return not (
        type_ == "index"
        and (name in POSTGRESQL_SEARCH_INDEXES or name in SEARCH_EXPRESSION_INDEXES
             or name in POSTGRESQL_LIST_INDEXES)
    )
