"""Medicine a vet gave without a prescription: recorded with its journal note in one
transaction, on the VetReg worklist with the 7-day clock beside prescriptions, exported and
marked like them, voided (never edited) with a reason (issue 12)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import DBAPIError

from tests.conftest import make_user
from tests.support.journal_data import add_patient
from tests.support.pharmacy import form_for, load_sample, one_item
from vetdesk.clock import FixedClock
from vetdesk.db.models import (
    AuditEvent,
    Clinic,
    JournalVersion,
    MedicineAdministration,
    MedicineAdministrationReport,
)
from vetdesk.domain.codes import Role
from vetdesk.errors import ConflictError, PermissionDenied, ValidationError
from vetdesk.services.context import ServiceContext
from vetdesk.services.integrity import verify_all
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy.giving import list_given, record_given, void_given
from vetdesk.services.pharmacy.issuing import issue_prescription
from vetdesk.services.pharmacy.types import GivenInput, VetRegSource
from vetdesk.services.pharmacy.vetreg import due_entries, export_due, mark_reported
from vetdesk.services.pharmacy.vetreg_mapping import COLUMNS

PENOVET_WITHDRAWAL = "Slakt: 6 døgn, melk: 6 døgn"


def _penovet(drugs: dict[str, int], animal_id: int, **changes: object) -> GivenInput:
    form = GivenInput(
        id=uuid.uuid4(), animal_id=animal_id, drug_id=drugs["016683"], amount=Decimal("45"),
        amount_unit="ml", given_at=dt.datetime(2026, 11, 21, 14, 30),
        withdrawal_period=PENOVET_WITHDRAWAL, production_category="milk",
        producer_number="0301123456")
    return dataclasses.replace(form, **changes)  # type: ignore[arg-type]


def _count(ctx: ServiceContext, model: type) -> int:
    with ctx.db.reading() as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def test_medicine_given_is_journaled_and_on_the_worklist_beside_prescriptions(
    ctx: ServiceContext, vet: Actor, manager: Actor, clinic: None, clock: FixedClock
) -> None:
    drugs = load_sample(ctx)
    cow = add_patient(ctx, species="cattle", name="Dagros")
    given = record_given(ctx, vet, _penovet(drugs, cow.animal_id))
    # 14:30 in Oslo on 21 November is 13:30 UTC.
    assert given.given_at == dt.datetime(2026, 11, 21, 13, 30, tzinfo=dt.UTC)
    with ctx.db.reading() as session:
        note = session.execute(select(
            JournalVersion.content, JournalVersion.action, JournalVersion.author_id,
            JournalVersion.event_time, JournalVersion.hash).where(
            JournalVersion.entry_id == given.journal_entry_id)).one()
        anchored = session.execute(select(AuditEvent.details).where(
            AuditEvent.entity_type == "medicine_given")).scalar_one()
    assert note.content["text"] == (
        "Medicine given: Penovet vet. (benzylpenicillinprokain), injeksjonsvæske 300 mg/ml, "
        "varenr. 016683. Amount: 45 ml. Withdrawal period: Slakt: 6 døgn, melk: 6 døgn.")
    assert (note.action, note.author_id, note.event_time) == ("sign", vet.user_id,
                                                              given.given_at)
    assert note.hash in str(anchored)
    # A prescription issued the next morning (the clock's start) comes after it.
    issue_prescription(ctx, vet, form_for(cow.animal_id, one_item(
        drugs["084530"], pack_size="50 ml", withdrawal_period="Slakt: 15 døgn, melk: 5 døgn",
        amount=Decimal("10"), amount_unit="ml"), production_category="milk",
        producer_number="0301123456", administered_by="keeper"))
    clock.advance(dt.timedelta(days=7))
    first, second = due_entries(ctx, manager)
    assert (first.source, first.key, first.used_on, first.due_on, first.overdue) == (
        VetRegSource.GIVEN, f"g{given.id.hex}", dt.date(2026, 11, 21), dt.date(2026, 11, 28),
        True)
    assert (first.product_name, first.amount, first.amount_unit, first.administered_by,
            first.individual, first.missing) == (
        "Penovet vet.", Decimal("45.00"), "ml", "vet", True, ())
    assert (second.source, second.overdue) == (VetRegSource.PRESCRIPTION, False)
    data, count = export_due(ctx, manager, "uke48.csv")
    lines = data.decode().splitlines()
    assert (count, lines[0]) == (2, ";".join(COLUMNS))
    assert lines[1].split(";")[:12] == [
        given.id.hex, "2026-11-21", "cattle", "milk", "0301123456", "Dagros", "individual",
        "Penovet vet.", "016683", "45.00", "ml", "vet"]
    assert due_entries(ctx, manager) == []
    with ctx.db.reading() as session:
        marked = session.execute(select(MedicineAdministrationReport.reported_by_id,
                                        MedicineAdministrationReport.export_name)).all()
    assert [tuple(m) for m in marked] == [(manager.user_id, "uke48.csv")]
    assert verify_all(ctx, manager).ok


def test_marking_by_hand_and_a_herd_lacking_data(
    ctx: ServiceContext, vet: Actor, clinic: None
) -> None:
    drugs = load_sample(ctx)
    herd = add_patient(ctx, species="pig", name="Purkebesetningen")
    record_given(ctx, vet, _penovet(drugs, herd.animal_id, production_category="",
                                    producer_number="", given_at=None))
    [entry] = due_entries(ctx, vet)
    assert (entry.used_on, entry.individual, entry.missing) == (
        dt.date(2026, 11, 22), False, ("production_category", "producer_number"))
    with pytest.raises(ValidationError, match="Nothing complete to report"):
        export_due(ctx, vet, "tom.csv")
    assert mark_reported(ctx, vet, [entry.key]) == 1
    assert due_entries(ctx, vet) == []


def test_a_retry_finds_the_first_attempt(ctx: ServiceContext, vet: Actor, clinic: None) -> None:
    drugs = load_sample(ctx)
    cow = add_patient(ctx, species="cattle", name="Dagros")
    form = _penovet(drugs, cow.animal_id)
    first = record_given(ctx, vet, form)
    assert record_given(ctx, vet, form) == first
    assert _count(ctx, MedicineAdministration) == 1
    other = make_user(ctx, "berg", Role.VETERINARIAN, full_name="Per Berg",
                      hpr_number="7654321")
    with pytest.raises(ConflictError, match="already used"):
        record_given(ctx, other, form)


def test_a_wrong_record_is_voided_with_its_journal_note(
    ctx: ServiceContext, vet: Actor, clinic: None
) -> None:
    drugs = load_sample(ctx)
    cow = add_patient(ctx, species="cattle", name="Dagros")
    given = record_given(ctx, vet, _penovet(drugs, cow.animal_id))
    berg = make_user(ctx, "berg", Role.VETERINARIAN, full_name="Per Berg",
                     hpr_number="7654321")
    with pytest.raises(PermissionDenied, match="Only Ingrid Lie, who gave it"):
        void_given(ctx, berg, given.id, "Feil dyr")
    with pytest.raises(ValidationError, match="Write why"):
        void_given(ctx, vet, given.id, "  ")
    void_given(ctx, vet, given.id, "Feil dyr")
    assert due_entries(ctx, vet) == []
    [listed] = list_given(ctx, vet, cow.animal_id)
    assert listed.voided_reason == "Feil dyr"
    with ctx.db.reading() as session:
        actions = session.execute(select(JournalVersion.action, JournalVersion.reason).where(
            JournalVersion.entry_id == given.journal_entry_id)
            .order_by(JournalVersion.version_no)).all()
    assert [tuple(a) for a in actions] == [("sign", None), ("void", "Feil dyr")]
    with pytest.raises(ConflictError, match="already voided"):
        void_given(ctx, vet, given.id, "Igjen")
    # The clinic may let vets cancel each other's: then Berg may void Lie's.
    again = record_given(ctx, vet, _penovet(drugs, cow.animal_id))
    with ctx.db.transaction() as session:
        session.execute(update(Clinic).values(cancel_others_prescriptions=True))
    void_given(ctx, berg, again.id, "Dobbeltregistrert")


@pytest.mark.parametrize(("changes", "field", "sentence"), [
    ({"drug_id": None}, "drug", "Choose a product from the catalogue."),
    ({"drug_id": 999_999}, "drug", "That product is not in the catalogue"),
    ({"amount": None}, "amount", "Write the amount given, in ml or g."),
    ({"amount": Decimal("0")}, "amount", "The amount must be more than 0."),
    ({"amount": Decimal("NaN")}, "amount", "The amount must be more than 0."),
    ({"amount_unit": "kg"}, "amount", "Give the amount in ml or g."),
    ({"withdrawal_period": ""}, "withdrawal_period", "write the withdrawal period, even when"),
    ({"given_at": dt.datetime(2026, 11, 23, 9, 0)}, "given_at", "in the future"),
    ({"given_at": dt.datetime(2026, 3, 29, 2, 30)}, "given_at", "summer time"),
    ({"given_at": dt.datetime(2026, 8, 1, 9, 0)}, "given_at", "more than 90 days ago"),
    ({"production_category": "broilers"}, "production_category", "milk, meat, other"),
    ({"producer_number": "1" * 21}, "producer_number", "at most 20 characters"),
])
def test_bad_input_says_what_to_fix_and_writes_nothing(
    ctx: ServiceContext, vet: Actor, clinic: None, changes: dict[str, object], field: str,
    sentence: str
) -> None:
    drugs = load_sample(ctx)
    cow = add_patient(ctx, species="cattle", name="Dagros")
    with pytest.raises(ValidationError) as refused:
        record_given(ctx, vet, _penovet(drugs, cow.animal_id, **changes))
    assert list(refused.value.field_errors) == [field]
    assert sentence in refused.value.field_errors[field]
    assert _count(ctx, MedicineAdministration) == 0
    assert _count(ctx, JournalVersion) == 0


def test_a_withdrawn_product_is_refused(ctx: ServiceContext, vet: Actor, clinic: None) -> None:
    from vetdesk.db.models import Drug

    drugs = load_sample(ctx)
    cow = add_patient(ctx, species="cattle", name="Dagros")
    with ctx.db.transaction() as session:
        session.execute(update(Drug).where(Drug.id == drugs["016683"]).values(active=False))
    with pytest.raises(ValidationError, match="no longer in the catalogue"):
        record_given(ctx, vet, _penovet(drugs, cow.animal_id))


@pytest.mark.parametrize("table", ["medicine_given", "medicine_given_voids"])
def test_a_record_and_its_void_are_never_changed_in_place(
    ctx: ServiceContext, vet: Actor, clinic: None, table: str
) -> None:
    drugs = load_sample(ctx)
    cow = add_patient(ctx, species="cattle", name="Dagros")
    given = record_given(ctx, vet, _penovet(drugs, cow.animal_id))
    void_given(ctx, vet, given.id, "Feil dyr")
    column = "id" if table == "medicine_given" else "medicine_given_id"
    change = "amount = 1" if table == "medicine_given" else "reason = 'endret'"
    for statement in (f"UPDATE {table} SET {change} WHERE {column} = :id",
                      f"DELETE FROM {table} WHERE {column} = :id"):
        with pytest.raises(DBAPIError, match="append-only"), ctx.db.engine.begin() as conn:
            conn.execute(text(statement), {"id": given.id.hex})


def test_a_note_voided_in_the_chart_takes_the_medicine_off_the_worklist(
    ctx: ServiceContext, vet: Actor, clinic: None
) -> None:
    from vetdesk.services.journal import void_entry

    drugs = load_sample(ctx)
    cow = add_patient(ctx, species="cattle", name="Dagros")
    given = record_given(ctx, vet, _penovet(drugs, cow.animal_id))
    assert [e.given_id for e in due_entries(ctx, vet)] == [given.id]
    void_entry(ctx, vet, given.journal_entry_id, reason="Skrevet på feil dyr",
               expected_version_no=1)
    assert due_entries(ctx, vet) == []
    assert list_given(ctx, vet, cow.animal_id)[0].voided_reason == "Skrevet på feil dyr"
    # Voiding the record afterwards still works; its note is left as it is.
    void_given(ctx, vet, given.id, "Feil dyr")
    assert list_given(ctx, vet, cow.animal_id)[0].voided_reason == "Feil dyr"
