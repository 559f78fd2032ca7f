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

from vetdesk.domain.event_time import FIRST_YEAR, LAST_YEAR, check_wall_clock
from vetdesk.ui.qt import (
    QDate,
    QDateTime,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QTime,
    QTimeZone,
    QVBoxLayout,
    QWidget,
    Signal,
)


def clock_edit() -> QDateTimeEdit:
    """A field for a clinic wall-clock time (dd.mm.yyyy HH:MM).

    It holds the reading as typed, in a zone without summer time (UTC), so that Qt does not
    move it by the PC's own zone rules; :func:`moment_of` reads it in the clinic's zone and
    :func:`clock_problem` refuses a reading the clinic's clock skipped. A field in the PC's
    zone moved 02:30 to 03:30 in Oslo, and let it through unnoticed on a PC set to UTC."""
    edit = QDateTimeEdit()
    edit.setTimeZone(QTimeZone.utc())
    edit.setDisplayFormat("dd.MM.yyyy HH:mm")
    edit.setCalendarPopup(True)
    # The years the domain rules accept (vetdesk/domain/event_time.py).
    edit.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
    return edit


def show_moment(edit: QDateTimeEdit, moment: dt.datetime, zone: ZoneInfo) -> None:
    """Put ``moment`` in ``edit`` (a :func:`clock_edit`) as the clinic's wall-clock time
    (``zone`` is the clinic's, ctx.zone), whatever the PC's zone."""
    wall = moment.astimezone(zone)
    edit.setDateTime(QDateTime(QDate(wall.year, wall.month, wall.day),
                               QTime(wall.hour, wall.minute), QTimeZone.utc()))


def wall_clock_of(edit: QDateTimeEdit) -> dt.datetime:
    """The clock reading ``edit`` shows, without a zone."""
    value = edit.dateTime()
    day, clock = value.date(), value.time()
    return dt.datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())


def moment_of(edit: QDateTimeEdit, zone: ZoneInfo) -> dt.datetime:
    """The moment ``edit`` shows (clinic wall-clock time in ``zone``), in UTC. A reading the
    clinic's clock skipped comes out an hour on; :func:`clock_problem` says so first."""
    return wall_clock_of(edit).replace(tzinfo=zone).astimezone(dt.UTC)


def clock_problem(edit: QDateTimeEdit, zone: ZoneInfo) -> str | None:
    """The sentence for a time the clinic's clock never showed (02:30 the night summer time
    starts), or None. The edit follows the PC's zone, which need not be the clinic's, so it
    can hold such a time."""
    return check_wall_clock(wall_clock_of(edit), zone)


class RequestTimeField(QWidget):
    """The time help was asked for, with a hint saying whether it follows the event time."""

    changed = Signal()  # the user changed it (not when it followed the event time)

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone  # the clinic's: the field shows its wall-clock time
        self.edit = clock_edit()
        self.edit.setObjectName("helpRequestedAt")
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
            self._follows = self._shows(event_time)
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

    def _shows(self, moment: dt.datetime) -> bool:
        # The readings, not the moments: a skipped 02:30 reads as the moment of 03:30.
        return wall_clock_of(self.edit) == moment.astimezone(self.zone).replace(
            tzinfo=None, second=0, microsecond=0)

    def _edited(self, _value: QDateTime) -> None:
        if self._quiet:
            return
        self._follows = self._event is not None and self._shows(self._event)
        self._update_hint()
        self.changed.emit()

    def _update_hint(self) -> None:
        self.hint.setText(self.tr("Same as the time of event") if self._follows else "")
