"""The chart: header, the timeline that loads older pages as the user scrolls, its filters."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from tests.support.chart_screens import (
    LOAD_TIMEOUT,
    open_chart,
    open_tab,
    page_context,
    signed_history,
)
from tests.support.journal_data import Patient, add_patient, consultation, write_and_sign
from vetdesk.domain.codes import JournalKind
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import DraftInput, save_draft
from vetdesk.services.permissions import Actor
from vetdesk.ui.ops import Operations


@pytest.fixture
def patient(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx, chip="578077000012345", alert="Biter ved munnkurv")


def test_a_long_history_opens_at_once_and_loads_older_pages_on_scroll(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    signed_history(ctx, vet, patient, 120)
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    model = tab.model
    assert len(model.items) == 50 and model.next_cursor is not None
    assert "scroll down for older ones" in tab.timeline.status_label.text()

    tab.timeline.list.scrollToBottom()
    qtbot.waitUntil(lambda: len(model.items) == 100, timeout=LOAD_TIMEOUT)
    tab.timeline.list.scrollToBottom()
    qtbot.waitUntil(lambda: len(model.items) == 120, timeout=LOAD_TIMEOUT)
    qtbot.waitUntil(lambda: not model.loading, timeout=LOAD_TIMEOUT)
    assert model.next_cursor is None and not model.canFetchMore()
    times = [item.event_time for item in model.items]
    assert times == sorted(times, reverse=True)
    assert model.items[0].content["diagnosis"] == "Kontroll 120"
    assert model.items[-1].content["diagnosis"] == "Kontroll 1"
    assert tab.timeline.status_label.text() == "120 entries, the whole journal"


def test_the_header_shows_identity_weight_trend_alerts_and_owner(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    now = ctx.clock.now()
    for days, kilos in ((60, "30.2"), (30, "32.0"), (1, "34.2")):
        form = dataclasses.replace(consultation(patient.animal_id, now - dt.timedelta(days=days)),
                                   weight_kg=Decimal(kilos))
        write_and_sign(ctx, vet, form)
    page = page_context(ctx, db_ops, vet)
    tab = open_tab(qtbot, page, patient.animal_id)
    header = tab.header_view
    assert header.name_label.text() == "Bamse"
    identity = header.identity_label.text()
    assert "Dog · Labrador · male" in identity and "chip 578077000012345" in identity
    assert header.weight_label.text().startswith("Weight: 34,2 kg (21.11.2026) +4 kg since")
    assert header.sparkline.values == [30.2, 32.0, 34.2]
    points = header.sparkline.points()
    assert points[0].y() > points[-1].y()  # heavier is drawn higher
    assert "Biter ved munnkurv" in header.alerts_label.text()
    assert header.owner_button.text() == "Owner: Kari Ødegård · 912 34 567"
    with qtbot.waitSignal(page.events.open_client) as opened:
        header.owner_button.click()
    assert opened.args == [patient.client_id]


def test_rows_show_kind_time_in_oslo_author_and_marks(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    # 07:05 UTC in November is 08:05 in Oslo.
    when = dt.datetime(2026, 11, 20, 7, 5, tzinfo=dt.UTC)
    write_and_sign(ctx, vet, consultation(patient.animal_id, when, diagnosis="Otitt"))
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    index = tab.model.index(0)
    assert index.data() == "Consultation · 20.11.2026 08:05 · Ingrid Lie\nOtitt"


def test_filters_by_kind_and_by_text(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient
) -> None:
    signed_history(ctx, vet, patient, 3)
    note = DraftInput(
        id=consultation(patient.animal_id, ctx.clock.now()).id, animal_id=patient.animal_id,
        kind=JournalKind.NOTE, event_time=ctx.clock.now() - dt.timedelta(minutes=5),
        content={"text": "Eier ringte om fôr fra Ødegård."},
    )
    save_draft(ctx, vet, note)
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    assert len(tab.model.items) == 4

    tab.timeline.kind_box.setCurrentIndex(tab.timeline.kind_box.findData(JournalKind.NOTE.value))
    qtbot.waitUntil(lambda: tab.model.loaded_once and len(tab.model.items) == 1,
                    timeout=LOAD_TIMEOUT)
    assert tab.model.items[0].is_draft

    tab.timeline.kind_box.setCurrentIndex(0)
    tab.timeline.text_filter.setText("kontroll 2")
    tab.timeline.apply_filters()
    qtbot.waitUntil(lambda: tab.model.loaded_once and not tab.model.loading,
                    timeout=LOAD_TIMEOUT)
    assert [i.content["diagnosis"] for i in tab.model.items] == ["Kontroll 2"]

    tab.timeline.text_filter.setText("finnes ikke")
    tab.timeline.apply_filters()
    qtbot.waitUntil(lambda: tab.model.loaded_once and not tab.model.loading,
                    timeout=LOAD_TIMEOUT)
    assert tab.timeline.stack.currentWidget() is tab.timeline.empty_label
    assert "clear it" in tab.timeline.empty_label.text()


def test_a_receptionist_gets_no_journal_and_no_sign_button(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
    patient: Patient,
) -> None:
    tab = open_chart(qtbot, ctx, db_ops, receptionist, patient.animal_id)
    assert not tab.can_read and tab.no_access.isVisible()
    assert "not read journals" in tab.no_access.message_label.text()
    tab.new_entry()
    assert tab.editor is None
    assert not hasattr(tab, "model")  # nothing was asked of the journal services
