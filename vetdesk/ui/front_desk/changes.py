"""One process-wide signal for "this client's record changed", so every open card, form and
list showing that client reloads after a save made anywhere in this window."""

from __future__ import annotations

from vetdesk.ui.qt import QObject, Signal


class RecordChanges(QObject):
    client_changed = Signal(int)  # client id


_instance: RecordChanges | None = None


def record_changes() -> RecordChanges:
    global _instance
    if _instance is None:
        _instance = RecordChanges()
    return _instance
