"""Discarding a draft from the chart editor: asked first, its author only, gone everywhere."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import make_user
from tests.support.chart_screens import LOAD_TIMEOUT, open_chart
from tests.support.journal_data import Patient, add_patient, consultation, write_and_sign
from vetdesk.domain.codes import Role, Species
from vetdesk.errors import NotFound
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import get_draft, my_drafts, save_draft, timeline_page
from vetdesk.services.permissions import Actor
from vetdesk.ui.chart.chart_tab import ChartTab
from vetdesk.ui.chart.editor import EntryEditor
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import QPlainTextEdit, QWidget
from vetdesk.ui.widgets.error_banner import ErrorBanner


@pytest.fixture
def patient(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx)


class Asked:
    """Stands in for the confirmation dialog and remembers that it was asked."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.times = 0

    def __call__(self, _parent: QWidget) -> bool:
        self.times += 1
        return self.answer


def _own_draft_in_editor(qtbot: QtBot, tab: ChartTab, ctx: ServiceContext, vet: Actor,
                         patient: Patient) -> EntryEditor:
    form = consultation(patient.animal_id, ctx.clock.now() - dt.timedelta(hours=1))
    save_draft(ctx, vet, form)
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.row_of(form.id) >= 0, timeout=LOAD_TIMEOUT)
    tab.timeline.select_entry(form.id)
    qtbot.waitUntil(lambda: tab.editor is not None, timeout=LOAD_TIMEOUT)
    editor = tab.editor
    assert editor is not None and editor.draft_id == form.id
    return editor


def test_discarding_asks_then_removes_the_draft_from_timeline_and_editor(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    editor = _own_draft_in_editor(qtbot, tab, ctx, vet, patient)
    asked = Asked(True)
    editor.ask_discard = asked
    assert editor.discard_button.isVisibleTo(tab)
    with qtbot.waitSignal(editor.discarded, timeout=LOAD_TIMEOUT):
        editor.discard_button.click()
    assert asked.times == 1
    with pytest.raises(NotFound):
        get_draft(ctx, vet, editor.draft_id)
    qtbot.waitUntil(lambda: not tab.model.loading, timeout=LOAD_TIMEOUT)
    assert not any(item.is_draft for item in tab.model.items)
    assert tab.editor is None
    assert tab.right.currentWidget() is tab.placeholder
    assert tab.placeholder.heading_label.text() == "Draft discarded"
    assert tab.timeline.empty_label.isVisibleTo(tab)  # the only entry was the draft


def test_saying_no_keeps_the_draft_and_the_text(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    editor = _own_draft_in_editor(qtbot, tab, ctx, vet, patient)
    asked = Asked(False)
    editor.ask_discard = asked
    editor.discard_button.click()
    assert asked.times == 1
    assert tab.editor is editor and tab.right.currentWidget() is editor
    assert not editor.discarding and not db_ops.busy
    assert get_draft(ctx, vet, editor.draft_id).content["findings"] == "Øm over kneet."


def test_discarding_while_typing_does_not_bring_the_draft_back(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    """A new entry typed into and discarded before or while its first save runs."""
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    tab.new_entry()
    editor = tab.editor
    assert isinstance(editor, EntryEditor) and editor.fields is not None
    field = editor.fields.fields["anamnesis"]
    assert isinstance(field, QPlainTextEdit)
    qtbot.keyClicks(field, "Skrevet ved feil pasient")
    editor.save_now()  # a save in flight when the vet discards
    editor.ask_discard = Asked(True)
    with qtbot.waitSignal(editor.discarded, timeout=LOAD_TIMEOUT):
        editor.discard()
    qtbot.waitUntil(lambda: not db_ops.busy, timeout=LOAD_TIMEOUT)
    assert my_drafts(ctx, vet) == ()
    assert timeline_page(ctx, vet, patient.animal_id).items == ()
    assert tab.editor is None and tab.right.currentWidget() is tab.placeholder


def test_an_untouched_new_form_goes_without_asking(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    tab.new_entry()
    editor = tab.editor
    assert isinstance(editor, EntryEditor)
    asked = Asked(True)
    editor.ask_discard = asked
    editor.discard()
    assert asked.times == 0  # nothing typed, nothing destroyed
    assert tab.editor is None and tab.right.currentWidget() is tab.placeholder


def test_no_discard_button_once_signed(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    editor = _own_draft_in_editor(qtbot, tab, ctx, vet, patient)
    assert editor.discard_button.isVisibleTo(tab)
    with qtbot.waitSignal(editor.signed, timeout=LOAD_TIMEOUT):
        editor.sign(accept_warnings=True)
    assert not editor.discard_button.isVisibleTo(tab)
    # The signed entry is read in the entry view, which has no discard button either.
    qtbot.waitUntil(lambda: tab.right.currentWidget() is tab.entry_view, timeout=LOAD_TIMEOUT)
    assert tab.entry_view.findChildren(QWidget, "discardDraft") == []


def test_another_authors_draft_is_not_shown_or_opened(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    colleague = make_user(ctx, "berg", Role.VETERINARIAN, full_name="Martin Berg",
                          hpr_number="7654321")
    form = consultation(patient.animal_id, ctx.clock.now())
    save_draft(ctx, colleague, form)
    # A draft is its author's alone until signed (issue 7): not in the vet's chart at all.
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    assert tab.timeline.model.row_of(form.id) < 0
    draft = get_draft(ctx, colleague, form.id)
    editor = EntryEditor(db_ops, ctx, vet, animal_id=patient.animal_id, species=Species.DOG,
                         is_group=False, banner=ErrorBanner(), draft=draft)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.read_only and not editor.discard_button.isVisible()
    editor.discard()  # even if called, nothing happens to a colleague's draft
    assert not db_ops.busy
    assert get_draft(ctx, colleague, form.id).author_id == colleague.user_id


def test_a_refused_discard_keeps_the_text_and_says_why(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    editor = _own_draft_in_editor(qtbot, tab, ctx, vet, patient)
    # Signed meanwhile (from another workstation): the service refuses to remove it.
    write_and_sign(ctx, vet, editor.form())
    editor.ask_discard = Asked(True)
    editor.discard()
    qtbot.waitUntil(lambda: not editor.discarding, timeout=LOAD_TIMEOUT)
    assert tab.editor is editor and not editor.gone
    assert "can no longer be edited" in tab.banner.message_label.text()
    assert editor.discard_button.isEnabled()
