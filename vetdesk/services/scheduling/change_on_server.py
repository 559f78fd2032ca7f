"""The write of an appointment change on PostgreSQL: one call of the server function
``vetdesk_change_appointment`` (vetdesk/db/security/appointment_changes.py), with the
client's notice and the audit row rendered here beforehand, so a check-in, a move or a
cancellation costs two round trips in all (the read in change_read.py, then this).

The notice follows services/messaging/appointment_notices.py to the letter: whoever may send
messages withdraws what waits for the appointment; the notice of a move or a cancellation is
queued unless the clinic switched notices off or the appointment is over; a move whose
waiting confirmation is withdrawn sends the confirmation with the new time instead.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, bindparam, cast, null, select, text
from sqlalchemy.exc import DBAPIError

from vetdesk.db.base import UTCDateTime
from vetdesk.db.models import Animal, Appointment, Resource
from vetdesk.db.security.appointment_changes import APPOINTMENT_CHANGED
from vetdesk.domain.codes import AuditAction
from vetdesk.services import audit
from vetdesk.services.conflicts import after_lost_race
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging.appointment_notices import SWITCH, Change
from vetdesk.services.messaging.booking_confirmation import (
    confirmation_parts,
    drafted,
    settings_of,
)
from vetdesk.services.messaging.outbox import MessageDraft
from vetdesk.services.permissions import Actor, Permission
from vetdesk.services.scheduling.booking_check import fact_parts, fact_row
from vetdesk.services.scheduling.change_read import LoadedAppointment, OfAppointment


def notice_parts(own: OfAppointment) -> list[Any]:
    """What the notice of a cancellation needs: the vet, the animal, the client's reach and
    the clinic (read with the appointment)."""
    return [
        select(*fact_row("resource", Resource.name, cast(Resource.active, Integer), null(),
                         null()), Resource.kind.label("kind"))
        .where(Resource.id == own.resource_id),
        select(*fact_row("animal", Animal.name, Animal.owner_id, null(), null()),
               null().label("kind"))
        .where(Animal.id == own.animal_id),
        *confirmation_parts(own.client_id, own.resource_id),  # type: ignore[arg-type]
    ]


def move_parts(own: OfAppointment, *, resource_id: int | None, room_id: int | None,
               day: dt.date, notify: bool) -> list[Any]:
    """A move's facts (the target column's hours, the client, the animal, a chosen room) and,
    where a notice may go, what it needs."""
    target: Any = own.resource_id if resource_id is None else resource_id
    parts = fact_parts(resource_id=target, client_id=own.client_id, animal_id=own.animal_id,
                       day=day, room_id=room_id)
    if notify:
        parts += confirmation_parts(own.client_id, target)  # type: ignore[arg-type]
    return parts


@dataclass(frozen=True)
class NoticePlan:
    withdraw: bool = False
    notice: MessageDraft | None = None
    # Sent instead of ``notice`` when a waiting confirmation was withdrawn (a move).
    instead: MessageDraft | None = None


def plan_notice(ctx: ServiceContext, actor: Actor, loaded: LoadedAppointment,
                change: Change, *, version: int, starts_at: dt.datetime,
                ends_at: dt.datetime) -> NoticePlan:
    """queue_change_notice's decisions, made before the write from what was read."""
    if not actor.can(Permission.SEND_REMINDERS):
        return NoticePlan()
    if settings_of(loaded.facts).get(SWITCH, "1") == "0" or ends_at <= ctx.clock.now():
        return NoticePlan(withdraw=True)
    kind = "appointment_cancelled" if change == "cancelled" else "appointment_moved"

    def draft(kind: str) -> MessageDraft | None:
        return drafted(ctx, loaded.facts, kind, appointment_id=loaded.id,
                       client_id=loaded.client_id, starts_at=starts_at, ends_at=ends_at,
                       zone=loaded.zone, version=version)

    return NoticePlan(withdraw=True, notice=draft(kind),
                      instead=draft("appointment_confirmation") if change == "moved" else None)


@dataclass(frozen=True)
class Written:
    version: int
    notice: str | None


def change_on_server(ctx: ServiceContext, actor: Actor, loaded: LoadedAppointment, what: str,
                     *, status: str, starts_at: dt.datetime, ends_at: dt.datetime,
                     resource_id: int, room_id: int | None, plan: NoticePlan,
                     details: dict[str, object], arrived_at: dt.datetime | None = None,
                     cancel_reason: str | None = None) -> Written:
    """Update the appointment read as ``loaded`` (only while it has that version), withdraw
    and queue as ``plan`` says and append the audit row, in one statement. Another desk's
    change in between raises "changed by NAME at TIME"; a taken slot IntegrityError 23P01."""
    channel = plan.notice.channel.value if plan.notice is not None else None
    fields = audit.event_fields(ctx, actor, AuditAction.CHANGE, entity_type="appointment",
                                entity_id=loaded.id, client_id=loaded.client_id,
                                animal_id=loaded.animal_id, details=details)
    plain = _rendered(fields)
    # The same event with the channel of the notice, for when the server really queued it.
    noticed = _rendered({**fields, "details": {**details, "notice": channel}}) \
        if channel else plain
    try:
        with ctx.db.single_statement() as session:
            row = session.execute(_CHANGE_ON_SERVER, {
                "id": loaded.id, "version": loaded.version, "status": status,
                "starts": starts_at, "ends": ends_at, "resource_id": resource_id,
                "room_id": room_id, "arrived_at": arrived_at, "cancel_reason": cancel_reason,
                "now": plain["occurred_at"], "user_id": actor.user_id,
                "username": actor.username, "client_id": loaded.client_id,
                "animal_id": loaded.animal_id, "withdraw": plan.withdraw,
                "notice": _message_json(plan.notice), "instead": _message_json(plan.instead),
                "details": json.dumps(plain["details"]), "content_head": plain["head"],
                "noticed_details": json.dumps(noticed["details"]),
                "noticed_head": noticed["head"], "workstation": plain["workstation"],
                "workstation_json": plain["workstation_json"],
            }).one()
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == APPOINTMENT_CHANGED:
            raise after_lost_race(ctx, Appointment, loaded.id, what) from None
        raise
    return Written(int(row[0]), row[1])


def _rendered(fields: dict[str, Any]) -> dict[str, Any]:
    head, workstation_json = audit.audit_content_parts(fields)
    return {**fields, "head": head, "workstation_json": workstation_json}


def _message_json(draft: MessageDraft | None) -> str | None:
    if draft is None:
        return None
    return json.dumps({
        "id": uuid.uuid4().hex, "idempotency_key": draft.idempotency_key,
        "channel": draft.channel.value, "purpose": draft.purpose.value,
        "recipient": draft.recipient, "subject": draft.subject, "body": draft.body,
        "calendar": draft.calendar})


_ARGUMENTS: Sequence[str] = (
    "id", "version", "status", "starts", "ends", "resource_id", "room_id", "arrived_at",
    "cancel_reason", "now", "user_id", "username", "client_id", "animal_id", "withdraw",
    "notice", "instead", "details", "content_head", "noticed_details", "noticed_head",
    "workstation", "workstation_json",
)
_JSON = {"notice", "instead", "details", "noticed_details"}

_CHANGE_ON_SERVER = text(
    "SELECT new_version, notice FROM vetdesk_change_appointment("
    + ", ".join(f"CAST(:{name} AS json)" if name in _JSON else f":{name}"
                for name in _ARGUMENTS)
    + ")"
).bindparams(
    bindparam("starts", type_=UTCDateTime()),
    bindparam("ends", type_=UTCDateTime()),
    bindparam("arrived_at", type_=UTCDateTime()),
    bindparam("now", type_=UTCDateTime()),
)
