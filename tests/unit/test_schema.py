"""The migrations own the schema: they agree with the models on both engines."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from vetdesk.db.database import Database
from vetdesk.db.migrate import SchemaState, head_revision, schema_state
from vetdesk.db.models import Base
from vetdesk.services.search_sql import POSTGRESQL_SEARCH_INDEXES


def _declared_in_models(obj: object, name: str | None, type_: str, reflected: bool,
                        compare_to: object) -> bool:
    # The search box's trigram indexes exist only on PostgreSQL and only in the migration.
    return not (type_ == "index" and name in POSTGRESQL_SEARCH_INDEXES)


def test_migrations_match_models(database: Database) -> None:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": _declared_in_models}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_schema_is_at_head(database: Database) -> None:
    assert schema_state(database.engine) is SchemaState.CURRENT
    assert head_revision() == "0003"


def test_relationships_never_lazy_load() -> None:
    for mapper in Base.registry.mappers:
        for rel in mapper.relationships:
            assert rel.lazy == "raise", f"{mapper.class_.__name__}.{rel.key} lazy-loads"
