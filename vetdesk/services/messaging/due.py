"""The recalls due in a period, and the step each one is at (issue 11, SCENARIOS 17:30).

A recall (vaccination, check-up) is at one of these steps:

- ``first``: nothing sent yet; its first reminder goes ``reminders.first_days_before`` days
  before it falls due;
- ``second``: the first went ``reminders.second_days_after`` days ago or more and the animal has
  not been booked since: a second reminder goes;
- ``call``: the last reminder went ``reminders.followup_days`` ago or more and still no booking:
  the desk should ring the client;
- ``waiting``: a reminder went and it is too early for the next step.

The list is read a page at a time (keyset: due date, client's name, recall id), one statement
per page: the page's recalls come off the partial index of open recalls (migration 0018) in
due-date order, and only for those rows are the reminders sent, the bookings made since and
the client's consents and mobile number looked up. The period's total comes in the same
statement, counted exactly (an index-only scan joined to the animals), so a chain's month of
25,000 recalls shows its first page in well under a second (tests/bench/bench_messaging.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, literal_column, select, tuple_
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
# What the screen shows at once; "Show more" reads the next page after the last row.
PAGE_SIZE = 200


def _written_in(values: tuple[str, ...]) -> tuple[Any, ...]:
    """Fixed codes written into the SQL rather than bound, so that PostgreSQL sees, in every
    plan it caches, that the statement asks for rows the partial index
    ``ix_reminders_open_recalls`` holds (codes from an enum: nothing typed by a user)."""
    return tuple(literal_column(f"'{value}'") for value in values)


# Inside the predicate of ix_reminders_open_recalls (migration 0018): open, and a recall kind.
OPEN_RECALL = (Reminder.status.in_(_written_in(_OPEN)),
               Reminder.kind.in_(_written_in(RECALL_KINDS)))


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
    client_last_name: str = ""


@dataclass(frozen=True)
class DueCursor:
    """Where the next page starts: just after this row in the list's order."""

    due_on: dt.date
    last_name: str
    first_name: str
    reminder_id: int

    @classmethod
    def after(cls, row: DueRecall) -> DueCursor:
        return cls(row.due_on, row.client_last_name, row.client_first_name, row.reminder_id)


@dataclass(frozen=True)
class DuePage:
    rows: tuple[DueRecall, ...]
    # Every open recall in the period for the species and kind asked for, counted exactly
    # (before the step and channel filters, which need each row's messages and consents).
    total: int
    next_cursor: DueCursor | None  # None: this was the last page


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


def _conditions(wanted: DueFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        *OPEN_RECALL, Reminder.due_on.between(wanted.start, wanted.end),
        Animal.deceased_on.is_(None)]
    if wanted.species:
        conditions.append(Animal.species == wanted.species)
    if wanted.kind:
        conditions.append(Reminder.kind == wanted.kind)
    return conditions


def _page_query(wanted: DueFilter, after: DueCursor | None, size: int | None,
                with_total: bool) -> Any:
    """The rows after ``after`` (``size`` of them; None: all), in the list's order."""
    conditions = _conditions(wanted)
    order = (Reminder.due_on, Client.last_name, Client.first_name, Reminder.id)
    if after is not None:
        conditions += [
            # The first part lets the index start at the cursor's day.
            Reminder.due_on >= after.due_on,
            tuple_(*order) > tuple_(after.due_on, after.last_name, after.first_name,
                                    after.reminder_id)]
    if size is None:
        # The whole period (the command line, queueing): the reminders sent counted in one
        # pass over the period's messages, outer-joined to its recalls.
        due = (select(Reminder.id).join(Animal, Animal.id == Reminder.animal_id)
               .where(*_conditions(wanted)).cte("due"))
        sent_by = (select(Message.reminder_id.label("reminder_id"),
                          func.count().label("sent"),
                          func.max(func.coalesce(Message.sent_at, Message.queued_at))
                          .label("last"))
                   .where(Message.reminder_id.in_(select(due.c.id)),
                          Message.stage.is_not(None))
                   .group_by(Message.reminder_id).subquery())
        return (select(*_row_columns(func.coalesce(sent_by.c.sent, 0), sent_by.c.last),
                       *([_count(wanted).label("total")] if with_total else []))
                .select_from(Reminder)
                .join(Client, Client.id == Reminder.client_id)
                .join(Animal, Animal.id == Reminder.animal_id)
                .outerjoin(sent_by, sent_by.c.reminder_id == Reminder.id)
                .where(*conditions).order_by(*order))
    # A page: its keys first (one row more than asked for says whether there is a next
    # page), then for those rows only the reminders sent (by ix_messages_reminder_id), a
    # booking made since the last one (by ix_appointments_animal) and the client's reach.
    last = (select(func.max(func.coalesce(Message.sent_at, Message.queued_at)))
            .where(Message.reminder_id == Reminder.id, Message.stage.is_not(None))
            .correlate(Reminder).scalar_subquery())  # to the row, also inside the EXISTS
    sent = (select(func.count()).where(Message.reminder_id == Reminder.id,
                                        Message.stage.is_not(None))
            .correlate(Reminder).scalar_subquery())
    page = (select(Reminder.id.label("id"))
            .join(Client, Client.id == Reminder.client_id)
            .join(Animal, Animal.id == Reminder.animal_id)
            .where(*conditions).order_by(*order).limit(size + 1).subquery("page"))
    return (select(*_row_columns(sent, last),
                   *([_count(wanted).label("total")] if with_total else []))
            .select_from(page)
            .join(Reminder, Reminder.id == page.c.id)
            .join(Client, Client.id == Reminder.client_id)
            .join(Animal, Animal.id == Reminder.animal_id)
            .order_by(*order))


def _row_columns(sent: Any, last: Any) -> list[Any]:
    """A row of the list, given how its reminders sent and the last one's time are found."""
    return [
        Reminder.id, Reminder.client_id, Client.client_no, Client.first_name, Client.last_name,
        Reminder.animal_id, Animal.name, Animal.species, Reminder.kind, Reminder.title,
        Reminder.due_on, sent, last,
        exists().where(and_(
            Appointment.animal_id == Reminder.animal_id,
            Appointment.status.not_in(_CANCELLED),
            Appointment.created_at >= func.coalesce(last, Reminder.created_at),
        )), *reach_columns(ConsentPurpose.SERVICE), Client.language.label("client_language")]


def _count(wanted: DueFilter) -> Any:
    """The period's open recalls for the species and kind asked for, exactly.

    Without a species the animals are not joined: the open recalls in the period (an
    index-only scan of ix_reminders_open_recalls) less those of deceased animals (found by
    ix_animals_deceased, migration 0020, which holds the few dead ones). Joining every
    recall's animal to see that it lives read all 300,000 animals of a chain in a parallel
    scan, most of the page's time on a busy server. A species needs the animals anyway."""
    if wanted.species:
        return (select(func.count()).select_from(Reminder)
                .join(Animal, Animal.id == Reminder.animal_id).where(*_conditions(wanted))
                .correlate(None).scalar_subquery())
    in_period: list[ColumnElement[bool]] = [
        *OPEN_RECALL, Reminder.due_on.between(wanted.start, wanted.end)]
    if wanted.kind:
        in_period.append(Reminder.kind == wanted.kind)
    open_ones = (select(func.count()).select_from(Reminder).where(*in_period)
                 .correlate(None).scalar_subquery())
    deceased = select(Animal.id).where(Animal.deceased_on.is_not(None))
    of_deceased = (select(func.count()).select_from(Reminder)
                   .where(*in_period, Reminder.animal_id.in_(deceased))
                   .correlate(None).scalar_subquery())
    return open_ones - of_deceased


def _read_page(session: Session, wanted: DueFilter, today: dt.date, timing: ReminderTiming,
               after: DueCursor | None, size: int | None, with_total: bool
               ) -> tuple[list[DueRecall], DueCursor | None, int | None]:
    """One page of the list: the rows the step and channel filters keep, where the next
    page starts (None after the last), and the total when asked for."""
    rows = session.execute(_page_query(wanted, after, size, with_total)).all()
    more = size is not None and len(rows) > size
    rows = rows[:size] if more else rows
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
            row.client_language, last))
    following = (DueCursor(rows[-1].due_on, rows[-1].last_name, rows[-1].first_name,
                           rows[-1].id) if more else None)
    total: int | None = None
    if with_total:
        # A page after the end (the rows it followed were changed meanwhile) has no row to
        # carry the count: ask for it alone.
        total = (int(rows[0].total) if rows
                 else int(session.execute(select(_count(wanted))).scalar_one()) if after
                 else 0)
    return result, following, total


def due_rows(session: Session, wanted: DueFilter, today: dt.date, timing: ReminderTiming
             ) -> list[DueRecall]:
    """The whole list of the period in one statement (a keyset walk in pages would sort
    the rest of the period again for each page)."""
    return _read_page(session, wanted, today, timing, None, None, False)[0]


def due_page_rows(session: Session, wanted: DueFilter, today: dt.date, timing: ReminderTiming,
                  after: DueCursor | None, size: int) -> DuePage:
    """``size`` rows from ``after`` on that pass the step and channel filters (reading on
    while a filter leaves a page short), with the period's total."""
    rows, following, total = _read_page(session, wanted, today, timing, after, size, True)
    while following is not None and len(rows) < size:
        more, following, _ = _read_page(session, wanted, today, timing, following,
                                        size - len(rows), False)
        rows.extend(more)
    if len(rows) > size:
        rows = rows[:size]
    return DuePage(tuple(rows), total or 0, following)


def due_recalls(ctx: ServiceContext, actor: Actor, wanted: DueFilter) -> list[DueRecall]:
    """The recalls falling due in the period, with the step each is at and how it would go
    (the whole list: the command line; the screen reads :func:`due_page`)."""
    require(actor, Permission.SEND_REMINDERS)
    check_period(wanted.start, wanted.end)
    today = ctx.clock.now().date()
    with ctx.db.reading() as session:
        timing = ReminderTiming.from_settings(effective_settings(session))
        rows = due_rows(session, wanted, today, timing)
    _record_view(ctx, actor, wanted, rows)
    return rows


def due_page(ctx: ServiceContext, actor: Actor, wanted: DueFilter, after: DueCursor | None = None,
             size: int | None = None) -> DuePage:
    """A page of the recalls falling due in the period (from the start, or after ``after``;
    ``PAGE_SIZE`` rows unless told), with the total in the period (the Reminders page)."""
    size = size or PAGE_SIZE
    require(actor, Permission.SEND_REMINDERS)
    check_period(wanted.start, wanted.end)
    today = ctx.clock.now().date()
    with ctx.db.reading() as session:
        timing = ReminderTiming.from_settings(effective_settings(session))
        page = due_page_rows(session, wanted, today, timing, after, size)
    _record_view(ctx, actor, wanted, page.rows)
    return page


def _record_view(ctx: ServiceContext, actor: Actor, wanted: DueFilter,
                 rows: Sequence[DueRecall]) -> None:
    # Names and contact details of many clients were read: one event, by count.
    with_clients = {row.client_id for row in rows}
    if with_clients:
        with ctx.db.transaction() as session:
            audit.record(session, ctx, actor, AuditAction.VIEW, entity_type="due_list",
                         details={"clients": len(with_clients), "from": wanted.start.isoformat(),
                                  "to": wanted.end.isoformat()})
