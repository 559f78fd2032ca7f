"""Confirming an action that cannot be undone and must carry a reason (cancelling a
prescription, voiding a journal entry): the question, a mandatory reason, and a confirm button
that stays disabled, saying why, until a reason is given."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable
from dataclasses import dataclass

from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from vetdesk.ui.widgets.error_banner import ErrorBanner, show_refusal


@dataclass(frozen=True)
class ReasonTexts:
    """The dialog's words, translated by the caller (so they stay in its translation context)."""

    title: str
    question: str
    reason_label: str
    placeholder: str
    accessible_name: str
    confirm: str
    reason_missing: str  # shown beside and on the disabled confirm button
    keep: str | None = None  # None: the standard Cancel button


class ReasonDialog(QDialog):
    """Subclasses give the texts and `save`, the service call run off the GUI thread, and
    `saved`, what happens with its result before the dialog closes."""

    def __init__(self, ops: Operations, texts: ReasonTexts, width: int, height: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.texts = texts
        self.saving = False
        self.setWindowTitle(texts.title)
        self.resize(width, height)
        self.question = QLabel(texts.question)
        self.question.setWordWrap(True)
        self.banner = ErrorBanner()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(texts.placeholder)
        self.reason.setAccessibleName(texts.accessible_name)
        self.why_disabled = QLabel()
        self.why_disabled.setProperty("role", "hint")
        if texts.keep is None:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            self.keep_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        else:
            self.buttons = QDialogButtonBox()
            self.keep_button = self.buttons.addButton(texts.keep,
                                                      QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm_button = self.buttons.addButton(texts.confirm,
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        # Keeping things as they are is the default: Enter must never confirm by accident.
        self.confirm_button.setAutoDefault(False)
        self.keep_button.setDefault(True)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self.update_state)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.banner)
        layout.addWidget(QLabel(texts.reason_label))
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.why_disabled)
        layout.addWidget(self.buttons)
        self.reason.setFocus()
        self.update_state()

    @abstractmethod
    def save(self, reason: str) -> Callable[[], object]:
        """The service call that records `reason` (the text as typed)."""

    def saved(self, result: object) -> None:
        """Called with the service's result on success, before the dialog closes."""

    def update_state(self) -> None:
        missing = not self.reason.toPlainText().strip()
        why = self.texts.reason_missing if missing else ""
        self.why_disabled.setText(why)
        self.confirm_button.setToolTip(why)
        self.confirm_button.setEnabled(not missing and not self.saving)

    def confirm(self) -> None:
        reason = self.reason.toPlainText()
        if not reason.strip() or self.saving:
            self.update_state()
            return
        self.saving = True
        self.update_state()
        self.ops.run(self.save(reason), success=self._done, failure=self._failed, parent=self)

    def _done(self, result: object) -> None:
        self.saving = False
        self.saved(result)
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        self.saving = False
        self.update_state()
        return show_refusal(self.banner, error)
