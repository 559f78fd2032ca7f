"""The small window shown while the database opens, and when it cannot be opened."""

from __future__ import annotations

from vetdesk.ui.ops import FailureReport
from vetdesk.ui.qt import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, Signal
from vetdesk.ui.widgets.error_banner import ErrorBanner


class OpeningWindow(QWidget):
    """"Opening database…", or the one sentence saying why not, with Try again and Quit."""

    retry_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingPanel")
        self.setWindowTitle(self.tr("VetDesk"))
        self.setMinimumWidth(560)
        heading = QLabel(self.tr("VetDesk"))
        heading.setProperty("role", "heading")
        self.status_label = QLabel()
        self.status_label.setObjectName("openingStatus")
        self.status_label.setWordWrap(True)
        self.target_label = QLabel()
        self.target_label.setProperty("role", "hint")
        self.target_label.setWordWrap(True)
        self.error = ErrorBanner(dismissable=False)
        self.retry_label = QLabel()
        self.retry_label.setProperty("role", "hint")
        self.retry_label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setProperty("primary", True)
        self.retry_button.clicked.connect(self.retry_requested)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(self.quit_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_label, 1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.addWidget(heading)
        layout.addWidget(self.status_label)
        layout.addWidget(self.target_label)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.show_opening("")

    def show_opening(self, description: str) -> None:
        self.status_label.setText(self.tr("Opening database…"))
        self.target_label.setText(description)
        self.target_label.setVisible(bool(description))
        self.error.setVisible(False)
        self.retry_label.setText("")
        self.retry_button.setVisible(False)
        self.quit_button.setVisible(True)

    def show_error(self, report: FailureReport, *, retry_in_seconds: int | None = None) -> None:
        self.status_label.setText(self.tr("VetDesk could not open the database."))
        self.error.show_failure(report)
        self.retry_button.setVisible(True)
        self.retry_button.setEnabled(True)
        self.show_countdown(retry_in_seconds)

    def show_countdown(self, seconds: int | None) -> None:
        if seconds is None:
            self.retry_label.setText("")
        else:
            self.retry_label.setText(
                self.tr("Trying again by itself in %n second(s)…", "", seconds)
            )
