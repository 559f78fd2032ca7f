"""The rules for an animal's details, usable as the user types and again before saving."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vetdesk.domain.chips import ChipError, ChipReading, read_chip
from vetdesk.domain.client_rules import NOTES_MAX, check_past_date
from vetdesk.domain.codes import IdentityKind, Sex, Species
from vetdesk.domain.field_report import FieldReport, ReportBuilder, TextRule, check_texts
from vetdesk.domain.text import clean_line, clean_multiline
from vetdesk.i18n import N_, _

MAX_AGE_YEARS = 60
# The size of animals.search_key, which holds the folded name.
ANIMAL_SEARCH_KEY_MAX = 200
# The sizes of the animal table's columns (vetdesk/db/models/animals.py).
ANIMAL_TEXTS = {
    "name": TextRule(N_("Name"), 100),
    "breed": TextRule(N_("Breed"), 100),
    "colour": TextRule(N_("Colour"), 100),
    "insurance_company": TextRule(N_("Insurance company"), 100),
    "insurance_policy": TextRule(N_("Policy number"), 50),
    "notes": TextRule(N_("Notes"), NOTES_MAX, multiline=True),
}


@dataclass(frozen=True)
class AnimalInput:
    """What the animal form holds. Give a birth date, or an estimated age in years."""

    name: str
    species: str
    breed: str = ""
    sex: str = Sex.UNKNOWN.value
    neutered: bool = False
    birth_date: dt.date | None = None
    estimated_age_years: float | None = None
    colour: str = ""
    microchip: str = ""
    insurance_company: str = ""
    insurance_policy: str = ""
    deceased_on: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class CleanAnimal:
    name: str
    species: Species
    breed: str | None
    sex: Sex
    neutered: bool
    birth_date: dt.date | None
    birth_date_estimated: bool
    colour: str | None
    chip: ChipReading | None
    insurance_company: str | None
    insurance_policy: str | None
    deceased_on: dt.date | None
    notes: str | None


def check_chip(text: str) -> tuple[str | None, ChipReading | None]:
    if not text.strip():
        return None, None
    try:
        return None, read_chip(text)
    except ChipError as exc:
        return str(exc), None


def check_animal(data: AnimalInput, today: dt.date) -> FieldReport:
    report = ReportBuilder()
    check_texts(vars(data), ANIMAL_TEXTS, report)
    if not clean_line(data.name) and "name" not in report.errors:
        report.errors["name"] = _("Enter the animal's name.")
    if data.species not in {s.value for s in Species}:
        report.errors["species"] = _("Choose a species from the list (or Other).")
    if data.sex not in {s.value for s in Sex}:
        report.errors["sex"] = _("Choose male, female or unknown.")
    if error := check_past_date(data.birth_date, today, _("birth date")):
        report.errors["birth_date"] = error
    if data.estimated_age_years is not None and not (
        0 <= data.estimated_age_years <= MAX_AGE_YEARS
    ):
        report.errors["estimated_age_years"] = (
            _("Give an age between 0 and {limit} years.").format(limit=MAX_AGE_YEARS)
        )
    if error := check_past_date(data.deceased_on, today, _("date of death")):
        report.errors["deceased_on"] = error
    elif (
        data.deceased_on is not None and data.birth_date is not None
        and data.deceased_on < data.birth_date
    ):
        report.errors["deceased_on"] = _("The date of death is before the birth date.")
    error, chip = check_chip(data.microchip)
    if error:
        report.errors["microchip"] = error
    elif chip is not None:
        if chip.origin:
            report.notes["microchip"] = chip.origin
        if chip.warning:
            report.warnings["microchip"] = chip.warning
    return report.build()


def estimated_birth_date(age_years: float, today: dt.date) -> dt.date:
    return today - dt.timedelta(days=round(age_years * 365.25))


def clean_animal(data: AnimalInput, today: dt.date) -> CleanAnimal:
    """Normalise details that :func:`check_animal` passed."""
    birth = data.birth_date
    estimated = False
    if birth is None and data.estimated_age_years is not None:
        birth = estimated_birth_date(data.estimated_age_years, today)
        estimated = True
    _error, chip = check_chip(data.microchip)
    return CleanAnimal(
        name=clean_line(data.name),
        species=Species(data.species),
        breed=clean_line(data.breed) or None,
        sex=Sex(data.sex),
        neutered=data.neutered,
        birth_date=birth,
        birth_date_estimated=estimated,
        colour=clean_line(data.colour) or None,
        chip=chip,
        insurance_company=clean_line(data.insurance_company) or None,
        insurance_policy=clean_line(data.insurance_policy) or None,
        deceased_on=data.deceased_on,
        notes=clean_multiline(data.notes).strip() or None,
    )


CHIP_KINDS = (IdentityKind.ISO_CHIP.value, IdentityKind.FDX_A_CHIP.value)
