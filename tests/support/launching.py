"""Driving the start-up windows in GUI tests: sign in through the launcher, and close it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.conftest import TEST_PASSWORD
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.startup import AppLauncher


def sign_in_through(qtbot: QtBot, launcher: AppLauncher, username: str = "admin",
                    password: str = TEST_PASSWORD) -> MainWindow:
    """Start the launcher, type the username and password, and return the main window."""
    launcher.start()
    qtbot.waitUntil(lambda: launcher.signin_dialog is not None, timeout=20_000)
    dialog = launcher.signin_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.username_edit, username)
    qtbot.keyClicks(dialog.password_edit, password)
    with qtbot.waitSignal(launcher.main_window_shown, timeout=20_000) as shown:
        dialog.sign_in_button.click()
    window = shown.args[0]
    assert isinstance(window, MainWindow)
    return window


def close_launcher(launcher: AppLauncher) -> None:
    """Close the main window without the sign-out dialogue, then quit the launcher."""
    if launcher.main_window is not None:
        launcher.main_window.idle.stop()
        launcher.main_window._closing = True
        launcher.main_window.close()
    launcher.quit(0)
