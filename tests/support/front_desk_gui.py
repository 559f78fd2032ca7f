"""Helpers for the front-desk Qt tests: a main window on the test database, and waiting for
cards and forms to finish their background calls."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.front_desk.client_card_view import ClientCardView
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import QApplication, QSettings, QWidget

WAIT_MS = 10_000


def isolate_settings(folder: Path) -> None:
    """Keep collapsed-section state out of the real user's settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def open_window(qtbot: QtBot, ctx: ServiceContext, ops: Operations, actor: Actor,
                windows: list[MainWindow]) -> MainWindow:
    window = MainWindow(ctx, ops, actor, idle_timeout_ms=3_600_000)
    windows.append(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.clinic_label.text() != "", timeout=WAIT_MS)
    return window


def wait_card(qtbot: QtBot, card: ClientCardView) -> ClientCardView:
    qtbot.waitUntil(lambda: card.card is not None, timeout=WAIT_MS)
    return card


def wait_idle(qtbot: QtBot, ops: Operations) -> None:
    qtbot.waitUntil(lambda: not ops.busy, timeout=WAIT_MS)


def visible_dialog(name: str) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None
