"""The rules for an owner's details, usable as the user types and again before saving."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from vetdesk.domain.codes import ClientLanguage, PhoneKind
from vetdesk.domain.field_report import FieldReport, ReportBuilder, TextRule, check_texts
from vetdesk.domain.phones import PhoneError, parse_phone
from vetdesk.domain.text import ascii_digits, clean_line, clean_multiline, is_ascii_number
from vetdesk.i18n import N_, _

_POSTAL_CODE = re.compile(r"^[0-9]{4}$")
NAME_MAX = 100
# Notes are a Text column; the bound only keeps an accidental paste of a whole file out.
NOTES_MAX = 10_000
# The size of clients.search_key, which holds the folded first and last name.
CLIENT_SEARCH_KEY_MAX = 400
# Client numbers are shown and typed as up to 9 digits; the column is a 32-bit integer.
CLIENT_NO_MAX = 999_999_999
# The sizes of the client table's columns (vetdesk/db/models/clients.py).
CLIENT_TEXTS = {
    "first_name": TextRule(N_("First name"), NAME_MAX),
    "last_name": TextRule(N_("Last name"), NAME_MAX),
    "address": TextRule(N_("Address"), 200),
    "city": TextRule(N_("Town"), 100),
    "notes": TextRule(N_("Notes"), NOTES_MAX, multiline=True),
}


@dataclass(frozen=True)
class PhoneInput:
    number: str
    kind: PhoneKind = PhoneKind.MOBILE


@dataclass(frozen=True)
class ClientInput:
    """What the client form holds, as typed."""

    first_name: str
    last_name: str
    address: str = ""
    postal_code: str = ""
    city: str = ""
    phones: tuple[PhoneInput, ...] = ()
    email: str = ""
    birth_date: dt.date | None = None
    org_number: str = ""
    notes: str = ""
    # The language the clinic writes to the client in (ClientLanguage's codes).
    language: str = ClientLanguage.BOKMAL.value


@dataclass(frozen=True)
class CleanPhone:
    e164: str
    digits: str
    kind: PhoneKind


@dataclass(frozen=True)
class CleanClient:
    """The same details, checked and normalised for storing."""

    first_name: str
    last_name: str
    address: str | None
    postal_code: str | None
    city: str | None
    phones: tuple[CleanPhone, ...]
    email: str | None
    birth_date: dt.date | None
    org_number: str | None
    notes: str | None
    language: str = ClientLanguage.BOKMAL.value


def phone_field(index: int) -> str:
    return f"phones.{index}"


def check_phone(text: str) -> tuple[str | None, str | None]:
    """(error, display) for one phone field."""
    if not text.strip():
        return None, None
    try:
        parsed = parse_phone(text)
    except PhoneError as exc:
        return str(exc), None
    return None, parsed.display


def check_email(text: str) -> tuple[str | None, str | None]:
    """(error, normalised address); no DNS lookup, the desk may be offline."""
    if not text.strip():
        return None, None
    # Imported when an address is checked: with idna it costs the program's start ~40 ms
    # (issue 9).
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(text.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        return email_problem(text.strip(), str(exc)), None
    return None, result.normalized


def email_problem(address: str, library_text: str) -> str:
    """Our own sentence for why ``address`` is refused, in the program's language.

    The e-mail library explains in English only (issue 8), so its reason is sorted into a
    handful of cases the desk can act on; the most common faults are recognised from the
    address itself, the rest from the library's wording.
    """
    said = library_text.lower()
    local, at, domain = address.rpartition("@")
    if not at or ("at-sign" in said and "instead of" in said):
        return _("An e-mail address needs an @ sign, like kari@example.no.")
    if any(ch.isspace() for ch in address):
        return _("An e-mail address cannot contain spaces.")
    if not local:
        return _("Something must come before the @ sign, like kari in kari@example.no.")
    if not domain:
        return _("Something must come after the @ sign, like example.no in kari@example.no.")
    if "@" in local and '"' not in local:
        return _("An e-mail address has only one @ sign.")
    if "too long" in said or "so many characters" in said:
        return _("This e-mail address is too long.")
    if "period" in said or ("hyphen" in said and "dash" not in said):
        if "should have a period" in said:
            return _("After the @ sign comes a domain with a full stop, like example.no.")
        return _("A full stop or hyphen cannot start or end the address or a part of it, and "
                 "two full stops cannot follow each other.")
    if "top-level domain" in said or "special-use" in said or "reserved" in said:
        return _("After the @ sign comes a domain with a full stop, like example.no.")
    if "before the @-sign" in said:
        return _("The part before the @ sign has characters an e-mail address cannot hold; "
                 "use letters, digits and . _ - +.")
    if "after the @-sign" in said or "idna" in said:
        return _("The part after the @ sign is not a valid domain; check it, like "
                 "example.no.")
    return _("This e-mail address is not valid; check it against what the client wrote, like "
             "kari@example.no.")


def postal_code_value(text: str) -> str:
    return ascii_digits(text).strip()


def check_postal_code(text: str) -> str | None:
    value = postal_code_value(text)
    if value and not _POSTAL_CODE.match(value):
        return _("A Norwegian postal code has 4 digits.")
    return None


def org_number_value(text: str) -> str:
    return re.sub(r"\s+", "", ascii_digits(text))


def check_org_number(text: str) -> str | None:
    value = org_number_value(text)
    if not value:
        return None
    if not is_ascii_number(value) or len(value) != 9:
        return _("An organisation number has 9 digits.")
    from stdnum.no import orgnr  # when a number is checked: stdnum imports pydoc (issue 9)

    if not orgnr.is_valid(value):
        return _("This organisation number's check digit is wrong; check the digits.")
    return None


def check_client_no(number: int) -> str | None:
    """A client number given by the user (form or import), before it reaches the column."""
    if not 1 <= number <= CLIENT_NO_MAX:
        return _("A client number is a whole number from 1 to {limit}.").format(
            limit=CLIENT_NO_MAX)
    return None


def check_past_date(value: dt.date | None, today: dt.date, what: str) -> str | None:
    if value is not None and value > today:
        return _("The {what} cannot be in the future.").format(what=what)
    return None


def check_client(data: ClientInput, today: dt.date) -> FieldReport:
    """Every field's problems at once; cheap enough to run on each keystroke."""
    report = ReportBuilder()
    check_texts(vars(data), CLIENT_TEXTS, report)
    if not clean_line(data.last_name) and "last_name" not in report.errors:
        report.errors["last_name"] = _(
            "Enter the last name (or the farm's or company's name).")
    if error := check_postal_code(data.postal_code):
        report.errors["postal_code"] = error
    for index, phone in enumerate(data.phones):
        error, display = check_phone(phone.number)
        if error:
            report.errors[phone_field(index)] = error
        elif display:
            report.notes[phone_field(index)] = display
    error, normalised = check_email(data.email)
    if error:
        report.errors["email"] = error
    elif normalised and normalised != data.email.strip():
        report.notes["email"] = normalised
    if error := check_org_number(data.org_number):
        report.errors["org_number"] = error
    if error := check_past_date(data.birth_date, today, _("birth date")):
        report.errors["birth_date"] = error
    if data.language not in {language.value for language in ClientLanguage}:
        report.errors["language"] = _("Choose the language we write to the client in: {choices}."
                                      ).format(choices=", ".join(
                                          f"{language.value} ({_(language.label)})"
                                          for language in ClientLanguage))
    if not data.phones and not data.email.strip():
        report.warnings["phones.0"] = _("Without a phone or e-mail the clinic cannot reach them.")
    return report.build()


def clean_client(data: ClientInput) -> CleanClient:
    """Normalise details that :func:`check_client` passed."""
    phones = []
    for phone in data.phones:
        if phone.number.strip():
            parsed = parse_phone(phone.number)
            phones.append(CleanPhone(parsed.e164, parsed.digits, phone.kind))
    _error, email = check_email(data.email)
    return CleanClient(
        first_name=clean_line(data.first_name),
        last_name=clean_line(data.last_name),
        address=clean_line(data.address) or None,
        postal_code=postal_code_value(data.postal_code) or None,
        city=clean_line(data.city) or None,
        phones=tuple(phones),
        email=email,
        birth_date=data.birth_date,
        org_number=org_number_value(data.org_number) or None,
        notes=clean_multiline(data.notes).strip() or None,
        language=data.language,
    )
