"""When a journal event happened: a moment the program can store, convert and sign.

A year-1 or year-9999 time with an offset cannot even be converted to UTC (Python raises
OverflowError), and a year-1 time in UTC is a typing slip, not a consultation. The bounds are
checked on the local year, before any conversion, so the check itself cannot overflow.
"""

from __future__ import annotations

import datetime as dt

from vetdesk.i18n import _

# No animal alive was treated before this; journals from before it are not typed in.
FIRST_YEAR = 1900
# Far enough for any typing ahead; the signing check refuses the future anyway.
LAST_YEAR = 2100


def check_event_time(value: dt.datetime) -> str | None:
    """One sentence saying what is wrong with the time, or None."""
    if value.tzinfo is None or value.utcoffset() is None:
        return _("The time of the event has no time zone.")
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        return _("The time of the event must be between the years {first} and {last}; "
                 "check the date.").format(first=FIRST_YEAR, last=LAST_YEAR)
    return None


def wall_clock_moment(wall: dt.datetime, zone: dt.tzinfo) -> dt.datetime | None:
    """A clock reading typed without a zone (``wall``), read as the clinic's clock in
    ``zone``, in UTC; None for a reading that clock never shows.

    When summer time starts the clocks jump from 02:00 to 03:00, so 02:30 that night never
    happened; Python would quietly make it 03:30, and a journal time must not move by an
    hour without the vet knowing. An hour that comes twice (autumn) is read as the first.
    """
    moment = wall.replace(tzinfo=zone, fold=0)
    if moment.astimezone(dt.UTC).astimezone(zone).replace(tzinfo=None) != wall.replace(fold=0):
        return None
    return moment.astimezone(dt.UTC)


def check_wall_clock(wall: dt.datetime, zone: dt.tzinfo) -> str | None:
    """One sentence when the clock reading ``wall`` never happened in ``zone`` (see
    :func:`wall_clock_moment`), or None."""
    if wall_clock_moment(wall, zone) is not None:
        return None
    return _("{text} never happened in the clinic's time: the clocks skip that hour when "
             "summer time starts; check the time.").format(text=wall.strftime("%d.%m.%Y %H:%M"))


def check_help_requested_at(
    value: dt.datetime, event_time: dt.datetime | None = None
) -> str | None:
    """One sentence saying what is wrong with when help was asked for, or None.

    FOR-2006-02-20-229 § 4 keeps three times: help asked for, help given (the event time) and
    the entry written. Help is asked for before it is given, or at the same moment; a later
    request is a slip in one of the two times. The same years are allowed as for the event.
    Without ``event_time`` only what could not be stored is checked (a draft saving).
    """
    if value.tzinfo is None or value.utcoffset() is None:
        return _("The time help was asked for has no time zone.")
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        return _("The time help was asked for must be between the years {first} and {last}; "
                 "check the date.").format(first=FIRST_YEAR, last=LAST_YEAR)
    if event_time is not None and check_event_time(event_time) is None and value > event_time:
        return _("Help cannot have been asked for after it was given; enter a time at or "
                 "before the time of the event.")
    return None
