"""The recalls due in a period, and the step each one is at (issue 11, SCENARIOS 17:30).

A recall (vaccination, check-up) is at one of these steps:

- ``first``: nothing sent yet; its first reminder goes ``reminders.first_days_before`` days
  before it falls due;
- ``second``: the first went ``reminders.second_days_after`` days ago or more and the animal has
  not been booked since: a second reminder goes;
- ``call``: the last reminder went ``reminders.followup_days`` ago or more and still no booking:
  the desk should ring the client;
- ``waiting``: a reminder went and it is too early for the next step.

The list is one statement over recalls, clients and animals, with the reminders sent and the
bookings made since found per recall, so it stays quick on a chain's 300,000 clients.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, select
from sqlalchemy.orm import Session

from vetdesk.db.models import Animal, Appointment, Client, Message, Reminder
from vetdesk.domain.codes import (
    AppointmentStatus,
    AuditAction,
    ConsentPurpose,
    ReminderKind,
    ReminderStatus,
)
from vetdesk.errors import ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging.eligibility import reach_columns, reach_of
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.settings.store import effective_settings

FIRST, SECOND, CALL, WAITING = "first", "second", "call", "waiting"
STEPS = (FIRST, SECOND, CALL, WAITING)
RECALL_KINDS = (ReminderKind.VACCINATION.value, ReminderKind.CHECKUP.value,
                ReminderKind.POSTOP.value)
LONGEST_PERIOD = dt.timedelta(days=400)
_OPEN = (ReminderStatus.DUE.value, ReminderStatus.SENT.value)
_CANCELLED = (AppointmentStatus.CANCELLED.value, AppointmentStatus.NO_SHOW.value)


@dataclass(frozen=True)
class DueFilter:
    start: dt.date
    end: dt.date
    species: str | None = None
    kind: str | None = None
    step: str | None = None  # first, second, call, waiting
    channel: str | None = None  # sms, email, letter, none


@dataclass(frozen=True)
class DueRecall:
    reminder_id: int
    client_id: int
    client_no: int
    client_name: str
    client_first_name: str
    animal_id: int
    animal_name: str
    species: str
    kind: str
    title: str
    due_on: dt.date
    step: str
    reminders_sent: int
    last_sent_on: dt.date | None
    channel: str | None  # how it would go now (consent and addresses); None: not at all
    recipient: str | None
    language: str = "nb"  # the client's: the reminder is written in it


@dataclass(frozen=True)
class ReminderTiming:
    first_days_before: int
    second_days_after: int
    followup_days: int

    @classmethod
    def from_settings(cls, settings: dict[str, str]) -> ReminderTiming:
        return cls(int(settings["reminders.first_days_before"]),
                   int(settings["reminders.second_days_after"]),
                   int(settings["reminders.followup_days"]))


def check_period(start: dt.date, end: dt.date) -> None:
    if end < start:
        message = _("The period ends before it starts; swap the dates.")
        raise ValidationError(message, {"end": message})
    if end - start > LONGEST_PERIOD:
        message = _("Choose a period of at most {days} days.").format(days=LONGEST_PERIOD.days)
        raise ValidationError(message, {"end": message})


def step_of(sent: int, last_sent: dt.date | None, booked_since: bool, today: dt.date,
            timing: ReminderTiming) -> str:
    if sent == 0:
        return FIRST
    if booked_since or last_sent is None:
        return WAITING
    if sent == 1 and timing.second_days_after and \
            today >= last_sent + dt.timedelta(days=timing.second_days_after):
        return SECOND
    if today >= last_sent + dt.timedelta(days=timing.followup_days):
        return CALL
    return WAITING


def due_rows(session: Session, wanted: DueFilter, today: dt.date, timing: ReminderTiming
             ) -> list[DueRecall]:
    conditions: list[ColumnElement[bool]] = [Reminder.due_on.between(wanted.start, wanted.end),
                  Reminder.status.in_(_OPEN), Reminder.kind.in_(RECALL_KINDS),
                  Animal.deceased_on.is_(None)]
    if wanted.species:
        conditions.append(Animal.species == wanted.species)
    if wanted.kind:
        conditions.append(Reminder.kind == wanted.kind)
    # The period's recalls, by index; the reminders sent are counted for these alone (a
    # chain's messages table holds millions), and each client's consents and mobile number
    # come in the same statement (eligibility.reach_columns).
    due = (select(Reminder.id)
           .join(Animal, Animal.id == Reminder.animal_id).where(*conditions).cte("due"))
    sent = (select(Message.reminder_id.label("reminder_id"),
                   func.count().label("sent"),
                   func.max(func.coalesce(Message.sent_at, Message.queued_at)).label("last"))
            .where(Message.reminder_id.in_(select(due.c.id)), Message.stage.is_not(None))
            .group_by(Message.reminder_id).subquery())
    query = (
        select(Reminder.id, Reminder.client_id, Client.client_no, Client.first_name,
               Client.last_name, Reminder.animal_id, Animal.name, Animal.species,
               Reminder.kind, Reminder.title, Reminder.due_on,
               func.coalesce(sent.c.sent, 0), sent.c.last,
               exists().where(and_(
                   Appointment.animal_id == Reminder.animal_id,
                   Appointment.status.not_in(_CANCELLED),
                   Appointment.created_at >= func.coalesce(sent.c.last, Reminder.created_at),
               )), *reach_columns(ConsentPurpose.SERVICE),
               Client.language.label("client_language"))
        .join(Client, Client.id == Reminder.client_id)
        .join(Animal, Animal.id == Reminder.animal_id)
        .outerjoin(sent, sent.c.reminder_id == Reminder.id)
        .where(*conditions)
        .order_by(Reminder.due_on, Client.last_name, Client.first_name, Reminder.id)
    )
    rows = session.execute(query).all()
    result: list[DueRecall] = []
    for row in rows:
        values: tuple[Any, ...] = tuple(row[:14])
        (rid, cid, client_no, first, last, aid, animal, species, kind, title, due_on,
         count, last_sent, booked) = values
        last_day = last_sent.date() if last_sent is not None else None
        step = step_of(int(count), last_day, bool(booked), today, timing)
        best = reach_of(row, ConsentPurpose.SERVICE).best
        channel = best[0].value if best else None
        if wanted.step and step != wanted.step:
            continue
        if wanted.channel and (channel or "none") != wanted.channel:
            continue
        result.append(DueRecall(
            rid, cid, client_no, f"{first} {last}", first, aid, animal, species, kind, title,
            due_on, step, int(count), last_day, channel, best[1] if best else None,
            row.client_language))
    return result


def due_recalls(ctx: ServiceContext, actor: Actor, wanted: DueFilter) -> list[DueRecall]:
    """The recalls falling due in the period, with the step each is at and how it would go."""
    require(actor, Permission.SEND_REMINDERS)
    check_period(wanted.start, wanted.end)
    today = ctx.clock.now().date()
    with ctx.db.reading() as session:
        timing = ReminderTiming.from_settings(effective_settings(session))
        rows = due_rows(session, wanted, today, timing)
        # Names and contact details of many clients were read: one event, by count.
        with_clients = sorted({row.client_id for row in rows})
    if with_clients:
        with ctx.db.transaction() as session:
            audit.record(session, ctx, actor, AuditAction.VIEW, entity_type="due_list",
                         details={"clients": len(with_clients), "from": wanted.start.isoformat(),
                                  "to": wanted.end.isoformat()})
    return rows
