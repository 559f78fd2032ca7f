"""Clean databases per test on both engines, copied from a migrated template.

Migrating costs about a second; copying a template costs a few milliseconds on SQLite and about
a tenth of a second on PostgreSQL (CREATE DATABASE ... TEMPLATE), so every test gets its own.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import psycopg
from psycopg import sql

from vetdesk.db.database import Database
from vetdesk.db.engine import create_database_engine, parse_target
from vetdesk.db.opening import apply_server_security, open_database, upgrade_schema
from vetdesk.domain.codes import Role

PG_ADMIN_URL = os.environ.get(
    "VETDESK_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
_counter = itertools.count(1)


def under_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def postgres_unavailable_reason() -> str | None:
    try:
        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        return f"PostgreSQL not reachable at {PG_ADMIN_URL} ({str(exc).strip().splitlines()[0]})"
    return None


def pg_admin() -> psycopg.Connection:
    return psycopg.connect(PG_ADMIN_URL, autocommit=True)


def pg_url(database: str, user: str = "postgres", password: str | None = None) -> str:
    info = psycopg.conninfo.conninfo_to_dict(PG_ADMIN_URL)
    host = info.get("host", "127.0.0.1")
    port = info.get("port", "5432")
    auth = f"{user}:{password}" if password else user
    return f"postgresql+psycopg://{auth}@{host}:{port}/{database}"


def create_pg_database(name: str, template: str | None = None) -> None:
    with pg_admin() as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        if template:
            conn.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(name), sql.Identifier(template)
                )
            )
        else:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    if template:
        # The copy's grants name the template's roles; give it staff roles of its own, as
        # `vetdesk db upgrade` does for a practice's database.
        apply_pg_security(name)


def apply_pg_security(name: str) -> None:
    target = parse_target(pg_url(name))
    db = Database(create_database_engine(target), target)
    try:
        apply_server_security(db)
    finally:
        db.dispose()


def drop_pg_database(name: str) -> None:
    with pg_admin() as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
    drop_pg_roles_of(name)


def drop_pg_roles_of(database: str, *, logins_only: bool = False) -> None:
    """Drop the staff roles named after ``database`` (roles are cluster-wide: tests must not
    leave them behind). A role still granted rights in a database that exists is skipped
    (the template's roles keep rights in its copies until those are dropped too)."""
    groups = {f"{database}_{role.value}" for role in Role}
    with pg_admin() as conn:
        names = [
            row[0] for row in conn.execute(
                "SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s)", (database + "_",)
            )
        ]
        for role in sorted(names, key=lambda n: n in groups):  # logins before their groups
            if logins_only and role in groups:
                continue
            try:
                conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
            except psycopg.errors.DependentObjectsStillExist:
                continue


def drop_leftovers(prefix: str) -> None:
    """Drop the databases of earlier test runs that were killed before cleaning up (their
    names end in the pid of a process that no longer runs)."""
    with pg_admin() as conn:
        names = conn.execute(
            "SELECT datname FROM pg_database WHERE datname ~ %s",
            (rf"^{prefix}_(tmpl|run)_[0-9]+$",),
        ).fetchall()
    for (name,) in names:
        pid = int(name.rsplit("_", 1)[1])
        if pid != os.getpid() and not _process_exists(pid):
            drop_pg_database(name)
    for (name,) in names:  # the template's roles outlive it until its copies are gone
        pid = int(name.rsplit("_", 1)[1])
        if pid != os.getpid() and not _process_exists(pid):
            drop_pg_roles_of(name)


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def migrated_pg_template(prefix: str) -> str:
    drop_leftovers(prefix)
    name = f"{prefix}_tmpl_{os.getpid()}"
    create_pg_database(name)
    target = parse_target(pg_url(name))
    engine = create_database_engine(target)
    db = Database(engine, target)
    upgrade_schema(db, now=dt.datetime.now(dt.UTC))
    db.dispose()
    return name


def migrated_sqlite_template(folder: Path) -> Path:
    path = folder / "template.sqlite"
    db = open_database(f"sqlite:///{path}", now=dt.datetime.now(dt.UTC))
    db.dispose()
    return path


def sqlite_copy(template: Path, folder: Path) -> str:
    target = folder / f"vetdesk-{next(_counter)}.sqlite"
    shutil.copyfile(template, target)
    return f"sqlite:///{target}"


def pg_copy(template: str) -> Iterator[str]:
    name = f"{template.split('_tmpl_')[0]}_t{os.getpid()}_{next(_counter)}"
    create_pg_database(name, template)
    try:
        yield pg_url(name)
    finally:
        drop_pg_database(name)


def reset_pg_database(name: str) -> None:
    """Empty every table and restart the ids, so the next test starts from a clean database.

    Much cheaper than a new database per test (CREATE and DROP DATABASE each force a
    checkpoint), and DELETE is cheaper than TRUNCATE on small tables. With
    ``session_replication_role = replica`` neither the append-only guards nor the foreign-key
    triggers fire, so the order does not matter; the schema itself is never touched.
    """
    with psycopg.connect(pg_url(name).replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")
        conn.execute("SET lock_timeout = '5s'")
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                "AND tablename <> 'alembic_version'"
            )
        ]
        try:
            _delete_all(conn, tables)
        except psycopg.errors.LockNotAvailable:
            # A test left a connection open holding locks: end it, then empty the tables.
            # (the timeout makes it wait until they are gone, so their locks are released)
            conn.execute(
                "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            _delete_all(conn, tables)
    # The users just deleted were login roles too; the next test creates its own.
    drop_pg_roles_of(name, logins_only=True)


def _delete_all(conn: psycopg.Connection, tables: list[str]) -> None:
    with conn.transaction():
        for table in tables:
            conn.execute(sql.SQL("DELETE FROM {}").format(sql.Identifier(table)))
        conn.execute(
            "SELECT setval(c.oid, 1, false) FROM pg_class c "
            "WHERE c.relkind = 'S' AND c.relnamespace = 'public'::regnamespace"
        )


def drop_pg_role(role: str, db_url: str) -> None:
    """Drop a test role: its grants live in the test database, so revoke them there first."""
    database = db_url.rsplit("/", 1)[1]
    with psycopg.connect(pg_url(database).replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP OWNED BY {} CASCADE").format(sql.Identifier(role)))
    with pg_admin() as conn:
        conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
