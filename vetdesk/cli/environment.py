"""What every command gets: the chosen database, the acting user, and the output streams."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO, TypeVar

from vetdesk.config import PASSWORD_VARIABLE, may_create_database, resolve_database_url
from vetdesk.errors import AuthenticationFailed, CredentialStoreUnavailable
from vetdesk.i18n import _
from vetdesk.security.credentials import CredentialStore, KeyringCredentialStore
from vetdesk.startup_gc import collector_paused

# The database code (SQLAlchemy, the models, the password hasher) is imported when a command
# first opens the database: opening the program paints its first window before it loads
# (issue 9).
if TYPE_CHECKING:
    from vetdesk.db.database import Database
    from vetdesk.db.workstation import WorkstationDatabase
    from vetdesk.services.context import ServiceContext
    from vetdesk.services.permissions import Actor

T = TypeVar("T")


@dataclass
class CliEnvironment:
    """Built from the global options; opens the database and signs in only when asked."""

    database_url: str | None = None
    username: str | None = None
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    credentials: CredentialStore = field(default_factory=KeyringCredentialStore)
    environ: dict[str, str] = field(default_factory=lambda: dict(os.environ))
    # True only for `vetdesk db upgrade`, which migrates itself and reports what it did.
    leave_schema: bool = False
    _context: ServiceContext | None = None
    _opened: WorkstationDatabase | None = None
    _actor: Actor | None = None
    # True while the command runs inside run_action (the database opens inside it).
    _in_action: bool = False

    @property
    def url(self) -> str:
        return resolve_database_url(self.database_url, self.environ)

    def context(self) -> ServiceContext:
        if self._context is None:
            with collector_paused():  # the database code loads (vetdesk/startup_gc.py)
                from vetdesk.clock import SystemClock
                from vetdesk.db.engine import terminal_password_prompt
                from vetdesk.db.workstation import open_for_session
                from vetdesk.services.context import ServiceContext

            clock = SystemClock()
            # The file's integrity check as the program does it (vetdesk/db/workstation.py):
            # at open only after an unclean shutdown; `vetdesk db check` runs it when asked.
            self._opened = open_for_session(
                self.url,
                now=clock.now(),
                credentials=_KeyringOrNothing(self.credentials),
                prompt_password=terminal_password_prompt if self.stdin.isatty() else None,
                leave_schema=self.leave_schema,
                # On PostgreSQL `--user NAME` connects as that person's own login role (the
                # server checks the password); without it, as the address's user (the owner,
                # for `db upgrade` and the first `user add`).
                staff_sign_in=bool(self.username),
                create_missing=self.leave_schema or may_create_database(self.url),
            )
            db = self._opened.database
            if self._in_action:
                db.begin_attempt()
            self._context = ServiceContext(db=db, clock=clock)
            # The clinic's time zone setting, handed down in the context: read now where the
            # database can be read, or at sign-in (a server opened as the person signing in).
            # `db upgrade` may find no tables yet, and needs no clock of the clinic's.
            if not (self.leave_schema or db.signs_in_as_staff):
                from vetdesk.services.local_time import learn_clinic_zone

                learn_clinic_zone(self._context)
        return self._context

    @property
    def database(self) -> Database:
        return self.context().db

    def actor(self, *, required: bool = True) -> Actor | None:
        """Sign in as ``--user`` (password from VETDESK_PASSWORD or a prompt); audited."""
        if self._actor is not None:
            return self._actor
        if not self.username:
            if required:
                raise AuthenticationFailed(_(
                    "This command acts on records: give the user to act as with “vetdesk "
                    "--user NAME …” (password from {variable} or a prompt)."
                ).format(variable=PASSWORD_VARIABLE))
            return None
        password = self.environ.get(PASSWORD_VARIABLE)
        if password is None:
            if not self.stdin.isatty():
                raise AuthenticationFailed(_(
                    "No password for “{username}”: set {variable} or run the command in a "
                    "terminal to be asked."
                ).format(username=self.username, variable=PASSWORD_VARIABLE))
            password = getpass.getpass(_("Password for {username}: ").format(
                username=self.username))
        from vetdesk.services import auth
        from vetdesk.services.local_time import learn_clinic_zone

        self._actor = auth.sign_in(self.context(), self.username, password)
        if self.context().db.signs_in_as_staff and not self.leave_schema:
            learn_clinic_zone(self.context())
        if self._in_action:
            # A retry of the command finds this actor and does not sign in again, so the
            # sign-in's own audit row does not make a lost connection unsafe to retry.
            self.context().db.begin_attempt()
        return self._actor

    def run_action(self, work: Callable[[], T]) -> T:
        """Run the command as the program runs a user action (Database.run_action): once
        more after a lost connection where that cannot do anything twice, saying so."""
        with collector_paused():  # the database code loads (vetdesk/startup_gc.py)
            from vetdesk.db.database import run_with_one_retry

        def begin_attempt() -> None:
            if self._context is not None:
                self._context.db.begin_attempt()

        def tell(sentence: str) -> None:
            print(f"vetdesk: {sentence}", file=self.err, flush=True)

        self._in_action = True
        try:
            return run_with_one_retry(work, begin_attempt, on_retry=tell)
        finally:
            self._in_action = False
            if self._context is not None:
                self._context.db.end_action()

    def close(self) -> None:
        try:
            if self._context is not None and self._actor is not None:
                from vetdesk.services import auth

                auth.sign_out(self._context, self._actor)
        finally:
            if self._opened is not None:
                self._opened.close()  # the database, and this session's marker (a clean end)


class _KeyringOrNothing:
    """The keyring, or silence where there is none (the command line then prompts)."""

    def __init__(self, store: CredentialStore) -> None:
        self._store = store

    @property
    def description(self) -> str:
        return self._store.description

    def get_password(self, account: str) -> str | None:
        try:
            return self._store.get_password(account)
        except CredentialStoreUnavailable:
            return None

    def set_password(self, account: str, password: str) -> None:
        self._store.set_password(account, password)

    def delete_password(self, account: str) -> None:
        self._store.delete_password(account)


def read_secret(env: CliEnvironment, prompt: str) -> str:
    """A password from standard input: one line when piped, a hidden prompt in a terminal."""
    if env.stdin.isatty():
        first = getpass.getpass(prompt)
        second = getpass.getpass(_("Repeat it: "))
        if first != second:
            raise AuthenticationFailed(_("The two passwords differ; run the command again."))
        return first
    return env.stdin.readline().rstrip("\r\n")
