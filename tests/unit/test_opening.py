"""Opening a database: pragmas, and one clear sentence for every way it can go wrong."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from tests.support import databases
from vetdesk.db import sqlite_files
from vetdesk.db.engine import create_database_engine, explain_connect_error, parse_target
from vetdesk.db.opening import open_database
from vetdesk.errors import (
    DatabaseOpenError,
    PasswordRefusedError,
    ReadOnlyDatabaseError,
    SchemaTooNewError,
    ServerUnreachableError,
)
from vetdesk.security.credentials import MemoryCredentialStore

NOW = dt.datetime(2026, 11, 22, 8, 0, tzinfo=dt.UTC)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_start_creates_and_migrates_the_file(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "vetdesk.sqlite"
    db = open_database(f"sqlite:///{path}", now=NOW)
    try:
        assert path.exists()
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10_000
    finally:
        db.dispose()


@pytest.mark.parametrize("url", ["mysql://x/y", "not a url", "sqlite://", "postgresql+psycopg://h"])
def test_a_wrong_address_is_explained(url: str) -> None:
    with pytest.raises(DatabaseOpenError, match="is not valid: use sqlite:///"):
        open_database(url, now=NOW)


def test_an_unreachable_server_is_explained() -> None:
    with pytest.raises(
        ServerUnreachableError, match=r"Cannot reach the database server at 127\.0\.0\.1:1;"
    ):
        open_database("postgresql+psycopg://postgres@127.0.0.1:1/vetdesk", now=NOW)


@pytest.mark.parametrize(
    ("driver_message", "expected"),
    [
        ('FATAL:  password authentication failed for user "clinic"', "refused the password"),
        ('FATAL:  database "nope" does not exist', "has no database called"),
        ('FATAL:  role "clinic" does not exist', "has no user called"),
        ("SSL error: certificate verify failed", "could not be verified"),
        ("timeout expired", "Cannot reach the database server"),
    ],
)
def test_server_refusals_become_one_sentence(driver_message: str, expected: str) -> None:
    target = parse_target("postgresql+psycopg://clinic@db.example.no/vetdesk")
    error = explain_connect_error(psycopg.OperationalError(driver_message), target)
    assert expected in error.message
    assert isinstance(error, PasswordRefusedError) == ("password" in driver_message)
    assert error.message.count(". ") == 0  # one sentence


def test_a_missing_postgresql_database_is_explained(postgres_available: None) -> None:
    with pytest.raises(DatabaseOpenError, match="has no database called “vetdesk_nope_"):
        open_database(databases.pg_url(f"vetdesk_nope_{os.getpid()}"), now=NOW)


def test_remote_servers_default_to_verified_tls_and_the_keyring_password() -> None:
    target = parse_target("postgresql://clinic@db.example.no:5433/vetdesk")
    store = MemoryCredentialStore({"clinic@db.example.no:5433/vetdesk": "s3cret%pw"})
    engine = create_database_engine(target, credentials=store)
    assert engine.url.query["sslmode"] == "verify-full"
    assert engine.url.password == "s3cret%pw"
    assert engine.url.drivername == "postgresql+psycopg"
    local = create_database_engine(parse_target("postgresql+psycopg://u@127.0.0.1/v"))
    assert "sslmode" not in local.url.query


def test_a_network_drive_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(f"server:/share {tmp_path} nfs4 rw 0 0\n/dev/sda1 / ext4 rw 0 0\n")
    assert sqlite_files.is_network_location(tmp_path / "clinic", mounts)
    assert not sqlite_files.is_network_location(Path("/usr"), mounts)
    assert sqlite_files.is_network_location(Path("//server/share/vetdesk"))
    monkeypatch.setattr(sqlite_files, "is_network_location", lambda path: True)
    with pytest.raises(DatabaseOpenError, match="is on a network drive"):
        open_database(f"sqlite:///{tmp_path / 'v.sqlite'}", now=NOW)
    assert not (tmp_path / "v.sqlite").exists()


def test_a_newer_schema_is_refused_and_left_alone(sqlite_template: Path, tmp_path: Path) -> None:
    url = databases.sqlite_copy(sqlite_template, tmp_path)
    path = Path(url.removeprefix("sqlite:///"))
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = _digest(path)
    with pytest.raises(SchemaTooNewError, match="newer version of VetDesk"):
        open_database(url, now=NOW)
    assert _digest(path) == before


def _scribble_over_index(path: Path, index: str) -> None:
    """Overwrite the header of one index's root page: the file stays readable elsewhere."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND name = ?", (index,)
        ).fetchone()[0]
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    start = (root - 1) * page_size
    data[start : start + 12] = b"\x0b" + b"\xff" * 11  # an invalid b-tree page type
    path.write_bytes(bytes(data))


def test_a_damaged_file_opens_read_only(sqlite_template: Path, tmp_path: Path) -> None:
    url = databases.sqlite_copy(sqlite_template, tmp_path)
    path = Path(url.removeprefix("sqlite:///"))
    _scribble_over_index(path, "ix_clients_search_key")
    assert sqlite_files.quick_check(path) is not None
    before = _digest(path)
    db = open_database(url, now=NOW)
    try:
        assert db.readonly
        assert db.readonly_reason is not None and "damaged" in db.readonly_reason
        with pytest.raises(ReadOnlyDatabaseError, match="damaged"), db.transaction():
            pass
        with db.reading() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        db.dispose()
    assert _digest(path) == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Dette er ikke en database." * 100)
    with pytest.raises(ReadOnlyDatabaseError, match="is not a VetDesk database"):
        open_database(f"sqlite:///{path}", now=NOW)
    assert path.read_text().startswith("Dette er ikke")


def test_a_write_protected_file_opens_read_only(
    sqlite_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = databases.sqlite_copy(sqlite_template, tmp_path)
    # Tests run as root, which ignores file modes; pretend the OS said no.
    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK)
    db = open_database(url, now=NOW)
    try:
        assert db.readonly
        with pytest.raises(ReadOnlyDatabaseError, match="read-only"), db.transaction():
            pass
        with db.reading() as session:
            assert session.execute(text("SELECT count(*) FROM clients")).scalar() == 0
    finally:
        db.dispose()


def test_an_older_file_is_copied_aside_before_it_is_migrated(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from vetdesk.db.migrate import alembic_config, current_revision, head_revision

    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        config = alembic_config(engine)
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    engine.dispose()
    assert head_revision() != "0001"

    db = open_database(f"sqlite:///{path}", now=NOW)
    try:
        assert current_revision(db.engine) == head_revision()
    finally:
        db.dispose()
    backups = list((tmp_path / "backups").glob("old-*-before-upgrade.sqlite"))
    assert len(backups) == 1
    copy = create_engine(f"sqlite:///{backups[0]}")
    try:
        assert current_revision(copy) == "0001"
    finally:
        copy.dispose()
