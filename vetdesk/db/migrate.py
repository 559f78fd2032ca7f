"""Schema creation and upgrades through Alembic, driven from code (no alembic.ini needed).

Alembic (with Mako and Pygments behind it) costs a good part of a second to import, and the
program needs it only when the schema must change. Every open asks :func:`schema_state`, so
that answers "current" from the version table and the migration files' own ``revision`` lines,
and imports Alembic only for anything else (issue 9).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from vetdesk.db import sqlite_files
from vetdesk.errors import SchemaTooNewError
from vetdesk.resources import migrations_path

if TYPE_CHECKING:
    from alembic.config import Config


class SchemaState(StrEnum):
    EMPTY = "empty"
    OUTDATED = "outdated"
    CURRENT = "current"


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    # URLs go through attributes, never the ini parser (a "%" in a password breaks it).
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("the migrations folder has no revisions")
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def schema_state(engine: Engine) -> SchemaState:
    """Where the database stands relative to this program; refuses a newer schema."""
    if _is_current(engine):
        return SchemaState.CURRENT
    from alembic.script import ScriptDirectory

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
    from alembic import command

    config = alembic_config(engine)
    config.attributes["connection"] = conn
    command.upgrade(config, "head")


def _is_current(engine: Engine) -> bool:
    """True when the database's one recorded revision is the newest migration file's.

    Anything else (no version table, several rows, migration files this reader cannot follow)
    is False, and Alembic then gives the full answer.
    """
    head = head_revision_from_files()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:
        return False  # no version table yet: an empty database
    return len(rows) == 1 and rows[0][0] == head


# `revision: str = "0005"` / `down_revision: str | None = None`, as Alembic writes them.
_ASSIGNMENT = (
    r"^{name}\s*(?::[^=\n]*)?=\s*"
    r"(?:'(?P<single>[^'\n]*)'|\"(?P<double>[^\"\n]*)\"|None)\s*$"
)


@cache
def head_revision_from_files() -> str | None:
    """The newest revision, read from the migration files' ``revision`` and ``down_revision``
    lines without importing them (or Alembic); None when that is not one clear answer (a
    merge, a branch, an unusual file), so the caller asks Alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted((migrations_path() / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision = re.search(_ASSIGNMENT.format(name="revision"), source, re.MULTILINE)
        parent = re.search(_ASSIGNMENT.format(name="down_revision"), source, re.MULTILINE)
        if revision is None or parent is None:
            return None
        name = revision["single"] or revision["double"]
        if not name:
            return None
        revisions.add(name)
        if parent["single"] or parent["double"]:
            parents.add(parent["single"] or parent["double"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None
