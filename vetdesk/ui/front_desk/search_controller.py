"""Connects the global search field to the results panel and to opening client cards.

The field debounces typing; each search runs off the GUI thread and carries a generation
number, so an answer that arrives after a newer search was started is dropped: a slow search
for "ode" can never overwrite the results for "odeg".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from vetdesk.services import front_desk_views
from vetdesk.services.front_desk_views import SearchScreen
from vetdesk.ui.front_desk.search_panel import SearchPanel
from vetdesk.ui.qt import QEvent, QFocusEvent, QKeyEvent, QLineEdit, QObject, Qt, QWidget, Signal

if TYPE_CHECKING:
    from vetdesk.ui.pages.registry import PageContext

PAGE_STEP = 8
_AWAY = (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.TabFocusReason,
         Qt.FocusReason.BacktabFocusReason)


class SearchController(QObject):
    """``open_requested(client_id, animal_id or 0)`` when the user opens a hit."""

    open_requested = Signal(int, int)
    results_shown = Signal(object)  # the SearchScreen now on screen

    def __init__(self, page: PageContext, field: QLineEdit, host: QWidget,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.field = field
        self.host = host
        self.panel = SearchPanel(host)
        self.panel.activated.connect(self._open)
        self.generation = 0
        self.shown_query: str | None = None
        self.pending = False
        # Enter pressed before the results for that text were on screen: open the first hit
        # as soon as they are (typing "odeg" and Enter at once opens Kari).
        self.open_when_shown: str | None = None
        field.installEventFilter(self)
        host.installEventFilter(self)
        if hasattr(field, "search_requested"):
            field.search_requested.connect(self.search)

    def search(self, text: str) -> None:
        self.generation += 1
        generation = self.generation
        query = text.strip()
        if query != self.open_when_shown:
            self.open_when_shown = None
        if not query:
            self.pending = False
            self.shown_query = None
            self.panel.clear()
            return
        if not self.field.isVisible():
            return  # the window closed or locked during the typing pause
        self.pending = True
        ctx, actor = self.page.ctx, self.page.actor
        self.page.ops.run(
            lambda: front_desk_views.search_with_alerts(ctx, actor, query),
            success=self._deliver(generation, query), parent=self.panel,
        )

    def _deliver(self, generation: int, query: str) -> Callable[[SearchScreen], None]:
        def show(screen: SearchScreen) -> None:
            if generation != self.generation:
                return  # a newer search is on its way; this answer is stale
            self.pending = False
            self.shown_query = query
            self.panel.show_screen(screen)
            self.panel.show()
            self.panel.place_under(self.field)
            self.results_shown.emit(screen)
            if self.open_when_shown == query:
                self.open_when_shown = None
                self.panel.open_current()
        return show

    def clear(self) -> None:
        self.generation += 1
        self.shown_query = None
        self.panel.clear()

    def _open(self, client_id: int, animal_id: int) -> None:
        self.panel.hide()
        self.open_requested.emit(client_id, animal_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.host and event.type() == QEvent.Type.Resize:
            if self.panel.isVisible():
                self.panel.place_under(self.field)
            return False
        if watched is self.field and event.type() == QEvent.Type.FocusOut:
            assert isinstance(event, QFocusEvent)
            if event.reason() in _AWAY:
                self.panel.hide()  # the user went elsewhere; the results would cover it
            return False
        if watched is not self.field or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        return self._key(event)

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: PAGE_STEP,
                 Qt.Key.Key_PageUp: -PAGE_STEP}.get(Qt.Key(key))
        if steps is not None and self.panel.has_rows:
            if not self.panel.isVisible():
                self.panel.show()
                self.panel.place_under(self.field)
            else:
                self.panel.step(steps)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            fresh = self.shown_query == self.field.text().strip() and not self.pending
            if fresh and self.panel.isVisible() and self.panel.has_rows:
                return self.panel.open_current()
            self.open_when_shown = self.field.text().strip() or None
            return False  # the field searches at once; the first hit opens when it arrives
        if key == Qt.Key.Key_Escape:
            # The field clears itself and reports the empty text; the panel goes with it.
            self.open_when_shown = None
            self.clear()
            return False
        return False
