"""Open the database the user asked for, safely, with one clear sentence when that fails."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError

from vetdesk.db import migrate, sqlite_files
from vetdesk.db.database import Database
from vetdesk.db.engine import (
    DatabaseTarget,
    PasswordPrompt,
    create_database_engine,
    explain_connect_error,
    parse_target,
)
from vetdesk.errors import (
    AccountDeactivated,
    DatabaseOpenError,
    PasswordRefusedError,
    ReadOnlyDatabaseError,
)
from vetdesk.i18n import _
from vetdesk.security.credentials import CredentialStore


def open_database(
    url_text: str,
    *,
    now: dt.datetime,
    credentials: CredentialStore | None = None,
    prompt_password: PasswordPrompt | None = None,
    upgrade_sqlite: bool = True,
    leave_schema: bool = False,
    staff_sign_in: bool = False,
    create_missing: bool = True,
    check_integrity: bool = True,
) -> Database:
    """Connect, check and (for the embedded file) create or migrate the schema.

    A damaged or write-protected SQLite file is opened read-only with the reason attached; a
    PostgreSQL schema that is behind is left for the administrator's ``vetdesk db upgrade``,
    because workstations connect with a role that may not change the schema. With
    ``leave_schema`` the schema is neither checked against "behind" nor changed (for
    ``vetdesk db upgrade``, which does that itself); a newer schema is still refused.

    Without ``create_missing`` a SQLite file that does not exist is refused instead of created:
    a mistyped path must not quietly become a new, empty clinic (issue 8). Only the default
    file, ``vetdesk db upgrade`` and the first-start set-up create one.

    Without ``check_integrity`` SQLite's ``PRAGMA quick_check`` is left to the caller: it reads
    the whole file, so the program runs it in the background once its window is up, and at
    open only after an unclean shutdown (``vetdesk/db/workstation.py``, issue 9).
    """
    target = parse_target(url_text)
    if not create_missing:
        refuse_a_missing_file(target)
    def connector(role: str, password: str) -> Engine:
        return _connect_as(target, role, password)

    if staff_sign_in and not target.is_sqlite:
        # Nothing to connect as yet: the person who signs in is the database role.
        return Database(None, target, login_connector=connector, staff_mode=True)
    readonly_reason = (
        _sqlite_readonly_reason(target, check_integrity=check_integrity)
        if target.is_sqlite else None
    )
    engine = create_database_engine(
        target,
        readonly=readonly_reason is not None,
        credentials=credentials,
        prompt_password=prompt_password,
    )
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        state = migrate.schema_state(engine)
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise explain_connect_error(exc, target) from exc
    except DatabaseOpenError:
        engine.dispose()
        raise
    db = Database(
        engine, target, readonly=readonly_reason is not None, readonly_reason=readonly_reason,
        login_connector=None if target.is_sqlite else connector,
    )
    if state is migrate.SchemaState.CURRENT or leave_schema:
        return db
    if readonly_reason is not None:
        db.dispose()
        raise ReadOnlyDatabaseError(readonly_reason)
    if not (target.is_sqlite and upgrade_sqlite):
        db.dispose()
        if state is migrate.SchemaState.EMPTY:
            raise DatabaseOpenError(
                _(
                    "The database {database} is empty; run “vetdesk db upgrade” as its owner to "
                    "create the tables."
                ).format(database=target.description)
            )
        raise DatabaseOpenError(
            _(
                "The database {database} needs an upgrade for this VetDesk version; ask your "
                "administrator to run “vetdesk db upgrade”."
            ).format(database=target.description)
        )
    upgrade_schema(db, now=now)
    return db


def refuse_a_missing_file(target: DatabaseTarget) -> None:
    """A SQLite address whose file does not exist is refused with one sentence."""
    if target.is_sqlite and not target.sqlite_path.exists():
        raise DatabaseOpenError(
            _(
                "There is no VetDesk database at {path}; check the path, or run “vetdesk db "
                "upgrade” with this address to create a new, empty one there."
            ).format(path=target.sqlite_path)
        )


def _connect_as(target: DatabaseTarget, login_role: str, password: str) -> Engine:
    """An engine for one person's login role, after the server accepted the password and the
    schema was found current."""
    personal = DatabaseTarget(target.url.set(username=login_role, password=password))
    engine = create_database_engine(personal)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        state = migrate.schema_state(engine)
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        message = str(getattr(exc, "orig", None) or exc).lower()
        if "not permitted to log in" in message:
            raise AccountDeactivated(_(
                "This account is deactivated; ask the clinic's administrator."
            ), detail=str(exc)) from exc
        if "role" in message and "does not exist" in message:
            # A server whose last pg_hba.conf line is not scram says so outright; answer it
            # like a wrong password, so usernames cannot be probed.
            raise PasswordRefusedError(_("The server refused the sign-in."),
                                       detail=str(exc)) from exc
        raise explain_connect_error(exc, personal) from exc
    except DatabaseOpenError:
        engine.dispose()
        raise
    if state is not migrate.SchemaState.CURRENT:
        engine.dispose()
        raise DatabaseOpenError(
            _(
                "The database {database} needs an upgrade for this VetDesk version; ask your "
                "administrator to run “vetdesk db upgrade”."
            ).format(database=target.description))
    return engine


def upgrade_schema(db: Database, *, now: dt.datetime) -> Path | None:
    """Create or migrate the schema; returns the backup copy taken first (SQLite only).

    On PostgreSQL the staff roles, grants, row-level security and stamping triggers are then
    generated afresh from the permission table (vetdesk/db/security), even when the schema was
    already current, so the server's rules always match this version of the program.
    """
    try:
        backup = migrate.upgrade(
            db.engine,
            sqlite_path=db.target.sqlite_path if db.target.is_sqlite else None,
            now=now,
        )
    except (OperationalError, DBAPIError) as exc:
        raise explain_connect_error(exc, db.target) from exc
    if db.dialect == "postgresql":
        apply_server_security(db)
    return backup


def apply_server_security(db: Database) -> None:
    from vetdesk.db.security.apply import apply_security

    try:
        with db.engine.begin() as conn:
            apply_security(conn)
    except DBAPIError as exc:
        text_ = str(exc.orig or exc).lower()
        if "permission denied" in text_ or "must be owner" in text_:
            raise DatabaseOpenError(
                _(
                    "The role “{role}” may not set up the staff roles of {database}; run "
                    "“vetdesk db upgrade” as the database's owner, and give the owner the right "
                    "to create roles (ALTER ROLE {role} CREATEROLE)."
                ).format(role=db.target.url.username or "?", database=db.target.description),
                detail=str(exc),
            ) from exc
        raise


def _sqlite_readonly_reason(target: DatabaseTarget, *, check_integrity: bool) -> str | None:
    path = target.sqlite_path
    if not path.exists():
        return None
    problem = sqlite_files.quick_check(path) if check_integrity else None
    if problem is not None:
        return damaged_file_reason(path, problem)
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return (
            _(
                "The database file {path} is read-only, so VetDesk shows it but cannot save; give"
                " your user write access to the file and its folder."
            ).format(path=path)
        )
    return None


def damaged_file_reason(path: Path, problem: str) -> str:
    """The sentence for a file whose quick_check complained (``problem``); raises
    :class:`ReadOnlyDatabaseError` when the file cannot be read at all."""
    if "not a database" in problem:
        raise ReadOnlyDatabaseError(
            _(
                "The file {path} is not a VetDesk database or is damaged beyond reading; restore "
                "the latest backup from {backups} or ask support for help."
            ).format(path=path, backups=path.parent / "backups"),
            detail=problem,
        )
    # Still readable: show what is there so the clinic can work from it, but never write
    # to a damaged file.
    return (
        _(
            "The database file {path} is damaged, so VetDesk opened it read-only; restore the"
            " latest backup from {backups} or ask support for help."
        ).format(path=path, backups=path.parent / "backups")
    )
