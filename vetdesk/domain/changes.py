"""What a write changed, said by its result, so every screen showing it can refresh.

Anki's ``OpChanges`` idea (STYLE.md, "the next habits"): a service's write result carries a
:class:`Changes`; the UI's ``Operations`` announces it once (``changed(changes, initiator)``)
when the call comes back, and each screen refreshes only what the change touches. This
replaces a process-wide "client changed" signal that each form had to remember to emit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class Changes:
    """The records a write changed (only what a screen may be showing)."""

    clients: frozenset[int] = frozenset()

    @classmethod
    def of_clients(cls, *client_ids: int | None) -> Changes:
        return cls(clients=frozenset(c for c in client_ids if c is not None))

    def __bool__(self) -> bool:
        return bool(self.clients)

    def touches_client(self, client_id: int) -> bool:
        return client_id in self.clients


@runtime_checkable
class Changing(Protocol):
    """A write result that says what it changed."""

    @property
    def changes(self) -> Changes: ...
