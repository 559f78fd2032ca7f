"""Reading a drug catalogue file (``vetdesk drugs import FILE.csv``): every fault of every row,
with its line number, before anything is stored. Pure text handling, no database.

Columns (header line, comma- or semicolon-separated, UTF-8; the order is free):

    varenummer         the product number, 6 digits (unique)
    name               the product name ("Metacam vet.")
    active_substances  the active substance(s); may be empty only for a vaccine
    form               the pharmaceutical form ("tablett", "injeksjonsvæske")
    strength           the strength ("1,5 mg/ml"); may be empty
    pack_sizes         the pack sizes, separated by "|" ("10 stk|30 stk")
    atc_code           the ATC(vet) code ("QM01AC06"); may be empty
    target_species     species it is authorised for, separated by "|" ("storfe|hest")
    antimicrobial      yes/no (ja/nei, 1/0): an antimicrobial (prescription valid 5 days)
    vaccine            yes/no: a vaccine (no active substance needed in brackets)
    withdrawal         withdrawal periods in days, "species: produce=days, ...", species
                       separated by "|": "storfe: kjøtt=6, melk=4 | hest: kjøtt=180";
                       produce is meat, milk, eggs or fish (kjøtt/slakt, melk, egg, fisk)

The national catalogue (FEST, from the Norwegian Medical Products Agency) is the real source;
a FEST reader would produce the same ``DrugRow`` values (see README, "Drug catalogue").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vetdesk.domain.import_rows import (
    ImportFileError,
    decode_lines,
    parse_species,
    stream_table,
)
from vetdesk.domain.prescription_rules import Produce
from vetdesk.domain.text import clean_line, fold
from vetdesk.i18n import _

COLUMNS = ("varenummer", "name", "active_substances", "form", "strength", "pack_sizes",
           "atc_code", "target_species", "antimicrobial", "vaccine", "withdrawal")
_VARENUMMER = re.compile(r"^[0-9]{6}$")
_ATC = re.compile(r"^Q?[A-Z][0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?$")
_PRODUCE = {"meat": Produce.MEAT, "kjott": Produce.MEAT, "slakt": Produce.MEAT,
            "milk": Produce.MILK, "melk": Produce.MILK, "eggs": Produce.EGGS,
            "egg": Produce.EGGS, "fish": Produce.FISH, "fisk": Produce.FISH}
_YES = {"yes", "ja", "1", "y", "j", "true"}
_NO = {"no", "nei", "0", "n", "false", ""}
_LIMITS = {"name": 200, "active_substances": 300, "form": 100, "strength": 100,
           "pack_sizes": 100}


@dataclass(frozen=True)
class DrugRow:
    product_number: str
    name: str
    active_substances: str
    form: str
    strength: str
    pack_sizes: tuple[str, ...]
    atc_code: str | None
    target_species: tuple[str, ...]
    antimicrobial: bool
    vaccine: bool
    withdrawal_days: dict[str, dict[str, int]]


@dataclass(frozen=True)
class CatalogueFile:
    rows: tuple[DrugRow, ...]
    # "Line 4: ..." sentences, every fault of every line.
    problems: tuple[str, ...]


def read_catalogue(data: bytes) -> CatalogueFile:
    """Every row, or every problem found (the import stores nothing unless there is none)."""
    try:
        # A catalogue is a few thousand lines: read whole, checked row by row.
        table = stream_table(decode_lines(data.splitlines(keepends=True)), COLUMNS)
        csv_rows = list(table.rows)
    except ImportFileError as exc:
        return CatalogueFile((), (str(exc),))
    rows: list[DrugRow] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for csv_row in csv_rows:
        faults = list(csv_row.problems)
        row = _row(csv_row.values, faults)
        number = clean_line(csv_row.values["varenummer"])
        if number in seen:
            faults.append(_("varenummer {number} is also on line {line}").format(
                number=number, line=seen[number]))
        elif number:
            seen[number] = csv_row.line
        if faults:
            problems.extend(_("Line {line}: {fault}.").format(line=csv_row.line, fault=f)
                            for f in faults)
        elif row is not None:
            rows.append(row)
    if not csv_rows:
        problems.append(_("The file has a header line but no products."))
    return CatalogueFile(tuple(rows), tuple(problems))


def _row(values: dict[str, str], faults: list[str]) -> DrugRow | None:
    text = {name: clean_line(values[name]) for name in COLUMNS}
    number = text["varenummer"]
    if not _VARENUMMER.match(number):
        faults.append(_("the varenummer “{value}” is not 6 digits").format(value=number))
    if not text["name"]:
        faults.append(_("the name is missing"))
    for name, limit in _LIMITS.items():
        if len(text[name]) > limit:
            faults.append(_("{column} is longer than {limit} characters").format(
                column=name, limit=limit))
    antimicrobial = _yes_no(text["antimicrobial"], "antimicrobial", faults)
    vaccine = _yes_no(text["vaccine"], "vaccine", faults)
    if not text["active_substances"] and not vaccine:
        faults.append(_("the active substance is missing (only a vaccine may go without)"))
    if not text["form"]:
        faults.append(_("the form is missing"))
    packs = tuple(p.strip() for p in text["pack_sizes"].split("|") if p.strip())
    if not packs:
        faults.append(_("the pack sizes are missing"))
    atc = text["atc_code"].upper().replace(" ", "")
    if atc and not _ATC.match(atc):
        faults.append(_("“{value}” is not an ATC code (such as QM01AC06)").format(value=atc))
    species = _species_list(text["target_species"], faults)
    withdrawal = _withdrawal(text["withdrawal"], faults)
    if faults:
        return None
    return DrugRow(
        product_number=number, name=text["name"], active_substances=text["active_substances"],
        form=text["form"], strength=text["strength"], pack_sizes=packs, atc_code=atc or None,
        target_species=species, antimicrobial=antimicrobial, vaccine=vaccine,
        withdrawal_days=withdrawal,
    )


def _yes_no(value: str, column: str, faults: list[str]) -> bool:
    folded = value.strip().lower()
    if folded in _YES:
        return True
    if folded not in _NO:
        faults.append(_("{column} is “{value}”; write yes or no").format(column=column,
                                                                       value=value))
    return False


def _species_list(value: str, faults: list[str]) -> tuple[str, ...]:
    found: list[str] = []
    for part in value.split("|"):
        if not part.strip():
            continue
        try:
            found.append(parse_species(part).value)
        except ValueError as exc:
            faults.append(str(exc))
    return tuple(dict.fromkeys(found))


def _withdrawal(value: str, faults: list[str]) -> dict[str, dict[str, int]]:
    days: dict[str, dict[str, int]] = {}
    for part in value.split("|"):
        if not part.strip():
            continue
        species_text, colon, periods = part.partition(":")
        if not colon:
            faults.append(_("the withdrawal “{value}” lacks “species:” in front").format(
                value=part.strip()))
            continue
        try:
            species = parse_species(species_text).value
        except ValueError as exc:
            faults.append(str(exc))
            continue
        for period in periods.split(","):
            produce_text, equals, number = period.partition("=")
            produce = _PRODUCE.get(fold(produce_text))
            if produce is None or not equals or not number.strip().isdigit():
                faults.append(_("the withdrawal “{value}” is not produce=days (such as "
                                "meat=6)").format(value=period.strip()))
                continue
            amount = int(number.strip())
            if amount > 3650:
                faults.append(_("a withdrawal of {days} days is not plausible").format(
                    days=amount))
                continue
            days.setdefault(species, {})[produce.value] = amount
    return days
