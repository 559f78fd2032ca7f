"""Unsigned drafts kept from before (a crash, a closed program) are pointed out at sign-in
with a link to each chart (issue 8: the restored draft was not pointed out)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.support.front_desk_gui import WAIT_MS, isolate_settings, open_window
from tests.support.journal_data import Patient, add_patient, consultation
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import save_draft
from vetdesk.services.permissions import Actor
from vetdesk.ui.chart.chart_tab import ChartTab
from vetdesk.ui.chart.editor import EntryEditor
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path)


@pytest.fixture
def patient(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx)


def test_a_draft_left_from_before_is_pointed_out_with_a_link_to_its_chart(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient,
    windows: list[MainWindow],
) -> None:
    draft = save_draft(ctx, vet, consultation(patient.animal_id,
                                              ctx.clock.now() - dt.timedelta(hours=3)))
    window = open_window(qtbot, ctx, db_ops, vet, windows)
    notice = window.drafts_notice
    qtbot.waitUntil(notice.isVisible, timeout=WAIT_MS)
    text = notice.message_label.text()
    assert "1 unsigned journal draft" in text and "Bamse" in text and "Consultation" in text
    href = re.search(r'href="([^"]+)"', text)
    assert href is not None
    notice.message_label.linkActivated.emit(href.group(1))
    # The draft itself opens in its chart, ready to sign or discard.
    qtbot.waitUntil(lambda: bool(window.findChildren(ChartTab)), timeout=WAIT_MS)
    [tab] = window.findChildren(ChartTab)
    assert tab.animal_id == patient.animal_id
    qtbot.waitUntil(lambda: isinstance(tab.editor, EntryEditor)
                    and tab.editor.draft_id == draft.id, timeout=WAIT_MS)
    assert tab.right.currentWidget() is tab.editor


def test_no_notice_without_drafts_or_for_the_front_desk(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, receptionist: Actor,
    patient: Patient, windows: list[MainWindow],
) -> None:
    window = open_window(qtbot, ctx, db_ops, vet, windows)
    qtbot.wait(200)
    assert not window.drafts_notice.isVisible()
    front = open_window(qtbot, ctx, db_ops, receptionist, windows)
    qtbot.wait(200)
    assert not front.drafts_notice.isVisible()


def test_a_draft_signed_from_the_chart_leaves_the_notice(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient,
    windows: list[MainWindow],
) -> None:
    """Signed, the draft was still offered "to sign or discard" until the next sign-in."""
    save_draft(ctx, vet, consultation(patient.animal_id, ctx.clock.now() - dt.timedelta(hours=3)))
    window = open_window(qtbot, ctx, db_ops, vet, windows)
    notice = window.drafts_notice
    qtbot.waitUntil(notice.isVisible, timeout=WAIT_MS)
    window.events.open_animal.emit(patient.animal_id)
    qtbot.waitUntil(lambda: bool(window.findChildren(ChartTab)), timeout=WAIT_MS)
    [tab] = window.findChildren(ChartTab)
    qtbot.waitUntil(lambda: bool(tab.model.items) and tab.model.items[0].is_draft,
                    timeout=WAIT_MS)
    tab.show_item(tab.model.items[0])
    qtbot.waitUntil(lambda: isinstance(tab.editor, EntryEditor)
                    and tab.editor.sign_button.isEnabled(), timeout=WAIT_MS)
    editor = tab.editor
    assert editor is not None
    with qtbot.waitSignal(editor.signed, timeout=WAIT_MS):
        editor.sign()
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=WAIT_MS)
    assert notice.drafts == ()
