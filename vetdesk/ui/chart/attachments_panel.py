"""Files on a draft (lab reports, X-rays): listed under the form, added through ops.

A file hangs on a saved draft, so adding files saves the form with them, in one transaction
(journal.save_draft_with_files): a refused file leaves none of the chosen ones attached.
Files are copied to the entry when it is signed and never change after.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from vetdesk.db.sqlite_files import read_chosen_file
from vetdesk.services import journal
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import AttachmentInfo, DraftInput
from vetdesk.services.permissions import Actor
from vetdesk.ui.chart.prompts import FileChooser
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import QHBoxLayout, QListWidget, QPushButton, Qt, QWidget, Signal


class AttachmentPanel(QWidget):
    added = Signal(object)  # list[AttachmentInfo]

    def __init__(
        self, ops: Operations, ctx: ServiceContext, actor: Actor, *,
        form: Callable[[], DraftInput], choose: FileChooser, infos: list[AttachmentInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.ctx, self.actor = ops, ctx, actor
        self.form, self.choose = form, choose
        self.attachments = list(infos)
        self.list = QListWidget()
        self.list.setMaximumHeight(64)
        self.list.setAccessibleName(self.tr("Attached files"))
        self.add_button = QPushButton(self.tr("Add file…"))
        self.add_button.clicked.connect(self.add_files)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        self._show()

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setEnabled(not read_only)

    def add_files(self) -> None:
        if not self.add_button.isEnabled():
            return
        paths = self.choose(self)
        if not paths:
            return
        form, ctx, actor = self.form(), self.ctx, self.actor
        database = ctx.db.target.sqlite_file

        def work() -> list[AttachmentInfo]:
            chosen = [(Path(p).name, read_chosen_file(Path(p), database)) for p in paths]
            return journal.save_draft_with_files(ctx, actor, form, chosen)

        self.ops.run(work, success=self._added, parent=self)

    def _added(self, infos: list[AttachmentInfo]) -> None:
        self.attachments.extend(infos)
        self._show()
        self.added.emit(infos)

    def _show(self) -> None:
        self.list.clear()
        for info in self.attachments:
            size = max(1, info.size_bytes // 1024)
            self.list.addItem(f"{info.filename} ({size} kB)")
        if not self.attachments:
            self.list.addItem(self.tr("No files attached."))
