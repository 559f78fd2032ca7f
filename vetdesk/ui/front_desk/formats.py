"""Norwegian display formats and translated code-list names for the front-desk screens."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from vetdesk.ui.qt import QCoreApplication

_DATE = re.compile(r"^\s*(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def tr(text: str) -> str:
    """Translate a front-desk string. pyside6-lupdate files a bare ``tr("...")`` call under
    the empty context, so the lookup uses that context too (checked with lupdate 6.12)."""
    return QCoreApplication.translate("", text)


def date_text(day: dt.date | None) -> str:
    """24.12.2026"""
    return day.strftime("%d.%m.%Y") if day is not None else ""


# Times are stored in UTC and shown in ``zone``: the clinic's time zone setting, which the
# screens have from their ServiceContext (``ctx.zone``), handed down from start-up.

def time_text(moment: dt.datetime, zone: ZoneInfo) -> str:
    """14:30 in the clinic's time zone."""
    return moment.astimezone(zone).strftime("%H:%M")


def moment_text(moment: dt.datetime | None, zone: ZoneInfo) -> str:
    """24.12.2026 14:30 in the clinic's time zone."""
    if moment is None:
        return ""
    return moment.astimezone(zone).strftime("%d.%m.%Y %H:%M")


def day_text(moment: dt.datetime, zone: ZoneInfo) -> str:
    """24.12.2026: the clinic's date of ``moment``."""
    return date_text(moment.astimezone(zone).date())


def kroner(ore: int) -> str:
    """kr 1 234,50 (a narrow no-break space groups the thousands)."""
    sign = "-" if ore < 0 else ""
    whole, cents = divmod(abs(ore), 100)
    grouped = f"{whole:,}".replace(",", "\u202f")
    return f"kr {sign}{grouped},{cents:02d}"


def parse_date(text: str) -> tuple[dt.date | None, str | None]:
    """(date, error) for a date typed as 24.12.2026 (or 2026-12-24); empty text is no date."""
    if not text.strip():
        return None, None
    match = _DATE.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
    else:
        iso = _ISO_DATE.match(text)
        if not iso:
            return None, tr("Write the date as day.month.year, for example 24.12.2026.")
        year, month, day = (int(part) for part in iso.groups())
    try:
        return dt.date(year, month, day), None
    except ValueError:
        return None, tr("There is no such date; check the day and the month.")


def age_text(age: tuple[int, int] | None, estimated: bool = False) -> str:
    if age is None:
        return ""
    years, months = age
    if years >= 2:
        text = tr("{0} y").format(years)
    elif years == 1:
        text = tr("1 y {0} m").format(months) if months else tr("1 y")
    else:
        text = tr("{0} m").format(months)
    return tr("about {0}").format(text) if estimated else text


def species_label(value: str) -> str:
    labels = {
        "dog": tr("Dog"), "cat": tr("Cat"), "rabbit": tr("Rabbit"), "horse": tr("Horse"),
        "cattle": tr("Cattle"), "sheep": tr("Sheep"), "goat": tr("Goat"), "pig": tr("Pig"),
        "poultry": tr("Poultry"), "guinea_pig": tr("Guinea pig"), "ferret": tr("Ferret"),
        "bird": tr("Bird"), "reptile": tr("Reptile"), "other": tr("Other"),
    }
    return labels.get(value, value)


def sex_label(value: str, neutered: bool = False) -> str:
    labels = {"male": tr("Male"), "female": tr("Female"), "unknown": tr("Sex unknown")}
    text = labels.get(value, value)
    return tr("{0}, neutered").format(text) if neutered else text


def phone_kind_label(value: str) -> str:
    return {"mobile": tr("Mobile"), "home": tr("Home"), "work": tr("Work")}.get(value, value)


def channel_label(value: str) -> str:
    return {"sms": tr("SMS"), "email": tr("E-mail"), "letter": tr("Letter")}.get(value, value)


def purpose_label(value: str) -> str:
    return {"service": tr("Reminders"), "marketing": tr("Marketing")}.get(value, value)


def message_status_label(value: str) -> str:
    labels = {
        "queued": tr("queued"), "sent": tr("sent"), "delivered": tr("✓ delivered"),
        "failed": tr("✗ not delivered"), "failure_reviewed": tr("✗ not delivered (seen)"),
        # Never sent: the appointment moved again or was cancelled first.
        "withdrawn": tr("withdrawn, not sent"),
    }
    return labels.get(value, value)


def appointment_status_label(value: str) -> str:
    labels = {
        "booked": tr("booked"), "confirmed": tr("confirmed"), "arrived": tr("arrived"),
        "in_progress": tr("in progress"), "done": tr("done"), "no_show": tr("did not come"),
        "cancelled": tr("cancelled"), "coming": tr("coming"), "late": tr("late"),
    }
    return labels.get(value, value)


def invoice_status_label(value: str) -> str:
    return {"open": tr("open"), "paid": tr("paid"), "credited": tr("credited")}.get(value, value)


def client_status_label(value: str) -> str:
    return {"active": "", "inactive": tr("inactive"), "erased": tr("erased")}.get(value, value)
