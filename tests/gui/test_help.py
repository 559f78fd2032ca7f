"""F1: help for the screen on top, and only keys that really work."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.support.chart_screens import LOAD_TIMEOUT
from tests.support.front_desk import add_animal, add_client
from tests.support.journal_data import Patient, add_patient
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.chart.chart_tab import ChartTab
from vetdesk.ui.help import MAIN, TOPICS, HelpWindow, build_topic
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import QAction, QKeySequence, QShortcut, Qt, QWidget


@pytest.fixture
def patient(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx)


def _window(qtbot: QtBot, ctx: ServiceContext, ops: Operations, actor: Actor,
            windows: list[MainWindow]) -> MainWindow:
    window = MainWindow(ctx, ops, actor)
    windows.append(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.clinic_label.text() != "", timeout=LOAD_TIMEOUT)
    window.activateWindow()
    return window


def _press_f1(qtbot: QtBot, widget: QWidget) -> HelpWindow:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=LOAD_TIMEOUT)
    qtbot.keyClick(widget, Qt.Key.Key_F1)
    found = widget.window().findChild(HelpWindow)
    assert isinstance(found, HelpWindow)
    qtbot.waitUntil(found.isVisible, timeout=LOAD_TIMEOUT)
    return found


def _registered(window: MainWindow) -> set[str]:
    """Every key sequence the window answers: its QShortcuts and its actions."""
    portable = QKeySequence.SequenceFormat.PortableText
    keys = {
        shortcut.key().toString(portable) for shortcut in window.findChildren(QShortcut)
        if shortcut.isEnabled() and shortcut.parent() is window
        and shortcut.context() == Qt.ShortcutContext.WindowShortcut
    }
    keys |= {action.shortcut().toString(portable) for action in window.actions()
             if isinstance(action, QAction) and action.isEnabled()}
    keys.discard("")
    return keys


def test_f1_on_the_front_desk_shows_the_front_desk_topic(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
    windows: list[MainWindow],
) -> None:
    window = _window(qtbot, ctx, db_ops, receptionist, windows)
    help_window = _press_f1(qtbot, window.search_field)
    assert help_window.topic is not None and help_window.topic.key == "front_desk"
    assert not help_window.isModal()
    text = help_window.browser.toPlainText()
    assert "Front desk" in text and "Ctrl+N" in text and "Everywhere in VetDesk" in text
    # Non-modal: the window underneath still takes keys while the help stays open.
    window.activateWindow()
    qtbot.keyClick(window.search_field, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert help_window.isVisible()


def test_f1_in_the_search_results_explains_the_results(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
    windows: list[MainWindow],
) -> None:
    owner = add_client(ctx, receptionist, "Kari", "Ødegård", phone="912 34 567")
    add_animal(ctx, receptionist, owner.client_id, "Bamse")
    window = _window(qtbot, ctx, db_ops, receptionist, windows)
    panel = window.front_desk.search.panel
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "Bamse")
    qtbot.waitUntil(lambda: panel.isVisible() and panel.has_rows, timeout=LOAD_TIMEOUT)
    help_window = _press_f1(qtbot, window.search_field)
    assert help_window.topic is not None and help_window.topic.key == "search"
    assert "Esc" in help_window.browser.toPlainText()


def test_f1_in_an_open_chart_shows_the_chart_topic(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, patient: Patient,
    windows: list[MainWindow],
) -> None:
    window = _window(qtbot, ctx, db_ops, vet, windows)
    window.events.open_animal.emit(patient.animal_id)
    tab = window.work_area.currentWidget()
    assert isinstance(tab, ChartTab)
    qtbot.waitUntil(lambda: tab.header is not None and tab.model.loaded_once,
                    timeout=LOAD_TIMEOUT)
    help_window = _press_f1(qtbot, tab.timeline.text_filter)
    assert help_window.topic is not None and help_window.topic.key == "chart"
    text = help_window.browser.toPlainText()
    assert "Ctrl+Enter" in text and "Ctrl+J" in text and "Discard draft" in text
    # The newer buttons of the chart are explained too (they were missing).
    assert "Ctrl+P" in text and "Medicine given…" in text and "Referrals…" in text
    # Back on the page tab, F1 follows: the same help window now explains the page.
    window.work_area.setCurrentIndex(0)
    again = _press_f1(qtbot, window.search_field)
    assert again is help_window
    assert help_window.topic is not None and help_window.topic.key == "front_desk"


@pytest.mark.parametrize("role", ["receptionist", "vet", "admin"])
def test_every_key_the_window_help_lists_is_registered(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, windows: list[MainWindow],
    role: str, request: pytest.FixtureRequest,
) -> None:
    actor: Actor = request.getfixturevalue(role)
    window = _window(qtbot, ctx, db_ops, actor, windows)
    topic = build_topic(MAIN, window.help.audience())
    listed = {keys for row in topic.keys for keys in row.keys}
    assert {"Ctrl+K", "Ctrl+W", "Ctrl+L", "F1", "Ctrl+1"} <= listed
    assert listed <= _registered(window), listed - _registered(window)


def test_receptionist_help_leaves_out_the_journal_key(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor, vet: Actor,
    windows: list[MainWindow],
) -> None:
    desk = _window(qtbot, ctx, db_ops, receptionist, windows)
    desk_keys = {k for row in build_topic(MAIN, desk.help.audience()).keys for k in row.keys}
    vet_window = _window(qtbot, ctx, db_ops, vet, windows)
    vet_keys = {k for row in build_topic(MAIN, vet_window.help.audience()).keys for k in row.keys}
    assert "Ctrl+J" not in desk_keys and "Ctrl+J" in vet_keys
    assert "Ctrl+N" in desk_keys


def test_f1_in_the_client_form_explains_the_form(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
    windows: list[MainWindow],
) -> None:
    window = _window(qtbot, ctx, db_ops, receptionist, windows)
    form = window.front_desk.tabs.new_client()
    assert form is not None
    qtbot.waitExposed(form)
    help_window = _press_f1(qtbot, form.edits["first_name"])
    assert help_window.parentWidget() is form
    assert help_window.topic is not None and help_window.topic.key == "client_form"
    assert "Ctrl+Enter" in help_window.browser.toPlainText()
    form.reject()


def test_every_screen_names_a_topic_that_exists() -> None:
    from vetdesk.ui.chart.correct_dialog import CorrectDialog
    from vetdesk.ui.front_desk.animal_form import AnimalFormDialog
    from vetdesk.ui.front_desk.client_card_view import ClientCardView
    from vetdesk.ui.front_desk.client_form import ClientFormDialog
    from vetdesk.ui.front_desk.search_panel import SearchPanel
    from vetdesk.ui.pages.front_desk import FrontDeskPage
    from vetdesk.ui.pages.patients import PatientsPage
    from vetdesk.ui.pages.settings_page import SettingsPage

    screens = [ChartTab, CorrectDialog, AnimalFormDialog, ClientCardView, ClientFormDialog,
               SearchPanel, FrontDeskPage, PatientsPage, SettingsPage]
    named = {str(screen.__dict__["help_topic"]) for screen in screens}
    assert named <= set(TOPICS)
    assert len(named) == len(screens)  # no two screens share one text by mistake
