"""Privacy requests (access, export, erasure); managers and administrators only."""

from __future__ import annotations

from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.qt import QVBoxLayout, QWidget
from vetdesk.ui.widgets.empty_state import EmptyState


class PrivacyPage(QWidget):
    def __init__(self, page: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.empty_state = EmptyState(
            self.tr("No privacy requests recorded"),
            self.tr(
                "When a client asks what the clinic holds about them, or asks for erasure, "
                "record the request here: it gets a due date one month ahead, and you can "
                "inspect, export or erase from it."
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_state)
