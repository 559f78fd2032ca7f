"""The rules for an owner's details, usable as the user types and again before saving."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from email_validator import EmailNotValidError, validate_email
from stdnum.no import orgnr

from vetdesk.domain.codes import PhoneKind
from vetdesk.domain.field_report import FieldReport, ReportBuilder
from vetdesk.domain.phones import PhoneError, parse_phone
from vetdesk.i18n import _

_POSTAL_CODE = re.compile(r"^\d{4}$")
NAME_MAX = 100


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
    try:
        result = validate_email(text.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        return _("This e-mail address is not valid: {problem}").format(problem=exc), None
    return None, result.normalized


def check_postal_code(text: str) -> str | None:
    if text.strip() and not _POSTAL_CODE.match(text.strip()):
        return _("A Norwegian postal code has 4 digits.")
    return None


def check_org_number(text: str) -> str | None:
    value = re.sub(r"\s+", "", text)
    if not value:
        return None
    if not value.isdigit() or len(value) != 9:
        return _("An organisation number has 9 digits.")
    if not orgnr.is_valid(value):
        return _("This organisation number's check digit is wrong; check the digits.")
    return None


def check_past_date(value: dt.date | None, today: dt.date, what: str) -> str | None:
    if value is not None and value > today:
        return _("The {what} cannot be in the future.").format(what=what)
    return None


def has_control_characters(text: str, *, multiline: bool = False) -> bool:
    """Invisible control characters (pasted from elsewhere) that cannot be stored or shown."""
    allowed = "\n\t" if multiline else ""
    return any(unicodedata.category(ch) in {"Cc", "Cs"} and ch not in allowed for ch in text)


def check_text_fields(fields: dict[str, str], report: ReportBuilder,
                      multiline: frozenset[str] = frozenset()) -> None:
    for name, value in fields.items():
        if has_control_characters(value, multiline=name in multiline):
            report.errors[name] = _("Remove the invisible control characters from this field.")


def check_client(data: ClientInput, today: dt.date) -> FieldReport:
    """Every field's problems at once; cheap enough to run on each keystroke."""
    report = ReportBuilder()
    check_text_fields(
        {"first_name": data.first_name, "last_name": data.last_name, "address": data.address,
         "city": data.city, "notes": data.notes},
        report, frozenset({"notes"}),
    )
    if not data.last_name.strip() and "last_name" not in report.errors:
        report.errors["last_name"] = _(
            "Enter the last name (or the farm's or company's name).")
    for name in ("first_name", "last_name"):
        if len(getattr(data, name).strip()) > NAME_MAX:
            report.errors[name] = _("A name can have at most {limit} characters.").format(
                limit=NAME_MAX)
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
        first_name=" ".join(data.first_name.split()),
        last_name=" ".join(data.last_name.split()),
        address=_or_none(data.address),
        postal_code=_or_none(data.postal_code),
        city=_or_none(data.city),
        phones=tuple(phones),
        email=email,
        birth_date=data.birth_date,
        org_number=_or_none(re.sub(r"\s+", "", data.org_number)),
        notes=_or_none(data.notes),
    )


def _or_none(text: str) -> str | None:
    stripped = text.strip()
    return stripped or None
