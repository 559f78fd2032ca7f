"""Time to sign in on each engine: ``.venv/bin/python -m tests.bench.bench_signin [--runs N]``.

SQLite: the program checks the argon2id hash (production cost) and writes the audit row.
PostgreSQL: the program connects as the person's own login role (the server checks the
SCRAM verifier), checks the schema, reads the user and writes the audit row; a wrong password
is held by the server's auth_delay. Prints p50/p95 and writes JSON to tests/bench/results/.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import statistics
import tempfile
import time
from pathlib import Path

from tests.support import databases
from vetdesk.db.opening import open_database, upgrade_schema
from vetdesk.domain.codes import Role
from vetdesk.errors import AuthenticationFailed
from vetdesk.services import auth
from vetdesk.services.context import ServiceContext
from vetdesk.services.staff import accounts

RESULTS = Path(__file__).resolve().parent / "results"
PASSWORD = "bench-password-1"


def _prepare(url: str) -> None:
    db = open_database(url, now=dt.datetime.now(dt.UTC))
    try:
        ctx = ServiceContext(db=db)
        accounts.add_user(ctx, None, username="admin", full_name="Bench Admin",
                          role=Role.ADMINISTRATOR, password=PASSWORD)
    finally:
        db.dispose()


def _time(url: str, password: str, runs: int) -> list[float]:
    """The sign-in alone: the database is opened first (on SQLite that is the file's own
    start-up cost, measured elsewhere); on PostgreSQL sign-in is when the connection is made."""
    times: list[float] = []
    for _ in range(runs):
        db = open_database(url, now=dt.datetime.now(dt.UTC), staff_sign_in=True)
        try:
            ctx = ServiceContext(db=db, sleep=lambda _s: None)
            started = time.perf_counter()
            with contextlib.suppress(AuthenticationFailed):
                auth.sign_in(ctx, "admin", password)
            times.append((time.perf_counter() - started) * 1000)
        finally:
            db.dispose()
    return times


def _row(name: str, times: list[float]) -> dict[str, float | str | int]:
    ordered = sorted(times)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    row = {"scenario": name, "runs": len(times), "p50_ms": statistics.median(times),
           "p95_ms": p95, "max_ms": ordered[-1]}
    print(f"{name:<40} {len(times):>4} runs  p50 {row['p50_ms']:7.1f} ms  p95 {p95:7.1f} ms")
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_signin")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/bench.sqlite"
        _prepare(url)
        rows.append(_row("sign in, SQLite (argon2id)", _time(url, PASSWORD, args.runs)))
    name = f"vetdesk_bench_signin_{int(time.time())}"
    databases.create_pg_database(name)
    try:
        target = databases.pg_url(name)
        migrated = open_database(target, now=dt.datetime.now(dt.UTC), leave_schema=True)
        upgrade_schema(migrated, now=dt.datetime.now(dt.UTC))
        migrated.dispose()
        _prepare(target)
        rows.append(_row("sign in, PostgreSQL (own role, SCRAM)", _time(target, PASSWORD,
                                                                        args.runs)))
        rows.append(_row("wrong password, PostgreSQL (auth_delay)",
                         _time(target, "wrong-password", max(5, args.runs // 5))))
    finally:
        databases.drop_pg_database(name)
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"signin-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}.json"
    out.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    print(f"written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
