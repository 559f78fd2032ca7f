"""How the chart writes times, numbers and code-list values (Norwegian formats, clinic zone)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from vetdesk.domain.codes import AppointmentStatus, JournalKind, Sex, Species
from vetdesk.services.journal import KIND_LABELS, AgeSpan
from vetdesk.services.journal.kinds import field_label as english_field_label
from vetdesk.ui.qt import QCoreApplication

# Times are stored in UTC and shown in the clinic's zone (UI.md); every clinic is Norwegian.
CLINIC_ZONE = ZoneInfo("Europe/Oslo")


def _t(text: str) -> str:
    return QCoreApplication.translate("chart", text)


def local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(CLINIC_ZONE)


def date_time_text(moment: dt.datetime | None) -> str:
    return "" if moment is None else local(moment).strftime("%d.%m.%Y %H:%M")


def time_text(moment: dt.datetime) -> str:
    return local(moment).strftime("%H:%M")


def date_text(day: dt.date | None) -> str:
    return "" if day is None else day.strftime("%d.%m.%Y")


def decimal_text(value: Decimal | None, places: int = 1) -> str:
    """31.4 → "31,4" (Norwegian decimal comma), trailing zeros beyond ``places`` dropped."""
    if value is None:
        return ""
    text = format(value.quantize(Decimal(1).scaleb(-places)), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def parse_decimal(text: str) -> Decimal | None:
    """"31,4" or "31.4" → Decimal; empty → None; anything else raises ValueError."""
    cleaned = text.strip().replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(cleaned) from exc
    if not value.is_finite():
        raise ValueError(cleaned)
    return value


def kind_label(kind: JournalKind) -> str:
    return QCoreApplication.translate("journal_kind", KIND_LABELS[kind])


def field_label(kind: JournalKind, name: str) -> str:
    return QCoreApplication.translate("journal_field", english_field_label(kind, name))


def species_label(species: Species) -> str:
    labels = {
        Species.DOG: _t("Dog"), Species.CAT: _t("Cat"), Species.RABBIT: _t("Rabbit"),
        Species.HORSE: _t("Horse"), Species.CATTLE: _t("Cattle"), Species.SHEEP: _t("Sheep"),
        Species.GOAT: _t("Goat"), Species.PIG: _t("Pig"), Species.POULTRY: _t("Poultry"),
        Species.GUINEA_PIG: _t("Guinea pig"), Species.FERRET: _t("Ferret"),
        Species.BIRD: _t("Bird"), Species.REPTILE: _t("Reptile"), Species.OTHER: _t("Other"),
    }
    return labels[species]


def sex_label(sex: Sex, neutered: bool) -> str:
    if sex is Sex.MALE:
        return _t("male, neutered") if neutered else _t("male")
    if sex is Sex.FEMALE:
        return _t("female, spayed") if neutered else _t("female")
    return _t("sex unknown")


def age_text(age: AgeSpan | None) -> str:
    if age is None:
        return _t("age unknown")
    if age.years >= 2:
        text = _t("{years} years").format(years=age.years)
    elif age.years == 1:
        text = _t("1 year {months} mo.").format(months=age.months)
    else:
        text = _t("{months} months").format(months=age.months)
    return _t("about {age}").format(age=text) if age.estimated else text


def status_label(status: str) -> str:
    labels = {
        AppointmentStatus.BOOKED.value: _t("Booked"),
        AppointmentStatus.CONFIRMED.value: _t("Confirmed"),
        AppointmentStatus.ARRIVED.value: _t("Arrived"),
        AppointmentStatus.IN_PROGRESS.value: _t("In progress"),
        AppointmentStatus.DONE.value: _t("Done"),
        AppointmentStatus.NO_SHOW.value: _t("No-show"),
        AppointmentStatus.CANCELLED.value: _t("Cancelled"),
    }
    return labels.get(status, status)
