"""Is a weight or temperature believable for the species?

Two levels: an *error* for values no living animal of the species can have (a typo such as
-3 kg, or 4000 kg for a cat), refused when signing; and a *warning* for values far outside the
usual range, which the vet must confirm (an obese cat of 13 kg exists; a cat of 45 kg does
not). Ranges are generous on purpose: a warning that fires on ordinary patients gets ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from vetdesk.domain.codes import SPECIES_NAMES, Species
from vetdesk.i18n import _

_D = Decimal


@dataclass(frozen=True)
class Range:
    low: Decimal
    high: Decimal

    def __contains__(self, value: Decimal) -> bool:
        return self.low <= value <= self.high


@dataclass(frozen=True)
class SpeciesLimits:
    usual_weight: Range | None
    max_weight: Decimal
    # Normal rectal temperature; a warning fires only well outside it (TEMPERATURE_MARGIN).
    normal_temperature: Range | None


# Usual adult-to-neonate weight spans (kg) and normal rectal temperatures (°C).
LIMITS: dict[Species, SpeciesLimits] = {
    Species.DOG: SpeciesLimits(Range(_D("0.5"), _D("95")), _D("150"),
                               Range(_D("37.5"), _D("39.3"))),
    Species.CAT: SpeciesLimits(Range(_D("0.5"), _D("12")), _D("30"),
                               Range(_D("37.7"), _D("39.2"))),
    Species.RABBIT: SpeciesLimits(Range(_D("0.3"), _D("8")), _D("20"),
                                  Range(_D("38.5"), _D("40.0"))),
    Species.HORSE: SpeciesLimits(Range(_D("30"), _D("1100")), _D("1600"),
                                 Range(_D("37.2"), _D("38.3"))),
    Species.CATTLE: SpeciesLimits(Range(_D("20"), _D("1300")), _D("2000"),
                                  Range(_D("38.0"), _D("39.5"))),
    Species.SHEEP: SpeciesLimits(Range(_D("2"), _D("160")), _D("250"),
                                 Range(_D("38.5"), _D("40.0"))),
    Species.GOAT: SpeciesLimits(Range(_D("1.5"), _D("130")), _D("200"),
                                Range(_D("38.5"), _D("40.0"))),
    Species.PIG: SpeciesLimits(Range(_D("0.8"), _D("350")), _D("500"),
                               Range(_D("38.0"), _D("40.0"))),
    Species.POULTRY: SpeciesLimits(Range(_D("0.03"), _D("15")), _D("30"),
                                   Range(_D("40.5"), _D("42.5"))),
    Species.GUINEA_PIG: SpeciesLimits(Range(_D("0.05"), _D("1.6")), _D("4"),
                                      Range(_D("37.2"), _D("39.5"))),
    Species.FERRET: SpeciesLimits(Range(_D("0.2"), _D("2.5")), _D("5"),
                                  Range(_D("37.8"), _D("40.0"))),
    Species.BIRD: SpeciesLimits(Range(_D("0.005"), _D("15")), _D("30"),
                                Range(_D("39.0"), _D("43.0"))),
    # Reptiles take the temperature of their surroundings: no normal range to warn about.
    Species.REPTILE: SpeciesLimits(Range(_D("0.005"), _D("150")), _D("1000"), None),
    Species.OTHER: SpeciesLimits(None, _D("7000"), None),
}

TEMPERATURE_MARGIN = _D("2.5")
# Below or above these no living animal is measured (a probable typo: 3.85 for 38.5).
TEMPERATURE_POSSIBLE = Range(_D("15"), _D("47"))


@dataclass(frozen=True)
class Findings:
    errors: dict[str, str]
    warnings: dict[str, str]


def check_measurements(
    species: Species, weight_kg: Decimal | None, temperature_c: Decimal | None,
    *, is_group: bool = False,
) -> Findings:
    """Errors and warnings for the weight and temperature fields, keyed by field name."""
    limits = LIMITS[species]
    name = _(SPECIES_NAMES[species])
    errors: dict[str, str] = {}
    warnings: dict[str, str] = {}
    if weight_kg is not None:
        if weight_kg <= 0:
            errors["weight_kg"] = _("A weight must be more than 0 kg; check the number.")
        elif weight_kg > limits.max_weight and not is_group:
            errors["weight_kg"] = _(
                "{weight} kg is impossible for a {species} (at most {limit} kg); check the number."
            ).format(weight=_kg(weight_kg), species=name, limit=_kg(limits.max_weight))
        elif limits.usual_weight and weight_kg not in limits.usual_weight and not is_group:
            warnings["weight_kg"] = _(
                "{weight} kg is unusual for a {species} (usually {low}-{high} kg); "
                "confirm it is right."
            ).format(weight=_kg(weight_kg), species=name, low=_kg(limits.usual_weight.low),
                     high=_kg(limits.usual_weight.high))
    if temperature_c is not None:
        if temperature_c not in TEMPERATURE_POSSIBLE:
            errors["temperature_c"] = _(
                "{temperature} °C is not a body temperature a living animal has; "
                "check the number."
            ).format(temperature=temperature_c)
        elif limits.normal_temperature is not None:
            normal = limits.normal_temperature
            if not normal.low - TEMPERATURE_MARGIN <= temperature_c <= (
                normal.high + TEMPERATURE_MARGIN
            ):
                warnings["temperature_c"] = _(
                    "{temperature} °C is far from normal for a {species} ({low}-{high} °C); "
                    "confirm it is right."
                ).format(temperature=temperature_c, species=name, low=normal.low,
                         high=normal.high)
    return Findings(errors, warnings)


def _kg(value: Decimal) -> str:
    return format(value.normalize(), "f")
