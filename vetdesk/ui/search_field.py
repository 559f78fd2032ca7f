"""The global search field across the top of the main window."""

from __future__ import annotations

from vetdesk.ui.qt import QKeyEvent, QLineEdit, Qt, QTimer, QWidget, Signal

SEARCH_DEBOUNCE_MS = 250


class GlobalSearchField(QLineEdit):
    """Emits ``search_requested(text)`` once the user pauses typing (or presses Enter).

    Debounced so a search service runs once per pause, not once per key. Esc clears the field.
    Whoever provides search results connects to ``search_requested``; an empty string means
    "the field was cleared".
    """

    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, debounce_ms: int = SEARCH_DEBOUNCE_MS):
        super().__init__(parent)
        self.setObjectName("globalSearch")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(
            self.tr("Search clients and animals: name, phone, e-mail, chip (Ctrl+K)")
        )
        self.setAccessibleName(self.tr("Search"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._emit)
        self._last_emitted: str | None = None
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._emit_now)

    def _emit_now(self) -> None:
        self._timer.stop()
        self._last_emitted = None  # Enter always searches again
        self._emit()

    def _emit(self) -> None:
        text = self.text().strip()
        if text == self._last_emitted:
            return
        self._last_emitted = text
        self.search_requested.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self._emit_now()
            return
        super().keyPressEvent(event)
