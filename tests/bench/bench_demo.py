"""How long the demo clinic takes to generate, and how big it gets (run on demand).

    .venv/bin/python tests/bench/bench_demo.py --clients 20000 [--seed 1]
        [--engines sqlite,postgresql] [--verify]

Each engine gets a fresh, migrated database (a temporary SQLite file; a scratch PostgreSQL
database on VETDESK_TEST_PG_URL's server, dropped afterwards). Prints one row per engine:
seconds to load (wall clock, and this process's CPU time), database size, rows written and,
with --verify, seconds for ``verify``.
The issue's target: 20,000 clients in under 2 minutes on SQLite on a 2-core machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy import text

from vetdesk.clock import SystemClock
from vetdesk.db.database import Database
from vetdesk.db.engine import create_database_engine, parse_target
from vetdesk.db.opening import open_database, upgrade_schema
from vetdesk.services import auth
from vetdesk.services.context import ServiceContext
from vetdesk.services.demo import load_demo
from vetdesk.services.integrity import verify_all

PG_ADMIN_URL = os.environ.get(
    "VETDESK_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
SCRATCH_DB = "vetdesk_bench_demo"


@contextmanager
def sqlite_database(folder: Path) -> Iterator[tuple[Database, str]]:
    path = folder / "demo.sqlite"
    db = open_database(f"sqlite:///{path}", now=dt.datetime.now(dt.UTC))
    try:
        yield db, str(path)
    finally:
        db.dispose()


@contextmanager
def pg_database() -> Iterator[tuple[Database, str]]:
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            sql.Identifier(SCRATCH_DB))
        conn.execute(drop)
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(SCRATCH_DB)))
    info = psycopg.conninfo.conninfo_to_dict(PG_ADMIN_URL)
    url = (f"postgresql+psycopg://{info.get('user', 'postgres')}@{info.get('host', '127.0.0.1')}"
           f":{info.get('port', '5432')}/{SCRATCH_DB}")
    target = parse_target(url)
    db = Database(create_database_engine(target), target)
    try:
        upgrade_schema(db, now=dt.datetime.now(dt.UTC))
        yield db, url
    finally:
        db.dispose()
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(drop)


def size_mb(db: Database, where: str) -> float:
    if db.dialect == "sqlite":
        db.dispose()  # the pooled connections would keep the write-ahead log open
        with closing(sqlite3.connect(where)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return Path(where).stat().st_size / 1e6
    with db.engine.connect() as conn:
        size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
    return float(size) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--verify", action="store_true", help="also time vetdesk verify")
    args = parser.parse_args()
    print(f"demo clinic, {args.clients} clients, seed {args.seed}, {os.cpu_count()} cores")
    print(f"{'engine':<11} {'seconds':>8} {'cpu s':>7} {'size MB':>8} {'rows':>10} "
          f"{'verify s':>9}")
    with tempfile.TemporaryDirectory(prefix="vetdesk-bench-") as folder:
        for engine in args.engines.split(","):
            opener = sqlite_database(Path(folder)) if engine == "sqlite" else pg_database()
            with opener as (db, where):
                ctx = ServiceContext(db=db, clock=SystemClock())
                cpu_started = time.process_time()
                summary = load_demo(ctx, None, clients=args.clients, seed=args.seed)
                # This process's CPU time: on a busy machine it shows what an idle one would
                # take (SQLite works in-process; PostgreSQL's server time is not included).
                cpu = time.process_time() - cpu_started
                verify = ""
                if args.verify:
                    started = time.perf_counter()
                    manager = auth.sign_in(ctx, "leder", summary.demo_password)
                    report = verify_all(ctx, manager)
                    verify = f"{time.perf_counter() - started:.1f}" + ("" if report.ok else "!")
                rows = sum(summary.counts.values())
                size = size_mb(db, where)
                print(f"{engine:<11} {summary.seconds:>8.1f} {cpu:>7.1f} {size:>8.0f} "
                      f"{rows:>10} {verify:>9}", flush=True)


if __name__ == "__main__":
    main()
