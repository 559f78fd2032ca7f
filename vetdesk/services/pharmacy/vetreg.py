"""Medicine reporting (VetReg): the worklist of prescribed medicine for food-producing animals
and horses not yet reported, with the 7-day clock; the export file; marking as reported.

Only prescriptions are on the worklist: medicine given in the clinic is journaled as text and
not yet itemised (README, "Medicine reporting").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import (
    Animal,
    Identity,
    MedicineReport,
    Prescription,
    PrescriptionCancellation,
    PrescriptionItem,
    User,
)
from vetdesk.domain import vetreg
from vetdesk.domain.codes import AuditAction, Species
from vetdesk.errors import ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal.records import clinic_zone
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.pharmacy.types import VetRegEntry
from vetdesk.services.pharmacy.vetreg_mapping import export_rows

# How far back the worklist looks: older unreported use is still shown, but not forever.
LOOK_BACK_DAYS = 90


def due_entries(ctx: ServiceContext, actor: Actor) -> list[VetRegEntry]:
    """Unreported medicine for food-producing animals and horses, oldest first."""
    require(actor, Permission.REPORT_MEDICINE)
    with ctx.db.reading() as session:
        return _due(session, ctx)


def _due(session: Session, ctx: ServiceContext) -> list[VetRegEntry]:
    zone = clinic_zone(session)
    today = ctx.clock.now().astimezone(zone).date()
    since = ctx.clock.now() - dt.timedelta(days=LOOK_BACK_DAYS)
    species = [s.value for s in vetreg.REPORTABLE]
    rows = session.execute(
        select(PrescriptionItem, Prescription, Animal.name, Animal.species, User.hpr_number)
        .join(Prescription, Prescription.id == PrescriptionItem.prescription_id)
        .join(Animal, Animal.id == Prescription.animal_id)
        .join(User, User.id == Prescription.prescriber_id)
        .outerjoin(MedicineReport, MedicineReport.prescription_item_id == PrescriptionItem.id)
        .outerjoin(PrescriptionCancellation,
                   PrescriptionCancellation.prescription_id == Prescription.id)
        .where(MedicineReport.id.is_(None), PrescriptionCancellation.id.is_(None),
               Animal.species.in_(species), Prescription.issued_at >= since)
        .order_by(Prescription.issued_at, PrescriptionItem.id)
    ).all()
    animal_ids = {p.animal_id for _i, p, *_rest in rows}
    tags: dict[int, str] = {}
    if animal_ids:
        for animal, value in session.execute(select(Identity.animal_id, Identity.value)
                                             .where(Identity.animal_id.in_(animal_ids))):
            tags[animal] = value
    entries = []
    for item, prescription, name, species_code, hpr in rows:
        used_on = prescription.issued_at.astimezone(zone).date()
        kind = Species(species_code)
        missing = tuple(field for field, value in (
            ("production_category", prescription.production_category),
            ("producer_number", prescription.producer_number),
            ("amount", item.amount), ("administered_by", prescription.administered_by),
        ) if value is None)
        entries.append(VetRegEntry(
            item_id=item.id, prescription_id=prescription.id, used_on=used_on,
            due_on=vetreg.due_on(used_on), overdue=vetreg.due_on(used_on) < today,
            species=species_code, production_category=prescription.production_category,
            producer_number=prescription.producer_number,
            animal_identity=tags.get(prescription.animal_id, name),
            individual=vetreg.individual(kind, prescription.production_category),
            product_name=item.product_name, varenummer=item.product_number,
            amount=item.amount, amount_unit=item.amount_unit,
            administered_by=prescription.administered_by,
            withdrawal_period=item.withdrawal_period, vet_hpr=hpr, missing=missing,
        ))
    return entries


def export_due(ctx: ServiceContext, actor: Actor, export_name: str) -> tuple[bytes, int]:
    """The export file of every complete unreported entry, and the entries marked reported
    (who, when, which file) in the same transaction; entries missing data stay on the list."""
    require(actor, Permission.REPORT_MEDICINE)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        ready = [e for e in _due(session, ctx) if not e.missing]
        if not ready:
            raise ValidationError(_("Nothing complete to report: the worklist is empty or "
                                    "every entry lacks data (see “vetreg due”)."))
        data = export_rows(ready)
        _mark(session, [e.item_id for e in ready], actor, now, export_name[:100])
        audit.record(session, ctx, actor, AuditAction.EXPORT, entity_type="vetreg",
                     details={"entries": len(ready), "file": export_name[:100]})
    return data, len(ready)


def mark_reported(ctx: ServiceContext, actor: Actor, item_ids: Sequence[int]) -> int:
    """Entries reported by hand (Altinn's form, the portal): marked with who and when."""
    require(actor, Permission.REPORT_MEDICINE)
    with ctx.db.transaction() as session:
        due = {e.item_id for e in _due(session, ctx)}
        chosen = [i for i in item_ids if i in due]
        _mark(session, chosen, actor, ctx.clock.now(), None)
        audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="vetreg",
                     details={"entries": len(chosen), "by_hand": True})
    return len(chosen)


def _mark(session: Session, item_ids: Sequence[int], actor: Actor, now: dt.datetime,
          export_name: str | None) -> None:
    session.add_all(MedicineReport(prescription_item_id=i, reported_at=now,
                                   reported_by_id=actor.user_id, export_name=export_name)
                    for i in item_ids)
    session.flush()
