"""The calendar: a day or a week with a column per vet, room and equipment (issue 11).

Ctrl+B (or Enter, or a double-click on a free slot) books; drag or Alt+arrows move; the
bottom edge or Shift+Up/Down change the length; the row of buttons under the grid moves the
selected appointment along its status flow. Another desk's change shows within seconds: the
page polls the database's change marker and reloads when it moved.
"""

from __future__ import annotations

import datetime as dt

from vetdesk.domain.codes import AppointmentStatus
from vetdesk.services.scheduling.booking import Booked
from vetdesk.services.scheduling.calendar_view import (
    CalendarAppointment,
    CalendarPeriod,
    calendar_marker,
    calendar_period,
)
from vetdesk.services.scheduling.changes import (
    AppointmentChanged,
    move_appointment,
    set_status,
)
from vetdesk.services.scheduling.errors import ConfirmationNeeded
from vetdesk.ui.calendar.booking_dialog import BookingDialog, Preset
from vetdesk.ui.calendar.grid import CalendarGrid
from vetdesk.ui.front_desk.formats import appointment_status_label
from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.qt import (
    QCoreApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from vetdesk.ui.widgets.confirm import confirm_destructive

POLL_MILLISECONDS = 5000
S = AppointmentStatus


def cancel_reason_dialog(parent: QWidget) -> QInputDialog:
    """Asks why the appointment is cancelled. Its buttons say what they do: "OK" beside
    "Avbryt" read as two ways to cancel the appointment."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("CalendarPage", "Cancel the appointment"))
    dialog.setLabelText(QCoreApplication.translate("CalendarPage", "Why is it cancelled?"))
    dialog.setOkButtonText(QCoreApplication.translate("CalendarPage", "Cancel the appointment"))
    dialog.setCancelButtonText(QCoreApplication.translate("CalendarPage", "Keep it"))
    return dialog


class CalendarPage(QWidget):
    help_topic = "calendar"

    def __init__(self, page: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.zone = page.ctx.zone
        self.first_day = page.ctx.clock.now().astimezone(self.zone).date()
        self.days = 1
        self.period: CalendarPeriod | None = None
        self._build()
        self._lay_out()
        self._connect()
        self.reload()

    # -- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Calendar"))
        self.heading.setProperty("role", "heading")
        self.day_button = QPushButton(self.tr("Day"))
        self.week_button = QPushButton(self.tr("Week"))
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
        self.day_button.setChecked(True)
        self.previous_button = QPushButton("◀")
        self.previous_button.setAccessibleName(self.tr("Previous"))
        self.today_button = QPushButton(self.tr("Today"))
        self.next_button = QPushButton("▶")
        self.next_button.setAccessibleName(self.tr("Next"))
        self.period_label = QLabel()
        self.period_label.setObjectName("calendarPeriod")
        self.period_label.setMinimumWidth(
            self.period_label.fontMetrics().horizontalAdvance("88.88.8888 – 88.88.8888") + 8)
        self.book_button = QPushButton(self.tr("Book… (Ctrl+B)"))
        self.book_button.setObjectName("calendarBook")
        self.grid = CalendarGrid(self.zone)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.grid)
        self.selection_label = QLabel()
        self.selection_label.setObjectName("calendarSelection")
        # The line wraps onto a second line where the window is narrow: asking for its whole
        # text's width made the main window grow by itself when a long booking was selected,
        # and cutting it left half a word ("den ledige ti").
        self.selection_label.setWordWrap(True)
        self.selection_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                           QSizePolicy.Policy.Preferred)
        # Says how the client was told of the last move or cancellation (issue 11).
        self.notice_label = QLabel()
        self.notice_label.setObjectName("calendarNotice")
        self.notice_label.setProperty("role", "hint")
        self.status_buttons = {
            S.CONFIRMED: QPushButton(self.tr("Confirm")),
            S.ARRIVED: QPushButton(self.tr("Check in")),
            S.IN_PROGRESS: QPushButton(self.tr("Start")),
            S.DONE: QPushButton(self.tr("Done")),
            S.NO_SHOW: QPushButton(self.tr("Did not come")),
            S.CANCELLED: QPushButton(self.tr("Cancel…")),
        }
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MILLISECONDS)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        for widget in (self.day_button, self.week_button, self.previous_button,
                       self.today_button, self.next_button, self.period_label):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.book_button)
        actions = QHBoxLayout()
        actions.addWidget(self.selection_label, 1)
        actions.addWidget(self.notice_label)
        for button in self.status_buttons.values():
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(actions)

    def _connect(self) -> None:
        self.day_button.clicked.connect(lambda: self.show_days(1))
        self.week_button.clicked.connect(lambda: self.show_days(7))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.book_button.clicked.connect(self.book_at_selection)
        self.grid.book_requested.connect(self.open_booking)
        self.grid.move_requested.connect(self.move_to)
        self.grid.open_requested.connect(
            lambda item: self.page.events.open_client.emit(item.client_id))
        self.grid.selection_changed.connect(self._show_selection)
        for status, button in self.status_buttons.items():
            button.clicked.connect(lambda _checked=False, s=status: self.change_status(s))
        self.poll.timeout.connect(self._check_marker)
        self.poll.start()
        self._show_selection()

    # -- navigation -------------------------------------------------------------------------

    def show_days(self, days: int) -> None:
        self.days = days
        self.day_button.setChecked(days == 1)
        self.week_button.setChecked(days == 7)
        if days == 7:
            self.first_day -= dt.timedelta(days=self.first_day.weekday())
        self.reload()

    def step(self, direction: int) -> None:
        self.first_day += dt.timedelta(days=direction * self.days)
        self.reload()

    def go_today(self) -> None:
        self.first_day = self.page.ctx.clock.now().astimezone(self.zone).date()
        self.show_days(self.days)

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        ctx, actor = self.page.ctx, self.page.actor
        first, days = self.first_day, self.days
        self.page.ops.run(lambda: calendar_period(ctx, actor, first, days),
                          success=self.show_period, parent=self)

    def show_period(self, period: CalendarPeriod) -> None:
        self.period = period
        last = period.days[-1]
        text = period.first_day.strftime("%d.%m.%Y")
        if last != period.first_day:
            text += " – " + last.strftime("%d.%m.%Y")
        self.period_label.setText(text)
        self.grid.set_period(period)
        self._show_selection()

    def _check_marker(self) -> None:
        if self.period is None or not self.isVisible():
            return
        ctx, actor, seen = self.page.ctx, self.page.actor, self.period.marker
        def compare(marker: int) -> None:
            if marker != seen:
                self.reload()

        # A failed poll says nothing: the next one tries again.
        self.page.ops.run(lambda: calendar_marker(ctx, actor), success=compare,
                          failure=lambda _error: True, parent=self)

    # -- actions ----------------------------------------------------------------------------

    def book_from_here(self) -> None:
        """Ctrl+B (the main window's shortcut asks the screen on top)."""
        self.book_at_selection()

    def book_at_selection(self) -> None:
        start = self.grid.cursor_start()
        self.open_booking(*(start or (None, None)))

    def open_booking(self, resource_id: int | None, starts_at: dt.datetime | None) -> None:
        resources = self.period.resources if self.period else ()
        dialog = BookingDialog(self.page, resources,
                               Preset(resource_id=resource_id, starts_at=starts_at), self)
        dialog.booked.connect(self._booked)
        dialog.open()

    def _booked(self, _booked: Booked) -> None:
        self.reload()

    def move_to(self, appointment_id: int, version: int, resource_id: int,
             starts_at: dt.datetime, ends_at: dt.datetime, confirmed: bool = False) -> None:
        ctx, actor = self.page.ctx, self.page.actor

        def failed(error: BaseException) -> bool:
            if isinstance(error, ConfirmationNeeded) and confirm_destructive(
                    self, title=self.tr("Move anyway?"), text=error.message,
                    destroy=self.tr("Move anyway"), keep=self.tr("Go back")):
                self.move_to(appointment_id, version, resource_id, starts_at, ends_at, True)
                return True
            self.reload()
            return isinstance(error, ConfirmationNeeded)

        self.page.ops.run(lambda: move_appointment(
            ctx, actor, appointment_id, version, starts_at=starts_at, ends_at=ends_at,
            resource_id=resource_id, confirmed=confirmed),
            success=self._changed, failure=failed, parent=self)

    def change_status(self, status: AppointmentStatus) -> None:
        item = self.grid.selected
        if item is None:
            return
        reason = None
        if status == S.CANCELLED:
            dialog = cancel_reason_dialog(self)
            if dialog.exec() != QInputDialog.DialogCode.Accepted:
                return
            reason = dialog.textValue()
        ctx, actor = self.page.ctx, self.page.actor
        self.page.ops.run(lambda: set_status(ctx, actor, item.appointment_id, item.version,
                                             status, reason=reason),
                          success=self._changed,
                          failure=self._reload_and_report, parent=self)

    def _changed(self, changed: AppointmentChanged) -> None:
        self.notice_label.setText({
            "sms": self.tr("The client is told by SMS."),
            "email": self.tr("The client is told by e-mail."),
        }.get(changed.notice or "", ""))
        self.reload()

    def _reload_and_report(self, _error: BaseException) -> bool:
        self.reload()
        return False  # the banner shows the sentence

    def _show_selection(self) -> None:
        item: CalendarAppointment | None = self.grid.selected
        for button in self.status_buttons.values():
            button.setEnabled(item is not None)
        if item is None:
            self.selection_label.setText(self.tr(
                "Arrows move the selection; Enter or Ctrl+B books the free slot."))
            self.selection_label.setToolTip(self.selection_label.text())
            return
        start = item.starts_at.astimezone(self.zone).strftime("%H:%M")
        end = item.ends_at.astimezone(self.zone).strftime("%H:%M")
        who = f"{item.animal_name} ({item.client_name})" if item.animal_name else item.client_name
        text = (f"{start}–{end} {who} · {item.appointment_type} · "
                f"{appointment_status_label(item.status)}")
        if item.restricted:
            # First, so a narrow window clips the details rather than the warning.
            text = "⚠ " + self.tr("Processing restricted: send nothing") + f" · {text}"
        self.selection_label.setText(text)
        self.selection_label.setToolTip(text)  # the whole line, where a narrow window cuts it
