"""Phone numbers: stored as E.164, shown the Norwegian way, searched by their digits.

The phonenumbers library is imported where a number is parsed, not here: its metadata cost
start-up ~40 ms, and showing or searching a Norwegian number never needs it (issue 9).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vetdesk.domain.text import ascii_digits
from vetdesk.i18n import _

_NON_DIGITS = re.compile(r"[^0-9]+")
# What a typed phone number may contain besides digits (after ascii_digits: only 0-9).
_PHONE_LIKE = re.compile(r"^\+?[0-9\s().\-/]+$")


@dataclass(frozen=True)
class ParsedPhone:
    e164: str
    # The national significant number, bare digits: what "any 4+ digits" search looks in.
    digits: str
    display: str


class PhoneError(ValueError):
    """The text is not a usable phone number; the message says why in one sentence."""


def parse_phone(text: str, region: str = "NO") -> ParsedPhone:
    """Parse what a person typed ("912 34 567", "+47 91234567", "0046 70 123 45 67")."""
    raw = ascii_digits(text).strip()
    if not raw:
        raise PhoneError(_("Enter a phone number."))
    if not _PHONE_LIKE.match(raw):
        raise PhoneError(_("A phone number may only contain digits, spaces and a leading +."))
    import phonenumbers  # see the note at the top
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException as exc:
        raise PhoneError(_("This is not a phone number; check the digits.")) from exc
    if not phonenumbers.is_valid_number(number):
        national = phonenumbers.national_significant_number(number)
        if number.country_code == 47 and len(national) != 8:
            raise PhoneError(
                _("A Norwegian phone number has 8 digits; this one has {count}.").format(
                    count=len(national))
            )
        raise PhoneError(_("This phone number does not exist; check the digits."))
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return ParsedPhone(
        e164=e164,
        digits=phonenumbers.national_significant_number(number),
        display=display_phone(e164),
    )


def display_phone(e164: str) -> str:
    """Norwegian numbers as 912 34 567 (mobile) or 22 12 34 56; others internationally."""
    if e164.startswith("+47") and len(e164) == 11:
        national = e164[3:]
        if national[0] in "49":
            return f"{national[:3]} {national[3:5]} {national[5:]}"
        return f"{national[:2]} {national[2:4]} {national[4:6]} {national[6:]}"
    import phonenumbers  # see the note at the top
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone_in_text(stored: str | None) -> str:
    """The clinic's number as a message or letter writes it (63 80 12 34): it is stored as
    typed or as +47…, and a client should never read +4763801234 in an SMS."""
    return display_phone(stored.strip()) if stored and stored.strip() else ""


def phone_digits_for_search(text: str) -> str | None:
    """The digits to look for when a query looks like (part of) a phone number.

    "+47 912 34 567" and "0047 91234567" search for the national number "91234567"; anything
    with letters is not a phone query.
    """
    raw = ascii_digits(text).strip()
    if not raw or not _PHONE_LIKE.match(raw):
        return None
    digits = _NON_DIGITS.sub("", raw)
    if raw.startswith("+47") or (raw.startswith("0047") and len(digits) > 8):
        digits = digits[2:] if raw.startswith("+") else digits[4:]
    elif raw.startswith("+") or digits.startswith("00"):
        digits = digits.lstrip("0")
        # Keep the number as stored: national digits without the country code when we can.
        import phonenumbers  # see the note at the top
        try:
            number = phonenumbers.parse("+" + digits, None)
            digits = phonenumbers.national_significant_number(number)
        except phonenumbers.NumberParseException:
            pass
    return digits or None
