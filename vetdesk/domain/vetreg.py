"""Medicine reporting to VetReg (FOR-2009-07-03-971; DOMAIN.md "Medicine reporting"): who must
be reported, the production categories, the 7-day clock. Pure rules."""

from __future__ import annotations

import datetime as dt

from vetdesk.domain.codes import Species
from vetdesk.i18n import N_

REPORT_WITHIN_DAYS = 7

# Food-producing species and horses (horses even when taken out of the food chain).
REPORTABLE: frozenset[Species] = frozenset({
    Species.CATTLE, Species.SHEEP, Species.GOAT, Species.PIG, Species.POULTRY, Species.HORSE,
})

# The production categories the portal knows, per species (cattle: milk, meat, other; pigs:
# meat, other; hens: table eggs, broilers, other; turkey: meat, other).
CATEGORIES: dict[Species, tuple[str, ...]] = {
    Species.CATTLE: ("milk", "meat", "other"),
    Species.PIG: ("meat", "other"),
    Species.POULTRY: ("table_eggs", "broilers", "turkey_meat", "other"),
    Species.SHEEP: ("meat", "milk", "other"),
    Species.GOAT: ("meat", "milk", "other"),
    Species.HORSE: ("other",),
}
CATEGORY_NAMES = {
    "milk": N_("milk production"), "meat": N_("meat production"), "other": N_("other"),
    "table_eggs": N_("table eggs"), "broilers": N_("broilers"),
    "turkey_meat": N_("turkey for meat"),
}
ADMINISTERED_BY = ("vet", "keeper")
UNITS = ("ml", "g")


def reportable(species: Species) -> bool:
    return species in REPORTABLE


def due_on(issued_on: dt.date) -> dt.date:
    """The last day the use may be reported (within 7 days)."""
    return issued_on + dt.timedelta(days=REPORT_WITHIN_DAYS)


def individual(species: Species, category: str | None) -> bool:
    """Dairy cattle are reported animal by animal; everything else by herd."""
    return species is Species.CATTLE and category == "milk"
