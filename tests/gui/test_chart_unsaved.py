"""No typed chart text is lost when a form goes away: a closing tab, a replaced form whose
save fails, a late draft answer that must not replace the user's next choice."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.support.chart_screens import LOAD_TIMEOUT, open_chart, page_context
from tests.support.front_desk_gui import isolate_settings, open_window
from tests.support.journal_data import Patient, add_patient, consultation, write_and_sign
from vetdesk.errors import NotFound
from vetdesk.services import journal
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import DraftSnapshot, get_draft
from vetdesk.services.permissions import Actor
from vetdesk.ui.chart.chart_tab import ChartTab
from vetdesk.ui.chart.editor import EntryEditor
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import QApplication, QPlainTextEdit, QTabWidget


@pytest.fixture
def patient(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx)


def _anamnesis(editor: EntryEditor) -> QPlainTextEdit:
    assert editor.fields is not None
    field = editor.fields.fields["anamnesis"]
    assert isinstance(field, QPlainTextEdit)
    return field


def test_closing_the_tab_while_a_save_runs_keeps_the_latest_text(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient,
) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tab = ChartTab(page_context(ctx, db_ops, vet), patient.animal_id)
    tabs.addTab(tab, "chart")
    tabs.show()
    qtbot.waitUntil(lambda: tab.header is not None, timeout=LOAD_TIMEOUT)
    tab.new_entry()
    editor = tab.editor
    assert editor is not None
    gate = threading.Event()
    db_ops.run(lambda: gate.wait(10))  # a slow server: the first save waits behind this
    qtbot.keyClicks(_anamnesis(editor), "Halter")
    editor.save_now()
    assert editor.saving
    qtbot.keyClicks(_anamnesis(editor), " på høyre bakben")
    draft_id = editor.draft_id
    # What WorkArea.close_tab does: the tab is removed (hidden), then deleted with its editor.
    tabs.removeTab(tabs.indexOf(tab))
    tab.deleteLater()
    QApplication.processEvents()
    gate.set()

    def stored() -> str:
        try:
            return str(get_draft(ctx, vet, draft_id).content.get("anamnesis"))
        except NotFound:  # the first save has not landed yet
            return ""

    qtbot.waitUntil(lambda: stored() == "Halter på høyre bakben", timeout=LOAD_TIMEOUT)


def test_a_replaced_form_whose_save_fails_comes_back(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    tab.new_entry()
    editor = tab.editor
    assert editor is not None
    qtbot.keyClicks(_anamnesis(editor), "Viktig tekst")

    def server_gone(*_args: object, **_kwargs: object) -> DraftSnapshot:
        raise RuntimeError("server gone")

    monkeypatch.setattr(journal, "save_draft", server_gone)
    tab.new_entry()  # a new form takes the place of the one with text
    qtbot.waitUntil(lambda: tab.editor is editor, timeout=LOAD_TIMEOUT)
    assert tab.right.currentWidget() is editor
    assert editor.isVisible()
    assert _anamnesis(editor).toPlainText() == "Viktig tekst"
    assert not editor.retiring
    assert tab.banner.isVisible()


def test_a_late_draft_does_not_replace_what_the_user_chose_next(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient,
) -> None:
    signed = write_and_sign(ctx, vet, consultation(
        patient.animal_id, ctx.clock.now().replace(hour=6), anamnesis="Signert."))
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    tab.new_entry()
    editor = tab.editor
    assert editor is not None
    qtbot.keyClicks(_anamnesis(editor), "Utkast")
    editor.save_now()
    qtbot.waitUntil(lambda: not editor.saving, timeout=LOAD_TIMEOUT)
    qtbot.waitUntil(lambda: any(i.is_draft for i in tab.model.items), timeout=LOAD_TIMEOUT)
    draft_item = next(i for i in tab.model.items if i.is_draft)
    signed_item = next(i for i in tab.model.items if i.entry_id == signed)
    tab.new_entry()  # another form, so opening the draft needs the server
    gate = threading.Event()
    db_ops.run(lambda: gate.wait(10))  # a slow server: the draft arrives late
    tab.show_item(draft_item)
    tab.show_item(signed_item)  # the user moves on before it arrives
    assert tab.right.currentWidget() is tab.entry_view
    gate.set()
    answered: list[None] = []
    # Queued behind get_draft on the single worker: its answer reaches the GUI thread after.
    db_ops.run(lambda: None, success=answered.append)
    qtbot.waitUntil(lambda: bool(answered), timeout=LOAD_TIMEOUT)
    assert tab.right.currentWidget() is tab.entry_view
    assert tab.entry_view.item is signed_item


def test_quitting_saves_the_text_typed_just_before(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient,
    windows: list[MainWindow], tmp_path: Path,
) -> None:
    isolate_settings(tmp_path)
    window = open_window(qtbot, ctx, db_ops, vet, windows)
    window.events.open_animal.emit(patient.animal_id)
    tab = window.charts.tabs[patient.animal_id]
    qtbot.waitUntil(lambda: tab.header is not None, timeout=LOAD_TIMEOUT)
    tab.new_entry()
    editor = tab.editor
    assert editor is not None
    qtbot.keyClicks(_anamnesis(editor), "Skrevet rett før avslutning")
    draft_id = editor.draft_id
    quit_seen: list[bool] = []

    def signed_out(quitting: bool) -> None:
        db_ops.shutdown()  # what the launcher does on quit: nothing runs after this
        quit_seen.append(quitting)

    window.signed_out.connect(signed_out)
    window.sign_out(quitting=True)
    qtbot.waitUntil(lambda: bool(quit_seen), timeout=LOAD_TIMEOUT)
    stored = get_draft(ctx, vet, draft_id)
    assert stored.content.get("anamnesis") == "Skrevet rett før avslutning"
