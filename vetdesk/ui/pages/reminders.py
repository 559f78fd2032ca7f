"""Reminders (recalls) that are due, ready to send."""

from __future__ import annotations

from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.qt import QVBoxLayout, QWidget
from vetdesk.ui.widgets.empty_state import EmptyState


class RemindersPage(QWidget):
    def __init__(self, page: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.empty_state = EmptyState(
            self.tr("No reminders due"),
            self.tr(
                "Vaccination and check-up reminders that fall due are listed here, grouped by"
                " how each client wants to hear from you (SMS, e-mail or letter), ready to "
                "send."
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_state)
