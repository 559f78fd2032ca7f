"""Enter in the drug search adds the product and nothing else: the key must not also press the
form's default button, which tried to issue (or record) at once and showed a red error before
the vet had typed the dosage (found walking the day at the clinic)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.support.chart_screens import LOAD_TIMEOUT, Recorded, open_chart
from tests.support.journal_data import Patient, add_patient
from tests.support.pharmacy import load_sample
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.ops import Operations
from vetdesk.ui.pharmacy.given_dialog import MedicineGivenDialog
from vetdesk.ui.pharmacy.given_window import MedicineGivenWindow
from vetdesk.ui.pharmacy.prescription_dialog import PrescriptionDialog
from vetdesk.ui.qt import Qt


@pytest.fixture
def dog(ctx: ServiceContext, clinic: None) -> Patient:
    load_sample(ctx)
    return add_patient(ctx, species="dog", name="Bamse", owner_first="Kari",
                       owner_last="Ødegård")


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_in_the_prescription_search_adds_the_product_without_issuing(
    qtbot: QtBot, ctx: ServiceContext, ops: Operations, vet: Actor, dog: Patient,
    key: Qt.Key,
) -> None:
    tab = open_chart(qtbot, ctx, ops, vet, dog.animal_id, Recorded())
    tab.new_prescription()
    dialog = tab.dialog
    assert isinstance(dialog, PrescriptionDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.status is not None, timeout=LOAD_TIMEOUT)
    dialog.search.setText("metacam")
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=LOAD_TIMEOUT)
    qtbot.keyClick(dialog.search, key)
    assert len(dialog.rows) == 1
    [row] = dialog.rows
    # Nobody pressed Issue: no banner, no "write the dosage" under the empty field.
    qtbot.wait(200)
    assert dialog.banner.isHidden()
    assert row.errors["dosage"].isHidden()
    assert dialog.isVisible()


def test_enter_in_the_medicine_given_search_picks_the_product_without_recording(
    qtbot: QtBot, ctx: ServiceContext, ops: Operations, vet: Actor, dog: Patient,
) -> None:
    tab = open_chart(qtbot, ctx, ops, vet, dog.animal_id, Recorded())
    tab.given_button.click()
    window = tab.dialog
    assert isinstance(window, MedicineGivenWindow)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.empty, timeout=LOAD_TIMEOUT)
    window.new_button.click()
    dialog = window.child
    assert isinstance(dialog, MedicineGivenDialog)
    qtbot.waitExposed(dialog)
    dialog.catalogue.field.setText("metacam")
    qtbot.waitUntil(lambda: dialog.catalogue.results.count() > 0, timeout=LOAD_TIMEOUT)
    qtbot.keyClick(dialog.catalogue.field, Qt.Key.Key_Return)
    assert dialog.drug is not None and dialog.drug.name == "Metacam vet."
    qtbot.wait(200)
    assert dialog.banner.isHidden()
    assert dialog.form.error_text("amount") == ""
    assert dialog.isVisible()


def test_enter_on_a_product_in_the_result_list_adds_it_without_issuing(
    qtbot: QtBot, ctx: ServiceContext, ops: Operations, vet: Actor, dog: Patient,
) -> None:
    tab = open_chart(qtbot, ctx, ops, vet, dog.animal_id, Recorded())
    tab.new_prescription()
    dialog = tab.dialog
    assert isinstance(dialog, PrescriptionDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.status is not None, timeout=LOAD_TIMEOUT)
    dialog.search.setText("metacam")
    qtbot.waitUntil(lambda: dialog.results.count() > 1, timeout=LOAD_TIMEOUT)
    dialog.results.setFocus()
    dialog.results.setCurrentRow(1)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert len(dialog.rows) == 1
    qtbot.wait(200)
    assert dialog.banner.isHidden()
    assert dialog.rows[0].errors["dosage"].isHidden()
