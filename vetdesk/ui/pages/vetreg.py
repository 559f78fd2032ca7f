"""Medicine reporting (VetReg): what is not yet reported, with the 7-day clock, the export
file and marking entries reported by hand (issue 12)."""

from __future__ import annotations

from pathlib import Path

from vetdesk.services.pharmacy.types import VetRegEntry
from vetdesk.ui.ops import describe_failure
from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.pharmacy import vetreg_operations as operations
from vetdesk.ui.pharmacy.vetreg_model import VetRegTableModel
from vetdesk.ui.qt import (
    QHBoxLayout,
    QLabel,
    QShowEvent,
    QVBoxLayout,
    QWidget,
)
from vetdesk.ui.widgets.empty_state import EmptyState
from vetdesk.ui.widgets.error_banner import ErrorBanner
from vetdesk.ui.widgets.file_dialogs import choose_save_path
from vetdesk.ui.widgets.list_model import list_table
from vetdesk.ui.widgets.page_parts import action_button, list_or_empty


class VetRegPage(QWidget):
    help_topic = "vetreg"

    def __init__(self, page: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.loaded = False
        self.model = VetRegTableModel(self)
        self.heading = QLabel(self.tr("Medicine reporting (VetReg)"))
        self.heading.setProperty("role", "heading")
        self.hint = QLabel(self.tr(
            "Medicine prescribed or given for food-producing animals and horses must be reported "
            "within 7 days. Entries that lack data stay on the list until they are complete."))
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.banner = ErrorBanner()
        self.table = list_table(self.model, name="vetregList",
                                accessible=self.tr("Medicine not yet reported"),
                                stretch=VetRegTableModel.MISSING)
        self.empty = EmptyState(
            self.tr("Nothing to report"),
            self.tr("Medicine prescribed or given for food-producing animals and horses is "
                    "listed here until it has been reported."))
        self.stack = list_or_empty(self.empty, self.table)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("vetregSummary")
        self.summary_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setObjectName("vetregResult")
        self.result_label.setWordWrap(True)
        self.export_button = action_button("vetregExport", self.tr("&Export file…"))
        self.mark_button = action_button("vetregMark", self.tr("&Mark as reported"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.mark_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.summary_label)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        self.export_button.clicked.connect(self.export)
        self.mark_button.clicked.connect(self.mark_reported)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self._update_actions()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        self.page.ops.run(operations.load_due(self.page), success=self._show,
                          failure=self._failed, parent=self)

    def _show(self, rows: list[VetRegEntry]) -> None:
        self.loaded = True
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        overdue = sum(row.overdue for row in rows)
        lacking = sum(bool(row.missing) for row in rows)
        self.summary_label.setText(self.tr(
            "{total} not reported: {overdue} overdue, {lacking} lack data."
        ).format(total=len(rows), overdue=overdue, lacking=lacking))
        self._update_actions()

    def _failed(self, error: BaseException) -> bool:
        self.banner.show_failure(describe_failure(error))
        return True

    def _update_actions(self) -> None:
        rows = self.model.rows
        complete = any(not row.missing for row in rows)
        self.export_button.setEnabled(complete)
        # A greyed-out button says why (Qt shows tooltips on disabled buttons too).
        if complete:
            tip = self.tr("Save the complete entries to a file and mark them reported.")
        elif not rows:
            tip = self.tr("Nothing to export: every entry has been reported.")
        else:
            tip = self.tr("Nothing complete to export: fill in what each entry lacks, or mark "
                          "it reported by hand.")
        self.export_button.setToolTip(tip)
        self.mark_button.setEnabled(self.current() is not None)

    def current(self) -> VetRegEntry | None:
        return self.model.row_at(self.table.currentIndex().row())

    def export(self) -> None:
        path = choose_save_path(self, self.tr("Save the VetReg file"), "vetreg.csv",
                                self.tr("CSV files (*.csv)"), ".csv")
        if not path:
            return
        self.page.ops.run(operations.export(self.page, Path(path).name),
                          success=lambda result: self._exported(path, result),
                          failure=self._failed, parent=self)

    def _exported(self, path: str, result: tuple[bytes, int]) -> None:
        data, count = result
        Path(path).write_bytes(data)
        self.result_label.setText(self.tr(
            "{count} entries saved to {path} and marked as reported.").format(
                count=count, path=path))
        self.reload()

    def mark_reported(self) -> None:
        row = self.current()
        if row is None:
            return
        self.page.ops.run(operations.mark(self.page, [row.key]), success=self._marked,
                          failure=self._failed, parent=self)

    def _marked(self, count: int) -> None:
        self.result_label.setText(self.tr("{count} entries marked as reported.").format(
            count=count))
        self.reload()
