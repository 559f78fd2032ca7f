"""The front desk: today's list of who is coming, who has arrived and who is late."""

from __future__ import annotations

from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.qt import QVBoxLayout, QWidget
from vetdesk.ui.widgets.empty_state import EmptyState


class FrontDeskPage(QWidget):
    def __init__(self, page: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.empty_state = EmptyState(
            self.tr("Today at the front desk"),
            self.tr(
                "Today's appointments appear here as they are booked, with who has arrived "
                "and who is late. To look up a client or an animal, press Ctrl+K and type a "
                "name, phone number, e-mail or chip number."
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_state)
