"""The Patients page ("My day") and the main window: open a chart, Ctrl+J writes in it."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import audit_actions
from tests.support.chart_screens import LOAD_TIMEOUT, page_context
from tests.support.journal_data import Patient, add_patient
from vetdesk.db.models import Appointment, Resource
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.chart.chart_tab import ChartTab
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.pages.patients import PatientsPage
from vetdesk.ui.qt import Qt


@pytest.fixture
def patient(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx)


def _book_today(ctx: ServiceContext, actor: Actor, patient: Patient) -> None:
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        resource = Resource(kind="veterinarian", name=actor.full_name, user_id=actor.user_id)
        session.add(resource)
        session.flush()
        for hours, status in ((2, "booked"), (1, "arrived")):
            session.add(Appointment(
                client_id=patient.client_id, animal_id=patient.animal_id,
                resource_id=resource.id, starts_at=now + dt.timedelta(hours=hours),
                ends_at=now + dt.timedelta(hours=hours, minutes=30),
                appointment_type="consultation", reason="Halter", status=status,
                created_at=now, updated_at=now,
            ))


def test_my_day_lists_todays_patients_and_enter_opens_the_chart(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    _book_today(ctx, vet, patient)
    page = page_context(ctx, db_ops, vet)
    widget = PatientsPage(page)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.loaded, timeout=LOAD_TIMEOUT)
    table = widget.table
    assert table.rowCount() == 2
    rows = [[table.item(r, c).text() for c in range(5)] for r in range(2)]
    # 08:55 UTC is 09:55 in Oslo: the earlier appointment first.
    assert rows[0] == ["09:55–10:25", "Bamse (dog)", "Kari Ødegård", "Halter", "arrived"]
    assert rows[1][0] == "10:55–11:25" and rows[1][4] == "booked"
    assert widget.summary.text() == "Patients today: 2, still to see: 2"
    table.setFocus()
    with qtbot.waitSignal(page.events.open_animal) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [patient.animal_id]


def test_my_day_without_appointments_says_what_to_do(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    widget = PatientsPage(page_context(ctx, db_ops, vet))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.loaded, timeout=LOAD_TIMEOUT)
    assert widget.stack.currentWidget() is widget.empty_state
    assert "Ctrl+K" in widget.empty_state.message_label.text()


def test_a_receptionist_gets_a_search_hint_instead(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor
) -> None:
    widget = PatientsPage(page_context(ctx, db_ops, receptionist))
    qtbot.addWidget(widget)
    assert not widget.shows_my_day
    assert "Ctrl+K" in widget.empty_state.message_label.text()
    assert not db_ops.busy


def test_open_animal_opens_one_chart_tab_and_ctrl_j_starts_an_entry(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient,
    windows: list[MainWindow],
) -> None:
    window = MainWindow(ctx, db_ops, vet)
    windows.append(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.clinic_label.text() != "", timeout=LOAD_TIMEOUT)
    qtbot.keyClick(window.work_area, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert "Open an animal's chart first" in window.statusBar().currentMessage()

    window.events.open_animal.emit(patient.animal_id)
    tab = window.work_area.currentWidget()
    assert isinstance(tab, ChartTab)
    qtbot.waitUntil(lambda: tab.header is not None and tab.model.loaded_once,
                    timeout=LOAD_TIMEOUT)
    assert window.work_area.tabText(window.work_area.currentIndex()) == "Bamse"
    window.events.open_animal.emit(patient.animal_id)
    assert window.work_area.count() == 2  # the page tab and one chart, not two

    window.activateWindow()
    field = tab.timeline.text_filter
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=LOAD_TIMEOUT)
    qtbot.keyClick(field, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert tab.editor is not None and tab.right.currentWidget() is tab.editor
    # Opening the chart was audited by the service.
    assert "view" in audit_actions(ctx)
