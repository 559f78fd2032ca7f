"""Correct, void, history and print from the chart: focused dialogs that never lose text."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TypeVar

import pytest
from pytestqt.qtbot import QtBot

from tests.support.chart_screens import LOAD_TIMEOUT, Recorded, open_chart
from tests.support.journal_data import Patient, add_patient, consultation, write_and_sign
from vetdesk.domain.codes import Requester
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import Correction, correct_entry, entry_detail, timeline_page
from vetdesk.services.permissions import Actor
from vetdesk.ui.chart.chart_tab import ChartTab
from vetdesk.ui.chart.correct_dialog import CorrectDialog
from vetdesk.ui.chart.history_view import HistoryDialog
from vetdesk.ui.chart.print_dialog import PrintDialog
from vetdesk.ui.chart.void_dialog import VoidDialog
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import (
    QDialog,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QTextCharFormat,
    QTextCursor,
)

DialogT = TypeVar("DialogT", bound=QDialog)


@pytest.fixture
def patient(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx)


@pytest.fixture
def entry_id(ctx: ServiceContext, vet: Actor, patient: Patient) -> uuid.UUID:
    return write_and_sign(ctx, vet, consultation(
        patient.animal_id, ctx.clock.now().replace(hour=6),
        anamnesis="Halter på left hind leg siden i går."))


def _select(qtbot: QtBot, tab: ChartTab, entry: uuid.UUID) -> None:
    assert tab.timeline.select_entry(entry)
    qtbot.waitUntil(lambda: tab.right.currentWidget() is tab.entry_view, timeout=LOAD_TIMEOUT)


def _entry_dialog(qtbot: QtBot, tab: ChartTab, entry: uuid.UUID, button: QPushButton,
                  kind: type[DialogT]) -> DialogT:
    """Select the signed entry, press one of the entry view's buttons: the dialog it opened."""
    _select(qtbot, tab, entry)
    button.click()
    dialog = tab.dialog
    assert isinstance(dialog, kind)
    return dialog


def test_a_correction_without_a_reason_is_refused_in_the_dialog_keeping_the_text(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient,
    entry_id: uuid.UUID,
) -> None:
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    dialog = _entry_dialog(qtbot, tab, entry_id, tab.entry_view.correct_button, CorrectDialog)
    assert dialog.isVisible()
    assert not dialog.save_button.isEnabled()
    assert dialog.why_disabled.text() == "Change the text to correct it."
    anamnesis = dialog.fields.fields["anamnesis"]
    assert isinstance(anamnesis, QPlainTextEdit)
    anamnesis.setPlainText("Halter på right hind leg siden i går.")
    assert not dialog.save_button.isEnabled()
    assert "Give the reason" in dialog.why_disabled.text()

    dialog.submit()  # as if Enter were pressed: refused, nothing lost, nothing saved
    assert dialog.isVisible()
    assert dialog.reason_error.isVisible() and "reason" in dialog.reason_error.text()
    assert anamnesis.toPlainText() == "Halter på right hind leg siden i går."
    assert not db_ops.busy
    assert len(entry_detail(ctx, vet, entry_id).versions) == 1

    dialog.reason.setPlainText("wrong side")
    dialog.by_owner.setChecked(True)
    assert dialog.save_button.isEnabled()
    dialog.activateWindow()
    dialog.reason.setFocus()
    qtbot.waitUntil(dialog.reason.hasFocus, timeout=LOAD_TIMEOUT)
    with qtbot.waitSignal(dialog.corrected, timeout=LOAD_TIMEOUT):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    detail = entry_detail(ctx, vet, entry_id)
    assert [v.version_no for v in detail.versions] == [1, 2]
    assert detail.current.reason == "wrong side"
    assert detail.current.requested_by is Requester.OWNER
    # The chart shows the current version with its mark.
    qtbot.waitUntil(lambda: bool(tab.model.items) and tab.model.items[0].corrected,
                    timeout=LOAD_TIMEOUT)
    qtbot.waitUntil(lambda: tab.entry_view.item is not None
                    and tab.entry_view.item.corrected, timeout=LOAD_TIMEOUT)
    text = tab.entry_view.browser.toPlainText()
    assert "right hind leg" in text and "✎ corrected" in text
    qtbot.waitUntil(lambda: "Corrected by Ingrid Lie 22.11.2026 08:55: wrong side"
                    in tab.entry_view.browser.toPlainText(), timeout=LOAD_TIMEOUT)


def _formats_of(dialog: HistoryDialog, word: str) -> list[QTextCharFormat]:
    document = dialog.browser.document()
    found = []
    cursor = document.find(word)
    while not cursor.isNull():
        probe = QTextCursor(document)
        probe.setPosition(cursor.selectionStart() + 1)
        found.append(probe.charFormat())
        cursor = document.find(word, cursor)
    return found


def test_history_strikes_through_removed_words_and_underlines_added_ones(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient,
    entry_id: uuid.UUID,
) -> None:
    current = timeline_page(ctx, vet, patient.animal_id).items[0]
    correct_entry(ctx, vet, Correction(
        entry_id=entry_id, expected_version_no=1, event_time=current.event_time,
        content={**current.content, "anamnesis": "Halter på right hind leg siden i går."},
        reason="wrong side", weight_kg=current.weight_kg, temperature_c=current.temperature_c,
    ))
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    dialog = _entry_dialog(qtbot, tab, entry_id, tab.entry_view.history_button, HistoryDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=LOAD_TIMEOUT)
    text = dialog.browser.toPlainText()
    assert "Version 2: Corrected by Ingrid Lie, 22.11.2026 08:55 (current)" in text
    assert "Reason: wrong side (asked for by the clinic)" in text
    assert "Version 1: Signed by Ingrid Lie" in text

    removed = [f for f in _formats_of(dialog, "left") if f.fontStrikeOut()]
    added = [f for f in _formats_of(dialog, "right") if f.fontUnderline()]
    assert removed and removed[0].background().style().name != "NoBrush"
    assert added and added[0].background().style().name != "NoBrush"
    assert removed[0].background().color() != added[0].background().color()
    # Words that did not change carry neither mark.
    assert not any(f.fontStrikeOut() or f.fontUnderline() for f in _formats_of(dialog, "siden"))


def test_void_asks_for_confirmation_with_a_reason(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient,
    entry_id: uuid.UUID,
) -> None:
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    dialog = _entry_dialog(qtbot, tab, entry_id, tab.entry_view.void_button, VoidDialog)
    assert dialog.isVisible()
    assert "cannot be undone" in dialog.question.text()
    assert not dialog.void_button.isEnabled()
    dialog.confirm()  # without a reason: nothing happens
    assert dialog.isVisible() and not db_ops.busy
    dialog.reject()
    assert not timeline_page(ctx, vet, patient.animal_id).items[0].voided

    dialog = _entry_dialog(qtbot, tab, entry_id, tab.entry_view.void_button, VoidDialog)
    dialog.reason.setPlainText("Skrevet på feil dyr")
    assert dialog.void_button.isEnabled()
    with qtbot.waitSignal(dialog.voided, timeout=LOAD_TIMEOUT):
        dialog.void_button.click()
    assert entry_detail(ctx, vet, entry_id).current.reason == "Skrevet på feil dyr"
    qtbot.waitUntil(lambda: bool(tab.model.items) and tab.model.items[0].voided,
                    timeout=LOAD_TIMEOUT)
    assert tab.model.items[0].voided
    qtbot.waitUntil(lambda: tab.entry_view.item is not None and tab.entry_view.item.voided,
                    timeout=LOAD_TIMEOUT)
    assert not tab.entry_view.correct_button.isEnabled()
    qtbot.waitUntil(lambda: "Voided by Ingrid Lie" in tab.entry_view.browser.toPlainText(),
                    timeout=LOAD_TIMEOUT)
    assert "Skrevet på feil dyr" in tab.entry_view.browser.toPlainText()


def test_print_saves_a_pdf_where_the_user_chose_and_opens_it(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient,
    entry_id: uuid.UUID, tmp_path: Path,
) -> None:
    target = tmp_path / "Bamse journal.pdf"
    recorded = Recorded(pdf_path=str(target))
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id, recorded)
    tab.print_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, PrintDialog)
    dialog.all_dates.setChecked(False)
    dialog.date_from.setDate(dialog.date_to.date().addDays(1))
    assert not dialog.save_button.isEnabled()
    assert "swap the dates" in dialog.status.text()
    dialog.all_dates.setChecked(True)
    dialog.include_voided.setChecked(True)
    assert dialog.options().include_voided and not dialog.options().include_confidential
    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT):
        dialog.save_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    # Saying so, with a way to open the file or its folder (issue 8).
    notice = tab.saved_notice
    assert notice.isVisible()
    assert "«Bamse journal.pdf»" in notice.message_label.text()
    assert str(tmp_path) in notice.message_label.text()
    assert recorded.opened == []
    notice.open_button.click()
    notice.folder_button.click()
    assert recorded.opened == [target, tmp_path]
