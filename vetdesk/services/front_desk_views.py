"""Small reads the front-desk screens need beyond the client card: today's list, an animal's
full details for its edit form, and a short summary of a client before a merge."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from vetdesk.db.models import (
    Animal,
    AnimalAlert,
    Appointment,
    Client,
    Identity,
    Resource,
)
from vetdesk.domain.alert_view import AlertView
from vetdesk.domain.animal_rules import CHIP_KINDS
from vetdesk.domain.codes import AlertSeverity, AppointmentStatus
from vetdesk.errors import NotFound
from vetdesk.i18n import _
from vetdesk.services.context import ServiceContext
from vetdesk.services.local_time import clinic_day_bounds, clinic_today
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.search import DEFAULT_LIMIT, HitAlert, SearchResults, search

# Minutes past the start before a booked client who has not arrived counts as late.
LATE_AFTER = dt.timedelta(minutes=5)
_HIDDEN_TODAY = (AppointmentStatus.CANCELLED.value,)


@dataclass(frozen=True)
class TodayAppointment:
    appointment_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    client_id: int
    client_name: str
    animal_id: int | None
    animal_name: str | None
    with_whom: str
    appointment_type: str
    reason: str | None
    status: str
    # "coming", "late", "arrived", "in_progress", "done" or "no_show": what the list shows.
    state: str
    # Given back with a check-in, so a desk acting on a stale row is told (issue 11).
    version: int = 1


# The codes as plain strings, looked up once: a week's 600 rows each ask (issue 11).
_ARRIVED = AppointmentStatus.ARRIVED.value
_SHOWN_AS_IS = frozenset({AppointmentStatus.IN_PROGRESS.value, AppointmentStatus.DONE.value,
                          AppointmentStatus.NO_SHOW.value})


def appointment_state(status: str, starts_at: dt.datetime, now: dt.datetime) -> str:
    """Who is coming, who has arrived, who is late: from the status and the clock."""
    if status == _ARRIVED:
        return "arrived"
    if status in _SHOWN_AS_IS:
        return status
    return "late" if now > starts_at + LATE_AFTER else "coming"


def todays_appointments(ctx: ServiceContext, actor: Actor) -> tuple[TodayAppointment, ...]:
    """Today's appointments at the clinic (its own zone's day), in one query, earliest first."""
    require(actor, Permission.VIEW_CLIENTS)
    now = ctx.clock.now()
    start, end = clinic_day_bounds(ctx, clinic_today(ctx))
    patient = aliased(Animal)
    with ctx.db.reading() as session:
        rows = session.execute(
            select(Appointment.id, Appointment.starts_at, Appointment.ends_at,
                   Appointment.client_id, Client.first_name, Client.last_name,
                   Appointment.animal_id, patient.name, Resource.name,
                   Appointment.appointment_type, Appointment.reason, Appointment.status,
                   Appointment.version)
            .join(Client, Client.id == Appointment.client_id)
            .join(Resource, Resource.id == Appointment.resource_id)
            .outerjoin(patient, patient.id == Appointment.animal_id)
            .where(Appointment.starts_at >= start, Appointment.starts_at < end,
                   Appointment.status.not_in(_HIDDEN_TODAY))
            .order_by(Appointment.starts_at, Appointment.id)
        ).all()
    return tuple(
        TodayAppointment(
            appointment_id=r[0], starts_at=r[1], ends_at=r[2], client_id=r[3],
            client_name=f"{r[4]} {r[5]}".strip(), animal_id=r[6], animal_name=r[7],
            with_whom=r[8], appointment_type=r[9], reason=r[10], status=r[11],
            state=appointment_state(r[11], r[1], now), version=r[12],
        )
        for r in rows
    )


@dataclass(frozen=True)
class AnimalDetails:
    """Every field of the animal form, with the version to give back on save."""

    animal_id: int
    owner_id: int
    name: str
    species: str
    breed: str | None
    sex: str
    neutered: bool
    birth_date: dt.date | None
    birth_date_estimated: bool
    colour: str | None
    microchip: str | None
    insurance_company: str | None
    insurance_policy: str | None
    deceased_on: dt.date | None
    notes: str | None
    version: int
    # Active alerts, so the form can switch one off.
    alerts: tuple[AlertView, ...] = ()


def animal_details(ctx: ServiceContext, actor: Actor, animal_id: int) -> AnimalDetails:
    """The animal as its edit form needs it (the card leaves out the notes)."""
    require(actor, Permission.VIEW_CLIENTS)
    with ctx.db.reading() as session:
        animal = session.get(Animal, animal_id)
        if animal is None:
            raise NotFound(_("This animal no longer exists; search again."))
        chip = session.execute(
            select(Identity.value).where(Identity.animal_id == animal_id,
                                         Identity.kind.in_(CHIP_KINDS))
            .order_by(Identity.id).limit(1)
        ).scalar_one_or_none()
        alerts = session.execute(
            select(AnimalAlert).where(AnimalAlert.animal_id == animal_id,
                                      AnimalAlert.active.is_(True))
            .order_by(AnimalAlert.id)
        ).scalars().all()
        return AnimalDetails(
            animal_id=animal.id, owner_id=animal.owner_id, name=animal.name,
            species=animal.species, breed=animal.breed, sex=animal.sex,
            neutered=animal.neutered, birth_date=animal.birth_date,
            birth_date_estimated=animal.birth_date_estimated, colour=animal.colour,
            microchip=chip, insurance_company=animal.insurance_company,
            insurance_policy=animal.insurance_policy, deceased_on=animal.deceased_on,
            notes=animal.notes, version=animal.version,
            alerts=tuple(AlertView(a.id, a.text, AlertSeverity(a.severity), animal.id,
                                   animal.name) for a in alerts),
        )


@dataclass(frozen=True)
class ClientBrief:
    """Enough to confirm which client is meant (merge, move): no contact history."""

    client_id: int
    client_no: int
    name: str
    address: str | None
    postal_code: str | None
    city: str | None
    animals: int
    version: int


def client_brief(ctx: ServiceContext, actor: Actor, client_id: int) -> ClientBrief:
    require(actor, Permission.VIEW_CLIENTS)
    animals = (
        select(func.count(Animal.id)).where(Animal.owner_id == Client.id).scalar_subquery()
    )
    with ctx.db.reading() as session:
        row = session.execute(
            select(Client, animals).where(Client.id == client_id)
        ).first()
        if row is None or row[0].erased_at is not None or row[0].merged_into_id is not None:
            raise NotFound(_("This client no longer exists (erased or merged); search again."))
        client: Client = row[0]
        return ClientBrief(
            client.id, client.client_no, client.full_name, client.address, client.postal_code,
            client.city, int(row[1]), client.version,
        )


@dataclass(frozen=True)
class SearchScreen:
    """Search results plus the active warning and mandatory alerts of the owners and animals
    shown, so "bites when muzzled" is on the hit before the card is opened."""

    results: SearchResults
    client_alerts: dict[int, tuple[HitAlert, ...]]
    animal_alerts: dict[int, tuple[HitAlert, ...]]


def search_with_alerts(ctx: ServiceContext, actor: Actor, text_typed: str, *,
                       limit: int = DEFAULT_LIMIT) -> SearchScreen:
    """The search, with each shown owner's and animal's alerts (they come in the same single
    statement, so this is still one round trip)."""
    results = search(ctx, actor, text_typed, limit=limit)
    return SearchScreen(
        results,
        {owner.client_id: owner.alerts for owner in results.owners if owner.alerts},
        {animal.animal_id: animal.alerts
         for owner in results.owners for animal in owner.animals if animal.alerts},
    )
