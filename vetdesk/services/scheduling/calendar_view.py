"""What the calendar page draws: the resources, each one's hours per day, and the
appointments of a day or a week, in one read: one statement, whatever the week holds
(period_read.py)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from vetdesk.domain.appointment_rules import FREE_AGAIN
from vetdesk.domain.codes import AppointmentStatus
from vetdesk.domain.opening_hours import DayHours, HoursRow, day_hours
from vetdesk.services.context import ServiceContext
from vetdesk.services.front_desk_views import appointment_state
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.scheduling.marker import calendar_marker
from vetdesk.services.scheduling.period_read import PeriodRows, read_period
from vetdesk.services.scheduling.resources import ResourceView, ordered_resources

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
    # The room or equipment it also holds (a vet's booking in Operasjonsstue 1): the room's
    # column shows it too, so a room that is taken never looks free.
    room_id: int | None = None


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
    zone = ctx.zone
    with ctx.db.quick_read() as conn:
        read = read_period(conn, _utc_midnight(dates[0], zone),
                           _utc_midnight(dates[-1] + dt.timedelta(days=1), zone), dates[0],
                           dates[-1], include_cancelled)
    resources = ordered_resources(read.resources)
    return CalendarPeriod(first_day, dates, resources, _hours(read, resources, dates),
                          _appointments(read, ctx.clock.now()), read.marker)


def _hours(read: PeriodRows, resources: tuple[ResourceView, ...], dates: tuple[dt.date, ...]
           ) -> dict[tuple[int, dt.date], DayHours]:
    weeks: dict[int, list[HoursRow]] = defaultdict(list)
    for resource_id, row in zip(read.hours_of, read.hours, strict=True):
        weeks[resource_id].append(row)
    openings = read.openings
    return {
        (resource.resource_id, day): day_hours(
            day, weeks.get(resource.resource_id, ()),
            openings.get((resource.resource_id, day)) or openings.get((None, day)))
        for resource in resources for day in dates
    }


def _appointments(read: PeriodRows, now: dt.datetime) -> tuple[CalendarAppointment, ...]:
    state = appointment_state
    return tuple(
        CalendarAppointment(r[0], r[1], r[2], r[3], r[4], r[5], f"{r[6]} {r[7]}".strip(),
                            r[8], r[9], r[10], r[11], r[12], state(r[12], r[3], now), r[13],
                            r[14])
        for r in read.appointments
    )


def holds_slot(status: str) -> bool:
    return AppointmentStatus(status) not in FREE_AGAIN
