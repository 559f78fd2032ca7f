"""Opening hours as a practice manager types them (issue 11): "08:00-16:00, pause 11:30-12:00",
"8.00-15.30", "stengt"; and the rules a day must keep (each stretch ends after it starts, a
break lies inside the opening hours). Pure rules, no I/O: the services and screens call them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from vetdesk.domain.opening_hours import HoursRow
from vetdesk.domain.text import ascii_digits, clean_line
from vetdesk.errors import ValidationError
from vetdesk.i18n import N_, _

# Monday first, as dt.date.weekday() counts; bokmål and English, full and short.
_WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("mandag", "man", "monday", "mon"),
    ("tirsdag", "tir", "tuesday", "tue"),
    ("onsdag", "ons", "wednesday", "wed"),
    ("torsdag", "tor", "thursday", "thu"),
    ("fredag", "fre", "friday", "fri"),
    ("lørdag", "lør", "saturday", "sat"),
    ("søndag", "søn", "sunday", "sun"),
)
_WEEKDAY_NAMES = (N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"),
                  N_("Saturday"), N_("Sunday"))
_CLOSED_WORDS = frozenset({"stengt", "closed", "-", ""})
_BREAK_WORDS = ("pause", "break", "lunsj", "lunch")
_TIME = re.compile(r"^([0-9]{1,2})(?:[:.]([0-9]{2}))?$")
MAX_DAY_TEXT = 200  # a day with a few breaks; more is pasted by mistake


def weekday_name(weekday: int) -> str:
    """The weekday's name in the current language (0: Monday)."""
    return _(_WEEKDAY_NAMES[weekday])


def weekday_number(text: str) -> int:
    """0 (Monday) to 6 for a weekday's name in bokmål or English, full or short."""
    word = text.strip().lower()
    for number, names in enumerate(_WEEKDAYS):
        if word in names:
            return number
    raise ValidationError(_("“{day}” is not a weekday; write mandag to søndag (or monday to "
                            "sunday), or a range like mandag-fredag.").format(day=text.strip()))


def weekdays(text: str) -> tuple[int, ...]:
    """One weekday or a range of them ("mandag-fredag", "mon-fri")."""
    first, dash, last = text.partition("-")
    if not dash:
        return (weekday_number(first),)
    start, end = weekday_number(first), weekday_number(last)
    if end < start:
        raise ValidationError(_("A range of weekdays goes from Monday towards Sunday, like "
                                "mandag-fredag."))
    return tuple(range(start, end + 1))


def parse_time(text: str) -> dt.time:
    """A clock time written 08:00, 8:00, 8.00 or 8."""
    found = _TIME.match(ascii_digits(clean_line(text)))
    if found is not None:
        hour, minute = int(found[1]), int(found[2] or 0)
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise ValidationError(_("“{time}” is not a time of day; write it like 08:00 or 8.00."
                            ).format(time=text.strip()))


def parse_span(text: str) -> tuple[dt.time, dt.time]:
    """"08:00-16:00" (or with an en dash) as its start and end, end checked after start."""
    starts, dash, ends = clean_line(text).replace("–", "-").partition("-")
    if not dash:
        raise ValidationError(_("“{text}” needs a start and an end, like 08:00-16:00."
                                ).format(text=text.strip()))
    span = parse_time(starts), parse_time(ends)
    check_span(*span)
    return span


def check_span(starts: dt.time, ends: dt.time) -> None:
    if ends <= starts:
        raise ValidationError(_("{starts}-{ends} ends before it starts; the end must be after "
                                "the start.").format(starts=f"{starts:%H:%M}",
                                                     ends=f"{ends:%H:%M}"))


def parse_day(weekday: int, text: str) -> tuple[HoursRow, ...]:
    """One day's rows from "08:00-16:00, pause 11:30-12:00" ("stengt": no rows, closed)."""
    text = clean_line(text)
    if len(text) > MAX_DAY_TEXT:
        raise ValidationError(_("A day's hours take at most {count} characters, like "
                                "08:00-16:00, pause 11:30-12:00.").format(count=MAX_DAY_TEXT))
    if text.lower() in _CLOSED_WORDS:
        return ()
    rows: list[HoursRow] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        word = part.split(maxsplit=1)[0].lower()
        kind = "break" if word in _BREAK_WORDS else "open"
        span = part.split(maxsplit=1)[1] if kind == "break" and " " in part else part
        if kind == "break" and span == part:
            raise ValidationError(_("Give the break a start and an end, like pause "
                                    "11:30-12:00."))
        rows.append(HoursRow(weekday, kind, *parse_span(span)))
    check_day(rows)
    return tuple(rows)


def check_day(rows: Sequence[HoursRow]) -> None:
    """Raise when a stretch ends before it starts or a break lies outside the opening hours."""
    for row in rows:
        check_span(row.starts, row.ends)
    opens = [r for r in rows if r.kind == "open"]
    for row in rows:
        if row.kind == "break" and not any(o.starts <= row.starts and row.ends <= o.ends
                                           for o in opens):
            raise ValidationError(_("The break {starts}-{ends} must lie inside the opening "
                                    "hours.").format(starts=f"{row.starts:%H:%M}",
                                                     ends=f"{row.ends:%H:%M}"))


def check_week(week: Iterable[HoursRow]) -> None:
    rows = tuple(week)
    for weekday in range(7):
        check_day([r for r in rows if r.weekday == weekday])


def format_day(rows: Iterable[HoursRow], *, closed: str, pause: str) -> str:
    """The day as it is typed: "08:00-16:00, pause 11:30-12:00", or ``closed``."""
    ordered = sorted(rows, key=lambda r: (r.kind != "open", r.starts))
    if not any(r.kind == "open" for r in ordered):
        return closed
    return ", ".join(f"{r.starts:%H:%M}-{r.ends:%H:%M}" if r.kind == "open"
                     else f"{pause} {r.starts:%H:%M}-{r.ends:%H:%M}" for r in ordered)
