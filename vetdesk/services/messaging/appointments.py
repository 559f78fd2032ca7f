"""Messages about appointments: the confirmation when one is booked (an .ics invitation with
the e-mail) and the reminder the clinic's rule hours before (issue 11).

Both go by SMS, else e-mail (never a letter: too slow), only where the client has not refused
service messages, under a key per appointment (``appointment:7:confirm``, and for the reminder
its start time, ``appointment:7:remind:202611230900``) so a booking confirmed twice, or a
reminder queued by two desks, goes once, and a booking moved after its reminder went gets one
for its new time.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import Animal, Appointment, Client, Clinic, Resource
from vetdesk.domain.codes import (
    AppointmentStatus,
    AuditAction,
    Channel,
    ConsentPurpose,
    RecallRuleKind,
    client_language,
)
from vetdesk.domain.phones import phone_in_text
from vetdesk.errors import NotFound
from vetdesk.i18n import _
from vetdesk.messaging.ics import Invitation, invitation_ics
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.local_time import clinic_zone
from vetdesk.services.messaging import outbox
from vetdesk.services.messaging.eligibility import Reach, reach
from vetdesk.services.messaging.outbox import MessageDraft
from vetdesk.services.messaging.recall_rules import kind_interval
from vetdesk.services.messaging.templates import render
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.settings.store import effective_settings

DEFAULT_HOURS_BEFORE = 24
_ACTIVE = (AppointmentStatus.BOOKED.value, AppointmentStatus.CONFIRMED.value)


def appointment_facts(session: Session, appointment_ids: list[int]) -> list[Any]:
    return list(session.execute(
        select(Appointment.id, Appointment.client_id, Appointment.starts_at,
               Appointment.ends_at, Appointment.status, Client.first_name, Client.language,
               Animal.name,
               Resource.name.label("vet"), Resource.location)
        .join(Client, Client.id == Appointment.client_id)
        .outerjoin(Animal, Animal.id == Appointment.animal_id)
        .join(Resource, Resource.id == Appointment.resource_id)
        .where(Appointment.id.in_(appointment_ids))).all())


@dataclass(frozen=True)
class ClinicFacts:
    name: str
    phone: str
    email: str | None


@dataclass(frozen=True)
class AppointmentFacts:
    """What a message about one appointment says; ``id`` may be a placeholder the booking
    replaces once the appointment has its id (services/messaging/booking_confirmation.py)."""

    id: int | str
    client_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    first_name: str
    animal: str
    vet: str
    location: str | None
    # The client's language (ClientLanguage's code): the message is written in it.
    language: str = "nb"


# The key's last part per kind of message; a "moved" notice adds the appointment's version.
_STEPS = {"appointment_confirmation": "confirm", "appointment_reminder": "remind",
          "appointment_moved": "moved", "appointment_cancelled": "cancelled"}
# The e-mails that carry the appointment as a calendar entry (added, moved, removed).
_WITH_CALENDAR = ("appointment_confirmation", "appointment_moved", "appointment_cancelled")


def appointment_draft(ctx: ServiceContext, settings: Mapping[str, str], zone: tzinfo,
                      clinic: ClinicFacts, facts: AppointmentFacts,
                      best: tuple[Channel, str], kind: str, *, version: int = 0
                      ) -> MessageDraft:
    """One confirmation, reminder or notice of a change, by the client's best channel (never
    a letter), in the client's language. ``version`` is the appointment's after a move (its
    key and the calendar entry's sequence)."""
    language = client_language(facts.language).value
    local = facts.starts_at.astimezone(zone)
    texts = render(settings, kind, language, {
        "client": facts.first_name, "animal": facts.animal, "vet": facts.vet,
        "date": local.strftime("%d.%m.%Y"), "time": local.strftime("%H:%M"),
        "clinic": clinic.name, "clinic_phone": phone_in_text(clinic.phone)})
    channel, recipient = best
    calendar = None
    if channel is Channel.EMAIL and kind in _WITH_CALENDAR:
        calendar = invitation_ics(Invitation(
            uid=f"appointment-{facts.id}@vetdesk", starts_at=facts.starts_at,
            ends_at=facts.ends_at, summary=texts.subject, location=facts.location or clinic.name,
            organiser_email=settings.get("smtp.sender") or clinic.email,
            description=texts.sms, sequence=version,
            cancelled=kind == "appointment_cancelled"), ctx.clock.now())
    step = _STEPS[kind]
    if kind == "appointment_moved":
        step += f":{version}"
    elif kind == "appointment_reminder":
        # Per start time: a booking moved after its reminder went is reminded again of the
        # new time, while a second run for the same time still finds the first.
        step += f":{facts.starts_at.astimezone(dt.UTC):%Y%m%d%H%M}"
    sms = channel is Channel.SMS
    return MessageDraft(
        idempotency_key=f"appointment:{facts.id}:{step}", client_id=facts.client_id,
        channel=channel, purpose=ConsentPurpose.SERVICE, recipient=recipient[:254],
        subject=None if sms else texts.subject[:200], body=texts.sms if sms else texts.body,
        appointment_id=facts.id if isinstance(facts.id, int) else None, calendar=calendar)


def best_by_message(found: Reach | None) -> tuple[Channel, str] | None:
    """SMS, else e-mail: appointments are too soon for a letter."""
    if found is None:
        return None
    return next((c for c in found.channels if c[0] is not Channel.LETTER), None)


def appointment_drafts(session: Session, ctx: ServiceContext, rows: list[Any], kind: str, *,
                       version: int = 0) -> list[MessageDraft]:
    """The messages of ``kind`` about the appointments of ``rows`` (``appointment_facts``),
    for the clients that may and can get one by SMS or e-mail."""
    settings = effective_settings(session)
    zone = clinic_zone(session)
    clinic_row = session.execute(select(Clinic).limit(1)).scalar_one()
    clinic = ClinicFacts(clinic_row.name, clinic_row.phone or "", clinic_row.email)
    reaches = reach(session, (row.client_id for row in rows), ConsentPurpose.SERVICE)
    drafts: list[MessageDraft] = []
    for row in rows:
        best = best_by_message(reaches.get(row.client_id))
        if best is None:
            continue
        drafts.append(appointment_draft(ctx, settings, zone, clinic, AppointmentFacts(
            row.id, row.client_id, row.starts_at, row.ends_at, row.first_name, row.name or "",
            row.vet, row.location, language=row.language), best, kind, version=version))
    return drafts


def queue_confirmation(ctx: ServiceContext, actor: Actor, appointment_id: int) -> str | None:
    """Queue the booking's confirmation; the channel it goes by, or None (no consent, no
    address, or confirmed before)."""
    require(actor, Permission.SEND_REMINDERS)
    with ctx.db.transaction() as session:
        rows = appointment_facts(session, [appointment_id])
        if not rows:
            raise NotFound(_("There is no appointment {id}.").format(id=appointment_id))
        drafts = appointment_drafts(session, ctx, rows, "appointment_confirmation")
        if not drafts or not outbox.queue(session, ctx, actor.user_id, drafts):
            return None
        audit.record(session, ctx, actor, AuditAction.CREATE, entity_type="messages",
                     client_id=rows[0].client_id, details={"queued": {
                         drafts[0].channel.value: 1}, "appointment": appointment_id})
        return drafts[0].channel.value


def queue_appointment_reminders(ctx: ServiceContext, actor: Actor) -> dict[str, int]:
    """Queue a reminder for every active appointment starting within the rule's hours (24 by
    default); counts per channel of what was new."""
    require(actor, Permission.SEND_REMINDERS)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        hours = kind_interval(session, RecallRuleKind.APPOINTMENT) or DEFAULT_HOURS_BEFORE
        ids = list(session.execute(select(Appointment.id).where(
            Appointment.status.in_(_ACTIVE), Appointment.starts_at > now,
            Appointment.starts_at <= now + dt.timedelta(hours=hours))).scalars())
        drafts = appointment_drafts(session, ctx, appointment_facts(session, ids),
                                    "appointment_reminder") if ids else []
        counts: Counter[str] = Counter()
        for draft in drafts:
            if outbox.queue(session, ctx, actor.user_id, [draft]):
                counts[draft.channel.value] += 1
        if counts:
            audit.record(session, ctx, actor, AuditAction.CREATE, entity_type="messages",
                         details={"queued": dict(counts)})
        return dict(counts)
