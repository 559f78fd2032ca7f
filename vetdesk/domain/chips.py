"""Microchip numbers (ISO 11784/11785) and what their first digits say."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vetdesk.domain.codes import IdentityKind
from vetdesk.domain.text import ascii_digits, is_ascii_number
from vetdesk.i18n import N_, _

# ISO 3166-1 numeric codes of the countries a Norwegian clinic meets most (chips from the
# rest of the world still validate; only the name is then not shown).
COUNTRIES: dict[int, str] = {
    578: N_("Norway"),
    752: N_("Sweden"),
    208: N_("Denmark"),
    246: N_("Finland"),
    352: N_("Iceland"),
    250: N_("France"),
    276: N_("Germany"),
    826: N_("United Kingdom"),
    528: N_("Netherlands"),
    56: N_("Belgium"),
    40: N_("Austria"),
    756: N_("Switzerland"),
    380: N_("Italy"),
    724: N_("Spain"),
    620: N_("Portugal"),
    616: N_("Poland"),
    203: N_("Czechia"),
    703: N_("Slovakia"),
    348: N_("Hungary"),
    372: N_("Ireland"),
    233: N_("Estonia"),
    428: N_("Latvia"),
    440: N_("Lithuania"),
    642: N_("Romania"),
    100: N_("Bulgaria"),
    300: N_("Greece"),
    191: N_("Croatia"),
    705: N_("Slovenia"),
    688: N_("Serbia"),
    643: N_("Russia"),
    804: N_("Ukraine"),
    112: N_("Belarus"),
    792: N_("Türkiye"),
    840: N_("United States"),
    124: N_("Canada"),
    36: N_("Australia"),
    554: N_("New Zealand"),
    442: N_("Luxembourg"),
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

# ASCII only: "\d" would also take "５" and "٥", and store a number no reader ever shows.
_ISO = re.compile(r"^[0-9]{15}$")
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
    """ASCII digits and capitals without separators: "５７８ 000…" is "578000…"."""
    return _SEPARATORS.sub("", ascii_digits(text).strip()).upper()


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
        known = COUNTRIES.get(prefix)
        country = _(known) if known is not None else None
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
    # FDX-A before the digit-count check: many of those old 10-character chips are all digits.
    if _FDX_A.match(value):
        return ChipReading(
            value,
            IdentityKind.FDX_A_CHIP,
            None,
            False,
            _("This is an old 10-character FDX-A chip; it is accepted, but check it with the "
            "reader and consider an ISO chip."),
        )
    if is_ascii_number(value):
        raise ChipError(_("A chip number has 15 digits; this one has {count}.").format(
            count=len(value)))
    raise ChipError(_("A chip number has 15 digits (or 10 letters and digits on old FDX-A chips)."))
