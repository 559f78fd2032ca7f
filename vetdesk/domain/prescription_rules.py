"""The rules a veterinary prescription must meet (EU 2019/6 art. 105; FOR-2022-06-02-977
§§ 4-4, 6-4; DOMAIN.md "Prescriptions"). Pure: no database, no clock of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

from vetdesk.domain.codes import Species
from vetdesk.i18n import N_, _

# Antimicrobials (human medicines under the cascade included): valid 5 days from the date of
# issue, counted as Norwegian deadlines are (the day of issue is day 0), so a prescription
# issued 30.11 may be dispensed up to and including 05.12.
ANTIMICROBIAL_VALID_DAYS = 5
# Everything else: one year, or the shorter period the vet sets.
MAX_VALID_DAYS = 365
MAX_ITEMS = 20
MAX_PACKS = 999
MAX_DURATION_DAYS = 365
DOSAGE_MAX = 1000
WARNINGS_MAX = 2000
WITHDRAWAL_MAX = 200
QUANTITY_MAX = 100
STATEMENT_MAX = 2000
REASON_MAX = 1000


class Produce(StrEnum):
    MEAT = "meat"
    MILK = "milk"
    EGGS = "eggs"
    FISH = "fish"


PRODUCE_NAMES = {
    Produce.MEAT: N_("meat"),
    Produce.MILK: N_("milk"),
    Produce.EGGS: N_("eggs"),
    Produce.FISH: N_("fish"),
}

# Species whose prescriptions must state the withdrawal period, even when it is zero; horses
# are food-producing unless taken out of the food chain, and stated anyway (DOMAIN.md).
PRODUCE_OF_SPECIES: dict[Species, tuple[Produce, ...]] = {
    Species.CATTLE: (Produce.MEAT, Produce.MILK),
    Species.SHEEP: (Produce.MEAT, Produce.MILK),
    Species.GOAT: (Produce.MEAT, Produce.MILK),
    Species.PIG: (Produce.MEAT,),
    Species.POULTRY: (Produce.MEAT, Produce.EGGS),
    Species.HORSE: (Produce.MEAT,),
}


def needs_withdrawal(species: Species) -> bool:
    return species in PRODUCE_OF_SPECIES


def withdrawal_text(days: Mapping[str, object] | None, species: Species) -> str:
    """The catalogue's withdrawal periods for one species as printed ("meat: 6 days, milk: 4
    days"); empty when the species needs none or the product is not authorised for it (the
    vet then writes the cascade period)."""
    produce = PRODUCE_OF_SPECIES.get(species)
    if not produce or not days:
        return ""
    per_species = days.get(species.value)
    if not isinstance(per_species, Mapping):
        return ""
    parts = []
    for item in produce:
        value = per_species.get(item.value)
        if isinstance(value, int):
            parts.append(_("{produce}: {days} days").format(produce=_(PRODUCE_NAMES[item]),
                                                            days=value))
    return ", ".join(parts).capitalize()


def expiry_date(issued_on: dt.date, *, antimicrobial: bool, valid_days: int | None) -> dt.date:
    """The last day the prescription may be dispensed."""
    if antimicrobial:
        return issued_on + dt.timedelta(days=ANTIMICROBIAL_VALID_DAYS)
    days = MAX_VALID_DAYS if valid_days is None else min(valid_days, MAX_VALID_DAYS)
    if days >= MAX_VALID_DAYS:
        # One year: the same date next year (28 February for a 29 February).
        try:
            return issued_on.replace(year=issued_on.year + 1)
        except ValueError:
            return issued_on.replace(year=issued_on.year + 1, day=28)
    return issued_on + dt.timedelta(days=days)


PRUDENT_USE_WARNING = N_(
    "Antimicrobial: use only for this animal and as prescribed, complete the course, never "
    "keep or share what is left (return it to a pharmacy)."
)


def product_name_line(name: str, substances: str) -> str:
    """ "Metacam vet. (meloksikam)": substances in brackets (a vaccine may have none)."""
    return f"{name} ({substances})" if substances.strip() else name


# What an issued prescription's hash covers (its own fields and every item, in order).
PRESCRIPTION_HASHED_FIELDS: tuple[str, ...] = (
    "id", "animal_id", "client_id", "prescriber_id", "journal_entry_id", "issued_at",
    "expires_on", "cascade_statement", "art107_statement", "notes", "production_category",
    "producer_number", "administered_by",
)
PRESCRIPTION_ITEM_HASHED_FIELDS: tuple[str, ...] = (
    "drug_id", "product_name", "active_substances", "product_number", "form", "strength",
    "quantity", "packs", "pack_size", "dosage", "duration_days", "withdrawal_period",
    "warnings", "antimicrobial", "vaccine", "amount", "amount_unit",
)


def prescription_content(row: Mapping[str, Any], items: Sequence[Mapping[str, Any]]
                         ) -> dict[str, Any]:
    content = {name: row[name] for name in PRESCRIPTION_HASHED_FIELDS}
    content["items"] = [{name: item[name] for name in PRESCRIPTION_ITEM_HASHED_FIELDS}
                        for item in items]
    return content
