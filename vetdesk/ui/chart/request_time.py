"""When help was asked for (FOR-2006-02-20-229 § 4): a time field that follows the time of the
event until the vet sets it apart.

Most entries are asked for and given at once (the animal is in the room), so the field starts
at the event time and moves with it. For a phone consultation or a call-out the vet changes it
to when the owner rang; from then on it stays put. Setting it back to the event time makes it
follow again. ``value()`` is None while it follows, as the draft stores it.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from vetdesk.domain.event_time import FIRST_YEAR, LAST_YEAR
from vetdesk.ui.qt import (
    QDate,
    QDateTime,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QTime,
    QVBoxLayout,
    QWidget,
    Signal,
)


def show_moment(edit: QDateTimeEdit, moment: dt.datetime, zone: ZoneInfo) -> None:
    """Put ``moment`` in ``edit`` as the clinic's wall-clock time (``zone`` is the clinic's,
    ctx.zone), whatever the PC's zone."""
    wall = moment.astimezone(zone)
    edit.setDateTime(QDateTime(QDate(wall.year, wall.month, wall.day),
                               QTime(wall.hour, wall.minute)))


def moment_of(edit: QDateTimeEdit, zone: ZoneInfo) -> dt.datetime:
    """The moment ``edit`` shows (clinic wall-clock time in ``zone``), in UTC."""
    value = edit.dateTime()
    day, clock = value.date(), value.time()
    wall = dt.datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(),
                       tzinfo=zone)
    return wall.astimezone(dt.UTC)


class RequestTimeField(QWidget):
    """The time help was asked for, with a hint saying whether it follows the event time."""

    changed = Signal()  # the user changed it (not when it followed the event time)

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone  # the clinic's: the field shows its wall-clock time
        self.edit = QDateTimeEdit()
        self.edit.setObjectName("helpRequestedAt")
        self.edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.edit.setCalendarPopup(True)
        # The years the domain rules accept (vetdesk/domain/event_time.py).
        self.edit.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        self.edit.setToolTip(self.tr(
            "When the owner asked for help, for example rang the clinic. It follows the time "
            "of the event until you change it."))
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.error = QLabel()
        self.error.setProperty("role", "fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        # The message sits under the field inside this widget: an empty form row of its own
        # would leave a gap in the form while there is nothing to say.
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.hint, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.error)
        self._event: dt.datetime | None = None
        self._follows = True
        self._quiet = False
        self.edit.dateTimeChanged.connect(self._edited)

    def set_times(self, event_time: dt.datetime, requested: dt.datetime | None) -> None:
        """Show ``requested`` (None: the event time, and follow it)."""
        self._event = event_time
        self._follows = requested is None or requested == event_time
        self._show(event_time if self._follows or requested is None else requested)

    def follow(self, event_time: dt.datetime) -> None:
        """The event time changed: move along if this still follows it."""
        self._event = event_time
        if self._follows:
            self._show(event_time)
        else:
            self._follows = self.moment() == event_time
            self._update_hint()

    def value(self) -> dt.datetime | None:
        return None if self._follows else self.moment()

    def moment(self) -> dt.datetime:
        return moment_of(self.edit, self.zone)

    def follows(self) -> bool:
        return self._follows

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _show(self, moment: dt.datetime) -> None:
        self._quiet = True
        try:
            show_moment(self.edit, moment, self.zone)
        finally:
            self._quiet = False
        self._update_hint()

    def _edited(self, _value: QDateTime) -> None:
        if self._quiet:
            return
        self._follows = self._event is not None and self.moment() == self._event
        self._update_hint()
        self.changed.emit()

    def _update_hint(self) -> None:
        self.hint.setText(self.tr("Same as the time of event") if self._follows else "")
