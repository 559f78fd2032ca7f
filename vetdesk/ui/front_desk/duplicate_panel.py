"""Possible duplicates of the client being registered, shown before saving."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from vetdesk.domain.client_rules import ClientInput
from vetdesk.services.duplicates import DuplicateCandidate, find_duplicates
from vetdesk.ui.front_desk import look
from vetdesk.ui.front_desk.formats import tr
from vetdesk.ui.qt import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimer,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from vetdesk.ui.pages.registry import PageContext


def reason_label(reason: str) -> str:
    if reason.startswith("same phone"):
        return tr("same phone {0}").format(reason.removeprefix("same phone").strip())
    return {"same e-mail": tr("same e-mail"),
            "similar name at the same address": tr("similar name at the same address")
            }.get(reason, reason)


DUPLICATE_CHECK_MS = 350


class DuplicatePanel(QFrame):
    """``open_existing(client_id)`` or ``save_anyway()``; hidden while there is nothing."""

    open_existing = Signal(int)
    save_anyway = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#duplicatePanel {{ border: 1px solid {look.amber()}; "
                           f"border-left: 4px solid {look.amber()}; }}")
        self.heading = QLabel(tr("⚠ This may be a client the clinic already has:"))
        self.heading.setProperty("role", "heading")
        self.rows = QGridLayout()
        self.rows.setColumnStretch(0, 1)
        self.save_anyway_button = QPushButton(tr("&Save anyway"))
        self.save_anyway_button.setObjectName("saveAnyway")
        self.save_anyway_button.clicked.connect(self.save_anyway)
        footer = QHBoxLayout()
        hint = QLabel(tr("Open the existing client if it is the same person."))
        hint.setProperty("role", "hint")
        footer.addWidget(hint, 1)
        footer.addWidget(self.save_anyway_button)
        layout = QGridLayout(self)
        layout.addWidget(self.heading, 0, 0)
        layout.addLayout(self.rows, 1, 0)
        layout.addLayout(footer, 2, 0)
        self.candidates: tuple[DuplicateCandidate, ...] = ()
        self.open_buttons: list[QPushButton] = []
        self.hide()
        self._page: PageContext | None = None
        self._read: Callable[[], ClientInput] | None = None
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DUPLICATE_CHECK_MS)
        self._timer.timeout.connect(self._check)

    def check_soon(self, page: PageContext, read: Callable[[], ClientInput]) -> None:
        """Look for duplicates once the typing pauses (the form's details read then)."""
        self._page, self._read = page, read
        self._timer.start()

    def stop_checking(self) -> None:
        self._timer.stop()
        self._generation += 1  # an answer still on its way is no longer wanted

    def _check(self) -> None:
        if self._page is None or self._read is None or not self.window().isVisible():
            return
        self._generation += 1
        generation = self._generation
        ctx, actor, data = self._page.ctx, self._page.actor, self._read()
        self._page.ops.run(lambda: find_duplicates(ctx, actor, data),
                           success=lambda found: self._checked(generation, found), parent=self)

    def _checked(self, generation: int, found: tuple[DuplicateCandidate, ...]) -> None:
        if generation == self._generation:
            self.set_candidates(found)

    def set_candidates(self, candidates: tuple[DuplicateCandidate, ...]) -> None:
        self.candidates = candidates
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.open_buttons = []
        for row, candidate in enumerate(candidates):
            place = ", ".join(p for p in (candidate.address, " ".join(
                x for x in (candidate.postal_code, candidate.city) if x)) if p)
            text = tr("{0} (no. {1})").format(candidate.name, candidate.client_no)
            if place:
                text += f", {place}"
            reasons = ", ".join(reason_label(r) for r in candidate.reasons)
            label = QLabel(f"{text} — {reasons}")
            label.setWordWrap(True)
            button = QPushButton(tr("Open existing"))
            button.setObjectName(f"openExisting_{candidate.client_id}")
            button.clicked.connect(
                lambda _checked=False, cid=candidate.client_id: self.open_existing.emit(cid))
            self.rows.addWidget(label, row, 0)
            self.rows.addWidget(button, row, 1)
            self.open_buttons.append(button)
        self.setVisible(bool(candidates))
