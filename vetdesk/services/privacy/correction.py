"""Correction of a client's contact data (GDPR art. 16 and 19), with the client told.

One transaction: the client's field is changed through the same rules and audit as the client
form, a correction notice is queued in the outbox on the client's best service channel (SMS,
e-mail, else a printable letter, the consent rules of services/messaging/eligibility.py), and,
when the correction answers a registered request, the request is closed with the outcome.

The old value is kept where the client's history already keeps what was said to the client:
the notice itself (the client card's messages show its text whole), and the request's outcome.
The audit row holds the field name only, never the values.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from vetdesk.db.models import Client, Clinic, Message, PrivacyRequest
from vetdesk.domain.client_rules import CleanClient, ClientInput, PhoneInput
from vetdesk.domain.codes import (
    AuditAction,
    Channel,
    ConsentPurpose,
    PhoneKind,
    PrivacyRequestKind,
    PrivacyRequestStatus,
    client_language,
)
from vetdesk.domain.import_rows import parse_language
from vetdesk.domain.phones import display_phone, phone_in_text
from vetdesk.errors import NotFound, ValidationError
from vetdesk.i18n import N_, _
from vetdesk.services import audit
from vetdesk.services.clients import client_write_refusals, edit_client, validated_client
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging import outbox
from vetdesk.services.messaging.eligibility import reach
from vetdesk.services.messaging.outbox import MessageDraft
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.privacy.inspect import client_id_for
from vetdesk.services.privacy.requests import MAX_TEXT, _changed, _open

# The contact data a correction may change, with the words the notice and outcome use.
FIELDS: dict[str, str] = {
    "first_name": N_("first name"),
    "last_name": N_("last name"),
    "address": N_("address"),
    "postal_code": N_("postal code"),
    "city": N_("town"),
    "email": N_("e-mail address"),
    "phone": N_("phone number"),
    "language": N_("language"),
}

# The notice is content in the client's language (clients.language), not program text: a
# client written to in bokmål gets bokmål whatever the staff's menus.
_NOTICE = {
    "nb": ("Vi har rettet opplysningene dine",
           "Hei {client}!\n\nEtter ønske fra deg har vi rettet {what} i våre registre.\n"
           "Før: {old}\nNå: {new}\n\nEr noe fortsatt feil, ring oss på {clinic_phone}.\n\n"
           "Vennlig hilsen\n{clinic}",
           "Hei {client}! Vi har rettet {what} hos oss. Før: {old}. Nå: {new}. "
           "Spørsmål: {clinic_phone}. Hilsen {clinic}"),
    "en": ("We have corrected your details",
           "Hi {client},\n\nAs you asked, we have corrected {what} in our records.\n"
           "Before: {old}\nNow: {new}\n\nIf anything is still wrong, call us on "
           "{clinic_phone}.\n\nKind regards\n{clinic}",
           "Hi {client}! We have corrected {what}. Before: {old}. Now: {new}. "
           "Questions: {clinic_phone}. {clinic}"),
}
# A language named in the notice, in the notice's own language.
_LANGUAGE_NAMES = {"nb": {"nb": "bokmål", "en": "engelsk"},
                   "en": {"nb": "Norwegian (bokmål)", "en": "English"}}
_WHAT = {
    "nb": {"first_name": "fornavnet ditt", "last_name": "etternavnet ditt",
           "address": "adressen din", "postal_code": "postnummeret ditt",
           "city": "poststedet ditt", "email": "e-postadressen din",
           "phone": "telefonnummeret ditt", "language": "språket vi skriver til deg på"},
    "en": {"first_name": "your first name", "last_name": "your last name",
           "address": "your address", "postal_code": "your postal code",
           "city": "your town", "email": "your e-mail address",
           "phone": "your phone number", "language": "the language we write to you in"},
}


@dataclass(frozen=True)
class Corrected:
    client_id: int
    client_no: int
    field: str
    # How the client is told: "sms", "email", "letter", or None (no channel: restricted,
    # refused everything, no address) — then the desk tells the client in person.
    told_by: str | None
    request_no: int | None
    outcome: str


def correct_client(ctx: ServiceContext, actor: Actor, client_no: int, field: str, value: str,
                   *, request_no: int | None = None,
                   request_id: uuid.UUID | None = None) -> Corrected:
    """Correct one contact field and tell the client; ``request_id`` is made when the form
    opens, so a retry after a lost connection finds the first attempt's notice."""
    require(actor, Permission.MANAGE_PRIVACY)
    require(actor, Permission.EDIT_CLIENTS)
    if field not in FIELDS:
        raise ValidationError(
            _("A correction can change only these fields: {fields}.").format(
                fields=", ".join(FIELDS)), {"field": _("Choose one of the contact fields.")})
    key = f"privacy-correction:{request_id or uuid.uuid4()}"
    with ctx.db.transaction() as session:
        client_id = client_id_for(session, client_no)
        earlier = session.execute(select(Message.channel).where(
            Message.idempotency_key == key)).scalar_one_or_none()
        client = session.execute(select(Client).where(Client.id == client_id).options(
            selectinload(Client.phones))).scalar_one()
        if client.erased_at is not None or client.merged_into_id is not None:
            raise NotFound(_("This client no longer exists (erased or merged); search again."))
        request = _request(session, request_no, client_id)
        if earlier is not None and request is None:  # the first attempt did it all
            return Corrected(client_id, client_no, field, earlier, request_no, "")
        given = _input(client)
        old = _current(given, field)
        wanted = _with(given, field, value)
        clean = validated_client(ctx, wanted)
        new = _current(_input_of_clean(wanted, clean), field)
        if new == old:
            raise ValidationError(
                _("The {what} already reads so; there is nothing to correct.").format(
                    what=_(FIELDS[field])), {"value": _("Enter the corrected value.")})
        with client_write_refusals(ctx, client_id, wanted):
            edit_client(session, ctx, actor, client_id, clean, expected_version=client.version)
        told_by = _tell(session, ctx, actor, client_id, key, field, old, new)
        outcome = _outcome(field, old, new, told_by)
        if request is not None:
            request.status, request.outcome = PrivacyRequestStatus.DONE.value, outcome
            request.completed_at, request.handled_by_id = ctx.clock.now(), actor.user_id
            _changed(session, ctx, actor, request, ["status", "outcome"])
        audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="privacy_correction",
                     entity_id=client_id, client_id=client_id,
                     details={"fields": [field], "told_by": told_by, "request": request_no})
        return Corrected(client_id, client_no, field, told_by, request_no, outcome)


def _request(session: Session, request_no: int | None, client_id: int) -> PrivacyRequest | None:
    if request_no is None:
        return None
    row = _open(session, request_no)
    if row.kind != PrivacyRequestKind.CORRECTION.value or row.client_id != client_id:
        raise ValidationError(_("Request {number} is not a correction request of this client; "
                                "check the number.").format(number=request_no),
                              {"request": _("Enter the client's correction request.")})
    return row


def _input(client: Client) -> ClientInput:
    """The client as the form would hold it, so the form's rules check the corrected value."""
    phones = tuple(PhoneInput(display_phone(p.e164), PhoneKind(p.kind))
                   for p in sorted(client.phones, key=lambda p: (p.position, p.id)))
    return ClientInput(
        first_name=client.first_name or "", last_name=client.last_name or "",
        address=client.address or "", postal_code=client.postal_code or "",
        city=client.city or "", phones=phones, email=client.email or "",
        birth_date=client.birth_date, org_number=client.org_number or "",
        notes=client.notes or "", language=client.language)


def _with(given: ClientInput, field: str, value: str) -> ClientInput:
    if field == "phone":
        rest = given.phones[1:]
        kind = given.phones[0].kind if given.phones else PhoneKind.MOBILE
        return replace(given, phones=(PhoneInput(value, kind), *rest) if value.strip()
                       else rest)
    if field == "language":
        try:
            code = parse_language(value)
        except ValueError as exc:
            said = str(exc)
            raise ValidationError(said[:1].upper() + said[1:] + ".",
                                  {"value": _("Enter nb or en.")}) from exc
        return replace(given, language=code.value if code else "")
    changes: dict[str, Any] = {field: value}
    return replace(given, **changes)


def _input_of_clean(wanted: ClientInput, clean: CleanClient) -> ClientInput:
    """The cleaned value in the form's shape (normalised text, the phone as displayed)."""
    values: dict[str, Any] = {name: getattr(clean, name) or "" for name in
              ("first_name", "last_name", "address", "postal_code", "city", "email")}
    phones = tuple(PhoneInput(display_phone(p.e164), p.kind)
                   for p in clean.phones)
    return replace(wanted, phones=phones, **values)


def _current(given: ClientInput, field: str) -> str:
    if field == "phone":
        return given.phones[0].number if given.phones else ""
    return str(getattr(given, field) or "")


def _tell(session: Session, ctx: ServiceContext, actor: Actor, client_id: int, key: str,
          field: str, old: str, new: str) -> str | None:
    """Queue the notice on the client's best service channel (after the change: a corrected
    e-mail address gets the notice); None when the client cannot be reached."""
    found = reach(session, [client_id], ConsentPurpose.SERVICE).get(client_id)
    best = found.best if found is not None else None
    if best is None:
        return None
    channel, recipient = best
    clinic = session.execute(select(Clinic.name, Clinic.phone).limit(1)).one()
    first, spoken = session.execute(select(Client.first_name, Client.language).where(
        Client.id == client_id)).one()
    first = first or ""
    # In the client's language: after a corrected language, the new one.
    language = client_language(spoken).value
    blank = "–"
    if field == "language":
        old, new = (_LANGUAGE_NAMES[language].get(code, code) for code in (old, new))
    values = {"client": first, "what": _WHAT[language][field], "old": old or blank,
              "new": new or blank, "clinic": clinic.name or "",
              "clinic_phone": phone_in_text(clinic.phone)}
    subject, body, sms = (text.format(**values) for text in _NOTICE[language])
    is_sms = channel is Channel.SMS
    outbox.queue(session, ctx, actor.user_id, [MessageDraft(
        idempotency_key=key, client_id=client_id, channel=channel,
        purpose=ConsentPurpose.SERVICE, recipient=recipient[:254],
        subject=None if is_sms else subject[:200], body=sms if is_sms else body)])
    return channel.value


def _outcome(field: str, old: str, new: str, told_by: str | None) -> str:
    how = {
        "sms": _("told by SMS"), "email": _("told by e-mail"),
        "letter": _("told by letter (print it from the letters list)"),
    }.get(told_by or "", _("not told: no channel to reach the client; tell them in person"))
    if field == "language":
        old, new = (_(client_language(code).label) for code in (old, new))
    text = _("Corrected {what}: “{old}” → “{new}”; {how}.").format(
        what=_(FIELDS[field]), old=old or "–", new=new or "–", how=how)
    return text[:MAX_TEXT]
