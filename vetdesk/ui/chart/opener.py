"""Opens one chart tab per animal; the chart's own modules load with the first chart.

The main window holds an opener from the start, but a receptionist may never open a chart:
the chart tab, its editor, dialogs and the journal services it uses are imported when the first
chart opens, not while the program starts (issue 9).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.qt import QObject, QWidget, qt_object_alive

if TYPE_CHECKING:
    from vetdesk.ui.chart.chart_tab import ChartTab

_CHART_MODULE = "vetdesk.ui.chart.chart_tab"


class ChartOpener(QObject):
    """Opens one chart tab per animal (a second request shows the open one)."""

    def __init__(self, page: PageContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.tabs: dict[int, ChartTab] = {}

    def open(self, animal_id: int) -> ChartTab:
        from vetdesk.ui.chart.chart_tab import ChartTab

        tab = self.tabs.get(animal_id)
        if tab is None:
            tab = ChartTab(self.page, animal_id)
            self.tabs[animal_id] = tab
            tab.destroyed.connect(lambda _obj=None, key=animal_id: self.tabs.pop(key, None))
        self.page.events.open_tab.emit(tab, tab.title)
        return tab

    def flush_drafts(self) -> None:
        """Sign-out and quit: queue the saves of all open charts' text before what follows."""
        for tab in list(self.tabs.values()):
            if qt_object_alive(tab) and tab.can_read:
                tab.flush_drafts()

    def new_entry_in(self, widget: QWidget | None) -> bool:
        """Ctrl+J: a new entry in the chart shown in ``widget``; False when it is no chart."""
        if _CHART_MODULE not in sys.modules:
            return False  # no chart was ever made, so ``widget`` is none (keep it unimported)
        from vetdesk.ui.chart.chart_tab import ChartTab

        if isinstance(widget, ChartTab):
            widget.new_entry()
            return True
        return False
