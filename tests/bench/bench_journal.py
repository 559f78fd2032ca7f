"""Journal benchmarks: ``.venv/bin/python -m tests.bench.bench_journal [--engines ...]``.

Uses the harness's timing and delay proxy (tests/bench/measure.py, proxy.py) on its own small
data set: one dog with 2,000 signed entries (issue 4's figures), built fresh for each run.
Prints the harness's table; writes JSON next to the harness's results.

Targets: chart first page <= 3 queries, <= 100 ms SQLite, <= 200 ms through the 25 ms proxy;
save draft, sign, correct <= 50 ms on SQLite; printout of 200 entries <= 2 s.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.bench import floors
from tests.bench.measure import HEADER, Figure, measure, write_json
from tests.bench.proxy import DelayProxy
from tests.support import databases
from tests.support.journal_data import add_patient, consultation, seed_history
from vetdesk.clock import SystemClock
from vetdesk.db.database import Database
from vetdesk.db.opening import open_database
from vetdesk.domain.codes import Role
from vetdesk.security import passwords
from vetdesk.services import auth
from vetdesk.services.clinic import ClinicDetails, ensure_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import (
    Correction,
    PrintOptions,
    chart_header,
    correct_entry,
    entry_detail,
    print_journal,
    save_draft,
    sign_draft,
    timeline_page,
)
from vetdesk.services.permissions import Actor
from vetdesk.services.staff import accounts

RESULTS = Path(__file__).resolve().parent / "results"
HISTORY = 2_000
ONE_WAY_DELAY = 0.0125


class SteppingClock:
    """Six minutes later at every reading, so each chart opening writes its audit event (the
    slowest case; repeated views within five minutes are coalesced)."""

    def __init__(self) -> None:
        self._now = dt.datetime.now(dt.UTC)

    def now(self) -> dt.datetime:
        self._now += dt.timedelta(minutes=6)
        return self._now


@contextmanager
def fresh_database(engine: str) -> Iterator[str]:
    if engine == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{folder}/journal-bench.sqlite"
        return
    template = databases.migrated_pg_template("vetdesk_jbench")
    try:
        yield from databases.pg_copy(template)
    finally:
        databases.drop_pg_database(template)


def populate(url: str) -> tuple[int, Actor, list[uuid.UUID]]:
    now = dt.datetime.now(dt.UTC)
    db = open_database(url, now=now)
    try:
        ctx = ServiceContext(db=db)
        ensure_clinic(ctx, ClinicDetails(name="Dyreklinikken Ødegård", city="Oslo"))
        with db.transaction() as session:
            user = accounts.create_user(session, ctx, None, username="lie", full_name="Ingrid Lie",
                                    role=Role.VETERINARIAN, password=passwords_ok(),
                                    hpr_number="1234567")
            actor = auth.actor_for(user)
        animal = add_patient(ctx).animal_id
        ids = seed_history(db, animal, actor.user_id, HISTORY,
                           start=now - dt.timedelta(days=HISTORY + 30))
        return animal, actor, ids
    finally:
        db.dispose()


def passwords_ok() -> str:
    return "benchmark only, never a real clinic"


def writing_actions(ctx: ServiceContext, actor: Actor, animal: int, runs: int
                    ) -> tuple[dict[str, list[Callable[[], Any]]], list[uuid.UUID]]:
    """Drafts saved once, saved again as typed, then signed: each list one step per run."""
    forms = [consultation(animal, dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5))
             for _ in range(runs)]
    typed = [dataclasses.replace(f, content={**f.content, "plan": "Kontroll om 14 dager"})
             for f in forms]
    return {
        "first save": [lambda f=f: save_draft(ctx, actor, f) for f in forms],
        "save as typed": [lambda f=f: save_draft(ctx, actor, f) for f in typed],
        "sign": [lambda f=f: sign_draft(ctx, actor, f.id) for f in forms],
    }, [f.id for f in forms]


def correction_actions(ctx: ServiceContext, actor: Actor, entry_ids: list[uuid.UUID]
                       ) -> list[Callable[[], Any]]:
    """One correction per entry, prepared beforehand (the vet has the entry open)."""
    corrections = []
    for entry_id in entry_ids:
        current = entry_detail(ctx, actor, entry_id).current
        corrections.append(Correction(
            entry_id, current.version_no, current.event_time,
            {**current.content, "findings": current.content["findings"] + " Rettet."},
            "Feil i funn", weight_kg=current.weight_kg, temperature_c=current.temperature_c,
        ))
    return [lambda c=c: correct_entry(ctx, actor, c) for c in corrections]


def run_engine(engine: str, runs: int, figures: list[Figure]) -> None:
    with fresh_database(engine) as url:
        animal, actor, _ids = populate(url)
        links: list[tuple[str, int | None]] = [("file" if engine == "sqlite" else "loopback",
                                                None)]
        proxy = None
        if engine == "postgresql":
            proxy = DelayProxy("127.0.0.1", 5432, one_way_delay=ONE_WAY_DELAY).start()
            links.append(("proxy25ms", proxy.port))
        try:
            for link, port in links:
                target_url = url if port is None else url.replace(":5432/", f":{port}/")
                db = open_database(target_url, now=dt.datetime.now(dt.UTC))
                try:
                    _measure_link(db, engine, link, proxy if port else None, animal, actor,
                                  runs, figures)
                finally:
                    db.dispose()
        finally:
            if proxy is not None:
                proxy.stop()


def _measure_link(db: Database, engine: str, link: str, proxy: DelayProxy | None,
                  animal: int, actor: Actor, runs: int, figures: list[Figure]) -> None:
    ctx = ServiceContext(db=db, clock=SystemClock())
    label = f"{engine}-1x{HISTORY}"
    slow = proxy is not None

    raw = floors.RawConnection(db.engine)

    def record(name: str, actions: list[Callable[[], Any]], target: str, n: int,
               warmup: int = 3, *, against_raw: bool = False) -> None:
        # Reads are measured against their own statements sent raw (issue 9).
        floor = [floors.replay(raw, db.engine, a) for a in actions] if against_raw else None
        figure = measure(name, label, link, db.engine, actions, runs=n, warmup=warmup,
                         proxy=proxy, target=target, floors=floor,
                         floor="its statement raw" if against_raw else "")
        figures.append(figure)
        print(figure.row(), flush=True)

    first_page = [lambda: timeline_page(ctx, actor, animal)]
    record("chart first page", first_page,
           "<=3 q, <=3x, " + ("<=200 ms" if slow else "<=100 ms"), runs, against_raw=True)
    cursor = timeline_page(ctx, actor, animal).next_cursor
    for _ in range(20):
        page = timeline_page(ctx, actor, animal, cursor=cursor)
        cursor = page.next_cursor
    record("chart page 21", [lambda: timeline_page(ctx, actor, animal, cursor=cursor)],
           "<=3 q", runs, against_raw=True)
    stepping = dataclasses.replace(ctx, clock=SteppingClock())
    record("chart header (+audit)", [lambda: chart_header(stepping, actor, animal)], "", runs)
    n = max(10, runs // 4) if not slow else 20
    steps, signed = writing_actions(ctx, actor, animal, n)
    for name, actions in steps.items():
        record(name, actions, "<=50 ms (SQLite)", n, warmup=0)
    record("correct", correction_actions(ctx, actor, signed), "<=50 ms (SQLite)", n, warmup=0)
    if not slow:
        last_200 = PrintOptions(date_from=(dt.datetime.now(dt.UTC)
                                           - dt.timedelta(days=230)).date(),
                                include_confidential=True)
        record("printout 200 entries", [lambda: print_journal(ctx, actor, animal, last_200)],
               "<=2000 ms", 5, warmup=1)
    raw.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_journal")
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--runs", type=int, default=100)
    args = parser.parse_args(argv)
    # Realistic sign-in cost is irrelevant here; keep user creation quick.
    passwords._HASHER = passwords.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    figures: list[Figure] = []
    print(HEADER, flush=True)
    for engine in args.engines.split(","):
        run_engine(engine, args.runs, figures)
    path = write_json(figures, {"suite": "journal"}, RESULTS / "journal")
    print(f"written {path}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
