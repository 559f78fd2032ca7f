"""The front desk: today's list of who is coming, who has arrived and who is late."""

from __future__ import annotations

from vetdesk.domain.codes import AppointmentStatus
from vetdesk.services.front_desk_views import TodayAppointment, todays_appointments
from vetdesk.services.permissions import Permission
from vetdesk.services.scheduling.marker import calendar_marker
from vetdesk.ui.front_desk.today_list import TodayList
from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.qt import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QShowEvent,
    QStackedWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from vetdesk.ui.widgets.empty_state import EmptyState

REFRESH_MS = 60_000
MARKER_POLL_MS = 5_000


class FrontDeskPage(QWidget):
    help_topic = "front_desk"  # F1 (vetdesk.ui.help)

    def __init__(self, page: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.loaded = False
        heading = QLabel(self.tr("Today at the front desk"))
        heading.setProperty("role", "heading")
        self.hint = QLabel(self.tr(
            "Press Ctrl+K and type a name, phone number, e-mail, chip or client number to find "
            "a client or an animal; Ctrl+N registers a new client. In today's list Enter opens "
            "the client and Space checks the animal in."))
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New client (Ctrl+N)"))
        self.new_button.setObjectName("newClient")
        self.new_button.clicked.connect(self.new_client)
        self.new_button.setVisible(page.actor.can(Permission.EDIT_CLIENTS))
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.new_button)

        self.today = TodayList(page.ctx.zone)
        self.today.open_requested.connect(page.events.open_client.emit)
        self.today.check_in_requested.connect(self.check_in)
        self.empty_state = EmptyState(
            self.tr("No appointments today"),
            self.tr(
                "Today's appointments appear here as they are booked, with who has arrived "
                "and who is late. To look up a client or an animal, press Ctrl+K and type a "
                "name, phone number, e-mail or chip number."
            ),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.today)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.stack, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        # Another desk's booking or check-in shows within seconds: a poll of one number.
        self.marker: int | None = None
        self.poll = QTimer(self)
        self.poll.setInterval(MARKER_POLL_MS)
        self.poll.timeout.connect(self._check_marker)
        self.poll.start()
        self.refresh()

    def refresh(self) -> None:
        ctx, actor = self.page.ctx, self.page.actor
        self.page.ops.run(lambda: todays_appointments(ctx, actor), success=self._show,
                          parent=self)

    def _check_marker(self) -> None:
        if not self.isVisible():
            return
        ctx, actor = self.page.ctx, self.page.actor

        def compare(marker: int) -> None:
            if self.marker is not None and marker != self.marker:
                self.refresh()
            self.marker = marker

        self.page.ops.run(lambda: calendar_marker(ctx, actor), success=compare,
                          failure=lambda _error: True, parent=self)

    def check_in(self, appointment_id: int, version: int) -> None:
        """Space on a row: the animal has arrived."""
        # Loaded with the first check-in, not at start (the front desk is the first page).
        from vetdesk.services.scheduling.changes import set_status

        ctx, actor = self.page.ctx, self.page.actor
        self.page.ops.run(
            lambda: set_status(ctx, actor, appointment_id, version, AppointmentStatus.ARRIVED),
            success=lambda _changed: self.refresh(), parent=self)

    def _show(self, appointments: tuple[TodayAppointment, ...]) -> None:
        self.loaded = True
        self.today.set_appointments(appointments)
        self.stack.setCurrentWidget(self.today if appointments else self.empty_state)

    def new_client(self) -> None:
        # The form's modules load with the first new client, not at start (issue 9).
        from vetdesk.ui.front_desk.client_form import ClientFormDialog

        ClientFormDialog(self.page, parent=self.window()).open()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.loaded:
            self.refresh()
