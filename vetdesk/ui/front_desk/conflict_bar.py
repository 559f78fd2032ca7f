"""Shown when another workstation saved the record first: who and when, and what to do.

The form keeps what the user typed. "Reload" shows the other desk's version (what was typed
is kept aside); "Put my changes back" re-applies it over the reloaded record, for saving again.
"""

from __future__ import annotations

from vetdesk.ui.front_desk import look
from vetdesk.ui.front_desk.formats import tr
from vetdesk.ui.qt import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget, Signal


class ConflictBar(QFrame):
    reload_requested = Signal()
    reapply_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#conflictBar {{ border: 1px solid {look.amber()}; "
                           f"border-left: 4px solid {look.amber()}; }}")
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.reload_button = QPushButton(tr("Rel&oad their version"))
        self.reload_button.setObjectName("reload")
        self.reload_button.clicked.connect(self.reload_requested)
        self.reapply_button = QPushButton(tr("P&ut my changes back"))
        self.reapply_button.setObjectName("reapply")
        self.reapply_button.clicked.connect(self.reapply_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.message_label, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.reapply_button)
        self.hide()

    def show_conflict(self, message: str) -> None:
        self.message_label.setText("⚠ " + message)
        self.reload_button.show()
        self.reapply_button.hide()
        self.show()

    def show_reloaded(self) -> None:
        self.message_label.setText(tr(
            "The form now shows the saved version. Your changes are kept aside: put them back "
            "to save them over it, or close the form to leave it as it is."))
        self.reload_button.hide()
        self.reapply_button.show()
        self.show()
