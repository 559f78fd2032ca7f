"""Checks on what the vet typed: structural ones when saving a draft (so nothing typed is lost,
only what cannot be stored is refused), and the full set before signing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from vetdesk.domain.codes import JournalKind, Species
from vetdesk.domain.event_time import check_event_time, check_help_requested_at
from vetdesk.domain.text import clean_multiline
from vetdesk.errors import ValidationError
from vetdesk.i18n import _
from vetdesk.services.journal.kinds import KIND_LABELS, fields_of
from vetdesk.services.journal.plausibility import check_measurements
from vetdesk.services.journal.types import DraftCheck

# Workstation clocks drift; an event a minute "in the future" is the same moment.
FUTURE_TOLERANCE = dt.timedelta(minutes=5)
WEIGHT_STEP = Decimal("0.001")
TEMPERATURE_STEP = Decimal("0.1")
_WEIGHT_COLUMN_MAX = Decimal("99999.999")
_TEMPERATURE_COLUMN_MAX = Decimal("999.9")


class ImplausibleValues(ValidationError):
    """Signing stopped on warnings the vet has not confirmed (``warnings`` by field)."""

    def __init__(self, message: str, warnings: Mapping[str, str]) -> None:
        super().__init__(message, dict(warnings))
        self.warnings = dict(warnings)


def storable_content(kind: JournalKind, content: Mapping[str, str]) -> dict[str, str]:
    """The content as it will be stored, or ValidationError for what no column can hold."""
    specs = {spec.name: spec for spec in fields_of(kind)}
    problems: dict[str, str] = {}
    stored: dict[str, str] = {}
    for name, value in content.items():
        spec = specs.get(name)
        if spec is None:
            # The names are what the command line's --field takes, so say which there are.
            problems[name] = _("A {kind} entry has no field “{field}”; its fields are "
                               "{fields}.").format(kind=_(KIND_LABELS[kind]).lower(),
                                                   field=name, fields=", ".join(specs))
            continue
        if not isinstance(value, str):
            problems[name] = _("Expected text.")
            continue
        # Invisible characters are dropped rather than refused: a draft must always save, and
        # a lone surrogate or NUL kept here could never be hashed or stored on PostgreSQL.
        text = clean_multiline(value)
        if len(text) > spec.max_length:
            problems[name] = _("At most {limit} characters; shorten the text.").format(
                limit=spec.max_length)
            continue
        stored[name] = text
    if problems:
        raise ValidationError(_("Some fields cannot be saved; correct them."), problems,
                              summary=True)
    return stored


def storable_event_time(value: dt.datetime) -> dt.datetime:
    """The event time, or ValidationError when it cannot be stored and converted."""
    if error := check_event_time(value):
        raise ValidationError(error, {"event_time": error})
    return value


def storable_help_requested_at(
    value: dt.datetime | None, event_time: dt.datetime
) -> dt.datetime | None:
    """When help was asked for, as a draft keeps it: None when it is the event time. Only what
    cannot be stored is refused here; a time after the event is refused at signing, so the
    draft with the rest of what was typed still saves."""
    if value is None or value == event_time:
        return None
    if error := check_help_requested_at(value):
        raise ValidationError(error, {"help_requested_at": error})
    return value


def quantised(weight_kg: Decimal | None, temperature_c: Decimal | None) -> tuple[
    Decimal | None, Decimal | None
]:
    """Round to the columns' scale, so the hash is computed over what is read back."""
    problems: dict[str, str] = {}
    weight = temperature = None
    try:
        if weight_kg is not None:
            weight = Decimal(weight_kg).quantize(WEIGHT_STEP)
            if abs(weight) > _WEIGHT_COLUMN_MAX:
                problems["weight_kg"] = _("The weight is far too large; check the number.")
    except InvalidOperation:
        problems["weight_kg"] = _("The weight is not a number.")
    try:
        if temperature_c is not None:
            temperature = Decimal(temperature_c).quantize(TEMPERATURE_STEP)
            if abs(temperature) > _TEMPERATURE_COLUMN_MAX:
                problems["temperature_c"] = _("The temperature is far too large; check the number.")
    except InvalidOperation:
        problems["temperature_c"] = _("The temperature is not a number.")
    if problems:
        raise ValidationError(_("Some measurements cannot be saved; correct them."), problems,
                              summary=True)
    return weight, temperature


def check_for_signing(
    *,
    kind: JournalKind,
    content: Mapping[str, str],
    event_time: dt.datetime,
    weight_kg: Decimal | None,
    temperature_c: Decimal | None,
    species: Species,
    is_group: bool,
    now: dt.datetime,
    help_requested_at: dt.datetime | None = None,
) -> DraftCheck:
    errors: dict[str, str] = {}
    for spec in fields_of(kind):
        value = content.get(spec.name, "").strip()
        if spec.required and not value:
            errors[spec.name] = _("{field} is required.").format(field=_(spec.label))
            continue
        if value and spec.is_date:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                errors[spec.name] = _("{field}: enter a date as YYYY-MM-DD.").format(
                    field=_(spec.label))
        if value and spec.choices and value not in spec.choices:
            errors[spec.name] = _("{field}: choose one of {choices}.").format(
                field=_(spec.label), choices=", ".join(spec.choices))
    for name, text in content.items():
        if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text) and name not in errors:
            # Only a draft saved before these characters were cleaned can hold one; signing
            # would fail on it, so say how to get rid of it instead.
            errors[name] = _("{field} holds a broken character; change the text so the draft "
                             "is saved again.").format(field=_(_label(kind, name)))
    if time_error := check_event_time(event_time):
        errors["event_time"] = time_error
    elif event_time > now + FUTURE_TOLERANCE:
        errors["event_time"] = (
            _("The time of the event is in the future; enter when it happened.")
        )
    if help_requested_at is not None and (
        help_error := check_help_requested_at(help_requested_at, event_time)
    ):
        errors["help_requested_at"] = help_error
    measured = check_measurements(species, weight_kg, temperature_c, is_group=is_group)
    errors.update(measured.errors)
    warnings = dict(measured.warnings)
    if kind is JournalKind.VACCINATION and "next_due_on" not in errors:
        due = content.get("next_due_on", "").strip()
        if due and dt.date.fromisoformat(due) <= event_time.date():
            errors["next_due_on"] = _("The next vaccination must be due after this one.")
    if kind is JournalKind.ACCESS_REQUEST and content.get("decision") in {
        "refused", "partly_granted"
    } and not content.get("decision_reason", "").strip():
        errors["decision_reason"] = _("Say why the request was not granted in full.")
    return DraftCheck(errors=errors, warnings=warnings)


def _label(kind: JournalKind, name: str) -> str:
    return next((spec.label for spec in fields_of(kind) if spec.name == name), name)


def raise_if_blocked(check: DraftCheck, *, accept_warnings: bool) -> None:
    if check.errors:
        raise ValidationError(
            _("The entry cannot be signed yet: ") + " ".join(check.errors.values()), check.errors
        )
    if check.warnings and not accept_warnings:
        raise ImplausibleValues(
            _("Check these values before signing: ") + " ".join(check.warnings.values()),
            check.warnings,
        )


def has_any_content(
    content: Mapping[str, str], weight: Decimal | None, temperature: Decimal | None,
    attachments: int,
) -> bool:
    return (
        any(value.strip() for value in content.values())
        or weight is not None or temperature is not None or attachments > 0
    )
