"""Medicine reporting (VetReg): the worklist with its 7-day clock, the export, marking."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from tests.support.journal_data import add_patient
from tests.support.pharmacy import form_for, load_sample, one_item
from vetdesk.clock import FixedClock
from vetdesk.errors import ValidationError
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy.issuing import issue_prescription
from vetdesk.services.pharmacy.vetreg import due_entries, export_due, mark_reported
from vetdesk.services.pharmacy.vetreg_mapping import COLUMNS


def test_the_worklist_the_clock_the_export_and_marking(
    ctx: ServiceContext, vet: Actor, clinic: None, clock: FixedClock
) -> None:
    drugs = load_sample(ctx)
    cow = add_patient(ctx, species="cattle", name="Dagros")
    dog = add_patient(ctx, name="Bamse")
    penovet = one_item(drugs["016683"], pack_size="100 ml", warnings="Fullfør kuren.",
                       withdrawal_period="Slakt: 6 døgn, melk: 6 døgn",
                       amount=Decimal("45"), amount_unit="ml")
    complete = issue_prescription(ctx, vet, form_for(
        cow.animal_id, penovet, production_category="milk", producer_number="0301123456",
        administered_by="keeper"))
    lacking = issue_prescription(ctx, vet, form_for(cow.animal_id, dataclasses.replace(
        penovet, amount=None)))
    issue_prescription(ctx, vet, form_for(dog.animal_id, one_item(drugs["084512"])))
    clock.advance(dt.timedelta(days=8))
    due = due_entries(ctx, vet)
    assert [e.prescription_id for e in due] == [complete.id, lacking.id]  # no dog
    first, second = due
    assert (first.due_on, first.overdue, first.individual) == (dt.date(2026, 11, 29), True, True)
    assert first.missing == ()
    assert second.missing == ("production_category", "producer_number", "amount",
                              "administered_by")
    data, count = export_due(ctx, vet, "vetreg-uke48.csv")
    lines = data.decode().splitlines()
    assert count == 1
    assert lines[0] == ";".join(COLUMNS)
    assert lines[1].split(";")[1:12] == [
        "2026-11-22", "cattle", "milk", "0301123456", "Dagros", "individual", "Penovet vet.",
        "016683", "45.00", "ml", "keeper"]
    assert [e.prescription_id for e in due_entries(ctx, vet)] == [lacking.id]
    assert mark_reported(ctx, vet, [second.key]) == 1
    assert due_entries(ctx, vet) == []
    with pytest.raises(ValidationError, match=r"^Nothing to report: every entry has already "
                                              r"been reported\.$"):
        export_due(ctx, vet, "tom.csv")


def test_a_wrong_category_is_refused(ctx: ServiceContext, vet: Actor, clinic: None) -> None:
    drugs = load_sample(ctx)
    horse = add_patient(ctx, species="horse", name="Blakken")
    with pytest.raises(ValidationError) as caught:
        issue_prescription(ctx, vet, form_for(horse.animal_id, one_item(
            drugs["004987"], pack_size="11,8 g", withdrawal_period="Slakt: 32 døgn",
            amount=Decimal("0"), amount_unit="kg"), production_category="milk"))
    assert set(caught.value.field_errors) == {"production_category", "items.0.amount"}
