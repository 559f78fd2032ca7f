"""The chart header (who the patient is, at a glance) and the vet's "my day" list."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, literal_column, select, union_all
from sqlalchemy.orm import Session

from vetdesk.db.models import (
    Animal,
    AnimalAlert,
    Appointment,
    Client,
    ClientAlert,
    ClientPhone,
    Identity,
    JournalVersion,
    Resource,
)
from vetdesk.domain.codes import (
    AlertSeverity,
    AppointmentStatus,
    IdentityKind,
    Sex,
    Species,
    VersionAction,
)
from vetdesk.errors import NotFound
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal.records import is_current_version
from vetdesk.services.journal.types import (
    AgeSpan,
    AlertInfo,
    ChartHeader,
    DayPatient,
    OwnerInfo,
    WeightPoint,
)
from vetdesk.services.local_time import clinic_day_bounds, clinic_today
from vetdesk.services.permissions import Actor, Permission, require

WEIGHT_TREND_POINTS = 12
_CHIP_KINDS = (IdentityKind.ISO_CHIP.value, IdentityKind.FDX_A_CHIP.value)
_SEVERITY_ORDER = {AlertSeverity.MANDATORY: 0, AlertSeverity.WARNING: 1, AlertSeverity.INFO: 2}


def chart_header(ctx: ServiceContext, actor: Actor, animal_id: int) -> ChartHeader:
    """Opening a chart: the header, and an audited view of the animal's record."""
    require(actor, Permission.VIEW_JOURNAL)
    with ctx.db.reading() as session:
        # Three statements (over a slow link each one is a round trip): the animal with its
        # owner, first phone, chip and the clinic's time zone; both kinds of alert; weights.
        phone = (
            select(ClientPhone.e164).where(ClientPhone.client_id == Client.id)
            .order_by(ClientPhone.position, ClientPhone.id).limit(1).scalar_subquery()
        )
        chip = (
            select(Identity.value)
            .where(Identity.animal_id == Animal.id, Identity.kind.in_(_CHIP_KINDS))
            .order_by(Identity.kind, Identity.id).limit(1).scalar_subquery()
        )
        row = session.execute(
            select(Animal, Client, phone.label("phone"), chip.label("chip"))
            .join(Client, Client.id == Animal.owner_id)
            .where(Animal.id == animal_id)
        ).first()
        if row is None:
            raise NotFound(_("That animal is not in the register; search for it again."))
        animal, owner, phone_number, chip_number = row
        alerts = [
            AlertInfo(text, AlertSeverity(severity), "animal" if about == 0 else "owner")
            for about, text, severity in session.execute(union_all(
                select(literal_column("0", Integer), AnimalAlert.text, AnimalAlert.severity)
                .where(AnimalAlert.animal_id == animal_id, AnimalAlert.active.is_(True)),
                select(literal_column("1", Integer), ClientAlert.text, ClientAlert.severity)
                .where(ClientAlert.client_id == owner.id, ClientAlert.active.is_(True)),
            ))
        ]
        # Most severe first; the animal's before the owner's (a stable sort keeps that).
        alerts.sort(key=lambda a: (_SEVERITY_ORDER[a.severity], a.about != "animal"))
        weights = _weights(session, animal_id)
        today = clinic_today(ctx)
        header = ChartHeader(
            animal_id=animal.id, name=animal.name, species=Species(animal.species),
            breed=animal.breed, sex=Sex(animal.sex), neutered=animal.neutered,
            birth_date=animal.birth_date,
            age=age_on(animal.birth_date, animal.deceased_on or today,
                       estimated=animal.birth_date_estimated),
            deceased_on=animal.deceased_on, is_group=animal.is_group, chip=chip_number,
            current_weight_kg=weights[-1].weight_kg if weights else None,
            weighed_at=weights[-1].measured_at if weights else None,
            weight_trend=tuple(weights), alerts=tuple(alerts),
            owner=OwnerInfo(owner.id, owner.client_no, owner.full_name, phone_number),
        )
    # Logged (one statement) before the header is returned, so nothing reaches the screen
    # unlogged; the reads above ran without a transaction: four round trips in all.
    audit.record_view_now(ctx, actor, entity_type="animal", entity_id=animal_id,
                          animal_id=animal_id, client_id=header.owner.client_id)
    return header


def _weights(session: Session, animal_id: int) -> list[WeightPoint]:
    """The latest weights in signed, unvoided entries, oldest first."""
    weights = [
        WeightPoint(when, weight)
        for when, weight in session.execute(
            select(JournalVersion.event_time, JournalVersion.weight_kg)
            .where(
                JournalVersion.animal_id == animal_id,
                JournalVersion.weight_kg.is_not(None),
                JournalVersion.action != VersionAction.VOID.value,
                is_current_version(),
            )
            .order_by(JournalVersion.event_time.desc())
            .limit(WEIGHT_TREND_POINTS)
        )
        if weight is not None
    ]
    weights.reverse()
    return weights


def weight_trend(ctx: ServiceContext, actor: Actor, animal_id: int) -> tuple[WeightPoint, ...]:
    """The header's weights again after a signing or correction (issue 8: the header kept
    33,2 kg after 37,2 kg was signed). Not a new view of the record, so not audited."""
    require(actor, Permission.VIEW_JOURNAL)
    with ctx.db.reading() as session:
        return tuple(_weights(session, animal_id))


def age_on(born: dt.date | None, on: dt.date, *, estimated: bool = False) -> AgeSpan | None:
    if born is None or on < born:
        return None
    months = (on.year - born.year) * 12 + (on.month - born.month)
    if on.day < born.day:
        months -= 1
    return AgeSpan(months // 12, months % 12, estimated)


def my_day(
    ctx: ServiceContext, actor: Actor, day: dt.date | None = None
) -> tuple[DayPatient, ...]:
    """The signed-in vet's appointments on ``day`` (today by default), in time order."""
    require(actor, Permission.VIEW_JOURNAL)
    with ctx.db.reading() as session:
        start, end = clinic_day_bounds(ctx, day or clinic_today(ctx))
        rows = session.execute(
            select(Appointment, Animal.name, Animal.species, Client.first_name, Client.last_name)
            .join(Resource, Resource.id == Appointment.resource_id)
            .join(Client, Client.id == Appointment.client_id)
            .outerjoin(Animal, Animal.id == Appointment.animal_id)
            .where(
                Resource.user_id == actor.user_id,
                Appointment.starts_at >= start,
                Appointment.starts_at < end,
                Appointment.status != AppointmentStatus.CANCELLED.value,
            )
            .order_by(Appointment.starts_at, Appointment.id)
        ).all()
        return tuple(
            DayPatient(
                appointment_id=appt.id, starts_at=appt.starts_at, ends_at=appt.ends_at,
                status=appt.status, appointment_type=appt.appointment_type, reason=appt.reason,
                animal_id=appt.animal_id, animal_name=animal_name,
                species=Species(species) if species else None, client_id=appt.client_id,
                client_name=f"{first} {last}".strip(),
            )
            for appt, animal_name, species, first, last in rows
        )
