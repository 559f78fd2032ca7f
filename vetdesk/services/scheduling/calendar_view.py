"""What the calendar page draws: the resources, each one's hours per day, and the
appointments of a day or a week, in one read (four statements, whatever the week holds)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from vetdesk.db.models import (
    Animal,
    Appointment,
    Client,
    HolidayOpening,
    ResourceHours,
)
from vetdesk.domain.appointment_rules import FREE_AGAIN
from vetdesk.domain.codes import AppointmentStatus
from vetdesk.domain.opening_hours import DayHours, HoursRow, Span, day_hours
from vetdesk.services.context import ServiceContext
from vetdesk.services.front_desk_views import appointment_state
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.scheduling.marker import calendar_marker, read_marker
from vetdesk.services.scheduling.resources import ResourceView, load_resources

__all__ = ["CalendarAppointment", "CalendarPeriod", "calendar_marker", "calendar_period"]


@dataclass(frozen=True)
class CalendarAppointment:
    appointment_id: int
    version: int
    resource_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    client_id: int
    client_name: str
    animal_id: int | None
    animal_name: str | None
    appointment_type: str
    reason: str | None
    status: str
    # What the lists show: "coming", "late", "arrived", "in_progress", "done", "no_show".
    state: str
    # The client's processing is restricted (GDPR art. 18): the appointment says so.
    restricted: bool = False


@dataclass(frozen=True)
class CalendarPeriod:
    first_day: dt.date
    days: tuple[dt.date, ...]
    resources: tuple[ResourceView, ...]
    # (resource id, day) → that day's hours
    hours: dict[tuple[int, dt.date], DayHours]
    appointments: tuple[CalendarAppointment, ...]
    # The change marker when this was read: a desk reloads when it moves on.
    marker: int


def _utc_midnight(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), zone).astimezone(dt.UTC)


def calendar_period(ctx: ServiceContext, actor: Actor, first_day: dt.date, days: int = 7, *,
                    include_cancelled: bool = False) -> CalendarPeriod:
    """The calendar from ``first_day`` for ``days`` days (1: the day view, 7: the week)."""
    require(actor, Permission.VIEW_CLIENTS)
    dates = tuple(first_day + dt.timedelta(days=n) for n in range(days))
    with ctx.db.reading() as session:
        marker = read_marker(session)
        resources = load_resources(session)
        hours = _hours(session, resources, dates)
        appointments = _appointments(session, ctx.clock.now(), dates, include_cancelled,
                                     ctx.zone)
    return CalendarPeriod(first_day, dates, resources, hours, appointments, marker)


def _hours(session: Session, resources: tuple[ResourceView, ...], dates: tuple[dt.date, ...]
           ) -> dict[tuple[int, dt.date], DayHours]:
    weeks: dict[int, list[HoursRow]] = defaultdict(list)
    # Both small tables, read whole in one statement each (a clinic has a few dozen rows).
    for r in session.execute(select(ResourceHours.resource_id, ResourceHours.weekday,
                                    ResourceHours.kind, ResourceHours.starts,
                                    ResourceHours.ends)).all():
        weeks[r[0]].append(HoursRow(r[1], r[2], r[3], r[4]))
    openings: dict[tuple[int | None, dt.date], Span] = {}
    for o in session.execute(select(HolidayOpening.resource_id, HolidayOpening.day,
                                    HolidayOpening.starts, HolidayOpening.ends)
                             .where(HolidayOpening.day.between(dates[0], dates[-1]))).all():
        openings[(o[0], o[1])] = Span(o[2], o[3])
    return {
        (resource.resource_id, day): day_hours(
            day, weeks.get(resource.resource_id, ()),
            openings.get((resource.resource_id, day)) or openings.get((None, day)))
        for resource in resources for day in dates
    }


def _appointments(session: Session, now: dt.datetime, dates: tuple[dt.date, ...],
                  include_cancelled: bool, zone: dt.tzinfo
                  ) -> tuple[CalendarAppointment, ...]:
    patient = aliased(Animal)
    query = (
        select(Appointment.id, Appointment.version, Appointment.resource_id,
               Appointment.starts_at, Appointment.ends_at, Appointment.client_id,
               Client.first_name, Client.last_name, Appointment.animal_id, patient.name,
               Appointment.appointment_type, Appointment.reason, Appointment.status,
               # The restriction banner comes in the same statement: no round trip per row.
               Client.restricted_at.is_not(None))
        .join(Client, Client.id == Appointment.client_id)
        .outerjoin(patient, patient.id == Appointment.animal_id)
        .where(Appointment.starts_at >= _utc_midnight(dates[0], zone),
               Appointment.starts_at < _utc_midnight(dates[-1] + dt.timedelta(days=1), zone))
        .order_by(Appointment.starts_at, Appointment.id)
    )
    if not include_cancelled:
        query = query.where(Appointment.status != AppointmentStatus.CANCELLED.value)
    return tuple(
        CalendarAppointment(r[0], r[1], r[2], r[3], r[4], r[5], f"{r[6]} {r[7]}".strip(),
                            r[8], r[9], r[10], r[11], r[12], appointment_state(r[12], r[3], now),
                            bool(r[13]))
        for r in session.execute(query).all()
    )


def holds_slot(status: str) -> bool:
    return AppointmentStatus(status) not in FREE_AGAIN
