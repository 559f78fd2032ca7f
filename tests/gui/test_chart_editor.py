"""Writing in the chart: the draft saves itself, Ctrl+Enter signs, problems are shown in place."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.support.chart_screens import LOAD_TIMEOUT, Recorded, open_chart
from tests.support.journal_data import Patient, add_patient, consultation
from vetdesk.clock import FixedClock
from vetdesk.domain.codes import Species
from vetdesk.errors import ConflictError
from vetdesk.services import journal
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import get_draft, save_draft, timeline_page
from vetdesk.services.permissions import Actor
from vetdesk.ui.chart.chart_tab import ChartTab
from vetdesk.ui.chart.editor import EntryEditor
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import QPlainTextEdit, Qt
from vetdesk.ui.widgets.error_banner import ErrorBanner

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def patient(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx)


def _text_field(editor: EntryEditor, name: str) -> QPlainTextEdit:
    assert editor.fields is not None
    field = editor.fields.fields[name]
    assert isinstance(field, QPlainTextEdit)
    return field


def _new_editor(tab: ChartTab) -> EntryEditor:
    tab.new_entry()
    editor = tab.editor
    assert isinstance(editor, EntryEditor)
    return editor


def test_typing_saves_a_draft_after_a_pause(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    editor = _new_editor(tab)
    assert tab.right.currentWidget() is editor and tab.splitter.widget(0) is tab.timeline
    qtbot.keyClicks(_text_field(editor, "anamnesis"), "Halter på venstre bakben")
    with qtbot.waitSignal(editor.draft_saved, timeout=LOAD_TIMEOUT):
        pass
    qtbot.waitUntil(lambda: not editor.saving and not editor.has_unsaved_changes,
                    timeout=LOAD_TIMEOUT)
    assert editor.saved_label.text() == "Saved 08:55"  # the clinic's clock, Oslo time
    draft = get_draft(ctx, vet, editor.draft_id)
    assert draft.content["anamnesis"] == "Halter på venstre bakben"
    # The new draft appears at the top of the timeline, selected, with the editor beside it.
    qtbot.waitUntil(lambda: bool(tab.model.items) and tab.model.items[0].is_draft,
                    timeout=LOAD_TIMEOUT)
    assert tab.timeline.selected_item() is not None
    assert tab.right.currentWidget() is editor


def test_ctrl_enter_signs_the_entry(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    editor = _new_editor(tab)
    assert not editor.sign_button.isEnabled()
    assert editor.sign_reason.text() == "To sign, fix: Anamnesis, Findings."
    _text_field(editor, "anamnesis").setPlainText("Halter på venstre bakben.")
    _text_field(editor, "findings").setPlainText("Øm over kneet.")
    editor.weight.edit.setText("31,4")
    assert editor.sign_button.isEnabled() and editor.sign_reason.text() == ""
    findings = _text_field(editor, "findings")
    findings.setFocus()
    with qtbot.waitSignal(editor.signed, timeout=LOAD_TIMEOUT) as signed:
        qtbot.keyClick(findings, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    entry_id = signed.args[0].entry_id
    page = timeline_page(ctx, vet, patient.animal_id)
    assert [(i.entry_id, i.is_draft) for i in page.items] == [(entry_id, False)]
    assert page.items[0].content["findings"] == "Øm over kneet."
    assert str(page.items[0].weight_kg) == "31.400"
    # The chart shows the signed entry for reading; the form is gone from the right side.
    qtbot.waitUntil(lambda: tab.right.currentWidget() is tab.entry_view, timeout=LOAD_TIMEOUT)
    assert tab.entry_view.item is not None and tab.entry_view.item.entry_id == entry_id


def test_weight_and_temperature_warn_in_amber_and_refuse_in_red(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    editor = _new_editor(tab)
    editor.weight.edit.setText("4000")
    assert editor.weight.level == "error"
    assert editor.weight.message.text().startswith("✖ 4000 kg is impossible for a dog")
    editor.weight.edit.setText("-3")
    assert editor.weight.level == "error"
    editor.weight.edit.setText("100")
    assert editor.weight.level == "warning"
    assert editor.weight.message.text().startswith("⚠ 100 kg is unusual for a dog")
    editor.temperature.edit.setText("3,85")
    assert editor.temperature.level == "error"
    editor.temperature.edit.setText("tre")
    assert editor.temperature.message.text() == "✖ Not a number; type e.g. 31,4."
    assert "Temperature" in editor.sign_reason.text()
    assert editor.temperature.edit.text() == "tre"  # nothing typed is replaced


def test_signing_past_a_warning_asks_first(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    recorded = Recorded(confirm_answer=True)
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id, recorded)
    editor = _new_editor(tab)
    _text_field(editor, "anamnesis").setPlainText("Stor hund.")
    _text_field(editor, "findings").setPlainText("Overvektig.")
    editor.weight.edit.setText("100")
    with qtbot.waitSignal(editor.signed, timeout=LOAD_TIMEOUT):
        editor.sign()
    assert len(recorded.confirmations) == 1 and "100 kg" in recorded.confirmations[0]


def test_a_failed_save_keeps_the_text_and_says_so(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def lost_connection(*_args: object, **_kwargs: object) -> None:
        raise ConflictError("The database did not answer; check the network.")

    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    editor = _new_editor(tab)
    monkeypatch.setattr(journal, "save_draft", lost_connection)
    _text_field(editor, "anamnesis").setPlainText("Viktig tekst som ikke må forsvinne.")
    editor.save_now()
    qtbot.waitUntil(lambda: editor.save_failed, timeout=LOAD_TIMEOUT)
    assert editor.saved_label.text() == "✖ Not saved"
    assert tab.banner.isVisible()
    assert "not saved yet" in tab.banner.message_label.text()
    assert "did not answer" in tab.banner.message_label.text()
    assert _text_field(editor, "anamnesis").toPlainText() == "Viktig tekst som ikke må forsvinne."

    monkeypatch.undo()
    _text_field(editor, "anamnesis").appendPlainText("Mer.")
    editor.save_now()
    qtbot.waitUntil(lambda: not editor.save_failed and not editor.saving, timeout=LOAD_TIMEOUT)
    assert editor.saved_label.text().startswith("Saved")
    assert get_draft(ctx, vet, editor.draft_id).content["anamnesis"].endswith("Mer.")


def test_an_own_draft_reopens_in_the_editor_with_its_kind(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    form = consultation(patient.animal_id, ctx.clock.now() - dt.timedelta(hours=2))
    save_draft(ctx, vet, form)
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    tab.timeline.select_entry(form.id)
    qtbot.waitUntil(lambda: tab.editor is not None, timeout=LOAD_TIMEOUT)
    editor = tab.editor
    assert editor is not None and editor.draft_id == form.id and not editor.read_only
    assert _text_field(editor, "anamnesis").toPlainText() == "Halter på venstre bakben."
    assert editor.event_time.dateTime().toString("dd.MM.yyyy HH:mm") == "22.11.2026 06:55"


def test_a_receptionist_editor_has_no_sign_button_and_cannot_sign(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
    patient: Patient,
) -> None:
    editor = EntryEditor(db_ops, ctx, receptionist, animal_id=patient.animal_id,
                         species=Species.DOG, is_group=False, banner=ErrorBanner())
    qtbot.addWidget(editor)
    editor.show()
    assert editor.read_only and editor.sign_button.isHidden()
    editor.sign()
    assert not editor.signing and not db_ops.busy


def test_files_are_attached_to_the_draft(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient,
    tmp_path: Path,
) -> None:
    image = tmp_path / "røntgen kne.png"
    image.write_bytes(PNG)
    recorded = Recorded(files=[str(image)])
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id, recorded)
    editor = _new_editor(tab)
    editor.files.add_button.click()
    qtbot.waitUntil(lambda: len(editor.files.attachments) == 1, timeout=LOAD_TIMEOUT)
    assert editor.files.list.item(0).text().startswith("røntgen kne.png")
    draft = get_draft(ctx, vet, editor.draft_id)
    assert [a.filename for a in draft.attachments] == ["røntgen kne.png"]


def test_a_second_new_entry_saves_the_first_before_replacing_it(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    first = _new_editor(tab)
    _text_field(first, "anamnesis").setPlainText("Første notat.")
    first_id = first.draft_id
    second = _new_editor(tab)
    assert second is not first and tab.right.currentWidget() is second
    qtbot.waitUntil(lambda: any(i.entry_id == first_id for i in tab.model.items),
                    timeout=LOAD_TIMEOUT)
    assert get_draft(ctx, vet, first_id).content["anamnesis"] == "Første notat."
    # An untouched new form is reused rather than stacked.
    assert _new_editor(tab) is second


def test_switching_kind_and_back_keeps_what_was_typed(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    editor = _new_editor(tab)
    _text_field(editor, "anamnesis").setPlainText("Begynte som konsultasjon.")
    editor.kind_box.setCurrentIndex(editor.kind_box.findData("vaccination"))
    assert editor.fields is not None and "product" in editor.fields.fields
    assert editor.sign_reason.text() == "To sign, fix: Vaccine, Batch number."
    editor.kind_box.setCurrentIndex(editor.kind_box.findData("consultation"))
    assert _text_field(editor, "anamnesis").toPlainText() == "Begynte som konsultasjon."


def test_closing_the_tab_saves_the_last_words_at_once(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    editor = _new_editor(tab)
    _text_field(editor, "anamnesis").setPlainText("Skrevet rett før fanen ble lukket.")
    draft_id = editor.draft_id
    tab.hide()  # what the work area does to a tab it closes or leaves
    qtbot.waitUntil(lambda: not db_ops.busy, timeout=LOAD_TIMEOUT)
    assert get_draft(ctx, vet, draft_id).content["anamnesis"] == (
        "Skrevet rett før fanen ble lukket.")


def test_a_draft_saved_on_an_earlier_day_says_the_day(
    qtbot: QtBot, ctx: ServiceContext, clock: FixedClock, db_ops: Operations, vet: Actor,
    patient: Patient,
) -> None:
    """Opened the next day, yesterday's draft said "Saved 16:51" as if saved minutes ago."""
    saved = save_draft(ctx, vet, consultation(patient.animal_id, ctx.clock.now()))
    clock.advance(dt.timedelta(days=1))
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    qtbot.waitUntil(lambda: bool(tab.model.items), timeout=LOAD_TIMEOUT)
    tab.open_entry(saved.id)
    qtbot.waitUntil(lambda: isinstance(tab.editor, EntryEditor)
                    and tab.editor.draft_id == saved.id, timeout=LOAD_TIMEOUT)
    assert tab.editor is not None
    assert tab.editor.saved_label.text() == "Saved 22.11.2026 08:55"
