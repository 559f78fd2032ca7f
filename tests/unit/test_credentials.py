"""The database password lives in the OS keyring; without one, the user is told plainly."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from vetdesk.errors import CredentialStoreUnavailable
from vetdesk.security.credentials import KeyringCredentialStore, MemoryCredentialStore


class InMemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


UseBackend = Callable[[KeyringBackend], None]


@pytest.fixture
def use_backend() -> Iterator[UseBackend]:
    original = keyring.get_keyring()

    def use(backend: KeyringBackend) -> None:
        keyring.set_keyring(backend)

    yield use
    keyring.set_keyring(original)


def test_keyring_store_round_trip(use_backend: UseBackend) -> None:
    backend = InMemoryKeyring()
    use_backend(backend)
    store = KeyringCredentialStore()
    store.set_password("clinic@db.example.no:5432/vetdesk", "hemmelig-æøå")
    assert backend.secrets == {("VetDesk", "clinic@db.example.no:5432/vetdesk"): "hemmelig-æøå"}
    assert store.get_password("clinic@db.example.no:5432/vetdesk") == "hemmelig-æøå"
    store.delete_password("clinic@db.example.no:5432/vetdesk")
    assert store.get_password("clinic@db.example.no:5432/vetdesk") is None


def test_no_keyring_is_explained_not_worked_around(use_backend: UseBackend) -> None:
    use_backend(fail.Keyring())
    store = KeyringCredentialStore()
    with pytest.raises(CredentialStoreUnavailable, match="No password store"):
        store.set_password("a", "b")
    with pytest.raises(CredentialStoreUnavailable, match="asked for it each time"):
        store.get_password("a")


def test_memory_store() -> None:
    store = MemoryCredentialStore({"a": "1"})
    assert store.get_password("a") == "1"
    store.delete_password("a")
    assert store.get_password("a") is None
