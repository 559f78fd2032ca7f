"""What a booking must know before it writes, read in one statement (one round trip): the
resource, its weekly hours, a holiday opening for the day, and the animal's owner."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    Time,
    cast,
    literal,
    null,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import Null

from vetdesk.db.models import Animal, Client, HolidayOpening, Resource, ResourceHours
from vetdesk.domain.codes import ResourceKind
from vetdesk.domain.opening_hours import DayHours, HoursRow, Span, day_hours
from vetdesk.errors import NotFound, ValidationError
from vetdesk.i18n import _


@dataclass(frozen=True)
class BookingFacts:
    resource_kind: str
    resource_name: str
    hours: DayHours
    # Every row read, for what else rode along in the statement (the confirmation's facts).
    rows: tuple[Any, ...] = ()


def fact_row(what: str, text: Any, number: Any, starts: Any, ends: Any) -> tuple[Any, ...]:
    return (literal(what, String).label("what"), cast(text, String).label("text"),
            cast(number, Integer).label("number"), _time(starts).label("starts"),
            _time(ends).label("ends"))


def _time(value: Any) -> Any:
    """A time of day in the union. CAST(... AS TIME) gives the value numeric affinity on
    SQLite, which turned a stored '08:00:00.000000' into 8 and failed the booking of anyone
    with their own hours; a time column keeps its own type, and only a NULL needs one."""
    if isinstance(value, Null):
        return cast(value, Time)
    return type_coerce(value, Time)


def booking_facts(session: Session, *, resource_id: int, client_id: int,
                  animal_id: int | None, day: dt.date, also: Sequence[Any] = (),
                  room_id: int | None = None) -> BookingFacts:
    """The facts, plus the rows of ``also`` (selects in ``fact_row`` shape and a ``kind``)
    in the same statement. A chosen ``room_id`` must be an active room or equipment."""
    parts = fact_parts(resource_id=resource_id, client_id=client_id, animal_id=animal_id,
                       day=day, room_id=room_id)
    rows = session.execute(union_all(*parts, *also)).all()
    return read_facts(tuple(rows), resource_id=resource_id, client_id=client_id,
                      animal_id=animal_id, day=day, room_id=room_id)


def fact_parts(*, resource_id: Any, client_id: Any, animal_id: Any, day: dt.date,
               room_id: int | None = None) -> list[Any]:
    """The selects of the facts (``fact_row`` shape and a ``kind``). The ids may be SQL
    expressions: a move reads them from the appointment in the same statement
    (services/scheduling/change_read.py)."""
    parts = [
        select(*fact_row("resource", Resource.name, cast(Resource.active, Integer), null(), null()),
               Resource.kind.label("kind"))
        .where(Resource.id == resource_id),
        select(*fact_row("hours", ResourceHours.kind,
                     ResourceHours.weekday, ResourceHours.starts, ResourceHours.ends),
               null().label("kind"))
        .where(ResourceHours.resource_id == resource_id),
        select(*fact_row("holiday", null(), HolidayOpening.resource_id, HolidayOpening.starts,
                     HolidayOpening.ends), null().label("kind"))
        .where(HolidayOpening.day == day,
               or_(HolidayOpening.resource_id == resource_id,
                   HolidayOpening.resource_id.is_(None))),
        select(*fact_row("client", null(), Client.id, null(), null()), null().label("kind"))
        .where(Client.id == client_id, Client.erased_at.is_(None),
               Client.merged_into_id.is_(None)),
    ]
    if animal_id is not None:
        parts.append(
            select(*fact_row("animal", Animal.name, Animal.owner_id, null(), null()),
                   null().label("kind"))
            .where(Animal.id == animal_id)
        )
    if room_id is not None:
        parts.append(
            select(*fact_row("room", Resource.name, cast(Resource.active, Integer), null(),
                             null()), Resource.kind.label("kind"))
            .where(Resource.id == room_id))
    return parts


def read_facts(rows: tuple[Any, ...], *, resource_id: int, client_id: int,
               animal_id: int | None, day: dt.date, room_id: int | None = None
               ) -> BookingFacts:
    """The facts of ``rows`` (read with ``fact_parts``), or the sentence for what is wrong."""
    resource = next((r for r in rows if r.what == "resource"), None)
    if resource is None or not resource.number:
        raise NotFound(_("This vet, room or equipment is not in the calendar (any more); "
                         "choose another."))
    if room_id is not None and room_id != resource_id:
        room = next((r for r in rows if r.what == "room"), None)
        if room is None or not room.number or room.kind not in (
                ResourceKind.ROOM.value, ResourceKind.EQUIPMENT.value):
            raise ValidationError(_("Choose a room or a piece of equipment that is in the "
                                    "calendar, or no room."), {"room": _("Not a room.")})
        if resource.kind in (ResourceKind.ROOM.value, ResourceKind.EQUIPMENT.value):
            raise ValidationError(_("{name} is itself a room or equipment; book it in a vet's "
                                    "column to add another room.").format(
                                        name=resource.text), {"room": _("Not here.")})
    if not any(r.what == "client" for r in rows):
        raise NotFound(_("This client no longer exists (erased or merged); search again."))
    if animal_id is not None:
        owner = next((r.number for r in rows if r.what == "animal"), None)
        if owner != client_id:
            raise ValidationError(_("This animal does not belong to the chosen client; choose "
                                    "one of the client's animals."),
                                  {"animal": _("Not this client's animal.")})
    week = tuple(HoursRow(r.number, r.text, r.starts, r.ends) for r in rows if r.what == "hours")
    openings = [r for r in rows if r.what == "holiday"]
    # A resource's own holiday opening wins over the clinic's.
    opening = min(openings, key=lambda r: r.number is None, default=None)
    span = Span(opening.starts, opening.ends) if opening is not None else None
    return BookingFacts(resource.kind, resource.text, day_hours(day, week, span), rows)


def local_day_and_times(starts_at: dt.datetime, ends_at: dt.datetime, zone: tzinfo
                        ) -> tuple[dt.date, dt.time, dt.time | None]:
    """The clinic-local day, start and end; the end is None when it runs into another day."""
    start = starts_at.astimezone(zone)
    end = ends_at.astimezone(zone)
    if end.date() == start.date():
        return start.date(), start.time(), end.time()
    if end.date() == start.date() + dt.timedelta(days=1) and end.time() == dt.time(0, 0):
        return start.date(), start.time(), dt.time.max
    return start.date(), start.time(), None
