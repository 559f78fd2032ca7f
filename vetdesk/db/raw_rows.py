"""Hot reads with no per-call or per-row SQLAlchemy work (issue 9).

A statement built once is compiled once per dialect; each call sends the compiled text on the
connection's own driver cursor and gets the driver's plain values back, as named tuples. The
statement goes through SQLAlchemy's ``Connection._cursor_execute`` (what SQLAlchemy itself uses
to run a statement on a given cursor): the engine's cursor events still see every statement
(what the tests and benchmarks count), and a driver error is handled as any other, a lost
connection dropped from the pool and reported as such. What is skipped is the result
machinery ``exec_driver_sql`` builds on every call (its column metadata was most of a card's
overhead). The caller converts only the columns it shows, with the cheap functions
below. They give exactly what the shared column types give on SQLite
(:class:`vetdesk.db.base.UTCDateTime`, :class:`~vetdesk.db.base.GUID`, ``Numeric``), which
stay as they are for the rest of the program.

On PostgreSQL the driver already returns typed values, and most reads keep the ordinary
path: there the round trip is the floor. The search box is the exception: it runs at every
pause in typing, on every workstation, and SQLAlchemy's result machinery was two thirds of
the CPU a search spent in the program (about 2 ms of 3), so it uses :func:`compile_for`
with PostgreSQL's driver too.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import namedtuple
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement


@dataclass(frozen=True)
class _Compiled:
    sql: str
    # The bound parameters' names: in the order of the "?" marks for a positional driver
    # (a name used twice is there twice), or each name once for a named one ("%(name)s").
    order: tuple[str, ...]
    positional: bool
    # Values fixed in the statement itself (e.g. an action compared with 'void'), already
    # passed through their types' bind processors.
    fixed: dict[str, Any]
    processors: dict[str, Any]
    # The row type, made from the driver's column names at the first run (the shape of a
    # statement's result never changes).
    row_type: list[Any] = field(default_factory=list)


def compile_for_sqlite(stmt: ClauseElement, dialect: Dialect) -> _Compiled:
    """``stmt`` as SQLite text with positional parameters (:func:`compile_for`)."""
    return compile_for(stmt, dialect)


def compile_for(stmt: ClauseElement, dialect: Dialect) -> _Compiled:
    """``stmt`` as the text ``dialect``'s driver takes, with its parameter marks. The
    parameters without a value (``bindparam("name")``) are the caller's; an IN list of fixed
    values is expanded here, once, into its own marks."""
    compiled: Any = stmt.compile(dialect=dialect)
    callers = {name for name, bind in compiled.binds.items() if bind.required}
    if any(bind.expanding for bind in compiled.binds.values() if bind.required):
        raise ValueError("an IN list given at each call cannot be compiled once")
    state = compiled.construct_expanded_state(dict.fromkeys(callers))
    processors = {**compiled._bind_processors, **state.processors}
    fixed: dict[str, Any] = {}
    for name, value in state.parameters.items():
        if name in callers:
            continue
        processor = processors.get(name)
        fixed[name] = processor(value) if processor is not None and value is not None else value
    order = tuple(state.positiontup or ()) if dialect.positional else tuple(state.parameters)
    return _Compiled(state.statement, order, dialect.positional, fixed, processors)


def run(session: Session | Connection, compiled: _Compiled, params: dict[str, Any]
        ) -> list[Any]:
    """The rows of ``compiled`` with ``params`` (processed by their columns' types), on the
    connection's current transaction if it has one."""
    values = dict(compiled.fixed)
    for name, value in params.items():
        processor = compiled.processors.get(name)
        values[name] = processor(value) if processor is not None and value is not None else value
    conn = session.connection() if isinstance(session, Session) else session
    sql = compiled.sql
    args: Any = (tuple(values[name] for name in compiled.order) if compiled.positional
                 else {name: values[name] for name in compiled.order})
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        # SQLAlchemy's own way to run a statement on a given cursor: the cursor events (which
        # the tests and benchmarks count), the dialect's execute events, and on an error its
        # handling, which runs the engine's error hooks, recognises a lost connection, drops
        # that connection from the pool instead of reusing it, and raises the DBAPIError that
        # says so (vetdesk/db/database.py turns it into ConnectionLost and may run the action
        # again). What it skips is building a result: the rows are the driver's.
        conn._cursor_execute(cursor, sql, args)
        try:
            rows = cursor.fetchall()
        except BaseException as exc:
            conn._handle_dbapi_exception(exc, sql, args, cursor, None)
        if not compiled.row_type:
            # The names are known only from the driver, hence the functional form.
            row_type: Any = namedtuple(  # type: ignore[misc]
                "Row", [column[0] for column in cursor.description], rename=True)
            compiled.row_type.append(row_type._make)
    finally:
        cursor.close()
    return list(map(compiled.row_type[0], rows))


def moment(stored: str | None) -> dt.datetime | None:
    """A :class:`UTCDateTime` as SQLite holds it (naive UTC text), aware in UTC. Parsed with
    its offset written on: one C call, where ``replace(tzinfo=...)`` after parsing costs
    several times more (a chart page converts three per row)."""
    if stored is None:
        return None
    return dt.datetime.fromisoformat(stored + "+00:00")


def guid(stored: str) -> uuid.UUID:
    """A :class:`GUID` as stored (32 hex characters)."""
    return uuid.UUID(hex=stored)


def decimal(stored: float | int | str | None, scale: int) -> Decimal | None:
    """A ``Numeric(p, scale)`` as SQLAlchemy returns it from SQLite (rounded to the scale)."""
    if stored is None:
        return None
    return Decimal(f"{float(stored):.{scale}f}")
