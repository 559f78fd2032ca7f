"""Bulk inserts with ids assigned in Python, straight to the driver.

The demo writes over a million rows for 20,000 clients; one ORM object per row would take many
minutes, and even SQLAlchemy's executemany spends half the run converting parameters. Rows are
plain dicts collected per table, converted once per column to what the driver stores (the same
formats SQLAlchemy's own types write: UTC text on SQLite, hex GUIDs, JSON text), and written
with ``executemany`` on SQLite and ``COPY`` on PostgreSQL, parents before children (the
metadata's dependency order), so foreign keys hold at every flush.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Integer,
    Numeric,
    Table,
    Time,
    func,
    select,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from vetdesk.db.base import GUID, UTCDateTime
from vetdesk.db.models import Base

Row = dict[str, Any]
Convert = Callable[[Any], Any]
CHUNK_ROWS = 10_000


class BulkWriter:
    """Buffers rows per table and writes them in dependency order."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._dialect = session.get_bind().dialect.name
        self._pending: dict[str, list[Row]] = defaultdict(list)
        self._next_id: dict[str, int] = {}
        self.counts: dict[str, int] = defaultdict(int)

    def next_id(self, table: str) -> int:
        """The next free integer id of ``table`` (counting on from what is already stored)."""
        if table not in self._next_id:
            model_table = Base.metadata.tables[table]
            stored = self._session.execute(select(func.max(model_table.c.id))).scalar()
            self._next_id[table] = int(stored or 0) + 1
        value = self._next_id[table]
        self._next_id[table] = value + 1
        return value

    def add(self, table: str, row: Row) -> None:
        self._pending[table].append(row)

    def extend(self, table: str, rows: Iterable[Row]) -> None:
        self._pending[table].extend(rows)

    def pending_rows(self, table: str) -> list[Row]:
        return self._pending.get(table, [])

    def flush(self) -> None:
        for table in Base.metadata.sorted_tables:
            rows = self._pending.pop(table.name, None)
            if rows:
                self._write(table, rows)

    def finish(self) -> None:
        """Write what is left and move PostgreSQL's id sequences past the ids we chose."""
        self.flush()
        if self._dialect != "postgresql":
            return  # SQLite's INTEGER PRIMARY KEY continues from the largest id by itself.
        for name in self._next_id:
            table = Base.metadata.tables[name]
            if isinstance(table.c.id.type, Integer):
                self._session.execute(sql_text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 1) FROM {name}))"
                ))

    def _write(self, table: Table, rows: list[Row]) -> None:
        names = [column.name for column in table.columns]
        converting = [
            (index, convert) for index, column in enumerate(table.columns)
            if (convert := _converter(column, self._dialect)) is not None
        ]
        pick = itemgetter(*names)
        driver = self._session.connection().connection.driver_connection
        assert driver is not None
        for start in range(0, len(rows), CHUNK_ROWS):
            values = []
            for row in rows[start : start + CHUNK_ROWS]:
                value = list(pick(row))
                for index, convert in converting:
                    if value[index] is not None:
                        value[index] = convert(value[index])
                values.append(value)
            if self._dialect == "postgresql":
                _copy(driver, table.name, names, values)
            else:
                marks = ", ".join("?" for _ in names)
                driver.executemany(
                    f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})", values
                )
        self.counts[table.name] += len(rows)


def _copy(driver: Any, table: str, names: list[str], values: list[list[Any]]) -> None:
    with driver.cursor() as cursor, cursor.copy(
        f"COPY {table} ({', '.join(names)}) FROM STDIN"
    ) as copy:
        for value in values:
            copy.write_row(value)


def _converter(column: Column[Any], dialect: str) -> Convert | None:
    kind = column.type
    if isinstance(kind, GUID):
        return _hex
    if isinstance(kind, JSON):
        return json.dumps
    if dialect == "postgresql":
        return None  # psycopg adapts dates, aware datetimes, Decimal and bool itself
    if isinstance(kind, UTCDateTime):
        return _sqlite_datetime
    if isinstance(kind, DateTime):
        raise TypeError(f"{column} is a naive DateTime; the models use UTCDateTime")
    if isinstance(kind, Date):
        return _iso_date
    if isinstance(kind, Time):
        return _sqlite_time
    if isinstance(kind, Numeric):
        return float
    if isinstance(kind, Boolean):
        return int
    return None


def _hex(value: Any) -> str:
    return str(value.hex)


def _iso_date(value: dt.date) -> str:
    return value.isoformat()


def _sqlite_time(value: dt.time) -> str:
    # SQLAlchemy's SQLite TIME storage format (opening hours, issue 11).
    return value.strftime("%H:%M:%S.%f")


def _sqlite_datetime(value: dt.datetime) -> str:
    # SQLAlchemy's SQLite DATETIME storage format, in UTC (UTCDateTime's contract).
    return value.astimezone(dt.UTC).isoformat(" ", "microseconds")[:26]
