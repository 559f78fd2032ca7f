"""The hot paths' plain-value conversions (issue 9) give what the shared column types
give: the card, chart and search tests compare whole results on both engines; these pin the
conversions and the once-compiled statement themselves."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import Integer, String, bindparam, column, select, table, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import DBAPIError

from vetdesk.db import raw_rows
from vetdesk.db.base import UTCDateTime
from vetdesk.db.database import Database
from vetdesk.errors import ConnectionLost


def test_moment_is_aware_utc() -> None:
    assert raw_rows.moment("2026-11-30 06:05:04.000123") == dt.datetime(
        2026, 11, 30, 6, 5, 4, 123, tzinfo=dt.UTC)
    assert raw_rows.moment("2026-11-30 06:05:04.000123").tzinfo is dt.UTC
    assert raw_rows.moment(None) is None


def test_guid_and_decimal_as_the_column_types_give_them() -> None:
    assert raw_rows.guid("0123456789abcdef0123456789abcdef") == uuid.UUID(
        "01234567-89ab-cdef-0123-456789abcdef")
    # Rounded to the column's scale, as Numeric(8, 3) gives it from SQLite.
    assert str(raw_rows.decimal(33.2, 3)) == "33.200"
    assert str(raw_rows.decimal(38, 1)) == "38.0"
    assert raw_rows.decimal(None, 1) is None


def test_statement_compiled_once_with_fixed_in_list() -> None:
    things = table("things", column("id", Integer), column("status", String))
    stmt = select(things.c.id).where(
        things.c.id == bindparam("wanted", type_=Integer()),
        things.c.status.in_(["a", "b"]),
    )
    compiled = raw_rows.compile_for_sqlite(stmt, sqlite.dialect())
    assert compiled.sql.count("?") == 3
    assert compiled.order[0] == "wanted"
    assert [compiled.fixed[name] for name in compiled.order[1:]] == ["a", "b"]


def test_in_list_given_at_each_call_is_refused() -> None:
    things = table("things", column("id", Integer))
    stmt = select(things.c.id).where(things.c.id.in_(bindparam("ids", expanding=True)))
    with pytest.raises(ValueError):
        raw_rows.compile_for_sqlite(stmt, sqlite.dialect())


def test_a_statement_runs_on_either_driver_with_the_columns_types(database: Database,
                                                                   engine_name: str) -> None:
    """The search box's path on both engines: named marks ("%(name)s", a name used twice, a
    literal percent sign kept) for psycopg, "?" marks for sqlite3; the bound moment passes
    through its column type's processor on the way in."""
    stmt = text(
        "SELECT :number + 1 AS next, :number AS same, 'a%b' AS literal, "
        ":moment AS moment"
    ).bindparams(bindparam("number", type_=Integer()),
                 bindparam("moment", type_=UTCDateTime()))
    compiled = raw_rows.compile_for(stmt, database.engine.dialect)
    if engine_name == "postgresql":
        assert compiled.positional is False
        assert compiled.sql.count("%(number)s") == 2
        assert "'a%%b'" in compiled.sql
        assert set(compiled.order) == {"number", "moment"}
    else:
        assert compiled.positional is True
        assert compiled.order == ("number", "number", "moment")
    moment = dt.datetime(2026, 11, 30, 7, 0, tzinfo=dt.UTC)
    with database.quick_read() as conn:
        [row] = raw_rows.run(conn, compiled, {"number": 41, "moment": moment})
    assert (row.next, row.same, row.literal) == (42, 41, "a%b")
    # As the driver gives it: text on SQLite (the column type's stored form), a moment on
    # PostgreSQL.
    stored = raw_rows.moment(row.moment) if engine_name == "sqlite" else row.moment
    assert stored == moment


@pytest.mark.pg_only
def test_a_connection_lost_under_a_hot_read_is_thrown_away_and_said_so(
        database: Database) -> None:
    """SQLAlchemy's error handling still runs: the connection is invalidated, the read says
    the connection was lost (and may be run again), and the pool gives the next read a live
    connection."""
    goodbye = raw_rows.compile_for(text("SELECT pg_terminate_backend(pg_backend_pid())"),
                                   database.engine.dialect)
    with pytest.raises(ConnectionLost) as lost, database.quick_read() as conn:
        raw_rows.run(conn, goodbye, {})
    assert lost.value.retry_safe is True
    cause = lost.value.__cause__
    assert isinstance(cause, DBAPIError) and cause.connection_invalidated is True
    alive = raw_rows.compile_for(text("SELECT 1 AS one"), database.engine.dialect)
    with database.quick_read() as conn:
        assert [row.one for row in raw_rows.run(conn, alive, {})] == [1]
