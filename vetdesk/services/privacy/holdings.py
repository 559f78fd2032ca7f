"""Everything held about one client, read generically from the column classification.

Which rows belong to a client follows from each table's ``Link`` in classification.py: the
client's own row and the rows of clients merged into it, their animals (current, and former
ones through the ownership history), and from there every table that links to those. The whole
holding is read in ONE statement (a UNION ALL of one SELECT per table, each row as a JSON
object), so inspect and export cost one round trip to a distant server whatever the number of
tables, and a table added to the classification is read with no code here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

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
