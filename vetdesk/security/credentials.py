"""Where the PostgreSQL password lives: the operating system's keyring, never a settings file."""

from __future__ import annotations

from typing import Protocol

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from vetdesk.errors import CredentialStoreUnavailable
from vetdesk.i18n import N_, _

SERVICE_NAME = "VetDesk"

_NO_KEYRING = N_(
    "No password store (keyring) is available on this computer, so the database password "
    "cannot be remembered; you will be asked for it each time VetDesk starts."
)


class CredentialStore(Protocol):
    """Holds secrets under an account name such as ``postgres@db.example.no:5432/clinic``."""

    @property
    def description(self) -> str: ...

    def get_password(self, account: str) -> str | None: ...

    def set_password(self, account: str, password: str) -> None: ...

    def delete_password(self, account: str) -> None: ...


class KeyringCredentialStore:
    """The OS keyring (Windows Credential Manager, macOS Keychain, Secret Service)."""

    @property
    def description(self) -> str:
        backend = keyring.get_keyring()
        return f"{type(backend).__module__}.{type(backend).__name__}"

    def get_password(self, account: str) -> str | None:
        try:
            return keyring.get_password(SERVICE_NAME, account)
        except KeyringError as exc:
            raise CredentialStoreUnavailable(_(_NO_KEYRING), detail=str(exc)) from exc

    def set_password(self, account: str, password: str) -> None:
        try:
            keyring.set_password(SERVICE_NAME, account, password)
        except KeyringError as exc:
            raise CredentialStoreUnavailable(_(_NO_KEYRING), detail=str(exc)) from exc

    def delete_password(self, account: str) -> None:
        try:
            keyring.delete_password(SERVICE_NAME, account)
        except PasswordDeleteError:
            return
        except KeyringError as exc:
            raise CredentialStoreUnavailable(_(_NO_KEYRING), detail=str(exc)) from exc


class MemoryCredentialStore:
    """Secrets held in memory only: for tests, and for a session where no keyring exists."""

    def __init__(self, initial: dict[str, str] | None = None) -> None:
        self._secrets = dict(initial or {})

    @property
    def description(self) -> str:
        return _("memory (not remembered after VetDesk closes)")

    def get_password(self, account: str) -> str | None:
        return self._secrets.get(account)

    def set_password(self, account: str, password: str) -> None:
        self._secrets[account] = password

    def delete_password(self, account: str) -> None:
        self._secrets.pop(account, None)
