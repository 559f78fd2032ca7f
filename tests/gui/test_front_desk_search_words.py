"""Search answers that say what happened, and Enter on an animal by role (issue 8: "912"
answered "no client or animal matches"; Enter on an animal opened the card even for a vet)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.support.front_desk import add_animal, add_client
from tests.support.front_desk_gui import WAIT_MS, isolate_settings, open_window
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.front_desk.client_card_view import ClientCardView
from vetdesk.ui.front_desk.search_panel import SearchPanel
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import Qt


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path)


@pytest.fixture
def bamse(ctx: ServiceContext, receptionist: Actor) -> int:
    owner = add_client(ctx, receptionist, "Kari", "Ødegård", phone="912 34 567")
    return add_animal(ctx, receptionist, owner.client_id, "Bamse").animal_id


def _type(qtbot: QtBot, window: MainWindow, text: str) -> SearchPanel:
    panel = window.front_desk.search.panel
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, text)
    qtbot.waitUntil(lambda: panel.isVisible() and window.front_desk.search.shown_query == text,
                    timeout=WAIT_MS)
    return panel


def test_three_digits_say_a_phone_search_needs_four(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor, bamse: int,
    windows: list[MainWindow],
) -> None:
    window = open_window(qtbot, ctx, db_ops, receptionist, windows)
    panel = _type(qtbot, window, "912")
    assert panel.message.text() == (
        "No client has number 912. To search by phone, type at least 4 digits.")
    qtbot.keyClicks(window.search_field, "3")
    qtbot.waitUntil(lambda: window.front_desk.search.shown_query == "9123", timeout=WAIT_MS)
    assert panel.message.isHidden() and panel.has_rows


def _enter_on_animal(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "bamse")
    panel = window.front_desk.search.panel
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)  # from the owner to the animal
    hit = panel.current_hit()
    assert hit is not None and hit[1]
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)


def test_enter_on_an_animal_opens_the_chart_for_a_vet(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, bamse: int,
    windows: list[MainWindow],
) -> None:
    window = open_window(qtbot, ctx, db_ops, vet, windows)
    with qtbot.waitSignal(window.events.open_animal, timeout=WAIT_MS) as opened:
        _enter_on_animal(qtbot, window)
    assert opened.args == [bamse]


def test_enter_on_an_animal_opens_the_owners_card_for_the_front_desk(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor, bamse: int,
    windows: list[MainWindow],
) -> None:
    window = open_window(qtbot, ctx, db_ops, receptionist, windows)
    charts: list[int] = []
    window.events.open_animal.connect(charts.append)
    _enter_on_animal(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(window.work_area.currentWidget(), ClientCardView),
                    timeout=WAIT_MS)
    assert charts == []
