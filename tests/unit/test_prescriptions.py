"""Prescriptions: issued, journaled and anchored in one go; expiry; bad input; cancelling."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select, update

from tests.conftest import make_user
from tests.support.journal_data import Patient, add_patient
from tests.support.pharmacy import form_for, load_sample, one_item
from vetdesk.db.models import (
    AuditEvent,
    Clinic,
    Drug,
    JournalVersion,
    Prescription,
    PrescriptionItem,
    User,
)
from vetdesk.domain.codes import Role
from vetdesk.errors import ConflictError, PermissionDenied, ValidationError
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy.cancelling import cancel_prescription
from vetdesk.services.pharmacy.issuing import issue_prescription, prescriber_status
from vetdesk.services.pharmacy.reading import list_prescriptions, prescription_detail
from vetdesk.services.pharmacy.types import PrescriptionState
from vetdesk.services.verify import verify_all

METACAM = "084512"  # meloksikam, not an antimicrobial
SYNULOX = "146621"  # amoksicillin + klavulansyre, an antimicrobial
PENOVET = "016683"  # cattle: meat 6, milk 6
NOBIVAC = "900101"  # a vaccine, no active substance listed


@pytest.fixture
def drugs(ctx: ServiceContext, clinic: None) -> dict[str, int]:
    return load_sample(ctx)


@pytest.fixture
def dog(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx)


@pytest.fixture
def cow(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx, species="cattle", name="Dagros")


def test_issuing_writes_the_prescription_its_journal_note_and_anchors_both(
    ctx: ServiceContext, vet: Actor, drugs: dict[str, int], dog: Patient, manager: Actor
) -> None:
    form = form_for(dog.animal_id, one_item(drugs[METACAM]))
    summary = issue_prescription(ctx, vet, form)
    assert summary.id == form.id
    assert summary.products == ("Metacam vet.",)
    assert summary.state is PrescriptionState.VALID
    # Issued 22.11.2026 (the clock), no antimicrobial: valid one year.
    assert summary.expires_on == dt.date(2027, 11, 22)
    with ctx.db.reading() as session:
        row = session.get(Prescription, form.id)
        assert row is not None
        assert row.prescriber_id == vet.user_id
        item = session.execute(select(PrescriptionItem)).scalar_one()
        assert (item.quantity, item.product_number, item.form, item.strength) == (
            "1 × 32 ml", METACAM, "mikstur, suspensjon", "1,5 mg/ml")
        note = session.execute(
            select(JournalVersion.content).where(JournalVersion.entry_id == row.journal_entry_id)
        ).scalar_one()
        assert "Metacam vet. (meloksikam)" in note["text"]
        assert "084512" in note["text"] and "22.11.2027" in note["text"]
        event = session.execute(
            select(AuditEvent).where(AuditEvent.entity_type == "prescription")).scalar_one()
        assert event.details["prescription_hash"] == row.hash and len(row.hash) == 64
        assert event.details["journal_entry_id"] == row.journal_entry_id.hex
    assert verify_all(ctx, manager).ok
    detail = prescription_detail(ctx, vet, form.id)
    assert (detail.prescriber_name, detail.prescriber_hpr) == ("Ingrid Lie", "1234567")


def test_an_antimicrobial_makes_it_valid_five_days_and_a_vet_may_set_a_shorter_year(
    ctx: ServiceContext, vet: Actor, drugs: dict[str, int], dog: Patient
) -> None:
    antibiotic = issue_prescription(ctx, vet, form_for(
        dog.animal_id, one_item(drugs[METACAM]),
        one_item(drugs[SYNULOX], pack_size="10 stk", warnings="Fullfør kuren."),
        valid_days=30))
    assert antibiotic.expires_on == dt.date(2026, 11, 27)
    shorter = issue_prescription(ctx, vet, form_for(dog.animal_id, one_item(drugs[METACAM]),
                                                    valid_days=30))
    assert shorter.expires_on == dt.date(2026, 12, 22)


def test_a_retry_with_the_same_form_finds_the_first_prescription(
    ctx: ServiceContext, vet: Actor, drugs: dict[str, int], dog: Patient
) -> None:
    form = form_for(dog.animal_id, one_item(drugs[METACAM]))
    first = issue_prescription(ctx, vet, form)
    again = issue_prescription(ctx, vet, form)
    assert again.id == first.id
    with ctx.db.reading() as session:
        assert len(session.execute(select(Prescription)).all()) == 1
        assert len(session.execute(select(JournalVersion)).all()) == 1


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"packs": 0}, "items.0.quantity", "number of packs"),
    ({"packs": None, "quantity": "0"}, "items.0.quantity", "quantity"),
    ({"dosage": "   "}, "items.0.dosage", "dosage"),
    ({"drug_id": 999_999}, "items.0.drug", "not in the catalogue"),
    ({"drug_id": None}, "items.0.drug", "Choose a product"),
    ({"duration_days": 0}, "items.0.duration_days", "1 to 365"),
])
def test_bad_lines_are_refused_field_by_field(
    ctx: ServiceContext, vet: Actor, drugs: dict[str, int], dog: Patient,
    change: dict[str, object], field: str, words: str,
) -> None:
    item = dataclasses.replace(one_item(drugs[METACAM]), **change)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        issue_prescription(ctx, vet, form_for(dog.animal_id, item))
    assert words in caught.value.field_errors[field]
    assert words in caught.value.message
    with ctx.db.reading() as session:
        assert session.execute(select(Prescription)).first() is None


def test_a_cow_needs_a_withdrawal_period_even_zero_and_the_form_says_so(
    ctx: ServiceContext, vet: Actor, drugs: dict[str, int], cow: Patient
) -> None:
    item = one_item(drugs[PENOVET], pack_size="100 ml", warnings="Fullfør kuren.")
    with pytest.raises(ValidationError) as caught:
        issue_prescription(ctx, vet, form_for(cow.animal_id, item))
    assert caught.value.field_errors == {
        "items.0.withdrawal_period":
            "This animal is food-producing (cattle): write the withdrawal period, even when it "
            "is 0 days."}
    done = issue_prescription(ctx, vet, form_for(
        cow.animal_id, dataclasses.replace(item, withdrawal_period="Slakt: 0 døgn")))
    assert done.state is PrescriptionState.VALID


def test_an_antimicrobial_needs_a_prudent_use_warning(
    ctx: ServiceContext, vet: Actor, drugs: dict[str, int], dog: Patient
) -> None:
    with pytest.raises(ValidationError) as caught:
        issue_prescription(ctx, vet, form_for(dog.animal_id, one_item(drugs[SYNULOX])))
    assert list(caught.value.field_errors) == ["items.0.warnings"]


def test_a_withdrawn_product_is_refused(
    ctx: ServiceContext, vet: Actor, drugs: dict[str, int], dog: Patient
) -> None:
    with ctx.db.transaction() as session:
        session.execute(update(Drug).where(Drug.id == drugs[METACAM]).values(active=False))
    with pytest.raises(ValidationError, match="no longer in the catalogue"):
        issue_prescription(ctx, vet, form_for(dog.animal_id, one_item(drugs[METACAM])))


def test_a_vaccine_needs_no_active_substance(
    ctx: ServiceContext, vet: Actor, drugs: dict[str, int], dog: Patient
) -> None:
    issued = issue_prescription(ctx, vet, form_for(
        dog.animal_id, one_item(drugs[NOBIVAC], pack_size="10 x 1 dose", duration_days=None)))
    detail = prescription_detail(ctx, vet, issued.id)
    assert detail.items[0].vaccine and detail.items[0].active_substances == ""


def test_a_vet_without_hpr_cannot_issue_when_the_clinic_requires_it(
    ctx: ServiceContext, drugs: dict[str, int], dog: Patient
) -> None:
    # Accounts made now need an HPR number; one from before (or an import) may lack it.
    nohpr = make_user(ctx, "ny", Role.VETERINARIAN, full_name="Nina Ny", hpr_number="1112223")
    with ctx.db.transaction() as session:
        session.execute(update(User).where(User.id == nohpr.user_id).values(hpr_number=None))
        session.execute(update(Clinic).values(prescription_hpr_required=True))
    status = prescriber_status(ctx, nohpr)
    assert not status.can_issue and status.reason is not None and "HPR" in status.reason
    with pytest.raises(ValidationError) as caught:
        issue_prescription(ctx, nohpr, form_for(dog.animal_id, one_item(drugs[METACAM])))
    assert "HPR" in caught.value.field_errors["hpr"]


@pytest.mark.parametrize("role", [Role.NURSE, Role.RECEPTIONIST, Role.MANAGER])
def test_only_a_veterinarian_issues(
    ctx: ServiceContext, drugs: dict[str, int], dog: Patient, role: Role
) -> None:
    other = make_user(ctx, "annen", role)
    with pytest.raises(PermissionDenied):
        issue_prescription(ctx, other, form_for(dog.animal_id, one_item(drugs[METACAM])))
    assert not prescriber_status(ctx, other).can_issue


def test_cancelling_keeps_the_prescription_and_only_its_prescriber_may(
    ctx: ServiceContext, vet: Actor, drugs: dict[str, int], dog: Patient
) -> None:
    issued = issue_prescription(ctx, vet, form_for(dog.animal_id, one_item(drugs[METACAM])))
    berg = make_user(ctx, "berg", Role.VETERINARIAN, full_name="Per Berg", hpr_number="7654321")
    with pytest.raises(PermissionDenied, match="Only Ingrid Lie"):
        cancel_prescription(ctx, berg, issued.id, "Feil dyr")
    with pytest.raises(ValidationError):
        cancel_prescription(ctx, vet, issued.id, "  ")
    cancel_prescription(ctx, vet, issued.id, "Feil dyr")
    with pytest.raises(ConflictError):
        cancel_prescription(ctx, vet, issued.id, "Igjen")
    [listed] = list_prescriptions(ctx, vet, dog.animal_id)
    assert listed.state is PrescriptionState.CANCELLED and listed.cancelled_reason == "Feil dyr"


def test_the_clinic_may_let_vets_cancel_each_others(
    ctx: ServiceContext, vet: Actor, drugs: dict[str, int], dog: Patient
) -> None:
    issued = issue_prescription(ctx, vet, form_for(dog.animal_id, one_item(drugs[METACAM])))
    berg = make_user(ctx, "berg", Role.VETERINARIAN, full_name="Per Berg", hpr_number="7654321")
    with ctx.db.transaction() as session:
        session.execute(update(Clinic).values(cancel_others_prescriptions=True))
    cancel_prescription(ctx, berg, issued.id, "Eier ombestemte seg")
    assert prescription_detail(ctx, vet, issued.id).cancelled_by == "Per Berg"


def test_a_prescription_expires(
    ctx: ServiceContext, vet: Actor, drugs: dict[str, int], dog: Patient, clock: object
) -> None:
    issue_prescription(ctx, vet, form_for(
        dog.animal_id, one_item(drugs[SYNULOX], pack_size="10 stk", warnings="Fullfør.")))
    clock.advance(dt.timedelta(days=6))  # type: ignore[attr-defined]
    [listed] = list_prescriptions(ctx, vet, dog.animal_id)
    assert listed.state is PrescriptionState.EXPIRED


def test_a_prescription_changed_behind_the_programs_back_is_found_by_verify(
    ctx: ServiceContext, vet: Actor, drugs: dict[str, int], dog: Patient, manager: Actor,
    db_url: str,
) -> None:
    from tests.support.tamper import execute_bypassing_guards

    issued = issue_prescription(ctx, vet, form_for(dog.animal_id, one_item(drugs[METACAM])))
    assert verify_all(ctx, manager).ok
    changed = execute_bypassing_guards(
        db_url, "UPDATE prescription_items SET dosage = 'Dobbel dose'", "prescription_items")
    assert changed == 1
    report = verify_all(ctx, manager)
    assert not report.ok
    assert str(report.first_break) == (
        f"prescriptions row {issued.id.hex}: content does not match its hash")
