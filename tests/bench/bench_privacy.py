"""Privacy benchmarks: ``.venv/bin/python -m tests.bench.bench_privacy [--engines
sqlite,postgresql] [--runs N]``.

A client with 5 animals and 10 years of history (two journal entries a month per animal, with
appointments, messages, invoices, a prescription and a referral): inspect, export and erase,
on each engine and through the 25 ms delay proxy on PostgreSQL, where round trips are counted.
Targets (issue 10): inspect <= 300 ms and <= 6 round trips; export <= 2 s; erase <= 1 s.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from tests.bench.measure import Figure, measure
from tests.bench.suite import bench_user, fresh_database, keep, links, opened, run_suite
from tests.support import privacy_data
from tests.support.journal_data import seed_history
from vetdesk.clock import SystemClock
from vetdesk.db.models import Animal, ExternalParty, Ownership, Resource
from vetdesk.db.opening import open_database
from vetdesk.domain.codes import Role
from vetdesk.services.clinic import ClinicDetails, ensure_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.privacy.erasure import erase_client
from vetdesk.services.privacy.export import export_client
from vetdesk.services.privacy.inspect import inspect_client

ENTRIES_PER_ANIMAL = 240  # two a month for ten years
ERASE_RUNS = 3


def _user(ctx: ServiceContext, username: str, role: Role) -> Actor:
    return bench_user(ctx, username, username.title(), role)


def populate(url: str) -> tuple[Actor, list[int]]:
    """The manager, and the client numbers of 1 + ERASE_RUNS such clients."""
    db = open_database(url, now=dt.datetime.now(dt.UTC))
    try:
        ctx = ServiceContext(db=db)
        ensure_clinic(ctx, ClinicDetails(name="Dyreklinikken Ødegård", city="Oslo"))
        vet, manager = _user(ctx, "lie", Role.VETERINARIAN), _user(ctx, "mona", Role.MANAGER)
        with db.transaction() as session:
            resource = session.execute(select(Resource.id)).scalar()
            lab = session.execute(select(ExternalParty.id)).scalar()
            if resource is None:
                room, party = Resource(kind="room", name="Rom 1"), ExternalParty(name="Lab")
                session.add_all([room, party])
                session.flush()
                resource, lab = room.id, party.id
        numbers = []
        for n in range(1 + ERASE_RUNS):
            values = {**privacy_data.KARI, "chips": (f"5780930005{n:05d}",)}
            person = privacy_data._person(ctx, vet, 1000 + 100 * n, values, ("Bamse",),
                                          resource, lab, ENTRIES_PER_ANIMAL)
            _more_animals(ctx, vet, person.client_id, 4)
            numbers.append(person.client_no)
        return manager, numbers
    finally:
        db.dispose()


def _more_animals(ctx: ServiceContext, vet: Actor, client_id: int, count: int) -> None:
    now = ctx.clock.now()
    for index in range(count):
        with ctx.db.transaction() as session:
            animal = Animal(owner_id=client_id, name=f"Dyr {index}", species="cat", sex="female",
                            created_at=now, updated_at=now, search_key=f"dyr {index}")
            session.add(animal)
            session.flush()
            session.add(Ownership(animal_id=animal.id, client_id=client_id,
                                  started_on=dt.date(2016, 1, 1), recorded_at=now))
            animal_id = animal.id
        seed_history(ctx.db, animal_id, vet.user_id, ENTRIES_PER_ANIMAL,
                     start=now - dt.timedelta(days=3650))


def run_engine(engine: str, runs: int, figures: list[Figure]) -> None:
    with fresh_database(engine) as url:
        manager, numbers = populate(url)
        erase_targets = list(numbers[1:])
        with links(engine, url) as found:
            for link in found:
                with opened(link) as db:
                    ctx = ServiceContext(db=db, clock=SystemClock())
                    slow = link.proxy
                    label = f"{engine}-5 animals 10 y"
                    first = numbers[0]
                    keep(figures, measure(
                        "inspect", label, link.name, db.engine,
                        [lambda c=ctx, f=first: inspect_client(c, manager, f)], runs=runs,
                        warmup=2, proxy=slow, target="<=300 ms, <=6 RTs"))
                    keep(figures, measure(
                        "export", label, link.name, db.engine,
                        [lambda c=ctx, f=first: export_client(c, manager, f)],
                        runs=max(3, runs // 4), warmup=1, proxy=slow, target="<=2 s"))
                    share = erase_targets[:1] if slow else erase_targets[1:]
                    erase: list[Callable[[], Any]] = [
                        lambda n=n, c=ctx: erase_client(c, manager, n) for n in share]
                    keep(figures, measure("erase", label, link.name, db.engine, erase,
                                          runs=len(erase), warmup=0, proxy=slow,
                                          target="<=1 s"))


def main(argv: list[str] | None = None) -> int:
    run_suite("python -m tests.bench.bench_privacy", run_engine, runs=20,
              extra={"bench": "privacy"}, folder="privacy", argv=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
