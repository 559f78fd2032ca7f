"""The benchmark data sets, built once with the demo generator and kept between runs.

SQLite files live in tests/bench/.cache (git-ignored); PostgreSQL data sets are databases named
``vetdesk_bench_<name>`` on the local server, reused while their marker row says they are
complete.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, text

from tests.bench import chain
from tests.support import databases
from vetdesk.db.database import Database
from vetdesk.db.engine import create_database_engine, parse_target
from vetdesk.db.models import Client, User
from vetdesk.db.opening import open_database, upgrade_schema
from vetdesk.domain.codes import Role
from vetdesk.errors import DatabaseOpenError
from vetdesk.services import auth
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.staff import accounts

CACHE = Path(__file__).resolve().parent / ".cache"
BENCH_USER = "bench"
BENCH_PASSWORD = "benchmark only, never a real clinic"


@dataclass(frozen=True)
class DataSet:
    name: str
    engine: str  # "sqlite" or "postgresql"
    clients: int
    seed: int = 1

    @property
    def sqlite_path(self) -> Path:
        return CACHE / f"{self.name}-{self.clients}-s{self.seed}.sqlite"

    @property
    def pg_database(self) -> str:
        return f"vetdesk_bench_{self.name}_{self.clients}_s{self.seed}"

    def url(self, *, port: int | None = None) -> str:
        if self.engine == "sqlite":
            return f"sqlite:///{self.sqlite_path}"
        url = databases.pg_url(self.pg_database)
        if port is not None:
            url = url.replace(":5432/", f":{port}/")
        return url


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _client_count(db: Database) -> int:
    with db.reading() as session:
        return int(session.execute(select(func.count(Client.id))).scalar_one())


def _exists(data: DataSet) -> bool:
    if data.engine == "sqlite":
        return data.sqlite_path.exists()
    with databases.pg_admin() as conn:
        return conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (data.pg_database,)
        ).fetchone() is not None


def ensure(data: DataSet, log: object = print) -> None:
    """Build the data set unless a complete copy is cached."""
    if _exists(data):
        try:
            db = open_database(data.url(), now=_now())
        except DatabaseOpenError:
            db = None  # an interrupted build: start again
        if db is not None:
            try:
                # A few demo clients are merged and not copied into the chain.
                if _client_count(db) >= data.clients * 0.95:
                    return
            finally:
                db.dispose()
    _build(data, log)


CHAIN_BASE_CLIENTS = 20_000


def _build_chain(data: DataSet) -> None:
    base = DataSet("clinic", "postgresql", CHAIN_BASE_CLIENTS, data.seed)
    ensure(base)
    started = time.perf_counter()
    databases.create_pg_database(data.pg_database, template=base.pg_database)
    target = parse_target(data.url())
    db = Database(create_database_engine(target), target)
    try:
        with db.engine.begin() as conn:
            chain.replicate(conn, data.clients // CHAIN_BASE_CLIENTS - 1)
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    finally:
        db.dispose()
    print(f"built {data.name} ({data.clients} clients) in "
          f"{time.perf_counter() - started:.0f} s", flush=True)


def _build(data: DataSet, log: object) -> None:
    from vetdesk.services.demo import load_demo  # written by the demo helper

    if data.name == "chain":
        _build_chain(data)
        return
    started = time.perf_counter()
    if data.engine == "sqlite":
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = data.sqlite_path.with_suffix(".partial")
        for leftover in CACHE.glob(partial.name + "*"):
            leftover.unlink()
        db = open_database(f"sqlite:///{partial}", now=_now())
    else:
        # A rebuild (a cached copy from before a migration): its staff login roles are the
        # cluster's, not the database's, and would stop the demo's accounts being made again.
        databases.drop_pg_database(data.pg_database)
        databases.create_pg_database(data.pg_database)
        target = parse_target(data.url())
        db = Database(create_database_engine(target), target)
        upgrade_schema(db, now=_now())
    try:
        ctx = ServiceContext(db=db)
        load_demo(ctx, None, clients=data.clients, seed=data.seed)
        _bench_user(ctx)
        if data.engine == "postgresql":
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("VACUUM ANALYZE"))
        else:
            with db.engine.connect() as conn:
                conn.exec_driver_sql("ANALYZE")
                conn.commit()
    finally:
        db.dispose()
    if data.engine == "sqlite":
        for suffix in ("-wal", "-shm"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
        partial.rename(data.sqlite_path)
    print(f"built {data.name} ({data.clients} clients, {data.engine}) in "
          f"{time.perf_counter() - started:.0f} s", flush=True)


def _bench_user(ctx: ServiceContext) -> None:
    with ctx.db.transaction() as session:
        exists = session.execute(select(User.id).where(User.username == BENCH_USER)).first()
        if exists is None:
            accounts.create_user(session, ctx, None, username=BENCH_USER, full_name="Bench Mark",
                             role=Role.RECEPTIONIST, password=BENCH_PASSWORD)


def bench_actor(ctx: ServiceContext) -> Actor:
    with ctx.db.reading() as session:
        user = session.execute(select(User).where(User.username == BENCH_USER)).scalar_one_or_none()
        if user is None:
            raise RuntimeError("the bench data set has no bench user; delete it to rebuild")
        return auth.actor_for(user)
