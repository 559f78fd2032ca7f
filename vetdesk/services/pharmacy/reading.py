"""An animal's prescriptions and their state, and one prescription in full (for the PDF)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import (
    Animal,
    Client,
    ClientPhone,
    Clinic,
    Identity,
    Prescription,
    PrescriptionCancellation,
    PrescriptionItem,
    User,
)
from vetdesk.domain.codes import IdentityKind, Species, species_name
from vetdesk.domain.phones import display_phone
from vetdesk.domain.prescription_rules import needs_withdrawal
from vetdesk.errors import NotFound
from vetdesk.i18n import _, ngettext
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal.records import clinic_zone
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.pharmacy.types import (
    PrescribedItem,
    PrescriptionDetail,
    PrescriptionState,
    PrescriptionSummary,
)


def state_of(expires_on: dt.date | None, cancelled: bool, today: dt.date) -> PrescriptionState:
    if cancelled:
        return PrescriptionState.CANCELLED
    if expires_on is not None and expires_on < today:
        return PrescriptionState.EXPIRED
    return PrescriptionState.VALID


def summary_of(row: Prescription, products: Sequence[str], prescriber: str,
               cancelled_reason: str | None, today: dt.date, *,
               cancelled: bool = False) -> PrescriptionSummary:
    return PrescriptionSummary(
        id=row.id, animal_id=row.animal_id, issued_at=row.issued_at, expires_on=row.expires_on,
        prescriber_name=prescriber, products=tuple(products),
        state=state_of(row.expires_on, cancelled, today), cancelled_reason=cancelled_reason,
    )


def list_prescriptions(ctx: ServiceContext, actor: Actor, animal_id: int
                       ) -> list[PrescriptionSummary]:
    """Newest first, in three queries whatever their number."""
    require(actor, Permission.VIEW_JOURNAL)
    with ctx.db.reading() as session:
        rows = session.execute(
            select(Prescription, User.full_name, PrescriptionCancellation.reason,
                   PrescriptionCancellation.id)
            .join(User, User.id == Prescription.prescriber_id)
            .outerjoin(PrescriptionCancellation,
                       PrescriptionCancellation.prescription_id == Prescription.id)
            .where(Prescription.animal_id == animal_id)
            .order_by(Prescription.issued_at.desc())
        ).all()
        products = _products(session, [row[0].id for row in rows])
        today = ctx.clock.now().astimezone(clinic_zone(session)).date()
        return [summary_of(p, products.get(p.id, []), name, reason, today,
                           cancelled=cancel_id is not None)
                for p, name, reason, cancel_id in rows]


def _products(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    found: dict[uuid.UUID, list[str]] = {}
    if not ids:
        return found
    for pid, name in session.execute(
        select(PrescriptionItem.prescription_id, PrescriptionItem.product_name)
        .where(PrescriptionItem.prescription_id.in_(ids)).order_by(PrescriptionItem.id)
    ):
        found.setdefault(pid, []).append(name)
    return found


def number_of(prescription_id: uuid.UUID) -> str:
    """The reference printed and read out on the phone: the id's first 8 hex digits."""
    return prescription_id.hex[:8].upper()


def load_detail(session: Session, ctx: ServiceContext, prescription_id: uuid.UUID
                ) -> PrescriptionDetail:
    row = session.get(Prescription, prescription_id)
    if row is None:
        raise NotFound(_("That prescription does not exist; search for the animal again."))
    zone = clinic_zone(session)
    animal = session.get(Animal, row.animal_id)
    owner = session.get(Client, row.client_id)
    assert animal is not None  # foreign keys
    assert owner is not None
    prescriber = session.execute(
        select(User.full_name, User.hpr_number, User.phone, User.email)
        .where(User.id == row.prescriber_id)).one()
    clinic = session.execute(select(Clinic).limit(1)).scalar_one_or_none()
    items = session.execute(
        select(PrescriptionItem).where(PrescriptionItem.prescription_id == row.id)
        .order_by(PrescriptionItem.id)
    ).scalars().all()
    phone = session.execute(
        select(ClientPhone.e164).where(ClientPhone.client_id == owner.id)
        .order_by(ClientPhone.position).limit(1)
    ).scalar()
    chip = session.execute(
        select(Identity.value).where(
            Identity.animal_id == animal.id,
            Identity.kind.in_([IdentityKind.ISO_CHIP.value, IdentityKind.FDX_A_CHIP.value]),
        ).limit(1)
    ).scalar()
    cancel = session.execute(
        select(PrescriptionCancellation, User.full_name)
        .join(User, User.id == PrescriptionCancellation.cancelled_by_id)
        .where(PrescriptionCancellation.prescription_id == row.id)
    ).first()
    today = ctx.clock.now().astimezone(zone).date()
    species = Species(animal.species)
    animal_lines = [species_name(animal.species) + (f", {animal.breed}" if animal.breed else "")]
    if animal.is_group:
        animal_lines.append(ngettext("Group of {count} animal", "Group of {count} animals",
                                     animal.group_size).format(count=animal.group_size)
                            if animal.group_size else _("Group of animals"))
    if chip:
        animal_lines.append(_("Chip {chip}").format(chip=chip))
    if animal.birth_date:
        animal_lines.append(_("Born {date}").format(date=animal.birth_date.strftime("%d.%m.%Y")))
    return PrescriptionDetail(
        id=row.id, animal_id=row.animal_id, client_id=row.client_id, number=number_of(row.id),
        issued_at=row.issued_at.astimezone(zone),
        expires_on=row.expires_on,
        state=state_of(row.expires_on, cancel is not None, today),
        clinic_name=clinic.name if clinic else "VetDesk",
        clinic_lines=_clinic_lines(clinic),
        prescriber_name=prescriber.full_name, prescriber_hpr=prescriber.hpr_number,
        prescriber_contact=_contact(clinic, prescriber.phone, prescriber.email),
        owner_name=owner.full_name,
        owner_lines=tuple(line for line in (
            owner.address, " ".join(p for p in (owner.postal_code, owner.city) if p),
            _("Tel. {phone}").format(phone=display_phone(phone)) if phone else None,
            owner.email,
        ) if line),
        animal_name=animal.name, species=species.value, is_group=bool(animal.is_group),
        animal_lines=tuple(animal_lines),
        items=tuple(PrescribedItem(
            product_name=i.product_name, active_substances=i.active_substances,
            product_number=i.product_number, form=i.form, strength=i.strength,
            quantity=i.quantity, dosage=i.dosage, duration_days=i.duration_days,
            withdrawal_period=i.withdrawal_period, warnings=i.warnings,
            antimicrobial=bool(i.antimicrobial), vaccine=bool(i.vaccine),
        ) for i in items),
        cascade_statement=row.cascade_statement, art107_statement=row.art107_statement,
        notes=row.notes, hash=row.hash,
        cancelled_at=cancel[0].cancelled_at.astimezone(zone) if cancel else None,
        cancelled_reason=cancel[0].reason if cancel else None,
        cancelled_by=cancel[1] if cancel else None,
        journal_entry_id=row.journal_entry_id,
        food_producing=needs_withdrawal(species),
    )


def _contact(clinic: Clinic | None, phone: str | None, email: str | None) -> str:
    """The vet's contact details as printed: the clinic's address, the vet's own phone and
    e-mail where the profile has them, otherwise the clinic's."""
    parts: list[str] = []
    if clinic is not None:
        parts.append(clinic.name)
        town = " ".join(p for p in (clinic.postal_code, clinic.city) if p)
        parts.extend(p for p in (clinic.address, town) if p)
    shown_phone = phone or (clinic.phone if clinic else None)
    if shown_phone:
        parts.append(_("Tel. {phone}").format(phone=display_phone(shown_phone)))
    shown_email = email or (clinic.email if clinic else None)
    if shown_email:
        parts.append(shown_email)
    return ", ".join(parts)[:500]


def _clinic_lines(clinic: Clinic | None) -> tuple[str, ...]:
    if clinic is None:
        return ()
    town = " ".join(p for p in (clinic.postal_code, clinic.city) if p)
    lines = [clinic.address, town,
             _("Tel. {phone}").format(phone=display_phone(clinic.phone)) if clinic.phone
             else None, clinic.email,
             _("Org. no. {number}").format(number=clinic.org_number) if clinic.org_number
             else None]
    return tuple(line for line in lines if line)


def prescription_detail(ctx: ServiceContext, actor: Actor, prescription_id: uuid.UUID
                        ) -> PrescriptionDetail:
    require(actor, Permission.VIEW_JOURNAL)
    with ctx.db.reading() as session:
        return load_detail(session, ctx, prescription_id)
