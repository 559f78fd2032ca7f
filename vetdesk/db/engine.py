"""Open a database from its URL: engine options, pragmas, checks and plain-language errors."""

from __future__ import annotations

import getpass
import ipaddress
import re
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DisconnectionError, NoSuchModuleError
from sqlalchemy.pool import ConnectionPoolEntry

from vetdesk.db import sqlite_files
from vetdesk.errors import (
    DatabaseOpenError,
    PasswordRefusedError,
    ReadOnlyDatabaseError,
    ServerUnreachableError,
)
from vetdesk.i18n import _
from vetdesk.security.credentials import CredentialStore

SQLITE_BUSY_TIMEOUT_MS = 10_000
_LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", ""})

PasswordPrompt = Callable[[str], str | None]


@dataclass(frozen=True)
class DatabaseTarget:
    """What the user asked to open, with a short description for the status bar."""

    url: URL

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            raise ValueError("not a SQLite file")
        return Path(self.url.database).expanduser()

    @property
    def sqlite_file(self) -> Path | None:
        """The SQLite file, or None (a server, or a database in memory)."""
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return self.sqlite_path

    @property
    def description(self) -> str:
        if self.is_sqlite:
            return str(self.sqlite_path)
        port = f":{self.url.port}" if self.url.port else ""
        return _("{database} on {host}").format(
            database=self.url.database, host=f"{self.url.host or 'localhost'}{port}")

    @property
    def credential_account(self) -> str:
        """The keyring account name under which the server password is kept."""
        return (
            f"{self.url.username}@{self.url.host or 'localhost'}:{self.url.port or 5432}/"
            f"{self.url.database}"
        )


def parse_target(url_text: str) -> DatabaseTarget:
    try:
        url = make_url(url_text)
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
        raise DatabaseOpenError(_bad_url(url_text)) from exc
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database:
            raise DatabaseOpenError(_bad_url(url_text))
        return DatabaseTarget(url)
    if backend == "postgresql":
        if url.drivername != "postgresql+psycopg":
            url = url.set(drivername="postgresql+psycopg")
        if not url.database:
            raise DatabaseOpenError(_bad_url(url_text))
        return DatabaseTarget(url)
    raise DatabaseOpenError(_bad_url(url_text))


# "scheme://user:password@host...": the password runs to the last @ (it may hold @ itself).
_USERINFO_PASSWORD = re.compile(r"^(?P<head>[^:/?#]*://[^:/?#@]*):(?P<password>.*)@")
_QUERY_PASSWORD = re.compile(r"(?P<key>[?&]password=)[^&#]*", re.IGNORECASE)


def without_password(url_text: str) -> str:
    """The address as typed with any password replaced by ***: the address is echoed in
    messages, which end up in screenshots, logs and support e-mails (issue 8)."""
    masked = _USERINFO_PASSWORD.sub(r"\g<head>:***@", url_text, count=1)
    return _QUERY_PASSWORD.sub(r"\g<key>***", masked)


def _bad_url(url_text: str) -> str:
    masked = without_password(url_text)
    shown = masked if len(masked) < 80 else masked[:77] + "..."
    return (
        _(
            "The database address “{shown}” is not valid: use sqlite:///PATH/TO/FILE.sqlite or "
            "postgresql+psycopg://USER@HOST/DATABASE."
        ).format(shown=shown)
    )


def is_local_host(host: str | None) -> bool:
    if host is None or host in _LOCAL_HOSTS or host.startswith("/"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def create_database_engine(
    target: DatabaseTarget,
    *,
    readonly: bool = False,
    credentials: CredentialStore | None = None,
    prompt_password: PasswordPrompt | None = None,
) -> Engine:
    """An engine configured for VetDesk's rules on either backend (no connection made yet)."""
    if target.is_sqlite:
        return _sqlite_engine(target, readonly=readonly)
    return _postgresql_engine(target, credentials=credentials, prompt_password=prompt_password)


def _sqlite_engine(target: DatabaseTarget, *, readonly: bool) -> Engine:
    path = target.sqlite_path
    if sqlite_files.is_network_location(path.parent):
        raise DatabaseOpenError(
            _(
                "The database file {path} is on a network drive, where SQLite files get damaged; "
                "keep it on this computer's own disk, or use a PostgreSQL server to share one "
                "database between workstations."
            ).format(path=path)
        )
    if readonly:
        url = f"sqlite:///{path.resolve().as_uri()}?mode=ro&uri=true"
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        url = target.url.render_as_string(hide_password=False)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        # Let us issue BEGIN ourselves (pysqlite's implicit transactions defer the write lock,
        # which turns concurrent writers into "database is locked" errors mid-transaction).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # Writers take the write lock up front (IMMEDIATE) so they wait on the busy timeout
        # instead of failing halfway; readers use a deferred transaction.
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        if readonly:
            mode = "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _postgresql_engine(
    target: DatabaseTarget,
    *,
    credentials: CredentialStore | None,
    prompt_password: PasswordPrompt | None,
) -> Engine:
    url = target.url
    query = dict(url.query)
    if not is_local_host(url.host) and "sslmode" not in query:
        # Patient data crosses the network: insist on an encrypted, verified connection.
        query["sslmode"] = "verify-full"
    url = url.set(query=query)
    if url.password is None:
        password = credentials.get_password(target.credential_account) if credentials else None
        if password is None and prompt_password is not None:
            password = prompt_password(target.credential_account)
        if password:
            url = url.set(password=password)
    connect_args = {
        "connect_timeout": 10,
        "keepalives": 1,
        "keepalives_idle": 30,
        "keepalives_interval": 10,
        "keepalives_count": 3,
        "application_name": "VetDesk",
    }
    engine = create_engine(url, pool_size=4, max_overflow=4, connect_args=connect_args)
    _ping_connections_left_idle(engine)
    return engine


IDLE_BEFORE_PING_SECONDS = 30.0


def _ping_connections_left_idle(engine: Engine) -> None:
    """Check a pooled connection before use only if it sat idle, where a firewall or a server
    restart may have cut it; a connection used moments ago is handed out without the extra
    round trip that ``pool_pre_ping`` would cost on every action. A dead connection is
    replaced transparently (the pool retries on DisconnectionError)."""

    @event.listens_for(engine, "checkin")
    def _remember_checkin(_dbapi: Any, record: ConnectionPoolEntry) -> None:
        record.info["checked_in_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping_if_idle(dbapi: Any, record: ConnectionPoolEntry, _proxy: Any) -> None:
        idle_since = record.info.get("checked_in_at")
        if idle_since is None or time.monotonic() - idle_since < IDLE_BEFORE_PING_SECONDS:
            return
        try:
            with dbapi.cursor() as cursor:
                cursor.execute("SELECT 1")
            dbapi.rollback()
        except Exception as exc:  # any failure means: do not hand this connection out
            raise DisconnectionError("stale connection") from exc


def check_reachable(target: DatabaseTarget, *, timeout: float = 5.0) -> None:
    """Whether the server answers at all (before anyone has signed in, so no credentials):
    an unreachable server is then reported, and retried, before the sign-in dialog."""
    host = target.url.host or "localhost"
    if target.is_sqlite or host.startswith("/"):
        return
    port = target.url.port or 5432
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError as exc:
        raise ServerUnreachableError(
            _(
                "Cannot reach the database server at {host}:{port}; check the network "
                "connection and that the server is running, then try again."
            ).format(host=host, port=port),
            detail=str(exc),
        ) from exc


def terminal_password_prompt(account: str) -> str | None:
    """Ask for the database password on the terminal (command line only)."""
    try:
        return getpass.getpass(
            _("Database password for {account}: ").format(account=account)
        ) or None
    except (EOFError, KeyboardInterrupt):
        return None


def explain_connect_error(exc: BaseException, target: DatabaseTarget) -> DatabaseOpenError:
    """Turn a driver error at connect time into one sentence saying what to do."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if isinstance(exc, NoSuchModuleError | ArgumentError):
        return DatabaseOpenError(_bad_url(target.url.render_as_string()), detail=str(exc))
    if target.is_sqlite:
        path = target.sqlite_path
        if "readonly" in text or "read-only" in text or "permission" in text:
            return ReadOnlyDatabaseError(
                _(
                    "The database file {path} cannot be written (read-only file or folder); give "
                    "your user write access to it or copy it to a writable folder."
                ).format(path=path),
                detail=str(exc),
            )
        if "not a database" in text or "malformed" in text or "corrupt" in text:
            return ReadOnlyDatabaseError(
                _(
                    "The database file {path} is damaged; restore the latest backup or ask "
                    "support for help."
                ).format(path=path),
                detail=str(exc),
            )
        if "unable to open" in text:
            return DatabaseOpenError(
                _(
                    "The database file {path} cannot be opened; check that the folder exists and "
                    "that you may write to it."
                ).format(path=path),
                detail=str(exc),
            )
        return DatabaseOpenError(_(
                                     "The database file {path} cannot be used: {problem}"
                                 ).format(path=path, problem=exc), detail=str(exc))
    host = target.url.host or "localhost"
    port = target.url.port or 5432
    if "not permitted to log in" in text:
        return PasswordRefusedError(
            _("This account is deactivated; ask the clinic's administrator."),
            detail=str(exc),
        )
    if "password authentication failed" in text or "no password supplied" in text:
        return PasswordRefusedError(
            _(
                "The database server refused the password for “{username}”; check the password "
                "(it is kept in the system keyring) or ask your administrator."
            ).format(username=target.url.username),
            detail=str(exc),
        )
    if "does not exist" in text and "database" in text:
        return DatabaseOpenError(
            _(
                "The server at {host} has no database called “{database}”; check the address, or "
                "ask your administrator to create it."
            ).format(host=host, database=target.url.database),
            detail=str(exc),
        )
    if "role" in text and "does not exist" in text:
        return DatabaseOpenError(
            _(
                "The server at {host} has no user called “{username}”; check the address or ask "
                "your administrator."
            ).format(host=host, username=target.url.username),
            detail=str(exc),
        )
    if "certificate" in text or "ssl" in text:
        return DatabaseOpenError(
            _(
                "The secure connection to {host} could not be verified; ask your administrator to"
                " check the server's certificate."
            ).format(host=host),
            detail=str(exc),
        )
    return ServerUnreachableError(
        _(
            "Cannot reach the database server at {host}:{port}; check the network connection and "
            "that the server is running, then try again."
        ).format(host=host, port=port),
        detail=str(exc),
    )
