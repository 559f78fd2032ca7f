"""What every command gets: the chosen database, the acting user, and the output streams."""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass, field
from typing import TextIO

from vetdesk.clock import SystemClock
from vetdesk.config import PASSWORD_VARIABLE, may_create_database, resolve_database_url
from vetdesk.db.database import Database
from vetdesk.db.engine import terminal_password_prompt
from vetdesk.db.opening import open_database
from vetdesk.errors import AuthenticationFailed, CredentialStoreUnavailable
from vetdesk.i18n import _
from vetdesk.security.credentials import CredentialStore, KeyringCredentialStore
from vetdesk.services import auth
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor


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
    _actor: Actor | None = None

    @property
    def url(self) -> str:
        return resolve_database_url(self.database_url, self.environ)

    def context(self) -> ServiceContext:
        if self._context is None:
            clock = SystemClock()
            db = open_database(
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
            self._context = ServiceContext(db=db, clock=clock)
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
        self._actor = auth.sign_in(self.context(), self.username, password)
        return self._actor

    def close(self) -> None:
        if self._context is not None:
            if self._actor is not None:
                auth.sign_out(self._context, self._actor)
            self._context.db.dispose()


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
