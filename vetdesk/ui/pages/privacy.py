"""Privacy requests (register, inspect); managers and administrators only."""

from __future__ import annotations

from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.privacy.panel import PrivacyPanel
from vetdesk.ui.qt import QVBoxLayout, QWidget


class PrivacyPage(QWidget):
    help_topic = "privacy"

    def __init__(self, page: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.panel = PrivacyPanel(page, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
