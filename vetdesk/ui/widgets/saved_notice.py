"""A quiet strip that confirms a file was saved and offers to open it or its folder (issue 8:
saving a PDF gave no confirmation and no way to open it). Non-modal, dismissable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from vetdesk.ui.qt import QFrame, QHBoxLayout, QLabel, QPushButton, Qt, QWidget

Opener = Callable[[Path], None]


class SavedFileNotice(QFrame):
    def __init__(self, opener: Opener, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.opener = opener
        self.path: Path | None = None
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QPushButton(self.tr("Open folder"))
        self.folder_button.clicked.connect(self.open_folder)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.message_label, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.folder_button)
        row.addWidget(self.dismiss_button)
        self.setVisible(False)

    def show_saved(self, path: str | Path) -> None:
        self.path = Path(path)
        self.message_label.setText(self.tr("Saved «{name}» in {folder}.").format(
            name=self.path.name, folder=str(self.path.parent)))
        self.setVisible(True)
        self.open_button.setFocus()

    def open_file(self) -> None:
        if self.path is not None:
            self.opener(self.path)

    def open_folder(self) -> None:
        if self.path is not None:
            self.opener(self.path.parent)
