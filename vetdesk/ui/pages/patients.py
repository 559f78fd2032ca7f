"""Patients: where opened clients and animals start."""

from __future__ import annotations

from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.qt import QVBoxLayout, QWidget
from vetdesk.ui.widgets.empty_state import EmptyState


class PatientsPage(QWidget):
    def __init__(self, page: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.empty_state = EmptyState(
            self.tr("No client or animal open"),
            self.tr(
                "Press Ctrl+K and type a name, phone number, e-mail or chip number to find a "
                "client; each client or animal you open gets its own tab, so you can keep two"
                " callers open."
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_state)
