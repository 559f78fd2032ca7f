"""The main window: navigation by role, Ctrl+K, status bar, tabs, sign-out and close."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import audit_actions
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.pages import PageContext, PageSpec, default_registry
from vetdesk.ui.qt import QLabel, Qt, QWidget

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, windows: list[MainWindow]
) -> MakeWindow:
    def make(actor: Actor, **options: object) -> MainWindow:
        window = MainWindow(ctx, db_ops, actor, **options)  # type: ignore[arg-type]
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        # The clinic's name arrives from the worker: wait so no call is in flight at teardown.
        qtbot.waitUntil(lambda: window.clinic_label.text() != "", timeout=10_000)
        return window

    return make


def test_receptionist_has_no_privacy_or_settings(
    make_window: MakeWindow, receptionist: Actor
) -> None:
    window = make_window(receptionist)
    assert window.rail.page_keys() == ["front_desk", "calendar", "patients", "reminders"]


def test_manager_sees_privacy_and_settings(make_window: MakeWindow, manager: Actor) -> None:
    window = make_window(manager)
    assert "privacy" in window.rail.page_keys()
    assert "settings" in window.rail.page_keys()


def test_administrator_sees_every_page(make_window: MakeWindow, admin: Actor) -> None:
    window = make_window(admin)
    assert window.rail.page_keys() == [
        "front_desk", "calendar", "patients", "reminders", "privacy", "settings",
    ]


def test_ctrl_k_focuses_the_search_field(
    qtbot: QtBot, make_window: MakeWindow, receptionist: Actor
) -> None:
    window = make_window(receptionist)
    window.activateWindow()
    window.rail.setFocus()
    qtbot.waitUntil(window.rail.hasFocus, timeout=5000)
    qtbot.keyClick(window.rail, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_field.hasFocus, timeout=5000)


def test_status_bar_names_the_database_and_the_user(
    make_window: MakeWindow, ctx: ServiceContext, receptionist: Actor
) -> None:
    window = make_window(receptionist)
    assert window.database_label.text() == f"Database: {ctx.db.description}"
    assert window.user_label.text() == "Signed in: Kari Resepsjon (Receptionist)"
    assert window.clinic_label.text() == "Dyreklinikken Ødegård"


def test_rail_selection_shows_the_page_in_the_first_tab(
    make_window: MakeWindow, receptionist: Actor
) -> None:
    window = make_window(receptionist)
    assert window.work_area.current_page == "front_desk"
    window.rail.select("reminders")
    assert window.work_area.current_page == "reminders"
    assert window.work_area.tabText(0) == "Reminders"
    labels = window.work_area.page_widgets["reminders"].findChildren(QLabel)
    assert any(label.text() == "Recalls and reminders" for label in labels)


def test_a_registered_page_appears_for_the_roles_allowed(
    make_window: MakeWindow, receptionist: Actor
) -> None:
    registry = default_registry()
    registry.register(PageSpec("extra", lambda: "Extra", lambda _ctx: QLabel("extra page"),
                               order=15))
    window = make_window(receptionist, registry=registry)
    assert window.rail.page_keys()[1] == "extra"
    with pytest.raises(ValueError, match="already registered"):
        registry.register(PageSpec("extra", lambda: "Again", lambda _ctx: QWidget()))


def test_records_open_in_their_own_closable_tabs(
    make_window: MakeWindow, receptionist: Actor
) -> None:
    window = make_window(receptionist)
    record = QLabel("Kari Ødegård")
    window.events.open_tab.emit(record, "Kari Ødegård")
    assert window.work_area.count() == 2
    assert window.work_area.currentWidget() is record
    window.work_area.close_current_tab()
    assert window.work_area.count() == 1
    window.work_area.close_tab(0)  # the page tab stays
    assert window.work_area.count() == 1


def test_search_is_debounced_into_one_request(
    qtbot: QtBot, make_window: MakeWindow, receptionist: Actor
) -> None:
    window = make_window(receptionist)
    requests: list[str] = []
    window.search_field.search_requested.connect(requests.append)
    with qtbot.waitSignal(window.search_field.search_requested, timeout=5000):
        qtbot.keyClicks(window.search_field, "odeg")
    assert requests == ["odeg"]
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    assert requests == ["odeg", ""]


def test_sign_out_from_the_menu_is_logged(
    qtbot: QtBot, make_window: MakeWindow, ctx: ServiceContext, receptionist: Actor
) -> None:
    window = make_window(receptionist)
    with qtbot.waitSignal(window.signed_out, timeout=10_000) as blocker:
        window.sign_out_action.trigger()
    assert blocker.args == [False]
    assert audit_actions(ctx)[-1] == "sign_out"
    assert not window.isVisible()


def test_closing_the_window_signs_out_first(
    qtbot: QtBot, make_window: MakeWindow, ctx: ServiceContext, receptionist: Actor
) -> None:
    window = make_window(receptionist)
    with qtbot.waitSignal(window.signed_out, timeout=10_000) as blocker:
        window.close()
    assert blocker.args == [True]
    assert audit_actions(ctx)[-1] == "sign_out"


def test_page_context_carries_the_signed_in_actor(
    make_window: MakeWindow, receptionist: Actor
) -> None:
    window = make_window(receptionist)
    page = window.work_area.page_widgets["front_desk"]
    context = page.page  # type: ignore[attr-defined]
    assert isinstance(context, PageContext)
    assert context.actor == receptionist
