"""What an adapter is given to send, and what it may say back."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class OutgoingMessage:
    id: uuid.UUID
    channel: str
    recipient: str
    subject: str | None
    body: str
    # The Message-ID of an e-mail (with its angle brackets), the gateway reference of an SMS:
    # fixed when the message is claimed, so a person can look up an uncertain send.
    reference: str
    calendar: str | None = None  # an .ics invitation to attach (e-mail only)


class NotSent(Exception):
    """Nothing went out. ``permanent``: trying again cannot help (an unknown recipient);
    ``unreachable``: the server or gateway cannot be used now, so the rest can wait too."""

    def __init__(self, reason: str, *, permanent: bool = False,
                 unreachable: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.unreachable = unreachable


class MaybeSent(Exception):
    """The message may have gone out (the connection broke after it was handed over)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Transport(Protocol):
    def send(self, message: OutgoingMessage) -> str:
        """Hand the message over; the provider's id for it (raises NotSent or MaybeSent)."""
        ...

    def close(self) -> None: ...
