"""The prescription form from the chart (Ctrl+P) and the list of an animal's prescriptions."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import make_user
from tests.support.chart_screens import LOAD_TIMEOUT, Recorded, open_chart
from tests.support.journal_data import Patient, add_patient
from tests.support.pharmacy import load_sample
from vetdesk.domain.codes import Role
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy.reading import list_prescriptions
from vetdesk.services.pharmacy.types import PrescriptionState
from vetdesk.services.pharmacy.vetreg import due_entries
from vetdesk.ui.ops import Operations
from vetdesk.ui.pharmacy.prescription_dialog import PrescriptionDialog
from vetdesk.ui.pharmacy.prescriptions_window import PrescriptionsWindow

SHOTS = "/tmp/vetdesk-shots"


@pytest.fixture
def cow(ctx: ServiceContext, clinic: None) -> Patient:
    load_sample(ctx)
    return add_patient(ctx, species="cattle", name="Dagros", owner_first="Åse",
                       owner_last="Strøm-Hansen")


def test_a_vet_issues_from_the_chart_and_a_missing_withdrawal_keeps_what_was_typed(
    qtbot: QtBot, ctx: ServiceContext, ops: Operations, vet: Actor, cow: Patient,
    tmp_path: object,
) -> None:
    tab = open_chart(qtbot, ctx, ops, vet, cow.animal_id, Recorded())
    tab.new_prescription()
    dialog = tab.dialog
    assert isinstance(dialog, PrescriptionDialog)
    qtbot.waitUntil(lambda: dialog.status is not None, timeout=LOAD_TIMEOUT)
    dialog.search.setText("penovet")
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=LOAD_TIMEOUT)
    dialog.search.returnPressed.emit()
    [row] = dialog.rows
    # The catalogue filled the withdrawal period for cattle and the prudent-use warning.
    assert row.withdrawal.text() == "Meat: 6 days, milk: 6 days"
    assert row.warnings.text().startswith("Antimicrobial:")
    row.withdrawal.clear()
    row.dosage.setText("20 mg/kg i.m. én gang daglig")
    assert not dialog.valid_days.isEnabled()  # an antimicrobial: 5 days, whatever is set
    dialog.submit()
    qtbot.waitUntil(lambda: row.errors["withdrawal_period"].isVisible(), timeout=LOAD_TIMEOUT)
    assert "withdrawal period" in row.errors["withdrawal_period"].text()
    assert row.dosage.text() == "20 mg/kg i.m. én gang daglig"  # kept
    assert dialog.isVisible()
    dialog.grab().save(f"{SHOTS}-form-error.png")
    row.withdrawal.setText("Slakt: 6 døgn, melk: 6 døgn")
    # A cow: the form asks what medicine reporting (VetReg) needs.
    row.amount.setText("45,5")
    dialog.category.setCurrentIndex(dialog.category.findData("milk"))
    dialog.producer.setText("0301123456")
    dialog.given_by.setCurrentIndex(dialog.given_by.findData("keeper"))
    with qtbot.waitSignal(dialog.issued, timeout=LOAD_TIMEOUT):
        dialog.submit()
    [issued] = list_prescriptions(ctx, vet, cow.animal_id)
    assert issued.state is PrescriptionState.VALID and issued.products == ("Penovet vet.",)
    [due] = due_entries(ctx, vet)
    assert (due.amount, due.amount_unit, due.production_category, due.administered_by,
            due.missing) == (Decimal("45.50"), "ml", "milk", "keeper", ())


def test_the_list_shows_state_and_saves_a_pdf(
    qtbot: QtBot, ctx: ServiceContext, ops: Operations, vet: Actor, cow: Patient,
    tmp_path: object,
) -> None:
    from tests.support.pharmacy import form_for, one_item
    from vetdesk.services.pharmacy.catalogue import search_drugs
    from vetdesk.services.pharmacy.issuing import issue_prescription

    [metacam] = search_drugs(ctx, vet, "084530")
    issue_prescription(ctx, vet, form_for(cow.animal_id, one_item(
        metacam.id, pack_size="50 ml", withdrawal_period="Slakt: 15 døgn, melk: 5 døgn")))
    recorded = Recorded(pdf_path=f"{tmp_path}/resept.pdf")
    tab = open_chart(qtbot, ctx, ops, vet, cow.animal_id, recorded)
    tab.show_prescriptions()
    window = tab.dialog
    assert isinstance(window, PrescriptionsWindow)
    qtbot.waitUntil(lambda: window.table.rowCount() == 1, timeout=LOAD_TIMEOUT)
    assert window.table.item(0, 4).text() == "Valid"
    assert window.table.item(0, 3).text() == "22.11.2027"
    window.grab().save(f"{SHOTS}-list.png")
    with qtbot.waitSignal(window.saved, timeout=LOAD_TIMEOUT):
        window.print_selected()


def test_a_nurse_is_told_why_ctrl_p_does_nothing(
    qtbot: QtBot, ctx: ServiceContext, ops: Operations, cow: Patient
) -> None:
    nurse = make_user(ctx, "sofie", Role.NURSE, full_name="Sofie Sykepleier")
    tab = open_chart(qtbot, ctx, ops, nurse, cow.animal_id)
    tab.new_prescription()
    assert tab.dialog is None
    assert "Only a veterinarian" in tab.banner.message_label.text()
