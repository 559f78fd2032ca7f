"""What the per-feature benchmark suites (bench_journal, bench_prescriptions, bench_privacy)
share: a fresh database per engine, quick bench users, the links measured over (direct, and on
PostgreSQL through the 25 ms delay proxy, where round trips are counted), and the command line
that runs the suite over the engines and writes the result table and JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.bench.measure import HEADER, Figure, write_json
from tests.bench.proxy import DelayProxy
from tests.support import databases
from vetdesk.db.database import Database
from vetdesk.db.opening import open_database
from vetdesk.domain.codes import Role
from vetdesk.security import passwords
from vetdesk.services import auth
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.staff import accounts

RESULTS = Path(__file__).resolve().parent / "results"
ONE_WAY_DELAY = 0.0125  # 25 ms round trip


@contextmanager
def fresh_database(engine: str) -> Iterator[str]:
    """The URL of an empty, migrated database on `engine`, dropped afterwards."""
    if engine == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{folder}/journal-bench.sqlite"
        return
    template = databases.migrated_pg_template("vetdesk_jbench")
    try:
        yield from databases.pg_copy(template)
    finally:
        databases.drop_pg_database(template)


def passwords_ok() -> str:
    return "benchmark only, never a real clinic"


def bench_user(ctx: ServiceContext, username: str, full_name: str, role: Role, *,
               password: str | None = None) -> Actor:
    """A staff member created in its own transaction (veterinarians with an HPR number)."""
    with ctx.db.transaction() as session:
        user = accounts.create_user(session, ctx, None, username=username, full_name=full_name,
                                    role=role, password=password or passwords_ok(),
                                    hpr_number="1234567" if role is Role.VETERINARIAN
                                    else None)
        return auth.actor_for(user)


@dataclass(frozen=True)
class Link:
    name: str  # "file", "loopback" or "proxy25ms", as the result table shows it
    url: str
    proxy: DelayProxy | None  # on the delayed link only: its round trips are counted


@contextmanager
def links(engine: str, url: str) -> Iterator[list[Link]]:
    """The direct link to `url` and, on PostgreSQL, the same database behind the delay proxy
    (running until the block ends)."""
    found = [Link("file" if engine == "sqlite" else "loopback", url, None)]
    proxy = None
    if engine == "postgresql":
        proxy = DelayProxy("127.0.0.1", 5432, one_way_delay=ONE_WAY_DELAY).start()
        found.append(Link("proxy25ms", url.replace(":5432/", f":{proxy.port}/"), proxy))
    try:
        yield found
    finally:
        if proxy is not None:
            proxy.stop()


@contextmanager
def opened(link: Link) -> Iterator[Database]:
    db = open_database(link.url, now=dt.datetime.now(dt.UTC))
    try:
        yield db
    finally:
        db.dispose()


def keep(figures: list[Figure], figure: Figure) -> None:
    """Keep a figure for the JSON, and print its row as soon as it is measured."""
    figures.append(figure)
    print(figure.row(), flush=True)


def run_suite(prog: str, run_engine: Callable[[str, int, list[Figure]], None], *,
              runs: int, extra: dict[str, Any], folder: str,
              argv: list[str] | None = None) -> Path:
    """The suite's command line (``--engines``, ``--runs``): the table on the terminal, and
    the JSON written under results/`folder`; the JSON file's path."""
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--runs", type=int, default=runs)
    args = parser.parse_args(argv)
    # Realistic sign-in cost is irrelevant here; keep user creation quick.
    passwords._HASHER = passwords.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    figures: list[Figure] = []
    print(HEADER, flush=True)
    for engine in args.engines.split(","):
        run_engine(engine, args.runs, figures)
    return write_json(figures, extra, RESULTS / folder)
