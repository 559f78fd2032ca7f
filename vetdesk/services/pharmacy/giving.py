"""Medicine a vet gave without a prescription (an injection in the clinic or on a farm visit):
recorded with its journal note in one transaction, listed, and voided with a reason, never
edited (issue 12; DOMAIN.md "Medicine reporting").

For a food-producing animal or a horse it goes on the VetReg worklist (vetreg.py) beside
prescribed medicine, with the same 7-day clock. The form makes the record's id when it opens;
a retry after a lost connection finds the first attempt and returns it.

The journal note is signed by the vet and carries what the journal rule asks for (product,
varenummer, amount, withdrawal period), with the time it was given as the event time; its
version hash goes into the audit event, so the audit tip anchors it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.orm import Session

from vetdesk.db.models import (
    Clinic,
    Drug,
    JournalVersion,
    MedicineAdministration,
    MedicineAdministrationVoid,
)
from vetdesk.domain.codes import AuditAction, VersionAction
from vetdesk.domain.event_time import check_wall_clock, wall_clock_moment
from vetdesk.domain.integrity import version_anchor
from vetdesk.domain.prescription_rules import REASON_MAX
from vetdesk.domain.text import clean_line, clean_multiline
from vetdesk.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal.corrections import void_in_transaction
from vetdesk.services.journal.records import animal_facts, user_names
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.pharmacy.catalogue import drug_info
from vetdesk.services.pharmacy.giving_rules import check_given
from vetdesk.services.pharmacy.journal_note import product_parts, write_signed_note
from vetdesk.services.pharmacy.types import DrugInfo, GivenInput, GivenSummary
from vetdesk.services.pharmacy.validation import first_problem

ENTITY = "medicine_given"
_CENTS = Decimal("0.01")


def record_given(ctx: ServiceContext, actor: Actor, form: GivenInput) -> GivenSummary:
    require(actor, Permission.GIVE_MEDICINE)
    form = _cleaned(form)
    now = ctx.clock.now()
    with ctx.db.transaction(idempotent=True) as session:
        earlier = session.get(MedicineAdministration, form.id)
        if earlier is not None:
            if earlier.given_by_id != actor.user_id:
                raise ConflictError(_("This form was already used for another record; open a "
                                      "new one."))
            return _summary(earlier, actor.full_name, None)
        facts = animal_facts(session, form.animal_id)
        drugs = _drugs(session, form.drug_id)
        given_at, problems = _moment(form, ctx, now)
        problems = {**check_given(form, drugs, species=facts.species, given_at=given_at,
                                  now=now), **problems}
        if problems or given_at is None:
            raise ValidationError(first_problem(problems), problems)
        assert form.drug_id is not None  # checked above
        assert form.amount is not None
        drug = drugs[form.drug_id]
        entry_id = uuid.uuid4()
        version_hash, version_id = write_signed_note(
            session, actor, entry_id=entry_id, animal_id=facts.id,
            text=journal_text(drug, form.amount, form.amount_unit, form.withdrawal_period,
                              form.notes),
            event_time=given_at, now=now)
        row = MedicineAdministration(
            id=form.id, animal_id=facts.id, client_id=facts.owner_id,
            given_by_id=actor.user_id, given_at=given_at, recorded_at=now,
            journal_entry_id=entry_id, drug_id=drug.id, product_name=drug.name,
            active_substances=drug.active_substances, form=drug.form, strength=drug.strength,
            product_number=drug.product_number, antimicrobial=drug.antimicrobial,
            amount=form.amount, amount_unit=form.amount_unit,
            withdrawal_period=form.withdrawal_period or None,
            production_category=form.production_category or None,
            producer_number=form.producer_number or None, notes=form.notes or None,
        )
        session.add(row)
        session.flush()
        audit.record(
            session, ctx, actor, AuditAction.CREATE, entity_type=ENTITY, entity_id=form.id.hex,
            animal_id=facts.id, client_id=facts.owner_id,
            details={"antimicrobial": drug.antimicrobial, "journal_entry_id": entry_id.hex,
                     **version_anchor({version_id: version_hash})},
        )
        return _summary(row, actor.full_name, None)


def list_given(ctx: ServiceContext, actor: Actor, animal_id: int) -> list[GivenSummary]:
    """An animal's recorded medicine given, newest first, voided ones with their reason
    (voided here, or its journal note voided in the chart)."""
    require(actor, Permission.VIEW_JOURNAL)
    note_void = (select(JournalVersion.reason)
                 .where(JournalVersion.entry_id == MedicineAdministration.journal_entry_id,
                        JournalVersion.action == VersionAction.VOID.value)
                 .limit(1).scalar_subquery())
    with ctx.db.reading() as session:
        rows = session.execute(
            select(MedicineAdministration, MedicineAdministrationVoid.reason, note_void)
            .outerjoin(MedicineAdministrationVoid,
                       MedicineAdministrationVoid.medicine_given_id == MedicineAdministration.id)
            .where(MedicineAdministration.animal_id == animal_id)
            .order_by(MedicineAdministration.given_at.desc(), MedicineAdministration.id)
        ).all()
        names = user_names(session, {row.given_by_id for row, *_reasons in rows})
        return [_summary(row, names.get(row.given_by_id, ""), reason or note_reason)
                for row, reason, note_reason in rows]


def journal_note_voided(entry_id: Any) -> ColumnElement[bool]:
    """Whether the journal note written with a record was voided (in the chart, say): the
    medicine then counts as not given, and leaves the VetReg worklist too."""
    return exists().where(JournalVersion.entry_id == entry_id,
                          JournalVersion.action == VersionAction.VOID.value)


def void_given(ctx: ServiceContext, actor: Actor, given_id: uuid.UUID, reason: str) -> None:
    """Take a wrong record back: a void row with the reason, and its journal note voided in
    the same transaction. Only the vet who gave it, unless the clinic lets vets cancel each
    other's prescriptions (the same setting; the server's trigger refuses the same)."""
    require(actor, Permission.GIVE_MEDICINE)
    reason = clean_multiline(reason).strip()
    if not reason:
        raise ValidationError(_("Write why the record is voided."),
                              {"reason": _("Write why the record is voided.")})
    if len(reason) > REASON_MAX:
        raise ValidationError(_("Shorten the reason to {limit} characters.").format(
            limit=REASON_MAX), {"reason": _("Too long.")})
    with ctx.db.transaction() as session:
        row = session.get(MedicineAdministration, given_id)
        if row is None:
            raise NotFound(_("That record of medicine given does not exist; list the animal's "
                             "medicine again."))
        done = session.execute(select(MedicineAdministrationVoid.id).where(
            MedicineAdministrationVoid.medicine_given_id == given_id)).first()
        if done is not None:
            raise ConflictError(_("This record is already voided."))
        if row.given_by_id != actor.user_id and not session.execute(
                select(Clinic.cancel_others_prescriptions).limit(1)).scalar():
            name = user_names(session, {row.given_by_id}).get(row.given_by_id, "")
            raise PermissionDenied(_(
                "Only {name}, who gave it, may void this record (the clinic's settings do not "
                "let vets cancel each other's).").format(name=name))
        session.add(MedicineAdministrationVoid(
            medicine_given_id=given_id, reason=reason, voided_at=ctx.clock.now(),
            voided_by_id=actor.user_id))
        session.flush()
        void_in_transaction(session, ctx, actor, row.journal_entry_id, reason)
        audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type=ENTITY,
                     entity_id=given_id.hex, animal_id=row.animal_id, client_id=row.client_id,
                     details={"voided": True})


def journal_text(drug: DrugInfo, amount: Decimal, unit: str, withdrawal: str,
                 notes: str) -> str:
    """"Medicine given: Penovet vet. (benzylpenicillinprokain), …, varenr. 016683. Amount:
    45 ml. Withdrawal period: …"."""
    item = {"product_name": drug.name, "active_substances": drug.active_substances,
            "form": drug.form, "strength": drug.strength, "product_number": drug.product_number}
    line = _("Medicine given: {product}.").format(product=", ".join(product_parts(item)))
    shown = format(amount.normalize(), "f").replace(".", ",")
    line += " " + _("Amount: {amount} {unit}.").format(amount=shown, unit=unit)
    if withdrawal:
        line += " " + _("Withdrawal period: {text}.").format(text=withdrawal.rstrip("."))
    if notes:
        line += "\n" + notes
    return line


def _moment(form: GivenInput, ctx: ServiceContext, now: dt.datetime
            ) -> tuple[dt.datetime | None, dict[str, str]]:
    """The form's wall-clock time in UTC (now when none was typed), or the sentence why it
    never happened on the clinic's clock (02:30 the night summer time starts)."""
    if form.given_at is None:
        return now, {}
    moment = wall_clock_moment(form.given_at, ctx.zone)
    if moment is None:
        return None, {"given_at": check_wall_clock(form.given_at, ctx.zone) or ""}
    return moment, {}


def _drugs(session: Session, drug_id: int | None) -> dict[int, DrugInfo]:
    if drug_id is None:
        return {}
    row = session.get(Drug, drug_id)
    return {} if row is None else {row.id: drug_info(row)}


def _cleaned(form: GivenInput) -> GivenInput:
    """Text as stored (NFC, no invisible characters, trimmed), same on both engines."""
    return GivenInput(
        id=form.id, animal_id=form.animal_id, drug_id=form.drug_id,
        # As stored (two decimals), so the answer reads as the list later does.
        amount=form.amount.quantize(_CENTS) if form.amount is not None
        and form.amount.is_finite() and abs(form.amount) < 100_000 else form.amount,
        amount_unit=form.amount_unit.strip().lower(), given_at=form.given_at,
        withdrawal_period=clean_line(form.withdrawal_period),
        production_category=form.production_category.strip(),
        producer_number=clean_line(form.producer_number),
        notes=clean_multiline(form.notes).strip(),
    )


def _summary(row: MedicineAdministration, name: str, voided: str | None) -> GivenSummary:
    return GivenSummary(
        id=row.id, animal_id=row.animal_id, given_at=row.given_at, given_by_name=name,
        product_name=row.product_name, amount=row.amount, amount_unit=row.amount_unit,
        withdrawal_period=row.withdrawal_period, journal_entry_id=row.journal_entry_id,
        voided_reason=voided,
    )
