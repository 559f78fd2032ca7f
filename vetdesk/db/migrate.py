"""Schema creation and upgrades through Alembic, driven from code (no alembic.ini needed)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from vetdesk.db import sqlite_files
from vetdesk.errors import SchemaTooNewError
from vetdesk.resources import migrations_path


class SchemaState(StrEnum):
    EMPTY = "empty"
    OUTDATED = "outdated"
    CURRENT = "current"


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    # URLs go through attributes, never the ini parser (a "%" in a password breaks it).
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("the migrations folder has no revisions")
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def schema_state(engine: Engine) -> SchemaState:
    """Where the database stands relative to this program; refuses a newer schema."""
    revision = current_revision(engine)
    if revision is None:
        return SchemaState.EMPTY
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if revision not in known:
        raise SchemaTooNewError(
            f"This database was set up by a newer version of VetDesk (schema {revision}); "
            "install the latest VetDesk on this computer before opening it."
        )
    return SchemaState.CURRENT if revision == head_revision() else SchemaState.OUTDATED


def upgrade(engine: Engine, *, sqlite_path: Path | None = None, now: dt.datetime) -> Path | None:
    """Bring the schema to the newest revision. Returns the backup taken, if any.

    For SQLite an existing database is first copied aside, so a failed migration can be undone
    by putting the copy back.
    """
    state = schema_state(engine)
    if state is SchemaState.CURRENT:
        return None
    backup: Path | None = None
    if sqlite_path is not None and state is SchemaState.OUTDATED:
        backup = sqlite_files.backup_copy(sqlite_path, "before-upgrade", now)
    is_sqlite = engine.dialect.name == "sqlite"
    if is_sqlite:
        # A batch rebuild of a referenced table fails with foreign keys on; switch them off
        # around the migration and check the result afterwards.
        with engine.connect() as conn:
            # PRAGMA foreign_keys is ignored inside a transaction, so it goes straight to the
            # driver before SQLAlchemy begins one.
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys = OFF")
            _run_upgrade(engine, conn)
            problems = raw.execute("PRAGMA foreign_key_check").fetchall()
            raw.execute("PRAGMA foreign_keys = ON")
        if problems:
            raise RuntimeError(f"migration left broken foreign keys: {problems[:5]}")
    else:
        with engine.connect() as conn:
            _run_upgrade(engine, conn)
    return backup


def _run_upgrade(engine: Engine, conn: object) -> None:
    config = alembic_config(engine)
    config.attributes["connection"] = conn
    command.upgrade(config, "head")
