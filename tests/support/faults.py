"""Faults injected into a real database: a COMMIT whose answer never arrives, a statement
that breaks, and a backend terminated while it works.

Each breaks the real connection where it can (PostgreSQL: ``pg_terminate_backend`` from the
administrator's connection), so the program sees the driver's own error, not a stand-in.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from tests.support import databases
from vetdesk.db.database import Database


def _terminate(backend_pid: int) -> None:
    with databases.pg_admin() as admin:
        # The timeout makes it wait until the backend is really gone.
        admin.execute("SELECT pg_terminate_backend(%s, 10000)", (backend_pid,))


def _break_connection(dialect_name: str, dbapi_connection: Any) -> None:
    """Cut the connection and raise what the driver raises on a dead one."""
    # The pool's wrapper (its ``info`` is the pool's own dict) around the driver's connection.
    dbapi_connection = getattr(dbapi_connection, "dbapi_connection", dbapi_connection)
    if dialect_name == "postgresql":
        _terminate(dbapi_connection.info.backend_pid)
        dbapi_connection.execute("SELECT 1")  # raises: the server closed the connection
        raise AssertionError("the terminated connection still answered")
    # SQLite has no server to lose; this is the message pysqlite gives on a closed handle,
    # which SQLAlchemy counts as a disconnect, as the psycopg error above.
    raise sqlite3.ProgrammingError("Cannot operate on a closed database.")


@contextmanager
def commit_answer_lost(db: Database, *, times: int = 1) -> Iterator[list[int]]:
    """The next ``times`` COMMITs reach the database and take effect; then the connection
    breaks before the answer comes back (the case a retry must not duplicate).

    Yields a list that counts the COMMITs broken so far.
    """
    dialect = db.engine.dialect
    original = dialect.do_commit
    broken: list[int] = []

    def do_commit(dbapi_connection: Any) -> None:
        original(dbapi_connection)
        if len(broken) < times:
            broken.append(1)
            _break_connection(dialect.name, dbapi_connection)

    dialect.do_commit = do_commit  # type: ignore[method-assign]
    try:
        yield broken
    finally:
        del dialect.do_commit


@contextmanager
def statement_fails(db: Database, error: Callable[[Any], BaseException | None], *,
                    times: int = 1, matching: str = "") -> Iterator[list[int]]:
    """The next ``times`` statements containing ``matching`` fail: ``error(dbapi_connection)``
    either raises by itself (e.g. by breaking the connection) or returns the error to raise.
    """
    engine = db.engine
    failed: list[int] = []

    def do_execute(cursor: Any, statement: str, _parameters: Any, _context: Any) -> None:
        if len(failed) < times and matching in statement:
            failed.append(1)
            # The cursor's own connection: the hot reads (vetdesk/db/raw_rows.py) run their
            # statements with no execution context.
            raised = error(cursor.connection)
            if raised is not None:
                raise raised

    event.listen(engine.dialect, "do_execute", do_execute)
    try:
        yield failed
    finally:
        event.remove(engine.dialect, "do_execute", do_execute)


def connection_breaks(dialect_name: str) -> Callable[[Any], BaseException | None]:
    """For :func:`statement_fails`: the connection is cut just as the statement is sent."""
    def cut(dbapi_connection: Any) -> None:
        _break_connection(dialect_name, dbapi_connection)
    return cut


def terminate_when_running(pattern: str, *, after: float = 0.0) -> threading.Thread:
    """Start a thread that terminates the backend running a statement like ``pattern`` (as it
    appears in pg_stat_activity) once it has run for ``after`` seconds."""
    def watch() -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with databases.pg_admin() as admin:
                row = admin.execute(
                    "SELECT pid FROM pg_stat_activity WHERE query LIKE %s AND state = 'active' "
                    "AND now() - query_start >= make_interval(secs => %s) "
                    "AND pid <> pg_backend_pid()", (pattern, after),
                ).fetchone()
                if row is not None:
                    admin.execute("SELECT pg_terminate_backend(%s, 10000)", (row[0],))
                    return
            time.sleep(0.02)

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    return thread
