"""The files to send with a referral: the animal's journal files to tick (a confidential
entry's marked and unticked) and files picked from disk (ticked; stored in the journal when the
referral is sent), with the sentence under the list when a file is refused."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

from vetdesk.services.referrals.attachments import size_label, type_label
from vetdesk.services.referrals.types import AttachableFile
from vetdesk.ui.chart.prompts import FileChooser
from vetdesk.ui.qt import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)

# A row holds ("journal", AttachableFile) or ("disk", its path).
_FILE_ROLE = Qt.ItemDataRole.UserRole + 2


class FilesPicker(QWidget):
    def __init__(self, choose: FileChooser, *, may_add: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choose = choose
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Files to enclose"))
        self.list.setMaximumHeight(110)
        self.add_button = QPushButton(self.tr("Add file from disk…"))
        self.add_button.setVisible(may_add)
        self.add_button.setAutoDefault(False)
        self.error = QLabel()
        self.error.setProperty("role", "fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        hint = QLabel(self.tr("Files to enclose (files on confidential entries are left "
                              "out unless you tick them):"))
        hint.setWordWrap(True)
        add_row = QHBoxLayout()
        add_row.addWidget(self.error, 1)
        add_row.addStretch(0)
        add_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addLayout(add_row)
        self.add_button.clicked.connect(self.add_files)

    def show_journal_files(self, found: list[AttachableFile], zone: ZoneInfo) -> None:
        for info in found:
            kind, size = type_label(info.media_type), size_label(info.size_bytes)
            text = f"{info.filename}  ({kind}, {size}, {_day(info.added_at, zone)})"
            if info.confidential:
                text += "  " + self.tr("[confidential]")
            self._add_row(text, ("journal", info))
        if self.list.count() == 0:
            self.list.setEnabled(False)
            self.list.addItem(self.tr("No files in the journal. Use “Add file from disk…” "
                                      "to enclose one."))

    def _add_row(self, text: str, data: tuple[str, object]) -> None:
        row = QListWidgetItem(text)
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        # A file picked from disk was picked to go; a journal file waits to be ticked.
        row.setCheckState(Qt.CheckState.Checked if data[0] == "disk"
                          else Qt.CheckState.Unchecked)
        row.setData(_FILE_ROLE, data)
        self.list.addItem(row)

    def add_files(self) -> None:
        paths = self.choose(self)
        if not paths:
            return
        if not self.list.isEnabled():  # the empty list's hint goes
            self.list.clear()
            self.list.setEnabled(True)
        for path in paths:
            self._add_row(self.tr("{name}  (from disk, stored in the journal when "
                                  "sent)").format(name=Path(path).name), ("disk", path))

    def chosen_paths(self) -> list[str]:
        """The files from disk still ticked."""
        return [str(data[1]) for data in self._ticked() if data[0] == "disk"]

    def chosen_journal_files(self) -> tuple[tuple[uuid.UUID, ...], bool]:
        """The ticked journal files' ids, and whether one is a confidential entry's."""
        files = [data[1] for data in self._ticked()
                 if data[0] == "journal" and isinstance(data[1], AttachableFile)]
        return tuple(f.id for f in files), any(f.confidential for f in files)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _ticked(self) -> list[tuple[str, object]]:
        if not self.list.isEnabled():
            return []
        return [self.list.item(i).data(_FILE_ROLE) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


def _day(moment: dt.datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%d.%m.%Y")
