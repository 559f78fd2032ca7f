"""Who holds a slot: the overlap check SQLite relies on, and the sentence for a taken slot on
both engines ("Dr. Lie is already booked 10:00-10:30 (Kari Ødegård)")."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import Appointment, Client, Resource
from vetdesk.domain.appointment_rules import FREE_AGAIN
from vetdesk.domain.codes import ResourceKind
from vetdesk.i18n import _
from vetdesk.services.local_time import clinic_zone
from vetdesk.services.scheduling.errors import SlotTaken

_FREE = tuple(status.value for status in FREE_AGAIN)


def resource_label(kind: str, name: str) -> str:
    """How a resource is named in sentences: a vet as "Dr. Lie", a room by its name."""
    if kind == ResourceKind.VETERINARIAN.value and name.split():
        return _("Dr. {surname}").format(surname=name.split()[-1])
    return name


def first_overlap(session: Session, resource_id: int, starts_at: dt.datetime,
                  ends_at: dt.datetime, *, besides: int | None = None) -> int | None:
    """The id of an appointment holding any part of [starts_at, ends_at) on the resource."""
    query = (
        select(Appointment.id)
        .where(Appointment.resource_id == resource_id, Appointment.starts_at < ends_at,
               Appointment.ends_at > starts_at, Appointment.status.not_in(_FREE))
        .order_by(Appointment.starts_at)
        .limit(1)
    )
    if besides is not None:
        query = query.where(Appointment.id != besides)
    return session.execute(query).scalar_one_or_none()


def slot_taken(session: Session, resource_id: int, starts_at: dt.datetime,
               ends_at: dt.datetime, *, besides: int | None = None) -> SlotTaken:
    """The sentence naming who holds the slot (read after the database refused it)."""
    row = session.execute(
        select(Resource.kind, Resource.name, Appointment.starts_at, Appointment.ends_at,
               Client.first_name, Client.last_name)
        .join(Resource, Resource.id == Appointment.resource_id)
        .join(Client, Client.id == Appointment.client_id)
        .where(Appointment.id == first_overlap(session, resource_id, starts_at, ends_at,
                                                besides=besides))
    ).first()
    if row is None:
        # The holder was cancelled in the meantime: the slot may be free now.
        return SlotTaken(_("Another desk booked this slot at the same moment; look at the "
                           "calendar again and choose a time."))
    kind, name, held_from, held_to, first, last = row
    zone = clinic_zone(session)
    return SlotTaken(_(
        "{resource} is already booked {start}-{end} ({client}); choose another time."
    ).format(resource=resource_label(kind, name), start=_clock(held_from, zone),
             end=_clock(held_to, zone),
             client=f"{first} {last}".strip()))


def _clock(moment: dt.datetime, zone: dt.tzinfo) -> str:
    return moment.astimezone(zone).strftime("%H:%M")
