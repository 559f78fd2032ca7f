"""One migration run on its own, up or down, over a database a test filled with the rows a
clinic would have had before it (what ``vetdesk db upgrade`` does, one revision at a time)."""

from __future__ import annotations

import importlib.util
import warnings
from pathlib import Path

from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy import Engine

from vetdesk.db.migrate import migrations_path
from vetdesk.db.migration_only import SQLITE_UNREFLECTED_WARNING


def run_migration(engine: Engine, filename: str, step: str) -> None:
    """``step`` ("upgrade" or "downgrade") of ``migrations/versions/<filename>``."""
    path = Path(migrations_path(), "versions", filename)
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with engine.connect() as conn:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            # As vetdesk.db.migrate does: straight to the driver, before any transaction.
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys = OFF")
        context = MigrationContext.configure(conn, opts={"render_as_batch": sqlite})
        with Operations.context(context), warnings.catch_warnings():
            # As migrations/env.py does for every migration.
            warnings.filterwarnings("ignore", message=SQLITE_UNREFLECTED_WARNING)
            getattr(module, step)()
        conn.commit()
        if sqlite:
            raw.execute("PRAGMA foreign_keys = ON")
