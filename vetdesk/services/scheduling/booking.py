"""Booking an appointment: one user action, at most two round trips on PostgreSQL.

1. One read (``booking_facts``): the resource, its hours, a holiday opening, the client and
   the animal's owner, so a closed day or a wrong animal is refused before anything is written.
   The confirmation's facts ride along in the same statement
   (services/messaging/booking_confirmation.py) and it is rendered before the write.
2. One write: on PostgreSQL the server function ``vetdesk_book_appointment``
   (vetdesk/db/security/booking.py) finds an earlier attempt with the same request id, inserts,
   appends the audit row and queues the confirmation, in one autocommit statement; the
   exclusion constraints refuse a taken slot, the column's or the room's. On SQLite the same
   steps run in one immediate (write-locked) transaction, with the overlap checks the
   constraints stand for.

The confirmation is rendered from the read, but whether it may still go is decided at the
write, on both engines: a restriction, a refused channel, a changed address or confirmations
switched off since the read mean the booking is made without it, and its audit row names no
confirmation (the server function on PostgreSQL, ``may_still_go`` in the transaction on
SQLite).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import bindparam, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vetdesk.db.base import UTCDateTime
from vetdesk.db.models import Appointment
from vetdesk.db.security.booking import ENTITY_ID_PLACEHOLDER
from vetdesk.domain.appointment_rules import CleanBooking, clean_booking
from vetdesk.domain.codes import AppointmentStatus, AuditAction
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.local_time import shown_moment
from vetdesk.services.messaging import outbox
from vetdesk.services.messaging.booking_confirmation import (
    SWITCH,
    confirmation_draft,
    confirmation_parts,
    with_id,
)
from vetdesk.services.messaging.outbox import MessageDraft
from vetdesk.services.messaging.recheck import may_still_go
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.scheduling.booking_check import (
    BookingFacts,
    booking_facts,
    local_day_and_times,
)
from vetdesk.services.scheduling.errors import ConfirmationNeeded
from vetdesk.services.scheduling.occupancy import check_free, held_room, slot_taken

EXCLUSION_VIOLATION = "23P01"


@dataclass(frozen=True)
class BookingRequest:
    client_id: int
    animal_id: int | None
    resource_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    appointment_type: str
    reason: str | None = None
    room_id: int | None = None
    # Made when the dialog opens and sent with every attempt (a retry finds the first).
    request_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Booked:
    appointment_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    resource_name: str
    # False when an earlier attempt with the same request id had already booked it.
    new: bool = True
    # The channel ("sms", "email") this booking's confirmation was queued by; None when none
    # was (switched off, refused, no address) or an earlier attempt had queued it.
    confirmation: str | None = None


def book_appointment(ctx: ServiceContext, actor: Actor, request: BookingRequest, *,
                     confirmed: bool = False) -> Booked:
    """Book a slot. Outside opening hours, on a closed holiday or in the past it raises
    :class:`ConfirmationNeeded` unless ``confirmed``; a taken slot raises ``SlotTaken``."""
    require(actor, Permission.BOOK_APPOINTMENTS)
    clean = clean_booking(request.starts_at, request.ends_at, request.appointment_type,
                          request.reason)
    request_id = request.request_id or uuid.uuid4()
    day, start, end = local_day_and_times(clean.starts_at, clean.ends_at, ctx.zone)
    # Whoever may book but not send messages books without a confirmation.
    confirming = actor.can(Permission.SEND_REMINDERS)
    with ctx.db.reading() as session:
        facts = booking_facts(
            session, resource_id=request.resource_id, client_id=request.client_id,
            animal_id=request.animal_id, day=day,
            also=confirmation_parts(request.client_id, request.resource_id) if confirming
            else (), room_id=request.room_id)
    room_id = held_room(facts.resource_kind, request.resource_id, request.room_id)
    if not confirmed:
        ask_when_unusual(ctx, facts, clean, start, end)
    confirmation = confirmation_draft(
        ctx, facts.rows, client_id=request.client_id, starts_at=clean.starts_at,
        ends_at=clean.ends_at, zone=ctx.zone) if confirming else None
    try:
        if ctx.db.dialect == "postgresql":
            appointment_id, new, queued = _book_on_server(ctx, actor, request, room_id, clean,
                                                          request_id, confirmation)
        else:
            appointment_id, new, queued = _book_locally(ctx, actor, request, room_id, clean,
                                                        request_id, confirmation)
    except IntegrityError as exc:
        if getattr(exc.orig, "sqlstate", None) != EXCLUSION_VIOLATION:
            raise
        with ctx.db.reading() as session:
            raise slot_taken(session, request.resource_id, clean.starts_at,
                             clean.ends_at, room_id=room_id) from exc
    return Booked(appointment_id, clean.starts_at, clean.ends_at, facts.resource_name, new,
                  queued)


def ask_when_unusual(ctx: ServiceContext, facts: BookingFacts, clean: CleanBooking,
                      start: dt.time, end: dt.time | None) -> None:
    reasons: list[str] = []
    if clean.starts_at < ctx.clock.now():
        reasons.append(_("{when} has already passed.").format(
            when=shown_moment(clean.starts_at, ctx.zone)))
    if facts.hours.holiday is not None and facts.hours.closed:
        reasons.append(_("The clinic is closed on {holiday}.").format(
            holiday=facts.hours.holiday))
    elif end is None or not facts.hours.allows(start, end):
        reasons.append(_("The time is outside {name}'s opening hours or in a break.").format(
            name=facts.resource_name))
    if reasons:
        raise ConfirmationNeeded(
            " ".join(reasons) + " " + _("Confirm to book it anyway."), tuple(reasons))


def _details(request: BookingRequest, queued: MessageDraft | None) -> dict[str, object]:
    # Ids and codes only: the audit chain never holds personal values. The channel a
    # confirmation was really queued by is recorded here, with the booking it belongs to.
    details: dict[str, object] = {"resource_id": request.resource_id}
    if request.room_id is not None:
        details["room_id"] = request.room_id
    if queued is not None:
        details["confirmation"] = queued.channel.value
    return details


def _book_on_server(ctx: ServiceContext, actor: Actor, request: BookingRequest,
                    room_id: int | None, clean: CleanBooking, request_id: uuid.UUID,
                    confirmation: MessageDraft | None) -> tuple[int, bool, str | None]:
    fields = audit.event_fields(
        ctx, actor, AuditAction.CREATE, entity_type="appointment",
        entity_id=ENTITY_ID_PLACEHOLDER, client_id=request.client_id,
        animal_id=request.animal_id, details=_details(request, None))
    head, workstation_json = audit.audit_content_parts(fields)
    # The same event naming the confirmation, for when the server really queues it (the
    # consent rules are checked again there, at the write).
    confirmed = {**fields, "details": _details(request, confirmation)}
    confirmed_head = audit.audit_content_parts(confirmed)[0] if confirmation else head
    with ctx.db.single_statement(idempotent=True) as session:
        row = session.execute(_BOOK_ON_SERVER, {
            "request_id": request_id.hex, "client_id": request.client_id,
            "animal_id": request.animal_id, "resource_id": request.resource_id,
            "room_id": room_id, "starts": clean.starts_at, "ends": clean.ends_at,
            "type": clean.appointment_type, "reason": clean.reason, "now": fields["occurred_at"],
            "user_id": actor.user_id, "username": actor.username,
            "details": json.dumps(fields["details"]),
            "workstation": fields["workstation"], "content_head": head,
            "workstation_json": workstation_json, "message": _message_json(confirmation),
            "confirmed_details": json.dumps(confirmed["details"]),
            "confirmed_head": confirmed_head,
        }).one()
    return int(row[0]), bool(row[1]), row[2]


_BOOK_ON_SERVER = text(
    "SELECT appointment_id, booked, confirmation FROM vetdesk_book_appointment(:request_id, "
    ":client_id, :animal_id, :resource_id, :room_id, :starts, :ends, :type, :reason, :now, "
    ":user_id, :username, CAST(:details AS json), :workstation, :content_head, "
    ":workstation_json, CAST(:message AS json), CAST(:confirmed_details AS json), "
    ":confirmed_head)"
).bindparams(
    bindparam("starts", type_=UTCDateTime()),
    bindparam("ends", type_=UTCDateTime()),
    bindparam("now", type_=UTCDateTime()),
)


def _message_json(draft: MessageDraft | None) -> str | None:
    """The confirmation for the server function; the server fills in the id."""
    if draft is None:
        return None
    return json.dumps({
        "id": uuid.uuid4().hex, "idempotency_key": draft.idempotency_key,
        "channel": draft.channel.value, "purpose": draft.purpose.value,
        "recipient": draft.recipient, "subject": draft.subject, "body": draft.body,
        "calendar": draft.calendar})


def _book_locally(ctx: ServiceContext, actor: Actor, request: BookingRequest,
                  room_id: int | None, clean: CleanBooking, request_id: uuid.UUID,
                  confirmation: MessageDraft | None) -> tuple[int, bool, str | None]:
    # SQLite: BEGIN IMMEDIATE holds the file's write lock from the start, so no other desk
    # can book between the overlap check and the insert.
    with ctx.db.transaction(idempotent=True) as session:
        first = _booked_by(session, request_id)
        if first is not None:
            return first, False, None
        check_free(session, request.resource_id, room_id, clean.starts_at, clean.ends_at)
        now = ctx.clock.now()
        appointment = Appointment(
            client_id=request.client_id, animal_id=request.animal_id,
            resource_id=request.resource_id, room_id=room_id,
            starts_at=clean.starts_at, ends_at=clean.ends_at,
            appointment_type=clean.appointment_type, reason=clean.reason,
            status=AppointmentStatus.BOOKED.value, created_at=now, created_by_id=actor.user_id,
            updated_at=now, updated_by_id=actor.user_id, request_id=request_id)
        session.add(appointment)
        session.flush()
        # Rendered from the read before this transaction: queued only if still allowed now.
        queued = None
        if (confirmation is not None and may_still_go(session, confirmation, SWITCH)
                and outbox.queue(session, ctx, actor.user_id,
                                 [with_id(confirmation, appointment.id)])):
            queued = confirmation
        audit.record(session, ctx, actor, AuditAction.CREATE, entity_type="appointment",
                     entity_id=appointment.id, client_id=request.client_id,
                     animal_id=request.animal_id, details=_details(request, queued))
        return appointment.id, True, queued.channel.value if queued is not None else None


def _booked_by(session: Session, request_id: uuid.UUID) -> int | None:
    return session.execute(
        select(Appointment.id).where(Appointment.request_id == request_id)
    ).scalar_one_or_none()
