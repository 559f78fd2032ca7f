"""The client card's history sections (appointments, recalls, messages, purchases, consents)
in one UNION ALL statement, so the card's query count does not grow with the history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    CompoundSelect,
    Connection,
    Date,
    Integer,
    Select,
    String,
    bindparam,
    cast,
    func,
    literal,
    null,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.sql._typing import _ColumnExpressionArgument

from vetdesk.db import raw_rows
from vetdesk.db.base import UTCDateTime
from vetdesk.db.models import Appointment, Consent, Invoice, Message, Reminder, Resource
from vetdesk.domain.codes import AppointmentStatus, ReminderStatus

UPCOMING_APPOINTMENTS = 20
DUE_RECALLS = 50
RECENT_MESSAGES = 10
RECENT_PURCHASES = 10
CONSENT_HISTORY = 200
# Enough for a long SMS (several parts) or a reminder e-mail's subject: shown whole on the
# card (issue 8: the text of sent SMS was cut with no way to read it).
MESSAGE_TEXT_CHARS = 1600

_COLUMNS: dict[str, Any] = {
    "kind": String(12), "ref": String(40), "at": UTCDateTime(), "at2": UTCDateTime(),
    "day": Date(), "animal_id": Integer(), "t1": String(200), "t2": String(MESSAGE_TEXT_CHARS),
    "t3": String(254), "status": String(20), "amount": Integer(), "flag": Boolean(),
}


@dataclass(frozen=True)
class FeedRow:
    kind: str
    ref: str
    at: dt.datetime | None
    at2: dt.datetime | None
    day: dt.date | None
    animal_id: int | None
    t1: str | None
    t2: str | None
    t3: str | None
    status: str | None
    amount: int | None
    flag: bool | None


def _branch(kind: str, **values: _ColumnExpressionArgument[Any]) -> list[ColumnElement[Any]]:
    columns: list[ColumnElement[Any]] = [literal(kind, String(12)).label("kind")]
    for name, type_ in list(_COLUMNS.items())[1:]:
        value = values.get(name)
        # Real columns keep their own type (SQLite's CAST AS DATE would turn a date into a
        # number); only the NULL fillers need a CAST so PostgreSQL can type the UNION.
        column = type_coerce(value, type_) if value is not None else cast(null(), type_)
        columns.append(column.label(name))
    return columns


def _wrapped(statement: Select[Any]) -> Select[Any]:
    # SQLite allows ORDER BY/LIMIT in a UNION member only inside a subquery.
    return select(statement.subquery())


def _feed_statement() -> CompoundSelect[Any]:
    """The six sections as one UNION ALL, built once (module level) with the client and the
    time as bound parameters: rebuilding it was most of an opening's time (issue 9)."""
    client_id = bindparam("client_id", type_=Integer())
    now = bindparam("now", type_=UTCDateTime())
    closed = [AppointmentStatus.CANCELLED.value, AppointmentStatus.NO_SHOW.value,
              AppointmentStatus.DONE.value]
    appointments = (
        select(*_branch(
            "appointment", ref=cast(Appointment.id, String(40)), at=Appointment.starts_at,
            at2=Appointment.ends_at, animal_id=Appointment.animal_id,
            t1=Appointment.appointment_type, t2=Appointment.reason, t3=Resource.name,
            status=Appointment.status,
        ))
        .join(Resource, Resource.id == Appointment.resource_id)
        .where(Appointment.client_id == client_id, Appointment.ends_at >= now,
               Appointment.status.not_in(closed))
        .order_by(Appointment.starts_at).limit(UPCOMING_APPOINTMENTS)
    )
    # The latest visit that took place (issue 8: the card did not show the last visit).
    visited = [AppointmentStatus.DONE.value, AppointmentStatus.ARRIVED.value,
               AppointmentStatus.IN_PROGRESS.value]
    last_visit = (
        select(*_branch(
            "visit", ref=cast(Appointment.id, String(40)), at=Appointment.starts_at,
            at2=Appointment.ends_at, animal_id=Appointment.animal_id,
            t1=Appointment.appointment_type, t2=Appointment.reason, t3=Resource.name,
            status=Appointment.status,
        ))
        .join(Resource, Resource.id == Appointment.resource_id)
        .where(Appointment.client_id == client_id, Appointment.starts_at < now,
               Appointment.status.in_(visited))
        .order_by(Appointment.starts_at.desc()).limit(1)
    )
    recalls = (
        select(*_branch(
            "recall", ref=cast(Reminder.id, String(40)), day=Reminder.due_on,
            animal_id=Reminder.animal_id, t1=Reminder.title, t2=Reminder.kind,
            status=Reminder.status,
        ))
        .where(Reminder.client_id == client_id, Reminder.status == ReminderStatus.DUE.value)
        .order_by(Reminder.due_on).limit(DUE_RECALLS)
    )
    messages = (
        select(*_branch(
            "message", ref=cast(Message.id, String(40)), at=Message.queued_at,
            at2=func.coalesce(Message.delivered_at, Message.failed_at, Message.sent_at),
            t1=Message.channel,
            t2=func.substr(func.coalesce(Message.subject, Message.body), 1, MESSAGE_TEXT_CHARS),
            t3=Message.recipient, status=Message.status,
        ))
        .where(Message.client_id == client_id)
        .order_by(Message.queued_at.desc()).limit(RECENT_MESSAGES)
    )
    purchases = (
        select(*_branch(
            "purchase", ref=cast(Invoice.id, String(40)), at=Invoice.issued_at,
            t1=cast(Invoice.invoice_no, String(200)), status=Invoice.status,
            amount=Invoice.total_ore,
        ))
        .where(Invoice.client_id == client_id)
        .order_by(Invoice.issued_at.desc()).limit(RECENT_PURCHASES)
    )
    consents = (
        select(*_branch(
            "consent", ref=cast(Consent.id, String(40)), at=Consent.recorded_at,
            t1=Consent.purpose, t2=Consent.channel, t3=Consent.method,
            status=Consent.note, flag=Consent.granted,
        ))
        .where(Consent.client_id == client_id)
        .order_by(Consent.recorded_at.desc(), Consent.id.desc()).limit(CONSENT_HISTORY)
    )
    return union_all(*(_wrapped(s) for s in
                       (appointments, last_visit, recalls, messages, purchases, consents)))


_FEED = _feed_statement()


def load_feed(conn: Connection, client_id: int, now: dt.datetime) -> list[FeedRow]:
    if conn.dialect.name == "sqlite":
        return _load_feed_sqlite(conn, client_id, now)
    return [FeedRow(*row) for row in
            conn.execute(_FEED, {"client_id": client_id, "now": now}).all()]


@cache
def _feed_sqlite() -> Any:
    return raw_rows.compile_for_sqlite(_FEED, sqlite.dialect())


def _load_feed_sqlite(conn: Connection, client_id: int, now: dt.datetime) -> list[FeedRow]:
    """The feed with SQLite's plain values converted here (no per-row work in SQLAlchemy's
    result types; issue 9): the same :class:`FeedRow` values as the typed path."""
    moment = raw_rows.moment
    return [
        FeedRow(kind, ref, moment(at), moment(at2),
                None if day is None else dt.date.fromisoformat(day), animal_id, t1, t2, t3,
                status, amount, None if flag is None else bool(flag))
        for kind, ref, at, at2, day, animal_id, t1, t2, t3, status, amount, flag
        in raw_rows.run(conn, _feed_sqlite(), {"client_id": client_id, "now": now})
    ]
