"""Medicine reporting (VetReg): the worklist of medicine for food-producing animals and horses
not yet reported, with the 7-day clock; the export file; marking as reported.

The worklist holds both prescribed medicine (a prescription's items) and medicine a vet gave
without a prescription (giving.py); each entry's ``key`` says which, and marking writes the
matching report row.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import (
    Animal,
    Identity,
    MedicineAdministration,
    MedicineAdministrationReport,
    MedicineAdministrationVoid,
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
from vetdesk.services.pharmacy.giving import journal_note_voided
from vetdesk.services.pharmacy.types import VetRegEntry, VetRegSource
from vetdesk.services.pharmacy.vetreg_mapping import export_rows

# How far back the worklist looks: older unreported use is still shown, but not forever.
LOOK_BACK_DAYS = 90
# The two kinds of entry key (VetRegEntry.key).
_PRESCRIBED, _GIVEN = "p", "g"


def due_entries(ctx: ServiceContext, actor: Actor) -> list[VetRegEntry]:
    """Unreported medicine for food-producing animals and horses, oldest first."""
    require(actor, Permission.REPORT_MEDICINE)
    with ctx.db.reading() as session:
        return _due(session, ctx)


def _due(session: Session, ctx: ServiceContext) -> list[VetRegEntry]:
    zone = clinic_zone(session)
    today = ctx.clock.now().astimezone(zone).date()
    since = ctx.clock.now() - dt.timedelta(days=LOOK_BACK_DAYS)
    prescribed = _prescribed(session, since)
    given = _given(session, since)
    animal_ids = {row[2] for row in prescribed} | {row[2] for row in given}
    tags: dict[int, str] = {}
    if animal_ids:
        for animal, value in session.execute(select(Identity.animal_id, Identity.value)
                                             .where(Identity.animal_id.in_(animal_ids))):
            tags[animal] = value
    # Oldest first; at the same moment a prescription's items in their order ("p9" < "p10").
    return [_entry(row, zone, today, tags) for row in sorted(
        [*prescribed, *given], key=lambda row: (row[1], row[0][0], len(row[0]), row[0]))]


# One row per entry: (key, used at, animal id, name, species, fields of the entry).
_Row = tuple[str, dt.datetime, int, str, str, dict[str, Any]]


def _prescribed(session: Session, since: dt.datetime) -> list[_Row]:
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
    ).all()
    return [(f"{_PRESCRIBED}{item.id}", prescription.issued_at, prescription.animal_id, name,
             species_code, {
                 "source": VetRegSource.PRESCRIPTION,
                 "reference": f"{prescription.id.hex}-{item.id}",
                 "item_id": item.id, "prescription_id": prescription.id,
                 "production_category": prescription.production_category,
                 "producer_number": prescription.producer_number,
                 "product_name": item.product_name, "varenummer": item.product_number,
                 "amount": item.amount, "amount_unit": item.amount_unit,
                 "administered_by": prescription.administered_by,
                 "withdrawal_period": item.withdrawal_period, "vet_hpr": hpr})
            for item, prescription, name, species_code, hpr in rows]


def _given(session: Session, since: dt.datetime) -> list[_Row]:
    species = [s.value for s in vetreg.REPORTABLE]
    given = MedicineAdministration
    rows = session.execute(
        select(given, Animal.name, Animal.species, User.hpr_number)
        .join(Animal, Animal.id == given.animal_id)
        .join(User, User.id == given.given_by_id)
        .outerjoin(MedicineAdministrationReport,
                   MedicineAdministrationReport.medicine_given_id == given.id)
        .outerjoin(MedicineAdministrationVoid,
                   MedicineAdministrationVoid.medicine_given_id == given.id)
        .where(MedicineAdministrationReport.id.is_(None),
               MedicineAdministrationVoid.id.is_(None),
               ~journal_note_voided(given.journal_entry_id),
               Animal.species.in_(species), given.given_at >= since)
    ).all()
    return [(f"{_GIVEN}{row.id.hex}", row.given_at, row.animal_id, name, species_code, {
                "source": VetRegSource.GIVEN, "reference": row.id.hex, "given_id": row.id,
                "production_category": row.production_category,
                "producer_number": row.producer_number, "product_name": row.product_name,
                "varenummer": row.product_number, "amount": row.amount,
                "amount_unit": row.amount_unit,
                # Recorded by the vet who gave it (giving.py): never the keeper.
                "administered_by": "vet", "withdrawal_period": row.withdrawal_period,
                "vet_hpr": hpr})
            for row, name, species_code, hpr in rows]


def _entry(row: _Row, zone: ZoneInfo, today: dt.date, tags: dict[int, str]) -> VetRegEntry:
    key, used_at, animal_id, name, species_code, fields = row
    used_on = used_at.astimezone(zone).date()
    missing = tuple(field for field in (
        "production_category", "producer_number", "amount", "administered_by")
        if fields[field] is None)
    return VetRegEntry(
        key=key, used_on=used_on, due_on=vetreg.due_on(used_on),
        overdue=vetreg.due_on(used_on) < today, species=species_code,
        animal_identity=tags.get(animal_id, name),
        individual=vetreg.individual(Species(species_code), fields["production_category"]),
        missing=missing, **fields)


def export_due(ctx: ServiceContext, actor: Actor, export_name: str) -> tuple[bytes, int]:
    """The export file of every complete unreported entry, and the entries marked reported
    (who, when, which file) in the same transaction; entries missing data stay on the list."""
    require(actor, Permission.REPORT_MEDICINE)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        due = _due(session, ctx)
        ready = [e for e in due if not e.missing]
        if not due:
            raise ValidationError(_("Nothing to report: every entry has already been "
                                    "reported."))
        if not ready:
            raise ValidationError(_("Nothing complete to report: every entry lacks data; "
                                    "complete it or mark it reported by hand (see “vetreg "
                                    "due”)."))
        data = export_rows(ready)
        _mark(session, [e.key for e in ready], actor, now, export_name[:100])
        audit.record(session, ctx, actor, AuditAction.EXPORT, entity_type="vetreg",
                     details={"entries": len(ready), "file": export_name[:100]})
    return data, len(ready)


def mark_reported(ctx: ServiceContext, actor: Actor, keys: Sequence[str]) -> int:
    """Entries reported by hand (Altinn's form, the portal), by their ``key``: marked with who
    and when."""
    require(actor, Permission.REPORT_MEDICINE)
    with ctx.db.transaction() as session:
        due = {e.key for e in _due(session, ctx)}
        chosen = [k for k in keys if k in due]
        _mark(session, chosen, actor, ctx.clock.now(), None)
        audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="vetreg",
                     details={"entries": len(chosen), "by_hand": True})
    return len(chosen)


def _mark(session: Session, keys: Sequence[str], actor: Actor, now: dt.datetime,
          export_name: str | None) -> None:
    """A report row per entry: a prescription item's in medicine_reports, medicine given's
    in medicine_given_reports."""
    for key in keys:
        if key.startswith(_PRESCRIBED):
            session.add(MedicineReport(
                prescription_item_id=int(key[len(_PRESCRIBED):]), reported_at=now,
                reported_by_id=actor.user_id, export_name=export_name))
        else:
            session.add(MedicineAdministrationReport(
                medicine_given_id=uuid.UUID(hex=key[len(_GIVEN):]), reported_at=now,
                reported_by_id=actor.user_id, export_name=export_name))
    session.flush()
