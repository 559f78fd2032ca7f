"""Medicine given from the chart: the button beside the prescriptions, the form keeping what
was typed on bad input, and the record on the VetReg worklist and in the journal (issue 12)."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import make_user
from tests.support.chart_screens import LOAD_TIMEOUT, Recorded, open_chart
from tests.support.english import english_lines
from tests.support.journal_data import Patient, add_patient
from tests.support.pharmacy import load_sample
from vetdesk.domain.codes import Role, Species
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy.giving import list_given
from vetdesk.services.pharmacy.types import VetRegSource
from vetdesk.services.pharmacy.vetreg import due_entries
from vetdesk.ui.ops import Operations
from vetdesk.ui.pharmacy.given_dialog import MedicineGivenDialog
from vetdesk.ui.pharmacy.given_window import MedicineGivenWindow
from vetdesk.ui.pharmacy.void_given_dialog import VoidGivenDialog
from vetdesk.ui.qt import QFormLayout

SHOTS = os.environ.get("VETDESK_SHOTS")


@pytest.fixture
def cow(ctx: ServiceContext, clinic: None) -> Patient:
    load_sample(ctx)
    return add_patient(ctx, species="cattle", name="Dagros", owner_first="Åse",
                       owner_last="Strøm-Hansen")


def test_a_vet_records_medicine_given_and_bad_input_keeps_what_was_typed(
    qtbot: QtBot, ctx: ServiceContext, ops: Operations, vet: Actor, manager: Actor,
    cow: Patient
) -> None:
    tab = open_chart(qtbot, ctx, ops, vet, cow.animal_id, Recorded())
    assert tab.given_button.isVisibleTo(tab)
    if SHOTS:
        tab.resize(1200, 600)
        tab.grab().save(str(Path(SHOTS) / "chart_with_medicine_given.png"))
    tab.given_button.click()
    window = tab.dialog
    assert isinstance(window, MedicineGivenWindow)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.empty, timeout=LOAD_TIMEOUT)
    assert window.new_button.isVisibleTo(window)
    window.new_button.click()
    dialog = window.child
    assert isinstance(dialog, MedicineGivenDialog)
    assert not dialog.record_button.isEnabled()
    assert dialog.why_disabled.text() == "Choose a product to record."
    dialog.catalogue.field.setText("penovet")
    qtbot.waitUntil(lambda: dialog.catalogue.results.count() > 0, timeout=LOAD_TIMEOUT)
    dialog.catalogue.field.returnPressed.emit()
    assert dialog.drug is not None and dialog.drug.name == "Penovet vet."
    # The catalogue filled the withdrawal period for cattle; the vet clears it by mistake
    # and types an amount of nothing.
    assert dialog.withdrawal.text() == "Meat: 6 days, milk: 6 days"
    dialog.withdrawal.clear()
    dialog.amount.setText("0")
    dialog.category.setCurrentIndex(dialog.category.findData("milk"))
    dialog.producer.setText("0301123456")
    dialog.notes.setText("Mastitt bak venstre, behandlet på gården")
    dialog.submit()
    qtbot.waitUntil(lambda: bool(dialog.form.error_text("amount")), timeout=LOAD_TIMEOUT)
    assert dialog.form.error_text("amount") == "The amount must be more than 0."
    assert "withdrawal period" in dialog.form.error_text("withdrawal_period")
    assert dialog.isVisible()
    # Kept: everything typed.
    assert (dialog.producer.text(), dialog.notes.text(), dialog.category.currentData()) == (
        "0301123456", "Mastitt bak venstre, behandlet på gården", "milk")
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "medicine_given_error.png"))
    dialog.amount.setText("45")
    dialog.withdrawal.setText("Slakt: 6 døgn, melk: 6 døgn")
    with qtbot.waitSignal(dialog.recorded, timeout=LOAD_TIMEOUT):
        dialog.submit()
    [given] = list_given(ctx, vet, cow.animal_id)
    assert (given.product_name, given.amount, given.amount_unit) == (
        "Penovet vet.", Decimal("45.00"), "ml")
    [entry] = due_entries(ctx, manager)
    assert (entry.source, entry.missing, entry.administered_by) == (
        VetRegSource.GIVEN, (), "vet")
    # The list shows it; voiding it (with a reason) takes it off the worklist.
    qtbot.waitUntil(lambda: window.table.rowCount() == 1, timeout=LOAD_TIMEOUT)
    assert [window.table.item(0, c).text() for c in range(1, 5)] == [
        "Penovet vet.", "45 ml", "Ingrid Lie", "Recorded"]
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "medicine_given_list.png"))
    window.void_button.click()
    void = window.child
    assert isinstance(void, VoidGivenDialog)
    void.reason.setPlainText("Feil dyr")
    with qtbot.waitSignal(void.voided, timeout=LOAD_TIMEOUT):
        void.confirm_button.click()
    qtbot.waitUntil(lambda: window.table.item(0, 4) is not None
                    and window.table.item(0, 4).text() == "Void: Feil dyr", timeout=LOAD_TIMEOUT)
    assert not window.void_button.isEnabled()
    assert due_entries(ctx, manager) == []


@pytest.mark.sqlite_only
def test_the_form_speaks_bokmal(
    qtbot: QtBot, ctx: ServiceContext, ops: Operations, vet: Actor, cow: Patient,
    bokmal: None
) -> None:
    dialog = MedicineGivenDialog(ops, ctx, vet, cow.animal_id, "Dagros", Species.CATTLE)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_problems({"amount": "Mengden må være mer enn 0.",
                          "withdrawal_period": "Skriv tilbakeholdelsestiden."})
    texts = [dialog.windowTitle(), dialog.giver.text(), dialog.hint.text(),
             dialog.product.text(), dialog.why_disabled.text(), dialog.record_button.text(),
             dialog.withdrawal.placeholderText(), dialog.category.itemText(0),
             *(dialog.form.layout().itemAt(i, QFormLayout.ItemRole.LabelRole).widget().text()
               for i in range(dialog.form.layout().rowCount()))]
    assert english_lines("\n".join(texts)) == []
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "medicine_given_nb.png"))


def test_only_a_vet_records_or_voids(
    qtbot: QtBot, ctx: ServiceContext, ops: Operations, manager: Actor, cow: Patient
) -> None:
    nurse = make_user(ctx, "sofie", Role.NURSE, full_name="Sofie Sykepleier")
    for actor in (nurse, manager):
        tab = open_chart(qtbot, ctx, ops, actor, cow.animal_id)
        tab.given_button.click()  # they may read the list
        window = tab.dialog
        assert isinstance(window, MedicineGivenWindow)
        assert not window.new_button.isVisibleTo(window)
        assert not window.void_button.isVisibleTo(window)
        window.record_new()
        assert window.child is None
