"""The calendar's day or week in one statement (issue 11).

A desk that opens the week reads the change marker, the active resources, their weekly hours,
the holiday openings of the period and the period's appointments. As five statements that is
five round trips, and on a busy server each one waits its turn to be scheduled (11 ms for a
one-row read at load 13 on the 2-core bench machine), so they are sent as one: a UNION ALL of
the five reads, each row tagged with its part and laid out in one set of typed slots. It runs
on a plain connection (``Database.quick_read``: no session, no BEGIN), and on SQLite as
compiled once for its driver (``raw_rows``), the values converted here column by column;
PostgreSQL's driver returns them typed.

Slots: ``n1``-``n6`` integers, ``s1``-``s6`` text, ``at1``/``at2`` moments (UTC), ``tm1``/``tm2``
times of day, ``day`` a date and ``flag`` a boolean; what each part puts where is in
:data:`_PARTS`' comments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    Integer,
    String,
    Time,
    and_,
    bindparam,
    cast,
    literal_column,
    null,
    select,
    union_all,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased

from vetdesk.db import raw_rows
from vetdesk.db.base import UTCDateTime
from vetdesk.db.models import (
    Animal,
    Appointment,
    CalendarMarker,
    Client,
    HolidayOpening,
    Resource,
    ResourceHours,
    User,
)
from vetdesk.domain.codes import AppointmentStatus
from vetdesk.domain.opening_hours import HoursRow, Span

MARKER, RESOURCE, HOURS, OPENING, APPOINTMENT = range(5)
_SLOTS: dict[str, Any] = {
    "n1": Integer, "n2": Integer, "n3": Integer, "n4": Integer, "n5": Integer, "n6": Integer,
    "s1": String, "s2": String, "s3": String, "s4": String, "s5": String, "s6": String,
    "at1": UTCDateTime(), "at2": UTCDateTime(), "tm1": Time, "tm2": Time, "day": Date,
    "flag": Boolean,
}


@dataclass(frozen=True)
class PeriodRows:
    """The five reads' rows, apart again."""

    marker: int
    # id, kind, name, user id, username, sort order
    resources: list[tuple[int, str, str, int | None, str | None, int]]
    hours: list[HoursRow]
    hours_of: list[int]  # the resource of each of ``hours``
    openings: dict[tuple[int | None, dt.date], Span]
    # id, version, resource, starts, ends, client, first name, last name, animal, animal's
    # name, type, reason, status, restricted, room
    appointments: list[tuple[Any, ...]]


def _part(number: int, filled: dict[str, Any]) -> Any:
    """One read laid out in the slots; the slots it leaves empty are typed NULLs."""
    columns = [literal_column(str(number), Integer).label("part")]
    for name, type_ in _SLOTS.items():
        columns.append((filled[name] if name in filled else cast(null(), type_)).label(name))
    return select(*columns)


@cache
def _statement(include_cancelled: bool) -> Any:
    """Built once per shape; the period's bounds are bound at each call."""
    patient = aliased(Animal)
    appointments = (
        _part(APPOINTMENT, {
            "n1": Appointment.id, "n2": Appointment.version, "n3": Appointment.resource_id,
            "n4": Appointment.client_id, "at1": Appointment.starts_at,
            "at2": Appointment.ends_at, "s1": Client.first_name, "s2": Client.last_name,
            "s3": patient.name, "s4": Appointment.appointment_type, "s5": Appointment.reason,
            "s6": Appointment.status,
            # The restriction banner comes in the same row: no round trip per appointment.
            "flag": Client.restricted_at.is_not(None), "n5": Appointment.animal_id,
            "n6": Appointment.room_id,
        })
        .join(Client, Client.id == Appointment.client_id)
        .outerjoin(patient, patient.id == Appointment.animal_id)
        .where(Appointment.starts_at >= bindparam("first", type_=UTCDateTime()),
               Appointment.starts_at < bindparam("after", type_=UTCDateTime()))
    )
    if not include_cancelled:
        appointments = appointments.where(
            Appointment.status != AppointmentStatus.CANCELLED.value)
    parts: Sequence[Any] = (
        # The appointments first: their slots are the widest, and the union's column types
        # are the first part's.
        appointments,
        _part(MARKER, {"n1": CalendarMarker.change_no}).where(CalendarMarker.id == 1),
        _part(RESOURCE, {
            "n1": Resource.id, "s1": Resource.kind, "s2": Resource.name,
            "n2": Resource.user_id, "s3": User.username, "n3": Resource.sort_order,
        })
        .select_from(Resource).outerjoin(User, User.id == Resource.user_id)
        .where(Resource.active.is_(True)),
        _part(HOURS, {
            "n1": ResourceHours.resource_id, "n2": ResourceHours.weekday,
            "s1": ResourceHours.kind, "tm1": ResourceHours.starts, "tm2": ResourceHours.ends,
        }),
        _part(OPENING, {
            "n1": HolidayOpening.resource_id, "day": HolidayOpening.day,
            "tm1": HolidayOpening.starts, "tm2": HolidayOpening.ends,
        })
        .where(and_(HolidayOpening.day >= bindparam("first_day", type_=Date()),
                    HolidayOpening.day <= bindparam("last_day", type_=Date()))),
    )
    both = union_all(*parts)
    columns = both.selected_columns
    return both.order_by(columns.part, columns.at1, columns.n1)


@cache
def _compiled_for_sqlite(include_cancelled: bool) -> Any:
    return raw_rows.compile_for_sqlite(_statement(include_cancelled), sqlite.dialect())


def _sqlite_values(rows: Sequence[Any]) -> list[tuple[Any, ...]]:
    """SQLite's stored text as the column types give it (what PostgreSQL's driver returns)."""
    moment, time_of, date_of = raw_rows.moment, dt.time.fromisoformat, dt.date.fromisoformat
    return [(part, n1, n2, n3, n4, n5, n6, s1, s2, s3, s4, s5, s6, moment(at1), moment(at2),
             time_of(tm1) if tm1 is not None else None,
             time_of(tm2) if tm2 is not None else None,
             date_of(day) if day is not None else None, flag)
            for (part, n1, n2, n3, n4, n5, n6, s1, s2, s3, s4, s5, s6, at1, at2, tm1, tm2,
                 day, flag) in rows]


def read_period(conn: Connection, first: dt.datetime, after: dt.datetime, first_day: dt.date,
                last_day: dt.date, include_cancelled: bool) -> PeriodRows:
    """Everything the calendar draws for the moments ``first`` (inclusive) to ``after``
    (exclusive), and the days ``first_day`` to ``last_day``, in one statement."""
    params = {"first": first, "after": after, "first_day": first_day, "last_day": last_day}
    rows: Sequence[Any]
    if conn.dialect.name == "sqlite":
        rows = _sqlite_values(raw_rows.run(conn, _compiled_for_sqlite(include_cancelled),
                                           params))
    else:
        rows = conn.execute(_statement(include_cancelled), params).all()
    marker = 0
    resources: list[tuple[int, str, str, int | None, str | None, int]] = []
    hours: list[HoursRow] = []
    hours_of: list[int] = []
    openings: dict[tuple[int | None, dt.date], Span] = {}
    appointments: list[tuple[Any, ...]] = []
    for (part, n1, n2, n3, n4, n5, n6, s1, s2, s3, s4, s5, s6, at1, at2, tm1, tm2, day,
         flag) in rows:
        if part == APPOINTMENT:
            appointments.append((n1, n2, n3, at1, at2, n4, s1, s2, n5, s3, s4, s5, s6,
                                 bool(flag), n6))
        elif part == RESOURCE:
            resources.append((n1, s1, s2, n2, s3, n3))
        elif part == HOURS:
            hours.append(HoursRow(n2, s1, tm1, tm2))
            hours_of.append(n1)
        elif part == OPENING:
            openings[(n1, day)] = Span(tm1, tm2)
        else:
            marker = int(n1 or 0)
    return PeriodRows(marker, resources, hours, hours_of, openings, appointments)
