"""The migrations own the schema: they agree with the models on both engines."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from vetdesk.db.database import Database
from vetdesk.db.migrate import SchemaState, head_revision, schema_state
from vetdesk.db.migration_only import include_in_comparison
from vetdesk.db.models import Base


# SQLAlchemy cannot reflect SQLite's expression indexes and says so; this one is meant (0008)
# and listed in vetdesk/db/migration_only.py.
@pytest.mark.filterwarnings(
    "ignore:Skipped unsupported reflection of expression-based index ix_clients_email_lower"
)
def test_migrations_match_models(database: Database) -> None:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_in_comparison}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_schema_is_at_head(database: Database) -> None:
    assert schema_state(database.engine) is SchemaState.CURRENT
    assert head_revision() == "0023"


def test_relationships_never_lazy_load() -> None:
    for mapper in Base.registry.mappers:
        for rel in mapper.relationships:
            assert rel.lazy == "raise", f"{mapper.class_.__name__}.{rel.key} lazy-loads"
