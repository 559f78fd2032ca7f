"""What a page or list shows when it has nothing yet: what it is for and what to do now."""

from __future__ import annotations

from vetdesk.ui.qt import QFrame, QLabel, QVBoxLayout, QWidget
from vetdesk.ui.widgets.centred import centre_card


class EmptyState(QWidget):
    def __init__(self, heading: str, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = QFrame()
        card.setObjectName("emptyCard")
        card.setFixedWidth(520)
        self.heading_label = QLabel(heading)
        self.heading_label.setProperty("role", "heading")
        self.heading_label.setWordWrap(True)
        self.message_label = QLabel(message)
        self.message_label.setProperty("role", "emptyState")
        self.message_label.setWordWrap(True)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(20, 16, 20, 18)
        inner.setSpacing(8)
        inner.addWidget(self.heading_label)
        inner.addWidget(self.message_label)
        centre_card(self, card)
