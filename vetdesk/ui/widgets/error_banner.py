"""A non-modal strip that says what went wrong in plain language, details one click away."""

from __future__ import annotations

from collections.abc import Callable

from vetdesk.errors import UserFacingError, ValidationError
from vetdesk.ui.ops import FailureReport
from vetdesk.ui.qt import (
    QFrame,
    QGuiApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vetdesk.ui.widgets.form import grow_to_fit


class ErrorBanner(QFrame):
    """Hidden until :meth:`show_failure`; never blocks the window it sits in."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None, *, dismissable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Error"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        self.details_button = QPushButton(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(self._copy_details)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.dismiss_button.setVisible(dismissable)
        self.details_view = QPlainTextEdit()
        self.details_view.setReadOnly(True)
        self.details_view.setMaximumHeight(160)
        self.details_view.setVisible(False)

        row = QHBoxLayout()
        row.addWidget(self.message_label, 1)
        row.addWidget(self.details_button)
        row.addWidget(self.dismiss_button)
        details_row = QHBoxLayout()
        details_row.addWidget(self.details_view, 1)
        details_row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addLayout(row)
        layout.addLayout(details_row)
        self.copy_button.setVisible(False)
        self.report: FailureReport | None = None
        self.setVisible(False)

    def show_failure(self, report: FailureReport) -> None:
        self.report = report
        self.message_label.setText(report.message)
        self.details_view.setPlainText(report.details)
        self.details_button.setChecked(False)
        self.details_button.setVisible(bool(report.details))
        self.setProperty("expected", report.expected)
        self.setVisible(True)
        self._fit_window()

    def show_message(self, message: str, details: str = "") -> None:
        self.show_failure(FailureReport(message=message, details=details, expected=True))

    def dismiss(self) -> None:
        self.setVisible(False)
        self.report = None
        self.dismissed.emit()

    def _toggle_details(self, shown: bool) -> None:
        self.details_view.setVisible(shown)
        self.copy_button.setVisible(shown)
        self._fit_window()

    def _fit_window(self) -> None:
        # Small windows (dialogs, the opening window) do not grow by themselves for wrapped
        # text, which would cut the message off; the main window has room to spare.
        # Grow only: adjustSize() shrank a form that had been made larger (issue 8).
        window = self.window()
        if window is not self and window.isVisible() and not isinstance(window, QMainWindow):
            grow_to_fit(window)

    def _copy_details(self) -> None:
        if self.report is not None:
            QGuiApplication.clipboard().setText(
                f"{self.report.message}\n\n{self.report.details}"
            )


def show_refusal(banner: ErrorBanner, error: BaseException,
                 show_fields: Callable[[dict[str, str]], None] | None = None) -> bool:
    """A refusal the person can act on: each field's mark beside its field, the sentence in
    ``banner``; True when it was shown. Anything else (a bug, a lost server) is False: the
    operations' own report takes it."""
    if isinstance(error, ValidationError) and show_fields is not None:
        show_fields(error.field_errors)
    if isinstance(error, UserFacingError):
        banner.show_message(error.message)
        return True
    return False
