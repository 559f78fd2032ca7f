"""The floors the benchmarks measure against (issue 9): the same work with nothing of ours
around it, on a raw driver connection (sqlite3 or psycopg, no SQLAlchemy, no dataclasses).

- **Raw statements**: an action is run once while its statements are caught at the driver;
  the floor sends those same statements, with the same parameters, and fetches every row.
- **Bare match predicate** (search): only the ids that match what was typed, each kind of match
  capped at the search's own cap, written here as plainly as the engine allows and not built
  by the code under test.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event

from vetdesk.domain.search_query import parse_query
from vetdesk.services.search_sql import BRANCH_CAP

Caught = list[tuple[str, Any]]
_READS = ("SELECT", "WITH")


@contextmanager
def catching(engine: Engine) -> Iterator[Caught]:
    """The statements (and their parameters) the block sends to the driver."""
    caught: Caught = []

    def before(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        caught.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield caught
    finally:
        event.remove(engine, "before_cursor_execute", before)


class RawConnection:
    """One driver connection held for the whole benchmark, reading in autocommit as the
    program's reads do (no BEGIN or ROLLBACK round trips on PostgreSQL)."""

    def __init__(self, engine: Engine) -> None:
        self._fairy = engine.raw_connection()
        self.driver: Any = self._fairy.driver_connection
        self.postgres = engine.dialect.name == "postgresql"
        if self.postgres:
            self.driver.autocommit = True

    def run(self, statements: Caught) -> None:
        cursor = self.driver.cursor()
        try:
            for sql, parameters in statements:
                cursor.execute(sql, parameters)
                cursor.fetchall()
        finally:
            cursor.close()

    def close(self) -> None:
        self._fairy.close()


def replay(raw: RawConnection, engine: Engine, action: Callable[[], Any]) -> Callable[[], None]:
    """The floor of ``action``: its own read statements, sent raw."""
    with catching(engine) as caught:
        action()
    reads = [(sql, params) for sql, params in caught
             if sql.lstrip().upper().startswith(_READS)]
    return lambda: raw.run(reads)


def match_predicate(raw: RawConnection, typed: str) -> Callable[[], None]:
    """The floor of a search for ``typed``: the ids of what matches, each kind capped."""
    sql, params = _match_sql(typed, raw.postgres)
    if not sql:
        return lambda: None
    if raw.postgres:
        sql = re.sub(r":(\w+)", r"%(\1)s", sql)
    statements = [(sql, params)]
    return lambda: raw.run(statements)


def _match_sql(typed: str, postgres: bool) -> tuple[str, dict[str, Any]]:
    query = parse_query(typed)
    params: dict[str, Any] = {}
    parts: list[str] = []

    def add(select: str, **values: Any) -> None:
        params.update(values)
        parts.append(f"SELECT * FROM ({select} LIMIT {BRANCH_CAP}) AS b{len(parts)}")

    def contains(column: str, name: str, value: str) -> str:
        if postgres:
            params[name] = f"%{value}%"
            return f"{column} LIKE :{name}"
        params[name] = value
        return f"instr({column}, :{name}) > 0"

    def word_start(column: str, name: str, value: str) -> str:
        if postgres:
            params[name] = f"(^| ){value}"
            return f"{column} ~ :{name}"
        params[name], params[name + "s"] = f"{value}%", f" {value}"
        return f"({column} LIKE :{name} OR instr({column}, :{name}s) > 0)"

    nothing = "CAST(NULL AS INTEGER)"  # PostgreSQL types a bare NULL as text
    if query.client_no is not None:
        add(f"SELECT id, {nothing} FROM clients WHERE client_no = :no", no=query.client_no)
    if query.phone_digits:
        add("SELECT client_id, CAST(NULL AS INTEGER) FROM client_phones WHERE "
            + contains("digits", "digits", query.phone_digits))
    if query.chip_exact:
        add(f"SELECT animal_id, {nothing} FROM identities WHERE value = :chip",
            chip=query.chip_exact)
    if query.chip_suffix:
        if postgres:
            add(f"SELECT animal_id, {nothing} FROM identities WHERE reverse(value) LIKE :tail",
                tail=query.chip_suffix[::-1] + "%")
        else:
            add("SELECT animal_id, CAST(NULL AS INTEGER) FROM identities WHERE value LIKE :tail",
                tail="%" + query.chip_suffix)
    if query.email:
        if query.email.startswith("@"):
            where = contains("lower(email)", "email", query.email)
        else:  # the beginning of an address (or all of it)
            params["email"], params["email_end"] = query.email, query.email + "\U0010ffff"
            low, high = (("~>=~", "~<~") if postgres else (">=", "<"))
            where = f"lower(email) {low} :email AND lower(email) {high} :email_end"
        add(f"SELECT id, CAST(NULL AS INTEGER) FROM clients WHERE {where}")
    for table, cols in (("clients", "id, CAST(NULL AS INTEGER)"), ("animals", "owner_id, id")):
        if query.words:
            terms = [
                contains("search_key", f"{table}{i}", word) if len(word) >= 3
                else word_start("search_key", f"{table}{i}", word)
                for i, word in enumerate(query.words)
            ]
            add(f"SELECT {cols} FROM {table} WHERE {' AND '.join(terms)}")
    return " UNION ALL ".join(parts), params
