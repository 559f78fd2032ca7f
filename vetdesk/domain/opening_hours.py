"""When a resource is open: weekly hours with breaks, Norwegian public holidays closed unless
the clinic opened them (issue 11). Pure rules, no I/O: the services load the rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import holidays

# A resource with no hours of its own: Monday to Friday 08:00-16:00, lunch 11:30-12:00.
DEFAULT_OPEN = (dt.time(8, 0), dt.time(16, 0))
DEFAULT_BREAK = (dt.time(11, 30), dt.time(12, 0))
WORKDAYS = range(5)


@dataclass(frozen=True)
class Span:
    """A stretch of one day, in the clinic's local time."""

    starts: dt.time
    ends: dt.time

    def covers(self, starts: dt.time, ends: dt.time) -> bool:
        return self.starts <= starts and ends <= self.ends

    def overlaps(self, starts: dt.time, ends: dt.time) -> bool:
        return starts < self.ends and self.starts < ends


@dataclass(frozen=True)
class HoursRow:
    weekday: int
    kind: str  # "open" or "break"
    starts: dt.time
    ends: dt.time


@dataclass(frozen=True)
class DayHours:
    """One resource's day: when it is open, its breaks, and the holiday that closes it."""

    open: tuple[Span, ...]
    breaks: tuple[Span, ...]
    holiday: str | None = None

    @property
    def closed(self) -> bool:
        return not self.open

    def allows(self, starts: dt.time, ends: dt.time) -> bool:
        """True when the whole stretch lies in opening hours and touches no break."""
        return (any(span.covers(starts, ends) for span in self.open)
                and not any(span.overlaps(starts, ends) for span in self.breaks))


def default_week() -> tuple[HoursRow, ...]:
    rows: list[HoursRow] = []
    for weekday in WORKDAYS:
        rows.append(HoursRow(weekday, "open", *DEFAULT_OPEN))
        rows.append(HoursRow(weekday, "break", *DEFAULT_BREAK))
    return tuple(rows)


@lru_cache(maxsize=16)
def _norwegian_holidays(year: int) -> dict[dt.date, str]:
    # Sundays are not holidays here: the weekly hours already close them.
    found = holidays.country_holidays("NO", years=year, include_sundays=False, language="no")
    return dict(found.items())


def public_holiday(day: dt.date) -> str | None:
    """The Norwegian public holiday on ``day`` (its Norwegian name), or None."""
    return _norwegian_holidays(day.year).get(day)


def public_holidays(year: int) -> tuple[tuple[dt.date, str], ...]:
    """The year's Norwegian public holidays in date order, with their Norwegian names."""
    return tuple(sorted(_norwegian_holidays(year).items()))


def day_hours(day: dt.date, week: Iterable[HoursRow], holiday_opening: Span | None) -> DayHours:
    """The hours of one resource on ``day``: its weekly rows (or the default week), closed on
    a public holiday unless ``holiday_opening`` opens it."""
    rows = [row for row in (tuple(week) or default_week()) if row.weekday == day.weekday()]
    breaks = tuple(Span(r.starts, r.ends) for r in rows if r.kind == "break")
    holiday = public_holiday(day)
    if holiday is not None:
        opened = (holiday_opening,) if holiday_opening is not None else ()
        return DayHours(opened, breaks if opened else (), holiday)
    return DayHours(tuple(Span(r.starts, r.ends) for r in rows if r.kind == "open"), breaks)
