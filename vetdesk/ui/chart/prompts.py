"""The questions the chart asks outside its own widgets (a file picker, a confirmation).

They are passed in as plain callables, so tests replace them without patching Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from vetdesk.ui.chart.formatting import tr
from vetdesk.ui.qt import QMessageBox, QWidget
from vetdesk.ui.widgets.file_dialogs import choose_open_paths

FileChooser = Callable[[QWidget], list[str]]
Confirm = Callable[[QWidget, str], bool]


def choose_files(parent: QWidget) -> list[str]:
    return choose_open_paths(
        parent, tr("Attach files"),
        tr("PDF and images (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.webp)"),
    )


def confirm_warnings(parent: QWidget, message: str) -> bool:
    answer = QMessageBox.question(
        parent, tr("Check the values"),
        tr("{message}\n\nSign with these values?").format(message=message),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
