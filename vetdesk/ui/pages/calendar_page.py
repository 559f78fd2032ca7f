"""The calendar of appointments per vet, room and equipment."""

from __future__ import annotations

from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.qt import QVBoxLayout, QWidget
from vetdesk.ui.widgets.empty_state import EmptyState


class CalendarPage(QWidget):
    def __init__(self, page: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.empty_state = EmptyState(
            self.tr("No appointments in the calendar"),
            self.tr(
                "Appointments are shown here by day and by vet, room or equipment. Book one "
                "from a client's card or from a free slot here."
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_state)
