"""Journal benchmarks: ``.venv/bin/python -m tests.bench.bench_journal [--engines ...]``.

Uses the harness's timing and delay proxy (tests/bench/measure.py, proxy.py) on its own small
data set: one dog with 2,000 signed entries (issue 4's figures), built fresh for each run.
Prints the harness's table; writes JSON next to the harness's results.

Targets: chart first page <= 3 queries, <= 100 ms SQLite, <= 200 ms through the 25 ms proxy;
save draft, sign, correct <= 50 ms on SQLite; printout of 200 entries <= 2 s.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import uuid
from collections.abc import Callable
from typing import Any

from tests.bench import floors
from tests.bench.measure import Figure, measure
from tests.bench.proxy import DelayProxy
from tests.bench.suite import bench_user, fresh_database, keep, links, opened, run_suite
from tests.support.journal_data import add_patient, consultation, seed_history
from vetdesk.clock import SystemClock
from vetdesk.db.database import Database
from vetdesk.db.opening import open_database
from vetdesk.domain.codes import JournalKind, RecallRuleKind, Role
from vetdesk.services.clinic import ClinicDetails, ensure_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import (
    Correction,
    DraftInput,
    PrintOptions,
    chart_header,
    correct_entry,
    entry_detail,
    print_journal,
    save_draft,
    sign_draft,
    timeline_page,
)
from vetdesk.services.messaging.recall_rules import RuleInput, save_rule
from vetdesk.services.permissions import Actor

HISTORY = 2_000


class SteppingClock:
    """Six minutes later at every reading, so each chart opening writes its audit event (the
    slowest case; repeated views within five minutes are coalesced)."""

    def __init__(self) -> None:
        self._now = dt.datetime.now(dt.UTC)

    def now(self) -> dt.datetime:
        self._now += dt.timedelta(minutes=6)
        return self._now


def populate(url: str) -> tuple[int, Actor, list[uuid.UUID]]:
    now = dt.datetime.now(dt.UTC)
    db = open_database(url, now=now)
    try:
        ctx = ServiceContext(db=db)
        ensure_clinic(ctx, ClinicDetails(name="Dyreklinikken Ødegård", city="Oslo"))
        actor = bench_user(ctx, "lie", "Ingrid Lie", Role.VETERINARIAN)
        save_rule(ctx, actor, RuleInput(RecallRuleKind.VACCINATION, 12,
                                        product="Nobivac DHPPi", vaccine_group="DHPPi"))
        animal = add_patient(ctx).animal_id
        ids = seed_history(db, animal, actor.user_id, HISTORY,
                           start=now - dt.timedelta(days=HISTORY + 30))
        return animal, actor, ids
    finally:
        db.dispose()


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


def vaccination_actions(ctx: ServiceContext, actor: Actor, animal: int, runs: int
                        ) -> list[Callable[[], Any]]:
    """Vaccinations written beforehand, each signed as one step: each completes the recall
    the one before set and sets the next (issue 9: the recalls are in the signing's trip)."""
    forms = [DraftInput(id=uuid.uuid4(), animal_id=animal, kind=JournalKind.VACCINATION,
                        event_time=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5),
                        content={"product": "Nobivac DHPPi", "batch": "A123-45"})
             for _ in range(runs)]
    for form in forms:
        save_draft(ctx, actor, form)
    return [lambda f=f: sign_draft(ctx, actor, f.id) for f in forms]


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
        with links(engine, url) as found:
            for link in found:
                with opened(link) as db:
                    _measure_link(db, engine, link.name, link.proxy, animal, actor, runs,
                                  figures)


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
        keep(figures, measure(name, label, link, db.engine, actions, runs=n, warmup=warmup,
                              proxy=proxy, target=target, floors=floor,
                              floor="its statement raw" if against_raw else ""))

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
    record("sign vaccination", vaccination_actions(ctx, actor, animal, n),
           "<=2 RT" if slow else "<=50 ms (SQLite)", n, warmup=0)
    if not slow:
        last_200 = PrintOptions(date_from=(dt.datetime.now(dt.UTC)
                                           - dt.timedelta(days=230)).date(),
                                include_confidential=True)
        record("printout 200 entries", [lambda: print_journal(ctx, actor, animal, last_200)],
               "<=2000 ms", 5, warmup=1)
    raw.close()


def main(argv: list[str] | None = None) -> int:
    path = run_suite("python -m tests.bench.bench_journal", run_engine, runs=100,
                     extra={"suite": "journal"}, folder="journal", argv=argv)
    print(f"written {path}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
