"""The idle lock: covers the window, is audited, unlocks with the same password, or signs out."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import TEST_PASSWORD
from tests.gui.conftest import audit_actions
from tests.support.front_desk_gui import isolate_settings, open_window
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.idle_watcher import IdleWatcher
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import (
    QApplication,
    QCoreApplication,
    QEvent,
    QKeyEvent,
    QMessageBox,
    QMouseEvent,
    QPointF,
    Qt,
    QWidget,
)


@pytest.fixture
def locking_window(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, windows: list[MainWindow],
    receptionist: Actor,
) -> MainWindow:
    window = MainWindow(ctx, db_ops, receptionist, idle_timeout_ms=150)
    windows.append(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_idle_window_locks_and_the_lock_is_audited(
    qtbot: QtBot, locking_window: MainWindow, ctx: ServiceContext
) -> None:
    # The lock may come before the test body starts (150 ms), so wait on the state.
    qtbot.waitUntil(lambda: locking_window.is_locked, timeout=10_000)
    assert locking_window.is_locked
    assert locking_window.stack.currentWidget() is locking_window.lock_screen
    qtbot.waitUntil(lambda: "lock" in audit_actions(ctx), timeout=10_000)


def test_unlock_with_the_right_password(
    qtbot: QtBot, locking_window: MainWindow, ctx: ServiceContext
) -> None:
    # The lock may come before the test body starts (150 ms), so wait on the state.
    qtbot.waitUntil(lambda: locking_window.is_locked, timeout=10_000)
    screen = locking_window.lock_screen
    qtbot.keyClicks(screen.password_edit, TEST_PASSWORD)
    with qtbot.waitSignal(locking_window.unlocked, timeout=10_000):
        screen.unlock_button.click()
    assert not locking_window.is_locked
    assert locking_window.stack.currentWidget() is locking_window.shell
    actions = audit_actions(ctx)
    assert actions[-2:] == ["lock", "unlock"]


def test_wrong_password_keeps_it_locked(
    qtbot: QtBot, locking_window: MainWindow, ctx: ServiceContext
) -> None:
    # The lock may come before the test body starts (150 ms), so wait on the state.
    qtbot.waitUntil(lambda: locking_window.is_locked, timeout=10_000)
    screen = locking_window.lock_screen
    qtbot.keyClicks(screen.password_edit, "guess")
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: not screen.message_label.isHidden(), timeout=10_000)
    assert "wrong" in screen.message_label.text()
    assert locking_window.is_locked
    assert audit_actions(ctx)[-1] == "sign_in_failed"


def test_sign_out_from_the_lock_screen(
    qtbot: QtBot, locking_window: MainWindow, ctx: ServiceContext
) -> None:
    # The lock may come before the test body starts (150 ms), so wait on the state.
    qtbot.waitUntil(lambda: locking_window.is_locked, timeout=10_000)
    with qtbot.waitSignal(locking_window.signed_out, timeout=10_000) as blocker:
        locking_window.lock_screen.sign_out_button.click()
    assert blocker.args == [False]
    qtbot.waitUntil(lambda: audit_actions(ctx)[-1] == "sign_out", timeout=10_000)
    assert audit_actions(ctx)[-2:] == ["lock", "sign_out"]


def test_input_postpones_the_lock(qtbot: QtBot) -> None:
    target = QWidget()
    qtbot.addWidget(target)
    watcher = IdleWatcher(300)
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    try:
        for _ in range(6):
            qtbot.wait(100)
            press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier,
                              "a")
            QCoreApplication.sendEvent(target, press)
        assert fired == []
        qtbot.waitUntil(lambda: fired == [True], timeout=5000)
    finally:
        watcher.stop()


def test_mouse_movement_counts_as_activity(qtbot: QtBot) -> None:
    target = QWidget()
    qtbot.addWidget(target)
    watcher = IdleWatcher(10_000)
    watcher.start()
    try:
        watcher._timer.stop()
        move = QMouseEvent(QEvent.Type.MouseMove, QPointF(1, 1), QPointF(1, 1),
                           Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                           Qt.KeyboardModifier.NoModifier)
        QCoreApplication.sendEvent(target, move)
        assert watcher._timer.isActive()
    finally:
        watcher.stop()


def test_lock_hides_an_open_form_and_unlock_brings_it_back_with_the_text(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, windows: list[MainWindow],
    receptionist: Actor, tmp_path: Path,
) -> None:
    isolate_settings(tmp_path)
    window = open_window(qtbot, ctx, db_ops, receptionist, windows)
    form = window.front_desk.tabs.new_client("Kari")
    assert form is not None
    qtbot.waitExposed(form)
    form.edits["last_name"].setText("Nordmann")
    window.lock()
    # Nobody at the locked desk may read or edit the form, and it must not block the password.
    assert not form.isVisible()
    assert QApplication.activeModalWidget() is None
    screen = window.lock_screen
    qtbot.keyClicks(screen.password_edit, TEST_PASSWORD)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        screen.unlock_button.click()
    assert form.isVisible()
    assert form.edits["last_name"].text() == "Nordmann"


def test_a_question_open_at_lock_time_is_not_shown_again_after_unlock(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, windows: list[MainWindow],
    receptionist: Actor, tmp_path: Path,
) -> None:
    isolate_settings(tmp_path)
    window = open_window(qtbot, ctx, db_ops, receptionist, windows)
    form = window.front_desk.tabs.new_client("")
    assert form is not None
    question = QMessageBox(form)
    question.setText("Discard changes?")
    question.open()
    window.lock()
    assert not question.isVisible()
    qtbot.keyClicks(window.lock_screen.password_edit, TEST_PASSWORD)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        window.lock_screen.unlock_button.click()
    assert form.isVisible()
    assert not question.isVisible()
