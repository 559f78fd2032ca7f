"""Search plans read only what they return (issue 9), checked with the engines' own EXPLAIN.

The statement is the one ``search()`` sends, caught at the driver with its parameters. SQLite's
planner (with ANALYZE statistics) is asked for its QUERY PLAN; PostgreSQL's plan is run with
ANALYZE and BUFFERS, sequential scans discouraged (a few hundred rows would otherwise always be
read whole), so a remaining ``Seq Scan`` means no index can answer the predicate.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from sqlalchemy import event, insert

from tests.support.front_desk import add_animal, add_client
from vetdesk.db.database import Database
from vetdesk.db.models import Client
from vetdesk.domain.text import search_key
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.search import search

CHIP = "578093000123456"
# SQLite plans from sqlite_stat1, and would plan a test database of a few hundred rows as the
# small thing it is: these are the 20,000-client demo clinic's statistics (tests/bench).
CLINIC_STATS = (
    ("clients", "ix_clients_email_lower", "20000 2"),
    ("clients", "ix_clients_search_key", "20000 2"),
    ("clients", "ix_clients_email", "20000 2"),
    ("clients", "sqlite_autoindex_clients_2", "20000 20000"),
    ("clients", "sqlite_autoindex_clients_1", "20000 1"),
    ("animals", "ix_animals_search_key", "31929 376 1"),
    ("animals", "ix_animals_owner_id", "31929 2"),
    ("animals", "sqlite_autoindex_animals_1", "31929 31929"),
    ("identities", "ix_identities_animal_id", "24373 1"),
    ("identities", "sqlite_autoindex_identities_1", "24373 1"),
    ("appointments", "ix_appointments_resource_start", "3250 1625 1"),
    ("appointments", "ix_appointments_client", "3250 2"),
    ("appointments", "ix_appointments_animal", "3250 2"),
    ("client_phones", "ix_client_phones_digits", "22351 1"),
    ("client_phones", "ix_client_phones_client_id", "22351 2"),
)
# More first names starting "ha" than the branch cap (200): the btree prefix branch fills it.
HANS = 230


@pytest.fixture
def register(ctx: ServiceContext, receptionist: Actor) -> int:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård", phone="912 34 567",
                      email="kari.odegard@example.no").client_id
    add_animal(ctx, receptionist, kari, "Bamse", chip=CHIP)
    now = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    rows = [
        {"client_no": 1000 + n, "first_name": f"Hans{n}", "last_name": "Berg",
         "search_key": search_key(f"Hans{n}", "Berg"), "status": "active", "version": 1,
         "email": f"hans{n}@example.no", "created_at": now, "updated_at": now}
        for n in range(HANS)
    ]
    with ctx.db.transaction() as session:
        session.execute(insert(Client), rows)
    if ctx.db.dialect == "postgresql":
        with ctx.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE")
    else:
        with ctx.db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            tables = sorted({table for table, _index, _stat in CLINIC_STATS})
            conn.exec_driver_sql(
                f"DELETE FROM sqlite_stat1 WHERE tbl IN ({', '.join('?' * len(tables))})",
                tuple(tables))
            for row in CLINIC_STATS:
                conn.exec_driver_sql("INSERT INTO sqlite_stat1 VALUES (?, ?, ?)", row)
            conn.commit()
        ctx.db.engine.dispose()  # new connections read the statistics afresh
    return kari


def _statement(database: Database, ctx: ServiceContext, actor: Actor, typed: str
               ) -> tuple[str, Any]:
    caught: list[tuple[str, Any]] = []

    def before(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        caught.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", before)
    try:
        search(ctx, actor, typed)
    finally:
        event.remove(database.engine, "before_cursor_execute", before)
    (found,) = [c for c in caught if c[0].lstrip().startswith("WITH")]
    return found


def _plan(database: Database, ctx: ServiceContext, actor: Actor, typed: str) -> list[str]:
    statement, parameters = _statement(database, ctx, actor, typed)
    with database.engine.connect() as conn:
        if database.dialect == "postgresql":
            conn.exec_driver_sql("SET enable_seqscan = off")
            result = conn.exec_driver_sql(f"EXPLAIN (ANALYZE, BUFFERS) {statement}", parameters)
            lines = [str(row[0]) for row in result]
            conn.rollback()
            return lines
        return [str(row[3]) for row in
                conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)]


def _reads_clients_whole(plan: list[str], engine: str) -> list[str]:
    if engine == "postgresql":
        return [line for line in plan if "Seq Scan on clients" in line]
    # "SCAN clients" / "SCAN c" is a full scan (a covering-index scan too); a Bloom filter is
    # built by reading the whole table.
    return [line for line in plan
            if line.split(" USING")[0] in ("SCAN clients", "SCAN c")
            or line.startswith("BLOOM FILTER")]


@pytest.mark.parametrize("typed", ["+47 912 34 567", CHIP, "kari.odegard@example.no"])
def test_phone_chip_and_email_never_read_every_client(
    database: Database, ctx: ServiceContext, receptionist: Actor, register: int, typed: str,
    engine_name: str,
) -> None:
    plan = _plan(database, ctx, receptionist, typed)
    assert _reads_clients_whole(plan, engine_name) == [], "\n".join(plan)
    assert [o.client_id for o in search(ctx, receptionist, typed).owners] == [register]


def test_email_uses_the_lower_email_index(
    database: Database, ctx: ServiceContext, receptionist: Actor, register: int
) -> None:
    for typed in ("kari.odegard@example.no", "hans12@exa"):
        plan = _plan(database, ctx, receptionist, typed)
        assert any("ix_clients_email_lower" in line for line in plan), "\n".join(plan)
    assert [o.name for o in search(ctx, receptionist, "hans12@exa").owners] == ["Hans12 Berg"]


def test_phone_and_chip_parts_are_not_searched_once_the_whole_number_is_found(
    database: Database, ctx: ServiceContext, receptionist: Actor, register: int,
    engine_name: str,
) -> None:
    """A whole phone number found: the digits are not also scanned for as a part of another."""
    if engine_name == "postgresql":
        plan = _plan(database, ctx, receptionist, "91234567")
        trigram = [line for line in plan if "ix_trgm_client_phones_digits" in line]
        assert trigram and all("never executed" in line for line in trigram), "\n".join(plan)
    else:
        # SQLite would test a WHERE on every row of the scan; the part branch's LIMIT comes to
        # 0 instead, which it tests before the scan starts.
        statement, _parameters = _statement(database, ctx, receptionist, "91234567")
        assert "THEN 200 ELSE 0 END" in statement
    assert [o.client_id for o in search(ctx, receptionist, "91234567").owners] == [register]
    assert [o.client_id for o in search(ctx, receptionist, "1234").owners] == [register]


@pytest.mark.pg_only  # trigram indexes exist on PostgreSQL only
def test_common_name_start_is_a_btree_range_and_no_trigram_scan_on_postgresql(
    database: Database, ctx: ServiceContext, receptionist: Actor, register: int,
) -> None:
    plan = _plan(database, ctx, receptionist, "ha")
    text = "\n".join(plan)
    # The clients are read through the btree prefix index and their primary key only: the
    # word-start and substring branches (trigram) are never run.
    used = {m.group(1) for line in plan if "never executed" not in line
            for m in re.finditer(r"(?:using|on) (\w*clients\w*)", line)}
    assert used == {"ix_clients_search_key_prefix", "pk_clients", "clients"}, text
    results = search(ctx, receptionist, "ha")
    assert (results.total, results.total_is_lower_bound) == (200, True)
