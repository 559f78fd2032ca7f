"""The look and keys every front-desk list shares: read-only rows selected whole and one at a
time, Tab leaves the table (arrow keys move in it), compact rows, columns fitted to their text,
and a double-click opening the row as Enter does."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from vetdesk.ui.qt import QAbstractItemView, QHeaderView, QTableWidget

ROW_HEIGHT = 24


def set_up_row_table(table: QTableWidget, headers: Sequence[str], accessible_name: str,
                     open_current: Callable[[], None]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.setAccessibleName(accessible_name)
    table.doubleClicked.connect(lambda _index: open_current())
