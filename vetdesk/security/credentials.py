"""Where the PostgreSQL password lives: the operating system's keyring, never a settings file."""

from __future__ import annotations

from types import ModuleType
from typing import Protocol

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


def _keyring() -> ModuleType:
    # Imported on first use: only the command line's owner connection reads the keyring, and
    # the library (with its entry-point scan) costs the program's start ~40 ms (issue 9).
    import keyring

    return keyring


class KeyringCredentialStore:
    """The OS keyring (Windows Credential Manager, macOS Keychain, Secret Service)."""

    @property
    def description(self) -> str:
        backend = _keyring().get_keyring()
        return f"{type(backend).__module__}.{type(backend).__name__}"

    def get_password(self, account: str) -> str | None:
        from keyring.errors import KeyringError

        try:
            password: str | None = _keyring().get_password(SERVICE_NAME, account)
        except KeyringError as exc:
            raise CredentialStoreUnavailable(_(_NO_KEYRING), detail=str(exc)) from exc
        return password

    def set_password(self, account: str, password: str) -> None:
        from keyring.errors import KeyringError

        try:
            _keyring().set_password(SERVICE_NAME, account, password)
        except KeyringError as exc:
            raise CredentialStoreUnavailable(_(_NO_KEYRING), detail=str(exc)) from exc

    def delete_password(self, account: str) -> None:
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            _keyring().delete_password(SERVICE_NAME, account)
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
