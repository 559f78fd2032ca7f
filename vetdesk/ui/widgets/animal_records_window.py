"""The skeleton of a window listing one animal's records of a kind (prescriptions, referrals)
from the chart: an error banner, a read-only table with one row selected, the actions below,
and child dialogs opened without blocking the window."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from vetdesk.errors import UserFacingError
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import (
    QAbstractItemView,
    QDialog,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from vetdesk.ui.widgets.error_banner import ErrorBanner

PathChooser = Callable[[QWidget, str], str]
Summary = TypeVar("Summary")


class AnimalRecordsWindow(QDialog, Generic[Summary]):
    """Subclasses build their layout around `banner` and `table`, and give `fetch` (the
    service call listing the records), `cells` (a row's texts), `update_buttons`, and
    optionally `listed` (what else changes once the rows are in)."""

    def __init__(self, ops: Operations, ctx: ServiceContext, actor: Actor, animal_id: int,
                 animal_name: str, headers: Sequence[str], *, choose_path: PathChooser,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.ctx, self.actor = ops, ctx, actor
        self.animal_id, self.animal_name, self.choose_path = animal_id, animal_name, choose_path
        self.summaries: list[Summary] = []
        self.child: QDialog | None = None
        self.banner = ErrorBanner()
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)

    @abstractmethod
    def fetch(self) -> Callable[[], list[Summary]]:
        """The service call that lists the animal's records, run off the GUI thread."""

    @abstractmethod
    def cells(self, item: Summary) -> Sequence[str]:
        """A record's row, one text a column."""

    def listed(self, summaries: list[Summary]) -> None:
        """Called once the rows are filled in, before the first one is selected."""

    def update_buttons(self) -> None:
        """Enable the actions that fit the selected record."""

    def load(self) -> None:
        self.ops.run(self.fetch(), success=self._show, failure=self._failed, parent=self)

    def _show(self, summaries: list[Summary]) -> None:
        self.summaries = summaries
        self.table.setRowCount(len(summaries))
        for row, item in enumerate(summaries):
            for column, text in enumerate(self.cells(item)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.listed(summaries)
        if summaries:
            self.table.selectRow(0)
        self.update_buttons()

    def selected(self) -> Summary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.summaries[rows[0].row()] if rows else None

    def _failed(self, error: BaseException) -> bool:
        if isinstance(error, UserFacingError):
            self.banner.show_message(error.message)
            return True
        return False

    def _open(self, dialog: QDialog) -> None:
        self.child = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
