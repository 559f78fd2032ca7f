"""Today's appointments at the front desk: who is coming, who has arrived, who is late."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from vetdesk.services.front_desk_views import TodayAppointment
from vetdesk.ui.front_desk import look
from vetdesk.ui.front_desk.formats import appointment_status_label, time_text, tr
from vetdesk.ui.front_desk.row_table import set_up_row_table
from vetdesk.ui.qt import (
    QBrush,
    QColor,
    QKeyEvent,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
    Signal,
)

# A sign with each state, so the colour is never the only signal.
STATE_SIGNS = {"coming": "○", "late": "⚠", "arrived": "●", "in_progress": "▶", "done": "✓",
               "no_show": "✗"}


class TodayList(QTableWidget):
    """``open_requested(client_id)`` on Enter or double-click; ``check_in_requested``
    (appointment id, version) on Space, for a row whose animal has not arrived yet."""

    open_requested = Signal(int)
    check_in_requested = Signal(int, int)

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.zone = zone  # the clinic's, for the times shown
        self.setObjectName("todayList")
        set_up_row_table(
            self, [tr("Time"), tr("State"), tr("Client"), tr("Animal"), tr("With"), tr("Reason")],
            tr("Today's appointments"), self._open_current)
        self.appointments: tuple[TodayAppointment, ...] = ()

    def set_appointments(self, appointments: tuple[TodayAppointment, ...]) -> None:
        self.appointments = appointments
        self.setRowCount(len(appointments))
        for row, item in enumerate(appointments):
            # The status in the same words as the calendar and My day; lateness beside it.
            state = f"{STATE_SIGNS.get(item.state, '')} {appointment_status_label(item.status)}"
            if item.state == "late":
                state += f" · {appointment_status_label('late')}"
            reason = item.reason or item.appointment_type
            cells = (time_text(item.starts_at, self.zone), state, item.client_name,
                     item.animal_name or "", item.with_whom, reason)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 1 and item.state == "late":
                    cell.setForeground(QBrush(QColor(look.amber())))
                if column == 1 and item.state == "arrived":
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.setItem(row, column, cell)

    def _open_current(self) -> None:
        row = self.currentRow()
        if 0 <= row < len(self.appointments):
            self.open_requested.emit(self.appointments[row].client_id)

    def check_in_current(self) -> None:
        row = self.currentRow()
        if 0 <= row < len(self.appointments):
            item = self.appointments[row]
            if item.state in ("coming", "late"):
                self.check_in_requested.emit(item.appointment_id, item.version)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_current()
            return
        if event.key() == Qt.Key.Key_Space:
            self.check_in_current()
            return
        super().keyPressEvent(event)
