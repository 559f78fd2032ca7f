"""What a booking can run into, each one sentence that says what to do."""

from __future__ import annotations

from vetdesk.errors import ConflictError, UserFacingError


class SlotTaken(ConflictError):
    """The resource already has an appointment at that time (the database's rule)."""


class ConfirmationNeeded(UserFacingError):
    """Outside opening hours, on a closed holiday or in the past: the person must confirm
    (the dialog asks; the command line takes ``--confirm``). ``reasons`` are sentences."""

    def __init__(self, message: str, reasons: tuple[str, ...]) -> None:
        super().__init__(message)
        self.reasons = reasons
