"""Which topic F1 shows: each screen says its own, with a ``help_topic`` class attribute.

``ChartTab.help_topic = "chart"``, ``ClientFormDialog.help_topic = "client_form"``, ...: F1
walks up from the widget that matters (a visible result list, the focused field, the tab on
screen) to the first widget that names a topic, so a new screen needs no change here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vetdesk.services.permissions import Actor
from vetdesk.ui.help.topics import MAIN, HelpAudience, build_topic
from vetdesk.ui.help.window import HelpWindow, help_window_of
from vetdesk.ui.qt import (
    QApplication,
    QKeySequence,
    QObject,
    QShortcut,
    QStackedWidget,
    Qt,
    QTabWidget,
    QWidget,
)

if TYPE_CHECKING:
    from vetdesk.ui.pages.registry import PageSpec

HELP_KEY = "F1"


def declared_topic(widget: QWidget | None) -> str | None:
    """The ``help_topic`` of ``widget`` or of the nearest parent that has one."""
    while widget is not None:
        topic = getattr(widget, "help_topic", None)
        if isinstance(topic, str) and topic:
            return topic
        widget = widget.parentWidget()
    return None


def first_topic(candidates: Iterable[QWidget | None]) -> str:
    for widget in candidates:
        topic = declared_topic(widget)
        if topic is not None:
            return topic
    return MAIN


def install_help_key(dialog: QWidget, actor: Actor | None) -> QShortcut:
    """F1 in a dialog (its own window, so the main window's F1 does not reach it)."""
    shortcut = QShortcut(QKeySequence(HELP_KEY), dialog)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: show_help(dialog, declared_topic(dialog) or MAIN,
                                                 HelpAudience(actor)))
    return shortcut


def show_help(owner: QWidget, key: str, who: HelpAudience, *,
              with_everywhere: bool = False) -> HelpWindow:
    window = help_window_of(owner)
    everywhere = build_topic(MAIN, who) if with_everywhere else None
    window.show_topic(build_topic(key, who), everywhere)
    return window


@dataclass(frozen=True)
class ScreenOnTop:
    """What F1 in the main window looks at, handed in by the window that owns it (help does
    not import the main window: that made an import circle, issue 8)."""

    window: QWidget  # the shortcut's window, and the help window's owner
    work_area: QTabWidget  # the tabs: the one on screen names the topic
    results: QWidget  # the search results under the field, when shown
    actor: Callable[[], Actor]  # who is signed in now (Switch user changes it)
    locked: Callable[[], bool]  # no help over the lock screen


class WindowHelp(QObject):
    """F1 in the main window: the topic of what is on screen, then the keys that work
    everywhere. Nothing while the window is locked."""

    def __init__(self, screen: ScreenOnTop, pages: list[PageSpec]) -> None:
        super().__init__(screen.window)
        self.screen = screen
        self._pages = pages
        self.shortcut = QShortcut(QKeySequence(HELP_KEY), screen.window)
        self.shortcut.activated.connect(self.open_help)
        self.help_window: HelpWindow | None = None

    def current_topic(self) -> str:
        return first_topic(self._candidates())

    def _candidates(self) -> list[QWidget | None]:
        work_area, panel = self.screen.work_area, self.screen.results
        focus = QApplication.focusWidget()
        current: QWidget | None = work_area.currentWidget()
        if isinstance(current, QStackedWidget):  # the page tab holds the rail's pages
            current = current.currentWidget()
        return [
            panel if panel.isVisible() else None,
            focus if focus is not None and work_area.isAncestorOf(focus) else None,
            current,
        ]

    def audience(self) -> HelpAudience:
        pages = tuple((spec.key, spec.title()) for spec in self._pages[:9])
        return HelpAudience(self.screen.actor(), pages)

    def open_help(self) -> None:
        if self.screen.locked():
            return
        self.help_window = show_help(self.screen.window, self.current_topic(), self.audience(),
                                     with_everywhere=True)
