"""The calendar's columns: vets, rooms and equipment, with their opening hours and breaks,
and the public holidays the clinic opens after all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vetdesk.db.models import HolidayOpening, Resource, ResourceHours, User
from vetdesk.domain.codes import AuditAction, ResourceKind
from vetdesk.domain.hours_text import check_span, check_week
from vetdesk.domain.opening_hours import HoursRow, public_holiday
from vetdesk.domain.text import clean_line
from vetdesk.errors import NotFound, ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require

_ROOM_KINDS = (ResourceKind.ROOM.value, ResourceKind.EQUIPMENT.value)
_KIND_ORDER = {ResourceKind.VETERINARIAN.value: 0, ResourceKind.NURSE.value: 1,
               ResourceKind.ROOM.value: 2, ResourceKind.EQUIPMENT.value: 3}


@dataclass(frozen=True)
class ResourceView:
    resource_id: int
    kind: str
    name: str
    user_id: int | None
    username: str | None


def _ordered(rows: Sequence[ResourceView], orders: dict[int, int]) -> tuple[ResourceView, ...]:
    return tuple(sorted(rows, key=lambda r: (orders.get(r.resource_id, 0),
                                             _KIND_ORDER.get(r.kind, 9), r.name)))


def ordered_resources(rows: Sequence[tuple[int, str, str, int | None, str | None, int]]
                      ) -> tuple[ResourceView, ...]:
    """Resources read as (id, kind, name, user id, username, sort order), in calendar order."""
    return _ordered([ResourceView(r[0], r[1], r[2], r[3], r[4]) for r in rows],
                    {r[0]: r[5] for r in rows})


def load_resources(session: Session) -> tuple[ResourceView, ...]:
    rows = session.execute(
        select(Resource.id, Resource.kind, Resource.name, Resource.user_id, User.username,
               Resource.sort_order)
        .outerjoin(User, User.id == Resource.user_id)
        .where(Resource.active.is_(True))
    ).all()
    return _ordered([ResourceView(r[0], r[1], r[2], r[3], r[4]) for r in rows],
                    {r[0]: r[5] for r in rows})


def list_resources(ctx: ServiceContext, actor: Actor) -> tuple[ResourceView, ...]:
    """The active resources in calendar order (vets first)."""
    require(actor, Permission.VIEW_CLIENTS)
    with ctx.db.reading() as session:
        return load_resources(session)


def vet_resource(ctx: ServiceContext, actor: Actor, username: str) -> ResourceView:
    """The calendar column of the staff member with this username (``--vet lie``)."""
    require(actor, Permission.VIEW_CLIENTS)
    with ctx.db.reading() as session:
        for resource in load_resources(session):
            if resource.username is not None and resource.username == username.strip().lower():
                return resource
    raise NotFound(_("There is no vet with the username \"{username}\" in the calendar; check "
                     "the spelling (`vetdesk user list` shows the usernames).").format(
                         username=username))


def room_resource(ctx: ServiceContext, actor: Actor, name: str) -> ResourceView:
    """The room or piece of equipment called ``name`` (``--room "Operasjonsstue 1"``)."""
    require(actor, Permission.VIEW_CLIENTS)
    wanted = " ".join(name.split()).casefold()
    with ctx.db.reading() as session:
        for resource in load_resources(session):
            if resource.kind in _ROOM_KINDS and resource.name.casefold() == wanted:
                return resource
    raise NotFound(_("There is no room or equipment called “{name}” in the calendar; "
                     "`vetdesk calendar hours` lists them.").format(name=name.strip()))


def add_resource(ctx: ServiceContext, actor: Actor, kind: ResourceKind, name: str, *,
                 user_id: int | None = None, sort_order: int = 0) -> int:
    require(actor, Permission.MANAGE_SETTINGS)
    clean = clean_line(name)
    if not clean or len(clean) > 100:
        raise ValidationError(_("Give the resource a name of at most 100 characters."),
                              {"name": _("Required.")})
    with ctx.db.transaction() as session:
        resource = Resource(kind=kind.value, name=clean, user_id=user_id, active=True,
                            sort_order=sort_order)
        session.add(resource)
        session.flush()
        audit.record(session, ctx, actor, AuditAction.CREATE, entity_type="resource",
                     entity_id=resource.id)
        return resource.id


def set_hours(ctx: ServiceContext, actor: Actor, resource_id: int,
              week: Sequence[HoursRow]) -> None:
    """Replace a resource's weekly opening hours and breaks (empty: the clinic's default)."""
    require(actor, Permission.MANAGE_SETTINGS)
    for row in week:
        if row.kind not in ("open", "break"):
            raise ValidationError(_("Each opening or break must end after it starts."))
    check_week(week)  # each stretch ends after it starts, breaks inside the hours
    with ctx.db.transaction() as session:
        if session.get(Resource, resource_id) is None:
            raise NotFound(_("This vet, room or equipment is not in the calendar (any more); "
                             "choose another."))
        session.execute(delete(ResourceHours).where(ResourceHours.resource_id == resource_id))
        session.add_all(ResourceHours(resource_id=resource_id, weekday=r.weekday, kind=r.kind,
                                      starts=r.starts, ends=r.ends) for r in week)
        audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="resource",
                     entity_id=resource_id, details={"fields": ["hours"]})


def open_holiday(ctx: ServiceContext, actor: Actor, day: dt.date, starts: dt.time,
                 ends: dt.time, *, resource_id: int | None = None) -> None:
    """Open a public holiday (closed by default) for the clinic or one resource."""
    require(actor, Permission.MANAGE_SETTINGS)
    if public_holiday(day) is None:
        raise ValidationError(_("{day} is not a public holiday; ordinary opening hours apply."
                                ).format(day=day.strftime("%d.%m.%Y")))
    check_span(starts, ends)
    with ctx.db.transaction() as session:
        # Opening the same day again changes its hours rather than adding a second opening.
        session.execute(delete(HolidayOpening).where(
            HolidayOpening.day == day,
            HolidayOpening.resource_id.is_(None) if resource_id is None
            else HolidayOpening.resource_id == resource_id))
        session.add(HolidayOpening(day=day, resource_id=resource_id, starts=starts, ends=ends))
        audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="holiday_opening",
                     entity_id=day.isoformat())
