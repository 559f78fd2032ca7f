"""Import speed: 20,000 clients and 30,000 animals into a fresh SQLite database."""

from __future__ import annotations

import csv
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from tests.bench import datasets
from vetdesk.db.opening import open_database
from vetdesk.domain.codes import Role
from vetdesk.services import auth
from vetdesk.services.clinic import ClinicDetails, ensure_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.services.importing import import_animals, import_clients
from vetdesk.services.permissions import Actor
from vetdesk.services.staff import accounts

FIRST = ("Kari", "Ola", "Åse", "Per", "Ingrid", "Bjørn", "Sigrid", "Håkon", "Marit", "Jon",
         "Liv", "Nils", "Ragnhild", "Øystein", "Tone", "Erik", "Hilde", "Lars", "Grete", "Knut")
LAST = ("Ødegård", "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
        "Strøm-Hansen", "Bakke", "Haugen", "Berg", "Dahl", "Lie", "Sæther", "Aas", "Moen")
ANIMALS = ("Bamse", "Luna", "Tassen", "Bella", "Max", "Molly", "Pus", "Frøya", "Loke", "Tyra")
SPECIES = ("hund", "katt", "kanin", "hest", "dog", "cat")


def write_files(folder: Path, clients: int, animals: int, seed: int = 3) -> tuple[Path, Path]:
    rng = random.Random(seed)
    client_file = folder / "clients.csv"
    animal_file = folder / "animals.csv"
    with client_file.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(["client_no", "first_name", "last_name", "address", "postal_code", "city",
                      "phone", "email", "birth_date", "reminder_consent", "marketing_consent"])
        for number in range(1, clients + 1):
            birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randint(0, 25_000))
            out.writerow([
                number + 10_000, rng.choice(FIRST), rng.choice(LAST),
                f"Storgata {rng.randint(1, 200)}", f"{rng.randint(1, 9999):04d}", "Oslo",
                f"{rng.choice('49')}{number:07d}", f"kunde{number}@example.no",
                birth.strftime("%d.%m.%Y"), rng.choice(["ja", "nei", "1", "0", ""]),
                rng.choice(["yes", "no", ""]),
            ])
    with animal_file.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["client_no", "name", "species", "breed", "sex", "birth_date", "microchip",
                      "deceased_date"])
        for number in range(animals):
            owner = number % clients + 1 + 10_000
            out.writerow([
                owner, f"{rng.choice(ANIMALS)} {number // clients + 1}", rng.choice(SPECIES), "",
                rng.choice(["han", "hun", ""]),
                (dt.date(2010, 1, 1) + dt.timedelta(days=rng.randint(0, 5000))).isoformat(),
                f"578{number:012d}" if rng.random() < 0.8 else "", "",
            ])
    return client_file, animal_file


def importer(ctx: ServiceContext) -> Actor:
    """The clinic and the manager who imports, in a fresh database."""
    ensure_clinic(ctx, ClinicDetails(name="Import"))
    with ctx.db.transaction() as session:
        user = accounts.create_user(session, ctx, None, username="importer",
                                    full_name="Im Porter", role=Role.MANAGER,
                                    password=datasets.BENCH_PASSWORD)
        return auth.actor_for(user)


def run_import_bench(*, quick: bool) -> dict[str, object]:
    clients, animals = (2_000, 3_000) if quick else (20_000, 30_000)
    with tempfile.TemporaryDirectory() as folder:
        client_file, animal_file = write_files(Path(folder), clients, animals)
        db = open_database(f"sqlite:///{folder}/import.sqlite", now=dt.datetime.now(dt.UTC))
        try:
            ctx = ServiceContext(db=db)
            actor = importer(ctx)
            started = time.perf_counter()
            client_report = import_clients(ctx, actor, client_file)
            middle = time.perf_counter()
            animal_report = import_animals(ctx, actor, animal_file)
            finished = time.perf_counter()
            again = import_clients(ctx, actor, client_file)
            rerun = time.perf_counter() - finished
        finally:
            db.dispose()
    return {
        "clients": client_report.created, "animals": animal_report.created,
        "client_errors": len(client_report.errors), "animal_errors": len(animal_report.errors),
        "clients_s": round(middle - started, 2), "animals_s": round(finished - middle, 2),
        "total_s": round(finished - started, 2), "target_s": 60,
        "rerun_clients_s": round(rerun, 2), "rerun_created": again.created,
        # Peak memory of a large client file, each run in a process of its own (issue 9).
        "memory": _memory(quick),
    }


def _memory(quick: bool) -> dict[str, object]:
    from tests.bench.bench_import_memory import run_import_memory_bench  # it uses write_files

    return run_import_memory_bench(quick=quick)
