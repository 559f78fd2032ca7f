"""When help was asked for, in the chart: the field follows the time of the event until the vet
sets it apart, refuses a time after the event in place, survives as a draft, and is shown in
the timeline, the entry and the correction dialog (issue 8, FOR-2006-02-20-229 § 4)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import uuid

import pytest
from pytestqt.qtbot import QtBot

from tests.support.chart_screens import LOAD_TIMEOUT, open_chart
from tests.support.journal_data import Patient, add_patient, consultation, write_and_sign
from vetdesk import i18n
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import entry_detail, get_draft, save_draft, timeline_page
from vetdesk.services.permissions import Actor
from vetdesk.ui.app import install_translations
from vetdesk.ui.chart.chart_tab import ChartTab
from vetdesk.ui.chart.correct_dialog import CorrectDialog
from vetdesk.ui.chart.editor import EntryEditor
from vetdesk.ui.chart.formatting import asked_text
from vetdesk.ui.chart.request_time import show_moment
from vetdesk.ui.chart.timeline_delegate import marks_and_author
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import (
    QApplication,
    QDate,
    QDateTime,
    QFontMetrics,
    QLocale,
    QPlainTextEdit,
    QTime,
    QTimeZone,
    QTranslator,
)

UTC = dt.UTC
# The test clock: 22.11.2026 07:55 UTC, 08:55 in Oslo.
ASKED = dt.datetime(2026, 11, 22, 5, 20, tzinfo=UTC)  # 06:20 in Oslo
GIVEN = dt.datetime(2026, 11, 22, 6, 55, tzinfo=UTC)  # 07:55 in Oslo
AFTER = ("Help cannot have been asked for after it was given; enter a time at or before the "
         "time of the event.")


@pytest.fixture
def patient(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx)


def _shown(editor: EntryEditor) -> str:
    return editor.help_requested.edit.dateTime().toString("dd.MM.yyyy HH:mm")


def _screenshot(widget: object, name: str) -> None:
    # Set VETDESK_SHOTS=/some/folder to look at the screens (UI.md: look at every screen).
    folder = os.environ.get("VETDESK_SHOTS")
    if folder:
        QApplication.processEvents()  # let the layouts settle as the event loop would
        widget.grab().save(os.path.join(folder, name))  # type: ignore[attr-defined]


def _new_editor(tab: ChartTab) -> EntryEditor:
    tab.new_entry()
    assert isinstance(tab.editor, EntryEditor)
    return tab.editor


def test_the_field_follows_the_event_until_set_apart_and_refuses_a_later_time(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    editor = _new_editor(tab)
    assert _shown(editor) == "22.11.2026 08:55"
    assert editor.help_requested.hint.text() == "Same as the time of event"
    show_moment(editor.event_time, GIVEN, ctx.zone)
    assert _shown(editor) == "22.11.2026 07:55"  # followed the event time
    assert editor.form().help_requested_at is None

    show_moment(editor.help_requested.edit, GIVEN + dt.timedelta(minutes=10), ctx.zone)
    assert editor.help_requested.error.text() == AFTER
    assert not editor.help_requested.error.isHidden()
    assert "Help asked for" in editor.sign_reason.text()

    show_moment(editor.help_requested.edit, ASKED, ctx.zone)
    assert editor.help_requested.error.isHidden()
    assert editor.help_requested.hint.text() == ""
    assert editor.form().help_requested_at == ASKED
    # Set apart, it stays put when the event time moves.
    show_moment(editor.event_time, GIVEN + dt.timedelta(minutes=5), ctx.zone)
    assert _shown(editor) == "22.11.2026 06:20"

    for name, text in (("anamnesis", "Eier ringte i morges."), ("findings", "Øm over kneet.")):
        field = editor.fields.fields[name]  # type: ignore[union-attr]
        assert isinstance(field, QPlainTextEdit)
        field.setPlainText(text)
    _screenshot(editor, "editor-help-requested.png")
    with qtbot.waitSignal(editor.signed, timeout=LOAD_TIMEOUT) as signed:
        editor.sign(accept_warnings=True)
    entry_id = signed.args[0].entry_id
    assert entry_detail(ctx, vet, entry_id).current.help_requested_at == ASKED
    qtbot.waitUntil(lambda: tab.right.currentWidget() is tab.entry_view
                    and tab.entry_view.item is not None, timeout=LOAD_TIMEOUT)
    assert "Help asked for: 22.11.2026 06:20" in tab.entry_view.browser.toPlainText()
    _screenshot(tab, "chart-help-requested.png")


def test_a_draft_restored_after_a_crash_keeps_the_time(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    form = dataclasses.replace(consultation(patient.animal_id, GIVEN), help_requested_at=ASKED)
    save_draft(ctx, vet, form)  # what the autosave left before the power went
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    tab.timeline.select_entry(form.id)
    qtbot.waitUntil(lambda: tab.editor is not None, timeout=LOAD_TIMEOUT)
    editor = tab.editor
    assert isinstance(editor, EntryEditor) and editor.draft_id == form.id
    assert _shown(editor) == "22.11.2026 06:20"
    assert editor.form().help_requested_at == ASKED
    # Typing on saves it again with the rest.
    field = editor.fields.fields["findings"]  # type: ignore[union-attr]
    assert isinstance(field, QPlainTextEdit)
    field.setPlainText("Øm over høyre kne.")
    qtbot.waitUntil(lambda: not editor.saving and not editor.has_unsaved_changes,
                    timeout=LOAD_TIMEOUT)
    assert get_draft(ctx, vet, form.id).help_requested_at == ASKED


def test_the_timeline_says_when_help_was_asked_for_if_earlier(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    write_and_sign(ctx, vet, dataclasses.replace(
        consultation(patient.animal_id, GIVEN), help_requested_at=ASKED))
    write_and_sign(ctx, vet, consultation(patient.animal_id, GIVEN - dt.timedelta(days=3)))
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    qtbot.waitUntil(lambda: len(tab.model.items) == 2, timeout=LOAD_TIMEOUT)
    assert [asked_text(i.event_time, i.help_requested_at, ctx.zone)
            for i in tab.model.items] == [
        "help asked for 06:20", ""]
    metrics = QFontMetrics(tab.timeline.font())
    assert [marks_and_author(i, metrics, 360, ctx.zone) for i in tab.model.items] == [
        "Signed · help asked for 06:20 · Ingrid Lie", "Signed · Ingrid Lie"]
    _screenshot(tab.timeline, "timeline-help-requested.png")


def test_a_correction_can_set_when_help_was_asked_for(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    entry_id: uuid.UUID = write_and_sign(ctx, vet, consultation(patient.animal_id, GIVEN))
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    assert tab.timeline.select_entry(entry_id)
    qtbot.waitUntil(lambda: tab.right.currentWidget() is tab.entry_view, timeout=LOAD_TIMEOUT)
    tab.entry_view.correct_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, CorrectDialog)
    assert dialog.why_disabled.text() == "Change the text to correct it."
    show_moment(dialog.help_requested.edit, GIVEN + dt.timedelta(minutes=1), ctx.zone)
    assert dialog.help_requested.error.text() == AFTER
    dialog.help_requested.edit.setDateTime(
        QDateTime(QDate(2026, 3, 29), QTime(2, 30), QTimeZone.utc()))  # Oslo skipped it
    assert dialog.help_requested.error.text().startswith("29.03.2026 02:30 never happened")
    show_moment(dialog.help_requested.edit, ASKED, ctx.zone)
    dialog.reason.setPlainText("Eier ringte 06:20")
    assert dialog.save_button.isEnabled()
    _screenshot(dialog, "correct-help-requested.png")
    with qtbot.waitSignal(dialog.corrected, timeout=LOAD_TIMEOUT):
        dialog.submit()
    detail = entry_detail(ctx, vet, entry_id)
    assert [v.help_requested_at for v in detail.versions] == [GIVEN, ASKED]
    assert [v.event_time for v in detail.versions] == [GIVEN, GIVEN]
    items = timeline_page(ctx, vet, patient.animal_id).items
    assert [i.help_requested_at for i in items] == [ASKED]


def test_in_bokmal_the_field_and_its_message_are_norwegian(
    qtbot: QtBot, qapp: QApplication, ctx: ServiceContext, db_ops: Operations, vet: Actor,
    patient: Patient,
) -> None:
    before = QLocale()
    install_translations(qapp, QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    # The core's sentences (the rule's message) speak what start-up hands down
    # (ui/launch.py).
    try:
        with i18n.language("nb"):
            tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
            editor = _new_editor(tab)
            assert editor.help_requested.hint.text() == "Samme som tidspunktet for hendelsen"
            show_moment(editor.event_time, GIVEN, ctx.zone)
            show_moment(editor.help_requested.edit, GIVEN + dt.timedelta(minutes=10), ctx.zone)
            assert editor.help_requested.error.text() == (
                "Det kan ikke ha blitt anmodet om hjelp etter at hjelpen ble gitt; skriv inn et "
                "tidspunkt før eller samtidig med hendelsen.")
            assert "Anmodet om hjelp" in editor.sign_reason.text()
            _screenshot(editor, "editor-help-requested-nb.png")
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(before)


def test_a_time_the_clinics_clock_skipped_is_refused_whatever_the_pcs_zone(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    """The fields hold the clock reading as typed: 29.03.2026 02:30 never happened in Oslo
    (summer time began at 02:00), so it is said, not saved as 03:30 (on a PC set to UTC it
    went through) nor moved to 03:30 by the field (on a PC in Oslo it was)."""
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    editor = _new_editor(tab)
    skipped = QDateTime(QDate(2026, 3, 29), QTime(2, 30), QTimeZone.utc())
    editor.event_time.setDateTime(skipped)
    assert editor.event_time.dateTime().toString("dd.MM.yyyy HH:mm") == "29.03.2026 02:30"
    assert editor.event_time_error.text() == (
        "29.03.2026 02:30 never happened in the clinic's time: the clocks skip that hour when "
        "summer time starts; check the time.")
    assert editor.help_requested.error.isHidden()  # it follows the event: said once
    _screenshot(editor, "editor-skipped-hour.png")
    editor.event_time.setDateTime(QDateTime(QDate(2026, 3, 29), QTime(3, 30), QTimeZone.utc()))
    assert editor.event_time_error.isHidden()
    assert editor.event_moment() == dt.datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    editor.help_requested.edit.setDateTime(skipped)
    assert editor.help_requested.error.text().startswith("29.03.2026 02:30 never happened")
