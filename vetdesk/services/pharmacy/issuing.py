"""Issuing a prescription: checked, written with its items, journaled and anchored, in one
transaction (EU 2019/6 art. 105; DOMAIN.md "Prescriptions").

The journal gets a signed note with the medicines (name, varenummer, dose, duration,
withdrawal), written in the same transaction: the rule asks for them in the journal, and a
prescription without its note (or the reverse) can never be left behind. The prescription's
hash and the note's version hash go into the audit event, so the audit tip anchors both.

The form makes the prescription's id when it opens; a retry after a lost connection finds
the first attempt and returns it instead of issuing twice.

On PostgreSQL issuing is two round trips (issue 12): one read of everything the checks need
(``issue_facts``), then one call to a server function that writes it all
(server_issue.py). SQLite keeps the table-by-table path; both write the same rows and hashes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import false, select
from sqlalchemy.orm import Session

from vetdesk.db.models import (
    Animal,
    Clinic,
    Drug,
    Prescription,
    PrescriptionItem,
    User,
)
from vetdesk.db.security.journal_writes import HASH_PLACEHOLDER
from vetdesk.domain import prescription_rules as rules
from vetdesk.domain.codes import AuditAction, Species
from vetdesk.domain.integrity import GENESIS_HASH, chained_hash, version_anchor
from vetdesk.domain.permissions import permissions_of
from vetdesk.domain.text import clean_line, clean_multiline
from vetdesk.errors import ConflictError, NotFound, ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal.records import (
    AnimalFacts,
    clinic_zone,
)
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.pharmacy import server_issue
from vetdesk.services.pharmacy.catalogue import drug_info
from vetdesk.services.pharmacy.journal_note import product_parts, write_signed_note
from vetdesk.services.pharmacy.prepared import IssueFacts, PreparedIssue
from vetdesk.services.pharmacy.reading import state_of, summary_of
from vetdesk.services.pharmacy.types import (
    DrugInfo,
    ItemInput,
    PrescriberStatus,
    PrescriptionInput,
    PrescriptionSummary,
)
from vetdesk.services.pharmacy.validation import check_prescription, first_problem

ENTITY = server_issue.ENTITY


def prescriber_status(ctx: ServiceContext, actor: Actor) -> PrescriberStatus:
    """What the form shows before anything is typed: may this person issue, and if not, why."""
    # A status for the form, not a guard: it never refuses (issue_prescription does).
    if Permission.PRESCRIBE not in permissions_of(actor.role):
        return PrescriberStatus(False, _("Only a veterinarian can issue prescriptions."),
                                actor.full_name, actor.hpr_number)
    with ctx.db.reading() as session:
        hpr = session.execute(select(User.hpr_number).where(User.id == actor.user_id)).scalar()
        required = bool(session.execute(
            select(Clinic.prescription_hpr_required).limit(1)).scalar())
    if required and not (hpr or "").strip():
        return PrescriberStatus(False, _(
            "Your user profile has no HPR number, and the clinic requires one on "
            "prescriptions; ask the administrator to add it."), actor.full_name, hpr)
    return PrescriberStatus(True, None, actor.full_name, hpr)


def issue_prescription(ctx: ServiceContext, actor: Actor, form: PrescriptionInput
                       ) -> PrescriptionSummary:
    require(actor, Permission.PRESCRIBE)
    form = _cleaned(form)
    if ctx.db.dialect == "postgresql":
        return issue_on_server(ctx, actor, form)
    with ctx.db.transaction(idempotent=True) as session:
        found = issue_facts(session, form, actor)
        if found.earlier_prescriber_id is not None:
            return _earlier_attempt(session, ctx, form.id, actor)
        issue = prepare_issue(ctx, actor, form, found)
        version_hash, version_id = _journal_note(session, actor, found.animal, issue)
        prescription = Prescription(**issue.row, hash=issue.hash)
        session.add(prescription)
        session.flush()
        session.add_all(PrescriptionItem(prescription_id=form.id, **item)
                        for item in issue.items)
        session.flush()
        audit.record(
            session, ctx, actor, AuditAction.CREATE, entity_type=ENTITY, entity_id=form.id.hex,
            animal_id=found.animal.id, client_id=found.animal.owner_id,
            details=audit_details(issue, version_id, version_hash),
        )
        return issued_summary(issue, actor)


def issue_facts(session: Session, form: PrescriptionInput, actor: Actor) -> IssueFacts:
    """Everything the checks need in one statement: the animal, the vet's HPR number, the
    clinic's rule, the products and whether this form was already issued."""
    ids = sorted({i.drug_id for i in form.items if i.drug_id is not None})
    required = select(Clinic.prescription_hpr_required).limit(1).scalar_subquery()
    earlier = (select(Prescription.prescriber_id).where(Prescription.id == form.id)
               .scalar_subquery())
    rows = session.execute(
        select(Animal.id, Animal.name, Animal.species, Animal.is_group, Animal.owner_id,
               User.hpr_number, required, earlier, Drug)
        .select_from(Animal).join(User, User.id == actor.user_id)
        .outerjoin(Drug, Drug.id.in_(ids) if ids else false())
        .where(Animal.id == form.animal_id)
    ).all()
    if not rows:
        raise NotFound(_("That animal is not in the register; search for it again."))
    first = rows[0]
    return IssueFacts(
        animal=AnimalFacts(first[0], first[1], Species(first[2]), first[3], first[4]),
        hpr_number=first[5], hpr_required=bool(first[6]), earlier_prescriber_id=first[7],
        drugs={row[8].id: drug_info(row[8]) for row in rows if row[8] is not None},
    )


def prepare_issue(ctx: ServiceContext, actor: Actor, form: PrescriptionInput,
                  found: IssueFacts) -> PreparedIssue:
    """The checked form as rows and the prescription's hash, the same for both engines (the
    journal note's id is the only thing added when it is written)."""
    drugs = found.drugs
    problems = check_prescription(
        form, drugs, species=found.animal.species, hpr_number=found.hpr_number,
        hpr_required=found.hpr_required,
    )
    if problems:
        raise ValidationError(first_problem(problems), problems)
    now = ctx.clock.now()
    zone = ctx.zone
    antimicrobial = any(drugs[i.drug_id].antimicrobial for i in form.items
                        if i.drug_id is not None)
    expires_on = rules.expiry_date(now.astimezone(zone).date(), antimicrobial=antimicrobial,
                                   valid_days=form.valid_days)
    items = [_item_row(item, drugs[item.drug_id]) for item in form.items
             if item.drug_id is not None]
    entry_id = uuid.uuid4()
    row: dict[str, Any] = {
        "id": form.id, "animal_id": found.animal.id, "client_id": found.animal.owner_id,
        "prescriber_id": actor.user_id, "journal_entry_id": entry_id, "issued_at": now,
        "expires_on": expires_on, "cascade_statement": form.cascade_statement or None,
        "art107_statement": form.art107_statement or None, "notes": form.notes or None,
        "production_category": form.production_category or None,
        "producer_number": form.producer_number or None,
        "administered_by": form.administered_by or None,
    }
    digest = chained_hash(GENESIS_HASH, rules.prescription_content(row, items))
    return PreparedIssue(row, items, digest, entry_id, now, expires_on, antimicrobial,
                         now.astimezone(zone).date())


def audit_details(issue: PreparedIssue, version_id: uuid.UUID, version_hash: str
                  ) -> dict[str, Any]:
    """Ids, codes and hashes only: the prescription's hash and the journal note's version
    hash, so the audit tip anchors both."""
    return {"items": len(issue.items), "antimicrobial": issue.antimicrobial,
            "expires_on": issue.expires_on.isoformat(), "prescription_hash": issue.hash,
            "journal_entry_id": issue.entry_id.hex,
            **version_anchor({version_id: version_hash})}


def issued_summary(issue: PreparedIssue, actor: Actor) -> PrescriptionSummary:
    row = issue.row
    return PrescriptionSummary(
        id=row["id"], animal_id=row["animal_id"], issued_at=issue.now,
        expires_on=issue.expires_on, prescriber_name=actor.full_name,
        products=tuple(i["product_name"] for i in issue.items),
        state=state_of(issue.expires_on, False, issue.today), cancelled_reason=None,
    )


def issue_on_server(ctx: ServiceContext, actor: Actor, form: PrescriptionInput
                    ) -> PrescriptionSummary:
    """PostgreSQL: one read for the checks, then one call that writes everything."""
    with ctx.db.reading() as session:
        found = issue_facts(session, form, actor)
    if found.earlier_prescriber_id is None:
        issue = prepare_issue(ctx, actor, form, found)
        version_id = uuid.uuid4()
        content = {"text": journal_text(issue.items, issue.expires_on)}
        details = audit_details(issue, version_id, HASH_PLACEHOLDER)
        if server_issue.issue(ctx, actor, issue, version_id, content, details):
            return issued_summary(issue, actor)
    # An earlier attempt with this form's id (found by the read or by the call).
    with ctx.db.reading() as session:
        return _earlier_attempt(session, ctx, form.id, actor)


def _cleaned(form: PrescriptionInput) -> PrescriptionInput:
    """Text as stored (NFC, no invisible characters, trimmed), same on both engines."""
    items = tuple(
        ItemInput(
            drug_id=item.drug_id, packs=item.packs, pack_size=clean_line(item.pack_size),
            quantity=clean_line(item.quantity), dosage=clean_multiline(item.dosage).strip(),
            duration_days=item.duration_days,
            withdrawal_period=clean_line(item.withdrawal_period),
            warnings=clean_multiline(item.warnings).strip(), amount=item.amount,
            amount_unit=item.amount_unit.strip().lower(),
        )
        for item in form.items
    )
    return PrescriptionInput(
        id=form.id, animal_id=form.animal_id, items=items,
        cascade_statement=clean_multiline(form.cascade_statement).strip(),
        art107_statement=clean_multiline(form.art107_statement).strip(),
        valid_days=form.valid_days, notes=clean_multiline(form.notes).strip(),
        production_category=form.production_category.strip(),
        producer_number=clean_line(form.producer_number),
        administered_by=form.administered_by.strip(),
    )


def _earlier_attempt(session: Session, ctx: ServiceContext, prescription_id: uuid.UUID,
                     actor: Actor) -> PrescriptionSummary:
    """The first attempt of this form, found by the read or by the server's call."""
    earlier = session.get(Prescription, prescription_id)
    if earlier is None or earlier.prescriber_id != actor.user_id:
        raise ConflictError(_("This form was already used for another prescription; open a "
                              "new one."))
    names = session.execute(
        select(PrescriptionItem.product_name)
        .where(PrescriptionItem.prescription_id == prescription_id)
        .order_by(PrescriptionItem.id)
    ).scalars().all()
    today = ctx.clock.now().astimezone(clinic_zone(session)).date()
    return summary_of(earlier, list(names), actor.full_name, None, today)


def _drugs(session: Session, ids: Sequence[int]) -> dict[int, DrugInfo]:
    if not ids:
        return {}
    rows = session.execute(select(Drug).where(Drug.id.in_(set(ids)))).scalars().all()
    return {row.id: drug_info(row) for row in rows}


def _item_row(item: ItemInput, drug: DrugInfo) -> dict[str, Any]:
    quantity = (f"{item.packs} × {item.pack_size}" if item.packs is not None
                else item.quantity)
    return {
        "drug_id": drug.id, "product_name": drug.name,
        "active_substances": drug.active_substances, "product_number": drug.product_number,
        "form": drug.form, "strength": drug.strength, "quantity": quantity,
        "packs": item.packs, "pack_size": item.pack_size or None, "dosage": item.dosage,
        "duration_days": item.duration_days,
        "withdrawal_period": item.withdrawal_period or None,
        "warnings": item.warnings or None, "antimicrobial": drug.antimicrobial,
        "vaccine": drug.vaccine, "amount": item.amount,
        "amount_unit": item.amount_unit or None,
    }


def _journal_note(session: Session, actor: Actor, facts: AnimalFacts, issue: PreparedIssue
                  ) -> tuple[str, uuid.UUID]:
    """A signed note with what was prescribed: its version's hash and id."""
    return write_signed_note(session, actor, entry_id=issue.entry_id, animal_id=facts.id,
                             text=journal_text(issue.items, issue.expires_on),
                             event_time=issue.now, now=issue.now)


def journal_text(items: Sequence[Mapping[str, Any]], expires_on: dt.date) -> str:
    lines = [_("Prescription issued (valid until {date}):").format(
        date=expires_on.strftime("%d.%m.%Y"))]
    for item in items:
        parts = [*product_parts(item), item["quantity"]]
        line = "- " + ", ".join(p for p in parts if p) + "."
        line += " " + _("Dosage: {text}").format(text=item["dosage"])
        if item["duration_days"]:
            line += " " + (_("Duration: 1 day.") if item["duration_days"] == 1 else
                           _("Duration: {days} days.").format(days=item["duration_days"]))
        if item["withdrawal_period"]:
            line += " " + _("Withdrawal period: {text}.").format(
                text=item["withdrawal_period"].rstrip("."))
        if item["warnings"]:
            line += " " + _("Warnings: {text}").format(text=item["warnings"])
        lines.append(line)
    return "\n".join(lines)
