"""Alembic environment: runs with the connection VetDesk hands it (see vetdesk/db/migrate.py)."""

from __future__ import annotations

import warnings

from alembic import context

from vetdesk.db.migration_only import SQLITE_UNREFLECTED_WARNING, include_in_comparison
from vetdesk.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = config.attributes.get("engine")
        if engine is None:
            raise RuntimeError("VetDesk runs migrations with `vetdesk db upgrade`")
        with engine.connect() as connection:
            _run(connection)
            connection.commit()
        return
    _run(connection)
    connection.commit()


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: Alembic rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=include_in_comparison,
    )
    with context.begin_transaction(), warnings.catch_warnings():
        # A batch operation reflects the table, and SQLAlchemy cannot reflect SQLite's
        # expression indexes (0008); ADD COLUMN keeps them, a table rebuild would not.
        warnings.filterwarnings("ignore", message=SQLITE_UNREFLECTED_WARNING)
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()
