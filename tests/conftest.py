"""Fixtures shared by every suite: one clean database per test, on SQLite and PostgreSQL."""

from __future__ import annotations

import os

# Qt must never try to open a screen in tests; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from tests.support import databases
from vetdesk.clock import FixedClock
from vetdesk.db.database import Database
from vetdesk.db.opening import open_database
from vetdesk.domain.codes import Role
from vetdesk.security import passwords
from vetdesk.services import auth
from vetdesk.services.clinic import ClinicDetails, ensure_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.staff import accounts

ENGINES = ["sqlite", "postgresql"]
TEST_PASSWORD = "correct horse battery"
START = dt.datetime(2026, 11, 22, 7, 55, tzinfo=dt.UTC)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "postgresql: needs the PostgreSQL server (set by conftest; `make test-fast` leaves "
        "these out with -m 'not postgresql')",
    )


def pytest_collection_modifyitems(
    config: pytest.Config, items: list[pytest.Item]
) -> None:
    """``sqlite_only`` / ``pg_only`` tests use the two-engine fixtures but mean one engine:
    the other engine's copy is deselected (not skipped: under CI nothing may skip).

    Every test that needs the server, by the ``db_url`` parameter (or another fixture
    parametrised over ``ENGINES``) or by asking for it
    directly (``postgres_available``, ``pg_template``), is marked ``postgresql``: a name
    filter (``-k "not postgresql"``) missed the ones whose id does not say so (issue 8)."""
    keep, drop = [], []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        # db_url, or a module-scoped fixture parametrised over ENGINES the same way.
        engine = params.get("db_url") or next(
            (value for value in params.values() if value in ENGINES), None
        )
        if (engine == "postgresql" and item.get_closest_marker("sqlite_only")) or (
            engine == "sqlite" and item.get_closest_marker("pg_only")
        ):
            drop.append(item)
            continue
        if engine == "postgresql" or "postgres_available" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgresql)
        keep.append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hashing() -> Iterator[None]:
    """Argon2id at production cost makes every user cost ~50 ms; tests use a cheap setting."""
    original = passwords._HASHER
    passwords._HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    passwords._HASHER = original


@pytest.fixture(scope="session")
def postgres_available() -> None:
    reason = databases.postgres_unavailable_reason()
    if reason is None:
        return
    if databases.under_ci():
        pytest.fail(f"{reason}; under CI the PostgreSQL tests must run")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return databases.migrated_sqlite_template(tmp_path_factory.mktemp("template"))


@pytest.fixture(scope="session")
def pg_template(postgres_available: None) -> Iterator[str]:
    name = databases.migrated_pg_template("vetdesk")
    yield name
    databases.drop_pg_database(name)


@pytest.fixture(scope="session")
def pg_session_database(pg_template: str) -> Iterator[str]:
    """One migrated PostgreSQL database for the whole run, emptied before each test."""
    name = pg_template.replace("_tmpl_", "_run_")
    databases.create_pg_database(name, pg_template)
    yield name
    databases.drop_pg_database(name)


@pytest.fixture(params=ENGINES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated database holding no rows, on each engine."""
    if request.param == "sqlite":
        return databases.sqlite_copy(request.getfixturevalue("sqlite_template"), tmp_path)
    name = request.getfixturevalue("pg_session_database")
    databases.reset_pg_database(name)
    return databases.pg_url(name)


@pytest.fixture
def engine_name(db_url: str) -> str:
    return "sqlite" if db_url.startswith("sqlite") else "postgresql"


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(db_url, now=START)
    yield db
    db.dispose()


class RecordingSleep:
    """Stands in for time.sleep: remembers what it was asked to wait, and moves the test's
    clock on by as much (the sign-in throttle compares the clock with its own record)."""

    def __init__(self, clock: FixedClock | None = None) -> None:
        self.calls: list[float] = []
        self._clock = clock

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        if self._clock is not None:
            self._clock.advance(dt.timedelta(seconds=seconds))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def ctx(database: Database, clock: FixedClock) -> ServiceContext:
    return ServiceContext(
        db=database, clock=clock, workstation="test-desk-1", sleep=RecordingSleep(clock)
    )


@pytest.fixture
def clinic(ctx: ServiceContext) -> None:
    ensure_clinic(ctx, ClinicDetails(name="Dyreklinikken Ødegård", postal_code="0150", city="Oslo"))


def make_user(ctx: ServiceContext, username: str, role: Role, **extra: str) -> Actor:
    """Add a user directly (bypassing the administrator check) and return it as an actor."""
    with ctx.db.transaction() as session:
        user = accounts.create_user(
            session,
            ctx,
            None,
            username=username,
            full_name=extra.pop("full_name", username.title()),
            role=role,
            password=TEST_PASSWORD,
            **extra,
        )
        return auth.actor_for(user)


@pytest.fixture
def admin(ctx: ServiceContext, clinic: None) -> Actor:
    return make_user(ctx, "admin", Role.ADMINISTRATOR, full_name="Ada Administrator")


@pytest.fixture
def vet(ctx: ServiceContext, clinic: None) -> Actor:
    return make_user(ctx, "lie", Role.VETERINARIAN, full_name="Ingrid Lie", hpr_number="1234567")


@pytest.fixture
def receptionist(ctx: ServiceContext, clinic: None) -> Actor:
    return make_user(ctx, "kari", Role.RECEPTIONIST, full_name="Kari Resepsjon")


@pytest.fixture
def manager(ctx: ServiceContext, clinic: None) -> Actor:
    return make_user(ctx, "mona", Role.MANAGER, full_name="Mona Manager")
