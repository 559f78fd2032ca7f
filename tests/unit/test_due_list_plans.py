"""The due list reads only the page it shows (issue 11), checked with the engines' EXPLAIN.

On PostgreSQL the page's recalls and the period's count come off ``ix_reminders_open_recalls``
(migration 0018), the partial index of open recalls in due-date order. PostgreSQL proves a
statement may use a partial index only when the statement asks for what the index's WHERE
holds, so the statuses and kinds are written into the SQL; the test goes red when they are
bound instead or when the index is missing. SQLite reads the period's open recalls off
``ix_reminders_due``, never the whole table.

The statement is the one ``due_page()`` sends, caught at the driver with its parameters;
PostgreSQL runs it prepared with a generic plan (the plan a prepared statement keeps, made
without the parameters' values) and sequential scans discouraged (a test database is small
enough to be read whole otherwise).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from psycopg.sql import Literal
from sqlalchemy import event, insert, update

from tests.support.recalls import owner_with_recall
from vetdesk.db.database import Database
from vetdesk.db.models import Animal, Reminder
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging.due import DueFilter, due_page
from vetdesk.services.permissions import Actor

MARCH = DueFilter(dt.date(2027, 3, 1), dt.date(2027, 3, 31))


@pytest.fixture
def year_of_recalls(ctx: ServiceContext, receptionist: Actor) -> list[int]:
    """Three owners, each with a recall on 15.03.2027 and, over a year and a half from
    01.06.2026, one every five days: open every tenth day, done (three times over) on the
    others."""
    owners = [owner_with_recall(ctx, receptionist, first, "Hansen", animal,
                                dt.date(2027, 3, 15), phone=phone)
              for first, animal, phone in (("Kari", "Bamse", "912 34 567"),
                                           ("Anne", "Pusur", None), ("Per", "Rex", None))]
    now = ctx.clock.now()
    rows = [{"animal_id": owner.animal_id, "client_id": owner.client_id,
             "kind": "vaccination", "title": "Vaksinasjon: Nobivac DHPPi",
             "due_on": dt.date(2026, 6, 1) + dt.timedelta(days=offset),
             "status": "due" if offset % 10 == 0 else "done", "created_at": now}
            for offset in range(0, 540, 5) for owner in owners
            for _copy in range(1 if offset % 10 == 0 else 3)]
    # A fourth owner's dog died in January: its open recalls are neither listed nor counted.
    gone = owner_with_recall(ctx, receptionist, "Berit", "Hansen", "Laika",
                             dt.date(2027, 3, 8))
    with ctx.db.transaction() as session:
        session.execute(insert(Reminder), rows)
        session.execute(update(Animal).where(Animal.id == gone.animal_id)
                        .values(deceased_on=dt.date(2027, 1, 10)))
    with ctx.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("ANALYZE")
    ctx.db.engine.dispose()  # new connections read the statistics afresh
    return [owner.animal_id for owner in owners]


def _page_statement(database: Database, ctx: ServiceContext, actor: Actor) -> tuple[str, Any]:
    caught: list[tuple[str, Any]] = []

    def before(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        caught.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", before)
    try:
        due_page(ctx, actor, MARCH, size=5)
    finally:
        event.remove(database.engine, "before_cursor_execute", before)
    (found,) = [c for c in caught if "AS total" in c[0]]
    return found


def _plan(database: Database, statement: str, parameters: Any) -> list[str]:
    with database.engine.connect() as conn:
        if database.dialect == "postgresql":
            return _generic_plan(conn.connection.driver_connection, statement, parameters)
        return [str(row[3]) for row in
                conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)]


def _generic_plan(driver: Any, statement: str, parameters: dict[str, Any]) -> list[str]:
    """The plan PostgreSQL keeps for the statement prepared once for any parameters (psycopg
    prepares a statement it has run five times), which must still use the partial index."""
    names = list(dict.fromkeys(re.findall(r"%\((\w+)\)s", statement)))
    numbered = re.sub(r"%\((\w+)\)s", lambda m: f"${names.index(m.group(1)) + 1}", statement)
    values = ", ".join(Literal(parameters[name]).as_string(driver) for name in names)
    with driver.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        cursor.execute("SET plan_cache_mode = force_generic_plan")
        cursor.execute(f"PREPARE due_page AS {numbered}".replace("%", "%%"))
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) EXECUTE due_page({values})")
        lines = [str(row[0]) for row in cursor.fetchall()]
        cursor.execute("DEALLOCATE due_page")
        cursor.execute("RESET plan_cache_mode")
        cursor.execute("RESET enable_seqscan")
    return lines


def test_the_page_and_the_count_read_the_open_recalls_index(
    database: Database, ctx: ServiceContext, receptionist: Actor, year_of_recalls: list[int],
    engine_name: str,
) -> None:
    plan = _plan(database, *_page_statement(database, ctx, receptionist))
    text = "\n".join(plan)
    on_index = [line for line in plan if "ix_reminders_open_recalls" in line]
    if engine_name == "postgresql":
        # The page's keys and the count (its two parts): off the partial index, nothing else
        # of reminders read but the page's own rows by primary key.
        assert len(on_index) == 3, text
        assert not any("Seq Scan on reminders" in line or "ix_reminders_due" in line
                       for line in plan), text
        assert any("Index Only Scan using ix_reminders_open_recalls" in line
                   for line in plan), text
        # The total: the deceased animals from their own small index, not every animal read.
        assert any("ix_animals_deceased" in line for line in plan), text
    else:
        assert on_index == [], text
        assert not any(line.split(" USING")[0] == "SCAN reminders" for line in plan), text
        # The page's keys and the total's two parts (a clinic's animals are read for the
        # deceased ones: a few thousand rows).
        assert len([line for line in plan if "SEARCH reminders USING INDEX ix_reminders_due"
                    in line]) == 3, text
    page = due_page(ctx, receptionist, MARCH, size=5)
    # Open in March: 08.03, 15.03, 18.03 and 28.03, for each owner (Anne, Kari, Per by name).
    assert [(r.due_on.day, r.client_first_name) for r in page.rows] == [
        (8, "Anne"), (8, "Kari"), (8, "Per"), (15, "Anne"), (15, "Kari")]
    assert page.total == 12
