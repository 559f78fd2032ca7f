"""The timeline as a Qt model that loads older pages on demand (Anki's lazy table idea).

The view asks :meth:`canFetchMore` / :meth:`fetchMore` when the user scrolls near the end; each
fetch is one ``timeline_page`` call through ops, keyed by the last page's cursor. A filter change
bumps ``generation`` so a page still in flight for the old filter is dropped on arrival.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from vetdesk.services.journal import TimelineCursor, TimelineFilter, TimelineItem, TimelinePage
from vetdesk.ui.chart.formatting import date_time_text, kind_label
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
PageFetcher = Callable[[TimelineCursor | None, TimelineFilter], TimelinePage]
AnyIndex = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractListModel):
    loading_changed = Signal(bool)
    page_loaded = Signal(int)  # rows added
    reloaded = Signal()  # the first page of a (re)load arrived

    def __init__(self, ops: Operations, fetch: PageFetcher, zone: ZoneInfo,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone  # the clinic's, for the times shown
        self.ops = ops
        self._fetch = fetch
        self.items: list[TimelineItem] = []
        self.filters = TimelineFilter()
        self.next_cursor: TimelineCursor | None = None
        self.loading = False
        self.loaded_once = False
        self.pages_loaded = 0
        self.generation = 0

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{kind_label(item.kind)} · {date_time_text(item.event_time, self.zone)} · " \
                   f"{item.author_name}\n{item.summary}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index) + ("" if not item.voided else " " + self.tr("(voided)"))
        return None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return (
            not parent.isValid() and self.loaded_once and not self.loading
            and self.next_cursor is not None
        )

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            self._load(self.next_cursor)

    # -- loading -------------------------------------------------------------------------------

    def reload(self, filters: TimelineFilter | None = None) -> None:
        """Start again from the newest entry (after a filter change, a signature, a correction)."""
        if filters is not None:
            self.filters = filters
        self.generation += 1
        self.beginResetModel()
        self.items = []
        self.next_cursor = None
        self.loaded_once = False
        self.pages_loaded = 0
        self.endResetModel()
        self._set_loading(False)
        self._load(None)

    def _load(self, cursor: TimelineCursor | None) -> None:
        self._set_loading(True)
        fetch, filters, generation = self._fetch, self.filters, self.generation
        self.ops.run(
            lambda: fetch(cursor, filters),
            success=lambda page: self._arrived(generation, page),
            failure=lambda error: self._failed(generation, error),
            parent=self,
        )

    def _arrived(self, generation: int, page: TimelinePage) -> None:
        if generation != self.generation:
            return
        first = len(self.items)
        if page.items:
            self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
            self.items.extend(page.items)
            self.endInsertRows()
        self.next_cursor = page.next_cursor
        self.pages_loaded += 1
        was_first = not self.loaded_once
        self.loaded_once = True
        self._set_loading(False)
        self.page_loaded.emit(len(page.items))
        if was_first:
            self.reloaded.emit()

    def _failed(self, generation: int, _error: BaseException) -> bool:
        if generation == self.generation:
            self._set_loading(False)
            # Let the user retry by scrolling again: the cursor is unchanged.
            self.loaded_once = True
        return False  # the shared error banner says what happened

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loading_changed.emit(loading)

    def row_of(self, entry_id: object) -> int:
        for row, item in enumerate(self.items):
            if item.entry_id == entry_id:
                return row
        return -1
