"""Possible duplicates of the client being registered, shown before saving."""

from __future__ import annotations

from vetdesk.services.duplicates import DuplicateCandidate
from vetdesk.ui.front_desk import look
from vetdesk.ui.front_desk.formats import tr
from vetdesk.ui.qt import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget, Signal


def reason_label(reason: str) -> str:
    if reason.startswith("same phone"):
        return tr("same phone {0}").format(reason.removeprefix("same phone").strip())
    return {"same e-mail": tr("same e-mail"),
            "similar name at the same address": tr("similar name at the same address")
            }.get(reason, reason)


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
