"""Alembic environment: runs with the connection VetDesk hands it (see vetdesk/db/migrate.py)."""

from __future__ import annotations

from alembic import context

from vetdesk.db.migration_only import include_in_comparison
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
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()
