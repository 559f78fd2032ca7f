"""Changing a booked appointment: move it (time, length, column, room), move it along the
status flow, cancel it with a reason. Each is one transaction with the version the screen
loaded, so the second of two desks editing the same appointment is told "changed by NAME at
TIME"; a move or a cancellation queues the client's notice in the same transaction.

On PostgreSQL each costs two round trips (issue 9): one read (change_read.py), then one
server function that updates only while the appointment has the version read, withdraws and
queues the notice and appends the audit row (change_on_server.py). SQLite is local and runs
the same steps table by table in one write-locked transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from vetdesk.db.models import Appointment
from vetdesk.domain.appointment_rules import (
    FREE_AGAIN,
    check_transition,
    clean_booking,
)
from vetdesk.domain.codes import AppointmentStatus, AuditAction
from vetdesk.domain.text import clean_line
from vetdesk.errors import NotFound, ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.conflicts import after_lost_race, check_version
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging.appointment_notices import (
    queue_change_notice,
    withdraw_waiting,
    worth_telling,
)
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.scheduling.booking import EXCLUSION_VIOLATION, ask_when_unusual
from vetdesk.services.scheduling.booking_check import (
    booking_facts,
    local_day_and_times,
    read_facts,
)
from vetdesk.services.scheduling.change_on_server import (
    NoticePlan,
    change_on_server,
    move_parts,
    notice_parts,
    plan_notice,
)
from vetdesk.services.scheduling.change_read import load_for_change
from vetdesk.services.scheduling.occupancy import check_free, held_room, slot_taken

_WHAT = "This appointment"


@dataclass(frozen=True)
class AppointmentChanged:
    appointment_id: int
    version: int
    status: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    resource_id: int
    # The channel ("sms", "email") the client's notice of a move or cancellation was queued
    # by; None when none was (services/messaging/appointment_notices.py).
    notice: str | None = None


def _changed(row: Appointment, notice: str | None = None) -> AppointmentChanged:
    return AppointmentChanged(row.id, row.version, row.status, row.starts_at, row.ends_at,
                              row.resource_id, notice)


class AppointmentMissing(NotFound):
    """No appointment has ``number``. The message is the screen's advice (reload the
    calendar); the number stays on the error so the command line can word its own."""

    def __init__(self, number: int) -> None:
        super().__init__(_("There is no appointment number {number}; check the number or "
                           "reload the calendar.").format(number=number))
        self.number = number


def _load(session: Session, appointment_id: int, version: int | None) -> Appointment:
    row = session.get(Appointment, appointment_id)
    if row is None:
        raise AppointmentMissing(appointment_id)
    if version is not None:  # None: the command line, which acts on what is there now
        check_version(session, row, version, _(_WHAT))
    return row


def move_appointment(ctx: ServiceContext, actor: Actor, appointment_id: int,
                     version: int | None, *, starts_at: dt.datetime,
                     ends_at: dt.datetime | None,
                     resource_id: int | None = None, room_id: int | None = None,
                     clear_room: bool = False, confirmed: bool = False
                     ) -> AppointmentChanged:
    """Move or resize (drag in the calendar, Shift+arrows); another column with
    ``resource_id``, another room with ``room_id`` (``clear_room``: none; else the room is
    kept, or follows a room's own column). A taken slot, the column's or the room's, raises
    ``SlotTaken``, unusual times ``ConfirmationNeeded``. Without ``ends_at`` the length
    stays."""
    require(actor, Permission.BOOK_APPOINTMENTS)
    try:
        if ctx.db.dialect == "postgresql":
            return _move_on_server(ctx, actor, appointment_id, version, starts_at=starts_at,
                                   ends_at=ends_at, resource_id=resource_id, room_id=room_id,
                                   clear_room=clear_room, confirmed=confirmed)
        return _move_locally(ctx, actor, appointment_id, version, starts_at=starts_at,
                             ends_at=ends_at, resource_id=resource_id, room_id=room_id,
                             clear_room=clear_room, confirmed=confirmed)
    except StaleDataError:
        raise after_lost_race(ctx, Appointment, appointment_id, _(_WHAT)) from None
    except IntegrityError as exc:
        # PostgreSQL: another desk took the slot after our check (the exclusion constraint).
        if getattr(exc.orig, "sqlstate", None) != EXCLUSION_VIOLATION:
            raise
        with ctx.db.reading() as session:
            moved = session.get(Appointment, appointment_id)
            column = resource_id or (moved.resource_id if moved is not None else 0)
            raise slot_taken(session, column, starts_at, ends_at or starts_at,
                             besides=appointment_id,
                             room_id=None if clear_room else room_id or (
                                 moved.room_id if moved is not None else None)) from exc


def set_status(ctx: ServiceContext, actor: Actor, appointment_id: int, version: int | None,
               status: AppointmentStatus, *, reason: str | None = None) -> AppointmentChanged:
    """Move along booked → confirmed → arrived → in progress → done, or to no-show, or
    cancelled (which needs a reason). Check-in is ``ARRIVED`` and notes the time."""
    require(actor, Permission.BOOK_APPOINTMENTS)
    why = clean_line(reason or "")
    if status == AppointmentStatus.CANCELLED and not why:
        raise ValidationError(_("Give a reason for the cancellation."),
                              {"reason": _("Required.")})
    if len(why) > 200:
        raise ValidationError(_("The reason can be at most {n} characters.").format(n=200))
    try:
        if ctx.db.dialect == "postgresql":
            return _status_on_server(ctx, actor, appointment_id, version, status, why)
        return _status_locally(ctx, actor, appointment_id, version, status, why)
    except StaleDataError:
        raise after_lost_race(ctx, Appointment, appointment_id, _(_WHAT)) from None
    except IntegrityError as exc:
        # PostgreSQL: a no-show or cancellation taken back while another desk booked the
        # freed vet or room after our check (the exclusion constraints).
        if getattr(exc.orig, "sqlstate", None) != EXCLUSION_VIOLATION:
            raise
        with ctx.db.reading() as session:
            taken = session.get(Appointment, appointment_id)
            if taken is None:
                raise
            raise slot_taken(session, taken.resource_id, taken.starts_at, taken.ends_at,
                             besides=appointment_id, room_id=taken.room_id) from exc


def _move_on_server(ctx: ServiceContext, actor: Actor, appointment_id: int,
                    version: int | None, *, starts_at: dt.datetime, ends_at: dt.datetime | None,
                    resource_id: int | None, room_id: int | None, clear_room: bool,
                    confirmed: bool) -> AppointmentChanged:
    """The move in two round trips: one read (the appointment, the target column's hours,
    the client, and what the notice needs), then one server call (change_on_server.py). The
    same checks, in the same order, as the local path below."""
    if starts_at.tzinfo is None:
        raise ValueError("appointment times must be timezone-aware")
    chosen_room = None if clear_room else room_id
    with ctx.db.reading() as session:
        loaded = load_for_change(session, appointment_id, lambda own: move_parts(
            own, resource_id=resource_id, room_id=chosen_room,
            day=starts_at.astimezone(ctx.zone).date(),
            notify=actor.can(Permission.SEND_REMINDERS)))
    if loaded is None:
        raise AppointmentMissing(appointment_id)
    loaded.check_version(version, _(_WHAT))
    if AppointmentStatus(loaded.status) in FREE_AGAIN | {AppointmentStatus.DONE}:
        raise ValidationError(_("A cancelled, missed or finished appointment cannot be "
                                "moved; book a new one."))
    ends_at = ends_at or starts_at + (loaded.ends_at - loaded.starts_at)
    clean = clean_booking(starts_at, ends_at, loaded.appointment_type, loaded.reason)
    target = resource_id if resource_id is not None else loaded.resource_id
    chosen = None if clear_room else room_id if room_id is not None else loaded.room_id
    day, start, end = local_day_and_times(clean.starts_at, clean.ends_at, ctx.zone)
    facts = read_facts(loaded.facts, resource_id=target, client_id=loaded.client_id,
                       animal_id=loaded.animal_id, day=day, room_id=chosen_room)
    if not confirmed:
        ask_when_unusual(ctx, facts, clean, start, end)
    room = held_room(facts.resource_kind, target, chosen)
    before = (loaded.starts_at, loaded.ends_at, loaded.resource_id)
    after = (clean.starts_at, clean.ends_at, target)
    if before == after and room == loaded.room_id:
        return AppointmentChanged(loaded.id, loaded.version, loaded.status, loaded.starts_at,
                                  loaded.ends_at, loaded.resource_id)
    plan = plan_notice(ctx, actor, loaded, "moved", version=loaded.version + 1,
                       starts_at=clean.starts_at, ends_at=clean.ends_at) \
        if before != after else NoticePlan()
    written = change_on_server(
        ctx, actor, loaded, _(_WHAT), status=loaded.status, starts_at=clean.starts_at,
        ends_at=clean.ends_at, resource_id=target, room_id=room, plan=plan,
        details={"fields": ["starts_at", "ends_at", "resource_id", "room_id"]})
    return AppointmentChanged(loaded.id, written.version, loaded.status, clean.starts_at,
                              clean.ends_at, target, written.notice)


def _move_locally(ctx: ServiceContext, actor: Actor, appointment_id: int,
                  version: int | None, *, starts_at: dt.datetime, ends_at: dt.datetime | None,
                  resource_id: int | None, room_id: int | None, clear_room: bool,
                  confirmed: bool) -> AppointmentChanged:
    with ctx.db.transaction() as session:
        row = _load(session, appointment_id, version)
        if AppointmentStatus(row.status) in FREE_AGAIN | {AppointmentStatus.DONE}:
            raise ValidationError(_("A cancelled, missed or finished appointment cannot be "
                                    "moved; book a new one."))
        # No end: the same length as before (the command line's move without --minutes).
        ends_at = ends_at or starts_at + (row.ends_at - row.starts_at)
        clean = clean_booking(starts_at, ends_at, row.appointment_type, row.reason)
        target = resource_id if resource_id is not None else row.resource_id
        chosen = None if clear_room else room_id if room_id is not None else (
            # A room's own booking dragged to a vet keeps the room it held.
            row.room_id)
        day, start, end = local_day_and_times(clean.starts_at, clean.ends_at, ctx.zone)
        facts = booking_facts(session, resource_id=target, client_id=row.client_id,
                              animal_id=row.animal_id, day=day,
                              room_id=None if clear_room else room_id)
        if not confirmed:
            ask_when_unusual(ctx, facts, clean, start, end)
        room = held_room(facts.resource_kind, target, chosen)
        before = (row.starts_at, row.ends_at, row.resource_id)
        if before == (clean.starts_at, clean.ends_at, target) and room == row.room_id:
            return _changed(row)  # already there (a retried command): nothing to tell
        check_free(session, target, room, clean.starts_at, clean.ends_at, besides=row.id)
        row.starts_at, row.ends_at, row.resource_id = clean.starts_at, clean.ends_at, target
        row.room_id = room
        _stamp(ctx, actor, row)
        session.flush()
        notice = queue_change_notice(session, ctx, actor, row, "moved") \
            if worth_telling(before, row) else None
        details: dict[str, object] = {"fields": ["starts_at", "ends_at", "resource_id",
                                                 "room_id"]}
        if notice is not None:
            details["notice"] = notice
        audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="appointment",
                     entity_id=row.id, client_id=row.client_id, animal_id=row.animal_id,
                     details=details)
        return _changed(row, notice)


def _status_on_server(ctx: ServiceContext, actor: Actor, appointment_id: int,
                      version: int | None, status: AppointmentStatus, why: str
                      ) -> AppointmentChanged:
    """The status change in two round trips: one read (with what a cancellation's notice
    needs), then one server call (change_on_server.py); a check-in reads the appointment
    alone. The exclusion constraints refuse a no-show taken back into a slot taken since."""
    cancelling = status == AppointmentStatus.CANCELLED
    with ctx.db.reading() as session:
        loaded = load_for_change(
            session, appointment_id,
            notice_parts if cancelling and actor.can(Permission.SEND_REMINDERS) else None)
    if loaded is None:
        raise AppointmentMissing(appointment_id)
    loaded.check_version(version, _(_WHAT))
    current = AppointmentStatus(loaded.status)
    check_transition(current, status)
    if status == current:
        return AppointmentChanged(loaded.id, loaded.version, loaded.status, loaded.starts_at,
                                  loaded.ends_at, loaded.resource_id)
    if cancelling:
        plan = plan_notice(ctx, actor, loaded, "cancelled", version=loaded.version + 1,
                           starts_at=loaded.starts_at, ends_at=loaded.ends_at)
    else:
        # A no-show withdraws a waiting reminder: now it would be too late.
        plan = NoticePlan(withdraw=status == AppointmentStatus.NO_SHOW
                          and actor.can(Permission.SEND_REMINDERS))
    written = change_on_server(
        ctx, actor, loaded, _(_WHAT), status=status.value, starts_at=loaded.starts_at,
        ends_at=loaded.ends_at, resource_id=loaded.resource_id, room_id=loaded.room_id,
        plan=plan, details={"fields": ["status"], "status": status.value},
        arrived_at=ctx.clock.now() if status == AppointmentStatus.ARRIVED else None,
        cancel_reason=why if cancelling else None)
    return AppointmentChanged(loaded.id, written.version, status.value, loaded.starts_at,
                              loaded.ends_at, loaded.resource_id, written.notice)


def _status_locally(ctx: ServiceContext, actor: Actor, appointment_id: int,
                    version: int | None, status: AppointmentStatus, why: str
                    ) -> AppointmentChanged:
    with ctx.db.transaction() as session:
        row = _load(session, appointment_id, version)
        current = AppointmentStatus(row.status)
        check_transition(current, status)
        if status == current:
            return _changed(row)
        if current in FREE_AGAIN and status not in FREE_AGAIN:
            check_free(session, row.resource_id, row.room_id, row.starts_at, row.ends_at,
                       besides=row.id)
        row.status = status.value
        if status == AppointmentStatus.ARRIVED and row.arrived_at is None:
            row.arrived_at = ctx.clock.now()
        if status == AppointmentStatus.CANCELLED:
            row.cancel_reason = why
        _stamp(ctx, actor, row)
        session.flush()
        notice = None
        if status == AppointmentStatus.CANCELLED:
            notice = queue_change_notice(session, ctx, actor, row, "cancelled")
        elif status == AppointmentStatus.NO_SHOW and actor.can(Permission.SEND_REMINDERS):
            withdraw_waiting(session, row.id)  # a reminder now would be too late
        details = {"fields": ["status"], "status": status.value}
        if notice is not None:
            details["notice"] = notice
        audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="appointment",
                     entity_id=row.id, client_id=row.client_id, animal_id=row.animal_id,
                     details=details)
        return _changed(row, notice)


def _stamp(ctx: ServiceContext, actor: Actor, row: Appointment) -> None:
    row.updated_at = ctx.clock.now()
    row.updated_by_id = actor.user_id
