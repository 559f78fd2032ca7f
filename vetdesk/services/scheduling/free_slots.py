""""Next free slot": the earliest stretch of a given length in opening hours, outside breaks
and clear of every appointment that holds its slot, for one vet or any (SCENARIOS 08:10), and
with a room or piece of equipment free at the same time when one is asked for."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vetdesk.domain.opening_hours import DayHours
from vetdesk.errors import NotFound, ValidationError
from vetdesk.i18n import _
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.scheduling.calendar_view import calendar_period, holds_slot

# Candidate starts every five minutes, so a slot can follow an appointment directly.
STEP = dt.timedelta(minutes=5)
MAX_DAYS = 62


@dataclass(frozen=True)
class FreeSlot:
    resource_id: int
    resource_name: str
    starts_at: dt.datetime
    ends_at: dt.datetime


def next_free_slot(ctx: ServiceContext, actor: Actor, minutes: int, *, first_day: dt.date,
                   last_day: dt.date, resource_ids: tuple[int, ...] = (),
                   room_id: int | None = None) -> FreeSlot:
    """The earliest free slot of ``minutes`` from now on, between the two days (inclusive),
    on the given resources (none: every vet), with ``room_id`` free too when given."""
    require(actor, Permission.VIEW_CLIENTS)
    if minutes <= 0 or minutes > 12 * 60:
        raise ValidationError(_("Give a length between 1 minute and 12 hours."))
    if last_day < first_day:
        raise ValidationError(_("The last day must not be before the first; widen the range."))
    days = min((last_day - first_day).days + 1, MAX_DAYS)
    period = calendar_period(ctx, actor, first_day, days)
    columns = ([r for r in period.resources if r.resource_id in resource_ids] if resource_ids
               else [r for r in period.resources if r.kind == "veterinarian"])
    length = dt.timedelta(minutes=minutes)
    now = ctx.clock.now()
    busy: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {}
    for item in period.appointments:
        if holds_slot(item.status):
            busy.setdefault(item.resource_id, []).append((item.starts_at, item.ends_at))
            if item.room_id is not None and item.room_id != item.resource_id:
                # A vet's booking that holds a room keeps that room busy as well.
                busy.setdefault(item.room_id, []).append((item.starts_at, item.ends_at))
    room_busy = busy.get(room_id, []) if room_id is not None else []
    for day in period.days:
        candidates = [
            (slot, r.resource_id, r.name) for r in columns
            if (slot := _first_on(day, period.hours[(r.resource_id, day)],
                                  busy.get(r.resource_id, []) + room_busy, length, now,
                                  ctx.zone))
            is not None
        ]
        if candidates:
            # min() keeps the first of equal times: the calendar's order decides a tie.
            when, resource_id, name = min(candidates, key=lambda c: c[0])
            return FreeSlot(resource_id, name, when, when + length)
    raise NotFound(_("No free slot of {minutes} minutes between {first} and {last}; try a "
                     "wider range or another vet.").format(
                         minutes=minutes, first=first_day.strftime("%d.%m.%Y"),
                         last=last_day.strftime("%d.%m.%Y")))


def _first_on(day: dt.date, hours: DayHours, busy: list[tuple[dt.datetime, dt.datetime]],
              length: dt.timedelta, now: dt.datetime, zone: dt.tzinfo
              ) -> dt.datetime | None:
    for span in hours.open:
        moment = dt.datetime.combine(day, span.starts, zone)
        closes = dt.datetime.combine(day, span.ends, zone)
        while moment + length <= closes:
            ends = moment + length
            clear = (moment >= now
                     and hours.allows(moment.time(), ends.time() if ends.date() == day
                                      else dt.time.max)
                     and not any(s < ends and moment < e for s, e in busy))
            if clear:
                return moment.astimezone(dt.UTC)
            moment += STEP
    return None
