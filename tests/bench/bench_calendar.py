"""The calendar's figures (issue 11): ``.venv/bin/python -m tests.bench.bench_calendar``.

- week view: 8 vets with 600 appointments in one week, read (``calendar_period``), laid out
  and drawn offscreen (``CalendarGrid.grab``); target p95 <= 150 ms, on SQLite and on
  PostgreSQL over loopback, with the process's CPU time per view beside it (the machine is
  shared: under load the wall clock mostly measures waiting for a core);
- week read alone (``calendar_period``: one statement), against its floor (that statement
  sent raw on a driver connection, interleaved), p50/p95 and the ratio;
- booking on PostgreSQL through the 25 ms proxy: statements and round trips per booking
  (target <= 2 round trips: one read, one server function) and the time it takes;
- changing a booking on PostgreSQL through the same proxy: a check-in (``set_status`` to
  arrived), a move to a free slot (the client has a mobile number, so the moved-notice is
  queued) and a cancellation with a reason (its notice queued too), each its statements,
  round trips and time (target <= 2 round trips each, issue 9).

Prints a table and writes JSON to tests/bench/results/. ``make bench`` runs the week view
figures too (tests/bench/run.py, ``--only calendar``).
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

from tests.bench import floors
from tests.bench.measure import HEADER, Figure, measure
from tests.bench.proxy import DelayProxy
from tests.support import databases
from tests.support.statements import count_statements
from vetdesk.db.models import Appointment, Resource
from vetdesk.db.opening import open_database
from vetdesk.domain.client_rules import ClientInput, PhoneInput
from vetdesk.domain.codes import AppointmentStatus, Role
from vetdesk.services import auth
from vetdesk.services.clients import register_client
from vetdesk.services.clinic import ClinicDetails, ensure_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.scheduling.booking import BookingRequest, book_appointment
from vetdesk.services.scheduling.calendar_view import calendar_period
from vetdesk.services.scheduling.changes import move_appointment, set_status
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
    """The old JSON shape of this module's own command line: the load-and-draw figure."""
    figure = week_figures(ctx, actor, runs, "-")[0]
    return {"p50_ms": round(figure.p50_ms, 1), "p95_ms": round(figure.p95_ms, 1),
            "max_ms": round(figure.max_ms, 1), "cpu_p50_ms": figure.cpu_p50_ms,
            "target": "p95<=150"}


def week_figures(ctx: ServiceContext, actor: Actor, runs: int, link: str) -> list[Figure]:
    """The week view loaded and drawn, and the week's read against its raw statement."""
    from vetdesk.ui.calendar.grid import CalendarGrid
    from vetdesk.ui.qt import QApplication

    _app = QApplication.instance() or QApplication([])
    grid = CalendarGrid(ctx.zone)
    grid.resize(1600, 1000)
    engine = ctx.db.engine

    def read() -> object:
        period = calendar_period(ctx, actor, MONDAY, 7)
        assert len(period.appointments) == VETS * DAYS * SLOTS
        return period

    def load_and_draw() -> None:
        grid.set_period(read())  # type: ignore[arg-type]
        grid.grab()

    label = f"{VETS} vets, {VETS * DAYS * SLOTS} appts"
    drawn = measure("week view (load+draw)", label, link, engine, [load_and_draw],
                    runs=runs, warmup=3, target="p95<=150")
    raw = floors.RawConnection(engine)
    try:
        alone = measure("week read", label, link, engine, [read], runs=runs, warmup=3,
                        target="1 statement", floors=[floors.replay(raw, engine, read)],
                        floor="its statement raw")
    finally:
        raw.close()
    return [drawn, alone]


def run_calendar_bench(runs: int, engines: list[str]) -> list[Figure]:
    """The week view figures on each engine, each row printed as it is measured."""
    figures: list[Figure] = []
    for engine in engines:
        opened = _sqlite() if engine == "sqlite" else _postgresql_ctx()
        with opened as ctx:
            for figure in week_figures(ctx, _fill(ctx), runs, "file" if engine == "sqlite"
                                       else "loopback"):
                figures.append(figure)
                print(figure.row(), flush=True)
    return figures


@contextlib.contextmanager
def _postgresql_ctx() -> Iterator[ServiceContext]:
    with _postgresql() as (ctx, _name):
        yield ctx


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


def _clinic(ctx: ServiceContext) -> None:
    """The clinic the messages name: without one no confirmation or notice is queued."""
    ensure_clinic(ctx, ClinicDetails(name="Dyreklinikken Bench", postal_code="0150",
                                     city="Oslo"))


def _booking_round_trips(runs: int) -> dict[str, object]:
    proxy = DelayProxy("127.0.0.1", 5432, one_way_delay=0.0125).start()
    try:
        name = databases.migrated_pg_template("vdbcalbook")
        try:
            filler = open_database(databases.pg_url(name), now=dt.datetime.now(dt.UTC))
            _clinic(ServiceContext(db=filler))
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
                    booked = book_appointment(ctx, actor, request, confirmed=True)
                assert booked.confirmation == "sms", booked
                times.append((time.perf_counter() - started) * 1000)
                trips.append(proxy.round_trips - before)
                statements.append(len(log.statements))
            db.dispose()
        finally:
            databases.drop_pg_database(name)
    finally:
        proxy.stop()
    return _figures(times, trips, statements)


def _figures(times: list[float], trips: list[int], statements: list[int]
             ) -> dict[str, object]:
    times = sorted(times)
    return {"statements": max(statements), "round_trips_p50": statistics.median(trips),
            "round_trips_max": max(trips), "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)], 1),
            "target": "<=2 round trips"}


def _change_round_trips(runs: int) -> dict[str, dict[str, object]]:
    """Check-in, move and cancellation through the proxy; the bookings they change are made
    on a direct connection first, so only the change itself is counted."""
    proxy = DelayProxy("127.0.0.1", 5432, one_way_delay=0.0125).start()
    try:
        name = databases.migrated_pg_template("vdbcalchg")
        try:
            direct = ServiceContext(db=open_database(databases.pg_url(name),
                                                     now=dt.datetime.now(dt.UTC)))
            _clinic(direct)
            actor = _fill(direct)
            # With a mobile number: the move and the cancellation queue the client's SMS.
            client_id = register_client(direct, actor, ClientInput(
                "Kari", "Ødegård", phones=(PhoneInput("91234567"),))).client_id
            with direct.db.reading() as session:
                vet = session.query(Resource.id).order_by(Resource.id).first()
            assert vet is not None

            def book(day: dt.date, hour: int) -> int:
                starts = dt.datetime.combine(day, dt.time(hour), OSLO)
                return book_appointment(direct, actor, BookingRequest(
                    client_id, None, vet[0], starts, starts + dt.timedelta(minutes=30),
                    "Konsultasjon", request_id=uuid.uuid4()), confirmed=True).appointment_id

            db = open_database(databases.pg_url(name).replace(":5432/", f":{proxy.port}/"),
                               now=dt.datetime.now(dt.UTC))
            ctx = ServiceContext(db=db)
            kinds = ("check-in", "move", "cancel")
            spent: dict[str, tuple[list[float], list[int], list[int]]] = {
                kind: ([], [], []) for kind in kinds}
            for n in range(runs + 1):  # the first round warms up (imports, caches)
                day = MONDAY + dt.timedelta(days=7 + n)
                arriving, moving, cancelling = book(day, 8), book(day, 9), book(day, 10)
                moved_to = dt.datetime.combine(day, dt.time(13), OSLO)
                for kind in kinds:
                    before = proxy.round_trips
                    started = time.perf_counter()
                    with count_statements(db.engine) as log:
                        if kind == "check-in":
                            changed = set_status(ctx, actor, arriving, 1,
                                                 AppointmentStatus.ARRIVED)
                        elif kind == "move":
                            changed = move_appointment(
                                ctx, actor, moving, 1, starts_at=moved_to,
                                ends_at=moved_to + dt.timedelta(minutes=30), confirmed=True)
                        else:
                            changed = set_status(ctx, actor, cancelling, 1,
                                                 AppointmentStatus.CANCELLED,
                                                 reason="Eier ringte")
                    took = (time.perf_counter() - started) * 1000
                    if kind != "check-in":
                        assert changed.notice == "sms", (kind, changed)
                    if n:
                        spent[kind][0].append(took)
                        spent[kind][1].append(proxy.round_trips - before)
                        spent[kind][2].append(len(log.statements))
            db.dispose()
            direct.db.dispose()
        finally:
            databases.drop_pg_database(name)
    finally:
        proxy.stop()
    return {kind: _figures(*spent[kind]) for kind in kinds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--no-postgresql", action="store_true")
    parser.add_argument("--changes-only", action="store_true",
                        help="only the round trips of check-in, move and cancel")
    args = parser.parse_args()
    figures: dict[str, object] = {}
    if not args.changes_only:
        print(HEADER, flush=True)
        with _sqlite() as ctx:
            figures["week_view_sqlite"] = _week_view(ctx, _fill(ctx), args.runs)
            print("week view, SQLite:", figures["week_view_sqlite"], flush=True)
    if not args.no_postgresql and not args.changes_only:
        with _postgresql() as (ctx, _name):
            figures["week_view_postgresql"] = _week_view(ctx, _fill(ctx), args.runs)
            print("week view, PostgreSQL:", figures["week_view_postgresql"], flush=True)
        figures["booking_postgresql_proxy25ms"] = _booking_round_trips(args.runs)
        print("booking, PostgreSQL via 25 ms proxy:", figures["booking_postgresql_proxy25ms"],
              flush=True)
    if not args.no_postgresql:
        for kind, figure in _change_round_trips(args.runs).items():
            figures[f"{kind}_postgresql_proxy25ms"] = figure
            print(f"{kind}, PostgreSQL via 25 ms proxy:", figure, flush=True)
    RESULTS.mkdir(exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    (RESULTS / f"calendar-{stamp}.json").write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
