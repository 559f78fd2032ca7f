"""What a page or list shows when it has nothing yet: what it is for and what to do now."""

from __future__ import annotations

from vetdesk.ui.qt import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


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
        # Stretches rather than an alignment flag: an aligned widget gets its plain size hint,
        # which cuts off word-wrapped text; a row in a layout gets its height for its width.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
