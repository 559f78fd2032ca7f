"""Microchip numbers (ISO 11784/11785) and what their first digits say."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vetdesk.domain.codes import IdentityKind
from vetdesk.i18n import _

# ISO 3166-1 numeric codes of the countries a Norwegian clinic meets most (chips from the
# rest of the world still validate; only the name is then not shown).
COUNTRIES: dict[int, str] = {
    578: "Norway",
    752: "Sweden",
    208: "Denmark",
    246: "Finland",
    352: "Iceland",
    250: "France",
    276: "Germany",
    826: "United Kingdom",
    528: "Netherlands",
    56: "Belgium",
    40: "Austria",
    756: "Switzerland",
    380: "Italy",
    724: "Spain",
    620: "Portugal",
    616: "Poland",
    203: "Czechia",
    703: "Slovakia",
    348: "Hungary",
    372: "Ireland",
    233: "Estonia",
    428: "Latvia",
    440: "Lithuania",
    642: "Romania",
    100: "Bulgaria",
    300: "Greece",
    191: "Croatia",
    705: "Slovenia",
    688: "Serbia",
    643: "Russia",
    804: "Ukraine",
    112: "Belarus",
    792: "Türkiye",
    840: "United States",
    124: "Canada",
    36: "Australia",
    554: "New Zealand",
    442: "Luxembourg",
}
# Manufacturer codes (900-999) whose maker is well known; others are shown by number.
MANUFACTURERS: dict[int, str] = {
    956: "Trovan",
    977: "AVID",
    981: "Datamars",
    982: "Allflex",
    985: "Destron Fearing",
}
NORWAY = 578

_ISO = re.compile(r"^\d{15}$")
_FDX_A = re.compile(r"^[0-9A-Z]{10}$")
_SEPARATORS = re.compile(r"[\s.\-]+")


@dataclass(frozen=True)
class ChipReading:
    """A chip number that passed the checks, with what it tells about the animal."""

    value: str
    kind: IdentityKind
    # "Norway", "France", "manufacturer Datamars", "manufacturer code 941"...
    origin: str | None
    foreign: bool
    warning: str | None


class ChipError(ValueError):
    """The text is not a chip number; the message says what to fix."""


def normalise_chip(text: str) -> str:
    return _SEPARATORS.sub("", text.strip()).upper()


def read_chip(text: str) -> ChipReading:
    value = normalise_chip(text)
    if not value:
        raise ChipError(_("Enter the chip number, or leave the field empty."))
    if _ISO.match(value):
        prefix = int(value[:3])
        if 900 <= prefix <= 999:
            maker = MANUFACTURERS.get(prefix)
            origin = (_("manufacturer {name}").format(name=maker) if maker
                      else _("manufacturer code {code}").format(code=prefix))
            return ChipReading(value, IdentityKind.ISO_CHIP, origin, False, None)
        country = COUNTRIES.get(prefix)
        if country is None:
            if prefix == 0 or prefix > 899:
                raise ChipError(
                    _("A chip number starts with a country code or a manufacturer code "
                      "(900-999); {prefix} is neither.").format(prefix=value[:3])
                )
            country = _("country code {code}").format(code=f"{prefix:03d}")
        foreign = prefix != NORWAY
        warning = (_("Foreign chip ({country}): register it in DyreID.").format(country=country)
                   if foreign else None)
        return ChipReading(value, IdentityKind.ISO_CHIP, country, foreign, warning)
    if value.isdigit():
        raise ChipError(_("A chip number has 15 digits; this one has {count}.").format(
            count=len(value)))
    if _FDX_A.match(value):
        return ChipReading(
            value,
            IdentityKind.FDX_A_CHIP,
            None,
            False,
            _("This is an old 10-character FDX-A chip; it is accepted, but check it with the "
            "reader and consider an ISO chip."),
        )
    raise ChipError(_("A chip number has 15 digits (or 10 letters and digits on old FDX-A chips)."))
