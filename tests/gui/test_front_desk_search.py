"""The global search: grouped hits as you type, keyboard only, stale answers dropped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.support.front_desk import add_animal, add_client
from tests.support.front_desk_gui import WAIT_MS, isolate_settings, open_window, wait_card
from vetdesk.domain.codes import AlertSeverity, ClientStatus
from vetdesk.services.alerts import AlertInput, add_animal_alert
from vetdesk.services.context import ServiceContext
from vetdesk.services.front_desk_views import SearchScreen
from vetdesk.services.permissions import Actor
from vetdesk.services.search import AnimalHit, OwnerHit, SearchResults
from vetdesk.ui.front_desk.client_card_view import ClientCardView
from vetdesk.ui.front_desk.search_controller import SearchController
from vetdesk.ui.front_desk.search_model import build_rows
from vetdesk.ui.front_desk.search_panel import SearchPanel
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.pages.registry import PageContext, ShellEvents
from vetdesk.ui.qt import QLineEdit, Qt, QWidget


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path)


@pytest.fixture
def kari(ctx: ServiceContext, receptionist: Actor) -> dict[str, int]:
    owner = add_client(ctx, receptionist, "Kari", "Ødegård", phone="912 34 567",
                       address="Fjellveien 22B", postal_code="0150", city="Oslo")
    bamse = add_animal(ctx, receptionist, owner.client_id, "Bamse", chip="578097000012345")
    add_animal(ctx, receptionist, owner.client_id, "Trofast",
               deceased_on=dt.date(2023, 3, 1))
    add_animal_alert(ctx, receptionist, bamse.animal_id,
                     AlertInput("bites when muzzled", AlertSeverity.MANDATORY))
    add_client(ctx, receptionist, "Per", "Hansen", phone="22 12 34 56")
    return {"client": owner.client_id, "bamse": bamse.animal_id}


@pytest.fixture
def window(qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
           windows: list[MainWindow]) -> MainWindow:
    return open_window(qtbot, ctx, db_ops, receptionist, windows)


def _type(qtbot: QtBot, window: MainWindow, text: str) -> SearchPanel:
    panel = window.front_desk.search.panel
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, text)
    qtbot.waitUntil(lambda: panel.isVisible() and window.front_desk.search.shown_query == text,
                    timeout=WAIT_MS)
    return panel


def _current_card(window: MainWindow) -> ClientCardView:
    widget = window.work_area.currentWidget()
    assert isinstance(widget, ClientCardView)
    return widget


def test_typing_shows_owner_then_animals_and_enter_opens_the_card(
    qtbot: QtBot, window: MainWindow, kari: dict[str, int]
) -> None:
    panel = _type(qtbot, window, "odeg")
    rows = panel.model.rows
    assert [r.plain.split("  ")[0] for r in rows] == ["Kari Ødegård", "↳ Bamse",
                                                     "↳ Trofast † deceased 01.03.2023"]
    assert "⚠ Alert: bites when muzzled" in rows[1].plain
    assert "color:#b71c1c" in rows[1].html.replace(" ", "")
    assert "no. 1" in rows[0].plain and "912 34 567" in rows[0].plain

    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.work_area.currentWidget(), ClientCardView),
                    timeout=WAIT_MS)
    card = wait_card(qtbot, _current_card(window))
    assert card.client_id == kari["client"]
    assert not panel.isVisible()


def test_arrow_to_an_animal_opens_its_owner_with_the_animal_selected(
    qtbot: QtBot, window: MainWindow, kari: dict[str, int]
) -> None:
    _type(qtbot, window, "odeg")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.work_area.currentWidget(), ClientCardView),
                    timeout=WAIT_MS)
    card = wait_card(qtbot, _current_card(window))
    qtbot.waitUntil(lambda: card.animals.current_animal_id() == kari["bamse"], timeout=WAIT_MS)


def test_escape_clears_the_field_and_the_results(
    qtbot: QtBot, window: MainWindow, kari: dict[str, int]
) -> None:
    panel = _type(qtbot, window, "odeg")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    assert not panel.isVisible()
    assert panel.model.rowCount() == 0


def test_nothing_found_says_what_to_do(
    qtbot: QtBot, window: MainWindow, kari: dict[str, int]
) -> None:
    panel = _type(qtbot, window, "xyzzy")
    assert panel.message.text() == (
        "No client or animal matches “xyzzy”. Press Ctrl+N to register a new client.")
    assert panel.view.isHidden()
    # Enter on an empty result does not open anything.
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.work_area.count() == 1


class HeldOperations:
    """Holds each call's result until the test releases it, in any order."""

    def __init__(self) -> None:
        self.calls: list[tuple[Callable[[], Any], Callable[[Any], None] | None]] = []

    def run(self, work: Callable[[], Any], *, success: Callable[[Any], None] | None = None,
            **_options: object) -> None:
        self.calls.append((work, success))

    def release(self, index: int) -> None:
        work, success = self.calls[index]
        result = work()
        if success is not None:
            success(result)


def test_a_slow_answer_never_overwrites_a_newer_one(
    qtbot: QtBot, ctx: ServiceContext, receptionist: Actor, kari: dict[str, int]
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    field = QLineEdit(host)
    held = HeldOperations()
    page = PageContext(ctx=ctx, ops=held, actor=receptionist,  # type: ignore[arg-type]
                       events=ShellEvents())
    controller = SearchController(page, field, host)
    host.show()
    field.setText("hansen")
    controller.search("hansen")
    field.setText("odeg")
    controller.search("odeg")
    held.release(1)
    assert controller.shown_query == "odeg"
    held.release(0)  # the older search finishes last
    assert controller.shown_query == "odeg"
    assert controller.panel.model.rows[0].plain.startswith("Kari Ødegård")


def _owner(**changes: Any) -> OwnerHit:
    values: dict[str, Any] = {
        "client_id": 1, "client_no": 7, "first_name": "Åse", "last_name": "Strøm-Hansen",
        "address": "Fjellveien 22B", "postal_code": "0150", "city": "Oslo",
        "phone": "912 34 567", "email": None, "status": ClientStatus.ACTIVE, "rank": 1,
        "matched": True, "animals": (), **changes,
    }
    return OwnerHit(**values)


def test_inactive_erased_and_deceased_are_marked_in_words(qtbot: QtBot) -> None:
    dead = AnimalHit(5, "Tussi", "cat", None, None, None, dt.date(2024, 1, 2), True)
    results = SearchResults("strøm", (
        _owner(status=ClientStatus.INACTIVE, animals=(dead,)),
        _owner(client_id=2, status=ClientStatus.ERASED),
    ), total=3, shown=3, total_is_lower_bound=False)
    rows = build_rows(SearchScreen(results, {}, {}))
    assert "[inactive]" in rows[0].plain
    assert "† deceased 02.01.2024" in rows[1].plain
    assert "[erased]" in rows[2].plain


def test_capped_results_say_how_many_more(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    panel = SearchPanel(host)
    owners = tuple(_owner(client_id=n, client_no=n) for n in range(1, 51))
    panel.show_screen(SearchScreen(SearchResults("hansen", owners, total=120, shown=50,
                                                 total_is_lower_bound=False), {}, {}))
    assert panel.footer.text() == "Showing 50; 70 more match: type more to narrow the search."
    assert panel.model.rowCount() == 50


def test_enter_before_the_results_arrive_opens_the_first_hit_when_they_do(
    qtbot: QtBot, window: MainWindow, kari: dict[str, int]
) -> None:
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "odeg")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)  # within the debounce pause
    qtbot.waitUntil(lambda: isinstance(window.work_area.currentWidget(), ClientCardView),
                    timeout=WAIT_MS)
    card = wait_card(qtbot, _current_card(window))
    assert card.client_id == kari["client"]
