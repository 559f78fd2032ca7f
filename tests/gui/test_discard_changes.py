"""Esc, Cancel and the close button ask before a form with typed changes goes away."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.support.chart_screens import LOAD_TIMEOUT, open_chart
from tests.support.front_desk import add_client
from tests.support.front_desk_gui import isolate_settings, open_window
from tests.support.journal_data import Patient, add_patient, consultation, write_and_sign
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.chart.correct_dialog import CorrectDialog
from vetdesk.ui.front_desk.animal_form import AnimalFormDialog
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import QPlainTextEdit, Qt, QWidget
from vetdesk.ui.widgets import discard_changes


class Answers:
    """Stands in for the question box: records each question and gives a set answer."""

    def __init__(self) -> None:
        self.asked = 0
        self.discard = False

    def __call__(self, _parent: QWidget) -> bool:
        self.asked += 1
        return self.discard


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Answers:
    isolate_settings(tmp_path)
    answer = Answers()
    monkeypatch.setattr(discard_changes, "ask", answer)
    return answer


def test_escape_on_a_typed_client_form_asks_and_keeps_the_text(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
    windows: list[MainWindow], answers: Answers,
) -> None:
    window = open_window(qtbot, ctx, db_ops, receptionist, windows)
    form = window.front_desk.tabs.new_client("")
    assert form is not None
    qtbot.waitExposed(form)
    form.reject()  # nothing typed: closes without a question
    assert answers.asked == 0
    assert not form.isVisible()

    form = window.front_desk.tabs.new_client("")
    assert form is not None
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.edits["last_name"], "Nordmann")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert answers.asked == 1
    assert form.isVisible()
    assert form.edits["last_name"].text() == "Nordmann"
    answers.discard = True
    form.close()
    assert answers.asked == 2
    assert not form.isVisible()


def test_open_existing_client_closes_the_form_without_asking(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
    windows: list[MainWindow], answers: Answers,
) -> None:
    owner = add_client(ctx, receptionist, "Kari", "Ødegård", phone="912 34 567")
    window = open_window(qtbot, ctx, db_ops, receptionist, windows)
    form = window.front_desk.tabs.new_client("")
    assert form is not None
    qtbot.keyClicks(form.edits["last_name"], "Ødegård")
    form.open_existing(owner.client_id)
    assert answers.asked == 0
    assert not form.isVisible()


def test_cancel_on_a_typed_animal_form_asks(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
    windows: list[MainWindow], answers: Answers,
) -> None:
    owner = add_client(ctx, receptionist, "Kari", "Ødegård", phone="912 34 567")
    window = open_window(qtbot, ctx, db_ops, receptionist, windows)
    form = AnimalFormDialog(window.front_desk.tabs.page, owner.client_id, parent=window)
    form.open()
    qtbot.keyClicks(form.fields.name, "Bamse")
    form.reject()
    assert answers.asked == 1
    assert form.isVisible()
    assert form.fields.name.text() == "Bamse"


def test_escape_on_a_typed_correction_asks_and_keeps_the_text(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, clinic: None,
    answers: Answers,
) -> None:
    patient: Patient = add_patient(ctx)
    entry: uuid.UUID = write_and_sign(ctx, vet, consultation(
        patient.animal_id, ctx.clock.now().replace(hour=6), anamnesis="Halter."))
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    assert tab.timeline.select_entry(entry)
    qtbot.waitUntil(lambda: tab.right.currentWidget() is tab.entry_view, timeout=LOAD_TIMEOUT)
    tab.entry_view.correct_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, CorrectDialog)
    anamnesis = dialog.fields.fields["anamnesis"]
    assert isinstance(anamnesis, QPlainTextEdit)
    anamnesis.setPlainText("Halter på høyre bakben.")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answers.asked == 1
    assert dialog.isVisible()
    assert anamnesis.toPlainText() == "Halter på høyre bakben."
