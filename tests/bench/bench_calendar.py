"""The calendar's figures (issue 11): ``.venv/bin/python -m tests.bench.bench_calendar``.

- week view: 8 vets with 600 appointments in one week, read (``calendar_period``), laid out
  and drawn offscreen (``CalendarGrid.grab``); target p95 <= 150 ms, on SQLite and on
  PostgreSQL over loopback.
- booking on PostgreSQL through the 25 ms proxy: statements and round trips per booking
  (target <= 2 round trips: one read, one server function) and the time it takes.

Prints a table and writes JSON to tests/bench/results/.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.bench.proxy import DelayProxy
from tests.support import databases
from tests.support.statements import count_statements
from vetdesk.db.models import Appointment, Resource
from vetdesk.db.opening import open_database
from vetdesk.domain.client_rules import ClientInput, PhoneInput
from vetdesk.domain.codes import Role
from vetdesk.services import auth
from vetdesk.services.clients import register_client
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.scheduling.booking import BookingRequest, book_appointment
from vetdesk.services.scheduling.calendar_view import calendar_period
from vetdesk.services.staff import accounts

RESULTS = Path(__file__).resolve().parent / "results"
OSLO = ZoneInfo("Europe/Oslo")
MONDAY = dt.date(2027, 3, 1)
VETS, DAYS, SLOTS = 8, 5, 15  # 8 x 5 x 15 = 600 appointments of 30 minutes


def _fill(ctx: ServiceContext) -> Actor:
    with ctx.db.transaction() as session:
        user = accounts.create_user(session, ctx, None, username="bench", full_name="Bench",
                                    role=Role.MANAGER, password="bench-password-1")
        actor = auth.actor_for(user)
    clients = [register_client(ctx, actor, ClientInput(f"Kunde{n}", "Bench")).client_id
               for n in range(60)]
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        vets = [Resource(kind="veterinarian", name=f"Veterinær {n + 1}", active=True,
                         sort_order=n) for n in range(VETS)]
        session.add_all(vets)
        session.flush()
        kinds = ("Konsultasjon", "Vaksinasjon", "Kontroll", "Operasjon")
        for day in range(DAYS):
            for index, vet in enumerate(vets):
                for slot in range(SLOTS):
                    starts = dt.datetime.combine(MONDAY + dt.timedelta(days=day),
                                                 dt.time(8), OSLO) + dt.timedelta(minutes=30 * slot)
                    session.add(Appointment(
                        client_id=clients[(slot + index) % len(clients)], resource_id=vet.id,
                        starts_at=starts, ends_at=starts + dt.timedelta(minutes=30),
                        appointment_type=kinds[slot % 4], reason="Bench", status="booked",
                        created_at=now, updated_at=now))
    return actor


def _timings(action: Callable[[], object], runs: int) -> list[float]:
    action()  # warm up (imports, caches)
    spent = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        spent.append((time.perf_counter() - started) * 1000)
    return spent


def _week_view(ctx: ServiceContext, actor: Actor, runs: int) -> dict[str, object]:
    from vetdesk.ui.calendar.grid import CalendarGrid
    from vetdesk.ui.qt import QApplication

    _app = QApplication.instance() or QApplication([])
    grid = CalendarGrid(ctx.zone)
    grid.resize(1600, 1000)

    def load_and_draw() -> None:
        period = calendar_period(ctx, actor, MONDAY, 7)
        assert len(period.appointments) == VETS * DAYS * SLOTS
        grid.set_period(period)
        grid.grab()

    spent = sorted(_timings(load_and_draw, runs))
    return {"p50_ms": round(statistics.median(spent), 1),
            "p95_ms": round(spent[int(len(spent) * 0.95) - 1], 1), "max_ms": round(spent[-1], 1),
            "target": "p95<=150"}


@contextlib.contextmanager
def _sqlite() -> Iterator[ServiceContext]:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{folder}/bench.sqlite", now=dt.datetime.now(dt.UTC))
        try:
            yield ServiceContext(db=db)
        finally:
            db.dispose()


@contextlib.contextmanager
def _postgresql(port: int | None = None) -> Iterator[tuple[ServiceContext, str]]:
    name = databases.migrated_pg_template("vdbcal")
    try:
        url = databases.pg_url(name)
        if port is not None:
            url = url.replace(":5432/", f":{port}/")
        db = open_database(url, now=dt.datetime.now(dt.UTC))
        try:
            yield ServiceContext(db=db), name
        finally:
            db.dispose()
    finally:
        databases.drop_pg_database(name)


def _booking_round_trips(runs: int) -> dict[str, object]:
    proxy = DelayProxy("127.0.0.1", 5432, one_way_delay=0.0125).start()
    try:
        name = databases.migrated_pg_template("vdbcalbook")
        try:
            filler = open_database(databases.pg_url(name), now=dt.datetime.now(dt.UTC))
            actor = _fill(ServiceContext(db=filler))
            filler.dispose()
            db = open_database(databases.pg_url(name).replace(":5432/", f":{proxy.port}/"),
                               now=dt.datetime.now(dt.UTC))
            ctx = ServiceContext(db=db)
            # With a mobile number: each booking also queues its SMS confirmation.
            client_id = register_client(ctx, actor, ClientInput(
                "Kari", "Ødegård", phones=(PhoneInput("91234567"),))).client_id
            with ctx.db.reading() as session:
                vet = session.query(Resource.id).order_by(Resource.id).first()
            assert vet is not None
            times, trips, statements = [], [], []
            for n in range(runs):
                starts = dt.datetime.combine(MONDAY + dt.timedelta(days=7 + n // 16),
                                             dt.time(8), OSLO) + dt.timedelta(minutes=30 * (n % 16))
                request = BookingRequest(client_id, None, vet[0], starts,
                                         starts + dt.timedelta(minutes=30), "Konsultasjon",
                                         request_id=uuid.uuid4())
                before = proxy.round_trips
                started = time.perf_counter()
                with count_statements(db.engine) as log:
                    book_appointment(ctx, actor, request, confirmed=True)
                times.append((time.perf_counter() - started) * 1000)
                trips.append(proxy.round_trips - before)
                statements.append(len(log.statements))
            db.dispose()
        finally:
            databases.drop_pg_database(name)
    finally:
        proxy.stop()
    times.sort()
    return {"statements": max(statements), "round_trips_p50": statistics.median(trips),
            "round_trips_max": max(trips), "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[int(len(times) * 0.95) - 1], 1), "target": "<=2 round trips"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--no-postgresql", action="store_true")
    args = parser.parse_args()
    figures: dict[str, object] = {}
    with _sqlite() as ctx:
        figures["week_view_sqlite"] = _week_view(ctx, _fill(ctx), args.runs)
        print("week view, SQLite:", figures["week_view_sqlite"], flush=True)
    if not args.no_postgresql:
        with _postgresql() as (ctx, _name):
            figures["week_view_postgresql"] = _week_view(ctx, _fill(ctx), args.runs)
            print("week view, PostgreSQL:", figures["week_view_postgresql"], flush=True)
        figures["booking_postgresql_proxy25ms"] = _booking_round_trips(args.runs)
        print("booking, PostgreSQL via 25 ms proxy:", figures["booking_postgresql_proxy25ms"],
              flush=True)
    RESULTS.mkdir(exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    (RESULTS / f"calendar-{stamp}.json").write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
