"""Who holds a slot: the overlap checks SQLite relies on, and the sentence for a taken slot on
both engines ("Dr. Lie is already booked 10:00–10:30 (Kari Ødegård)", "Operasjonsstue 1 is
already booked 10:00–10:30 (Kari Ødegård)").

An appointment holds its column (``resource_id``) and its room or equipment (``room_id``,
which is the column itself when it was booked in a room's column): neither may be held by two
active appointments at once (migrations 0009 and 0014 on PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import Appointment, Client, Resource
from vetdesk.domain.appointment_rules import FREE_AGAIN
from vetdesk.domain.codes import ResourceKind
from vetdesk.i18n import _
from vetdesk.services.local_time import clinic_zone
from vetdesk.services.scheduling.errors import SlotTaken

_FREE = tuple(status.value for status in FREE_AGAIN)
ROOM_KINDS = frozenset({ResourceKind.ROOM.value, ResourceKind.EQUIPMENT.value})


def resource_label(kind: str, name: str) -> str:
    """How a resource is named in sentences: a vet as "Dr. Lie", a room by its name."""
    if kind == ResourceKind.VETERINARIAN.value and name.split():
        return _("Dr. {surname}").format(surname=name.split()[-1])
    return name


def held_room(column_kind: str, column_id: int, room_id: int | None) -> int | None:
    """The room an appointment holds: a room's or equipment's own column, else the one
    chosen (None: no room)."""
    return column_id if column_kind in ROOM_KINDS else room_id


def _first(session: Session, column: Any, holder_id: int, starts_at: dt.datetime,
           ends_at: dt.datetime, besides: int | None) -> int | None:
    query = (
        select(Appointment.id)
        .where(column == holder_id, Appointment.starts_at < ends_at,
               Appointment.ends_at > starts_at, Appointment.status.not_in(_FREE))
        .order_by(Appointment.starts_at)
        .limit(1)
    )
    if besides is not None:
        query = query.where(Appointment.id != besides)
    return session.execute(query).scalar_one_or_none()


def first_overlap(session: Session, resource_id: int, starts_at: dt.datetime,
                  ends_at: dt.datetime, *, besides: int | None = None) -> int | None:
    """The id of an appointment holding any part of [starts_at, ends_at) on the resource."""
    return _first(session, Appointment.resource_id, resource_id, starts_at, ends_at, besides)


def first_room_overlap(session: Session, room_id: int, starts_at: dt.datetime,
                       ends_at: dt.datetime, *, besides: int | None = None) -> int | None:
    """The id of an appointment holding the room during any part of [starts_at, ends_at)."""
    return _first(session, Appointment.room_id, room_id, starts_at, ends_at, besides)


def check_free(session: Session, resource_id: int, room_id: int | None,
               starts_at: dt.datetime, ends_at: dt.datetime, *,
               besides: int | None = None) -> None:
    """Raise ``SlotTaken`` naming the holder when the column or the room is taken (SQLite's
    stand-in for the exclusion constraints, run inside the write-locked transaction)."""
    holder = first_overlap(session, resource_id, starts_at, ends_at, besides=besides)
    if holder is not None:
        raise _taken(session, resource_id, holder)
    if room_id is not None:
        holder = first_room_overlap(session, room_id, starts_at, ends_at, besides=besides)
        if holder is not None:
            raise _taken(session, room_id, holder)


def slot_taken(session: Session, resource_id: int, starts_at: dt.datetime,
               ends_at: dt.datetime, *, besides: int | None = None,
               room_id: int | None = None) -> SlotTaken:
    """The sentence naming who holds the column or the room (read after the database refused
    it: which of the two constraints it was is found again here)."""
    holder = first_overlap(session, resource_id, starts_at, ends_at, besides=besides)
    if holder is not None:
        return _taken(session, resource_id, holder)
    if room_id is not None:
        holder = first_room_overlap(session, room_id, starts_at, ends_at, besides=besides)
        if holder is not None:
            return _taken(session, room_id, holder)
    # The holder was cancelled in the meantime: the slot may be free now.
    return SlotTaken(_("Another desk booked this slot at the same moment; look at the "
                       "calendar again and choose a time."))


def _taken(session: Session, named_id: int, holder_id: int) -> SlotTaken:
    resource = session.execute(
        select(Resource.kind, Resource.name).where(Resource.id == named_id)).one()
    row = session.execute(
        select(Appointment.starts_at, Appointment.ends_at, Client.first_name, Client.last_name)
        .join(Client, Client.id == Appointment.client_id)
        .where(Appointment.id == holder_id)
    ).one()
    held_from, held_to, first, last = row
    zone = clinic_zone(session)
    return SlotTaken(_(
        "{resource} is already booked {start}–{end} ({client}); choose another time."
    ).format(resource=resource_label(resource.kind, resource.name),
             start=_clock(held_from, zone), end=_clock(held_to, zone),
             client=f"{first} {last}".strip()))


def _clock(moment: dt.datetime, zone: dt.tzinfo) -> str:
    return moment.astimezone(zone).strftime("%H:%M")
