"""Seeing and editing each resource's week and the holidays the clinic opens (issue 11): the
Settings page's opening-hours tab and `vetdesk calendar hours|holiday` call these.

Reading needs what reading the calendar needs; changing needs the settings permission
(practice manager, administrator), and on PostgreSQL the grants on resource_hours and
holiday_openings say the same (vetdesk/db/security/grants.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vetdesk.db.models import HolidayOpening, Resource, ResourceHours
from vetdesk.domain.codes import AuditAction
from vetdesk.domain.hours_text import check_day
from vetdesk.domain.opening_hours import HoursRow, default_week, public_holiday
from vetdesk.errors import NotFound, ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.scheduling.resources import ResourceView, load_resources


@dataclass(frozen=True)
class ResourceWeek:
    """A resource's weekly rows; ``is_default`` when it has none and follows the clinic's."""

    resource: ResourceView
    rows: tuple[HoursRow, ...]
    is_default: bool

    def day(self, weekday: int) -> tuple[HoursRow, ...]:
        return tuple(r for r in self.rows if r.weekday == weekday)


@dataclass(frozen=True)
class HolidayOpeningView:
    day: dt.date
    holiday: str  # its Norwegian name
    resource_id: int | None  # None: the whole clinic
    resource_name: str | None
    starts: dt.time
    ends: dt.time


def _stored_week(session: Session, resource_id: int) -> tuple[HoursRow, ...]:
    rows = session.execute(
        select(ResourceHours.weekday, ResourceHours.kind, ResourceHours.starts,
               ResourceHours.ends)
        .where(ResourceHours.resource_id == resource_id)
        .order_by(ResourceHours.weekday, ResourceHours.starts)).all()
    return tuple(HoursRow(r[0], r[1], r[2], r[3]) for r in rows)


def resource_weeks(ctx: ServiceContext, actor: Actor) -> tuple[ResourceWeek, ...]:
    """Every active resource's week, in calendar order."""
    require(actor, Permission.VIEW_CLIENTS)
    with ctx.db.reading() as session:
        stored: dict[int, list[HoursRow]] = {}
        for r in session.execute(select(ResourceHours.resource_id, ResourceHours.weekday,
                                        ResourceHours.kind, ResourceHours.starts,
                                        ResourceHours.ends)
                                 .order_by(ResourceHours.weekday, ResourceHours.starts)).all():
            stored.setdefault(r[0], []).append(HoursRow(r[1], r[2], r[3], r[4]))
        resources = load_resources(session)
    return tuple(ResourceWeek(res, tuple(stored.get(res.resource_id, ())) or default_week(),
                              res.resource_id not in stored) for res in resources)


def pick_resource(weeks: Sequence[ResourceWeek], text: str) -> ResourceWeek:
    """The resource a manager names by username (``lie``) or by name (``Rom 2``)."""
    wanted = " ".join(text.split()).casefold()
    for week in weeks:
        if wanted in (week.resource.name.casefold(), (week.resource.username or "").casefold()):
            return week
    raise NotFound(_("There is no vet, room or equipment called “{name}” in the calendar; "
                     "`vetdesk calendar hours` lists them.").format(name=text.strip()))


def set_days(ctx: ServiceContext, actor: Actor, resource_id: int, weekdays: Sequence[int],
             rows: Sequence[HoursRow]) -> tuple[HoursRow, ...]:
    """Give ``weekdays`` the hours of ``rows`` (written for any one day; none: closed) and keep
    the rest of the week; a resource on the default week gets it written out first. Returns
    the new week."""
    require(actor, Permission.MANAGE_SETTINGS)
    check_day(rows)
    with ctx.db.transaction() as session:
        if session.get(Resource, resource_id) is None:
            raise NotFound(_("This vet, room or equipment is not in the calendar (any more); "
                             "choose another."))
        week = _stored_week(session, resource_id) or default_week()
        kept = [r for r in week if r.weekday not in weekdays]
        new = [HoursRow(day, r.kind, r.starts, r.ends) for day in weekdays for r in rows]
        if not any(r.kind == "open" for r in (*kept, *new)):
            # No rows at all means "the clinic's default week" (domain/opening_hours.py).
            raise ValidationError(_("A resource must be open at least one day a week; "
                                    "take it out of the calendar instead."))
        session.execute(delete(ResourceHours).where(ResourceHours.resource_id == resource_id))
        result = tuple(sorted((*kept, *new), key=lambda r: (r.weekday, r.kind != "open",
                                                            r.starts)))
        session.add_all(ResourceHours(resource_id=resource_id, weekday=r.weekday, kind=r.kind,
                                      starts=r.starts, ends=r.ends) for r in result)
        audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="resource",
                     entity_id=resource_id, details={"fields": ["hours"]})
    return result


def holiday_openings(ctx: ServiceContext, actor: Actor, first: dt.date,
                     last: dt.date) -> tuple[HolidayOpeningView, ...]:
    """The public holidays opened between ``first`` and ``last`` (both included)."""
    require(actor, Permission.VIEW_CLIENTS)
    with ctx.db.reading() as session:
        rows = session.execute(
            select(HolidayOpening.day, HolidayOpening.resource_id, Resource.name,
                   HolidayOpening.starts, HolidayOpening.ends)
            .outerjoin(Resource, Resource.id == HolidayOpening.resource_id)
            .where(HolidayOpening.day.between(first, last))
            .order_by(HolidayOpening.day, HolidayOpening.starts)).all()
    return tuple(HolidayOpeningView(r[0], public_holiday(r[0]) or "", r[1], r[2], r[3], r[4])
                 for r in rows)


def close_holiday(ctx: ServiceContext, actor: Actor, day: dt.date, *,
                  resource_id: int | None = None) -> bool:
    """Close an opened public holiday again; False when it was not open."""
    require(actor, Permission.MANAGE_SETTINGS)
    with ctx.db.transaction() as session:
        removed = session.execute(delete(HolidayOpening).where(
            HolidayOpening.day == day,
            HolidayOpening.resource_id.is_(None) if resource_id is None
            else HolidayOpening.resource_id == resource_id)
        ).rowcount  # type: ignore[attr-defined]
        if removed:
            audit.record(session, ctx, actor, AuditAction.CHANGE,
                         entity_type="holiday_opening", entity_id=day.isoformat())
    return bool(removed)
