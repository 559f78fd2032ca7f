"""Everything held about one client, read generically from the column classification.

Which rows belong to a client follows from each table's ``Link`` in classification.py: the
client's own row and the rows of clients merged into it, their animals (current, and former
ones through the ownership history), and from there every table that links to those. The whole
holding is read in ONE statement (a UNION ALL of one SELECT per table, each row as a JSON
object), so inspect and export cost one round trip to a distant server whatever the number of
tables, and a table added to the classification is read with no code here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    JSON,
    ColumnElement,
    LargeBinary,
    Select,
    Table,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from vetdesk.db.base import Base
from vetdesk.domain.privacy_classification import POLICIES, client_tables


@dataclass(frozen=True)
class Holding:
    """One client's rows, table by table (values as plain JSON types; files as sizes)."""

    client_id: int
    tables: Mapping[str, tuple[dict[str, Any], ...]]

    def rows(self, table: str) -> tuple[dict[str, Any], ...]:
        return self.tables.get(table, ())


def table_of(name: str) -> Table:
    return Base.metadata.tables[name]


def client_scope(client_id: int) -> Select[Any]:
    """Ids of the client and of the clients merged into it (two levels of merging)."""
    clients = table_of("clients")
    merged = select(clients.c.id).where(clients.c.merged_into_id == client_id)
    return select(clients.c.id).where(or_(
        clients.c.id == client_id, clients.c.merged_into_id == client_id,
        clients.c.merged_into_id.in_(merged)))


def animal_scope(client_id: int) -> Any:
    """The client's animals: those they own now and those they owned before."""
    animals, ownerships = table_of("animals"), table_of("ownerships")
    owned = select(animals.c.id).where(animals.c.owner_id.in_(client_scope(client_id)))
    former = select(ownerships.c.animal_id).where(
        ownerships.c.client_id.in_(client_scope(client_id)))
    return union_all(owned, former)


def row_condition(name: str, client_id: int) -> ColumnElement[bool]:
    """The WHERE clause picking the client's rows of one table."""
    table = table_of(name)
    if name == "clients":
        return table.c.id.in_(client_scope(client_id))
    if name == "animals":
        return table.c.id.in_(animal_scope(client_id))
    link = POLICIES[name].link
    assert link is not None, name
    return table.c[link.column].in_(ids_of(link.parent, client_id))


def ids_of(name: str, client_id: int) -> Any:
    """A subquery of the ids of the client's rows in ``name`` (for its children's links)."""
    if name == "clients":
        return client_scope(client_id)
    if name == "animals":
        return animal_scope(client_id)
    table = table_of(name)
    return select(table.c.id).where(row_condition(name, client_id))


def holding_statement(client_id: int, dialect: str) -> Any:
    """One statement: (table name, row as JSON) for every row about the client."""
    build = func.json_build_object if dialect == "postgresql" else func.json_object
    parts = []
    for name in client_tables():
        table = table_of(name)
        pairs: list[Any] = []
        for column in table.columns:
            pairs.append(literal(column.name))
            pairs.append(_json_value(column, dialect))
        parts.append(select(literal(name).label("t"), build(*pairs).label("j"))
                     .where(row_condition(name, client_id)))
    return union_all(*parts)


def read_holding(session: Session, client_id: int) -> Holding:
    dialect = session.get_bind().dialect.name
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in client_tables()}
    for name, value in session.execute(holding_statement(client_id, dialect)):
        row = value if isinstance(value, dict) else json.loads(value)
        tables[name].append(row)
    for name, rows in tables.items():
        if "id" in table_of(name).c:
            rows.sort(key=lambda r: str(r.get("id")))
    return Holding(client_id, {name: tuple(rows) for name, rows in tables.items()})


def _json_value(column: Any, dialect: str) -> Any:
    if isinstance(column.type, LargeBinary):
        # Files are listed by size here; the export writes them out separately.
        return func.length(column)
    if isinstance(column.type, JSON) and dialect == "sqlite":
        return func.json(column)
    return column


# -- a former animal: only while the client owned it ---------------------------------------------

# How each table linked to an animal is dated, for an animal the client no longer owns: its
# rows from after the transfer (or from before the client had it) belong to another owner. A
# journal entry is dated by its current version's event time, as the owner's journal export
# dates it (journal/disclosure.py), and its versions and files go with it; a row of a table
# named here as (column, table) goes with the row of that table it names.
_WHEN: dict[str, str | tuple[str, str]] = {
    "journal_entries": "event_time",
    "journal_versions": ("entry_id", "journal_entries"),
    "journal_drafts": "event_time",
    "animal_alerts": "created_at",
}
# Kept whole: which animal it was. A chip is the animal's own, whenever it was written down.
_WHOLE = frozenset({"identities"})


def animal_dated_tables() -> frozenset[str]:
    """The tables :func:`while_owned` dates or keeps whole on purpose (a test checks every
    table linked to an animal is one of them)."""
    return frozenset(_WHEN) | _WHOLE


def while_owned(holding: Holding, zone: ZoneInfo) -> Holding:
    """The holding without what concerns a former animal outside the periods the client (or a
    client merged into them) owned it. An animal the client owns now comes whole: its earlier
    journal is its own history, which the owner may see."""
    scope = {int(r["id"]) for r in holding.rows("clients")}
    current = {int(a["id"]) for a in holding.rows("animals") if a.get("owner_id") in scope}
    periods: dict[int, list[tuple[dt.date | None, dt.date | None]]] = {}
    for row in holding.rows("ownerships"):
        animal = int(row["animal_id"])
        if animal not in current:
            periods.setdefault(animal, []).append((_day(row.get("started_on")),
                                                   _day(row.get("ended_on"))))
    if not periods:
        return holding

    def kept(animal: Any, moment: Any) -> bool:
        if animal is None or int(animal) not in periods:
            return True
        when = _moment(moment)
        day = when.astimezone(zone).date() if when is not None else None
        return day is not None and any((start is None or day >= start)
                                       and (end is None or day <= end)
                                       for start, end in periods[int(animal)])

    tables = dict(holding.tables)
    entry_time = _current_event_times(holding.rows("journal_versions"))
    for name, when in _WHEN.items():
        if isinstance(when, str):
            tables[name] = tuple(r for r in holding.rows(name) if kept(
                r.get("animal_id"),
                entry_time.get(str(r["id"])) if name == "journal_entries" else r.get(when)))
    for name, when in _WHEN.items():
        if isinstance(when, tuple):
            column, parent = when
            ids = {str(r["id"]) for r in tables[parent]}
            tables[name] = tuple(r for r in holding.rows(name) if str(r[column]) in ids)
    # Rows linked to a row dropped above (an entry's files, a draft's files) go with it.
    dropped = True
    while dropped:
        dropped = False
        for name in client_tables():
            link = POLICIES[name].link
            if link is None or link.parent not in _WHEN or name in _WHEN:
                continue
            ids = {str(r["id"]) for r in tables[link.parent]}
            rows = tuple(r for r in tables[name] if str(r[link.column]) in ids)
            if len(rows) != len(tables[name]):
                tables[name], dropped = rows, True
    return Holding(holding.client_id, tables)


def _current_event_times(versions: tuple[dict[str, Any], ...]) -> dict[str, Any]:
    """Entry id -> the event time of its newest version."""
    newest: dict[str, tuple[int, Any]] = {}
    for version in versions:
        entry, number = str(version["entry_id"]), int(version["version_no"])
        if entry not in newest or number > newest[entry][0]:
            newest[entry] = (number, version.get("event_time"))
    return {entry: when for entry, (_number, when) in newest.items()}


def _day(value: Any) -> dt.date | None:
    return None if value in (None, "") else dt.date.fromisoformat(str(value)[:10])


def _moment(value: Any) -> dt.datetime | None:
    """A stored moment from either engine's JSON ("2026-11-22 07:55:00" or "…T…+00:00")."""
    if value in (None, ""):
        return None
    found = dt.datetime.fromisoformat(str(value))
    return found.replace(tzinfo=dt.UTC) if found.tzinfo is None else found
