"""Cancel an issued prescription: it cannot be undone, so confirm, with a mandatory reason."""

from __future__ import annotations

import uuid

from vetdesk.errors import UserFacingError
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy.cancelling import cancel_prescription
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vetdesk.ui.widgets.error_banner import ErrorBanner


class CancelPrescriptionDialog(QDialog):
    cancelled = Signal()

    def __init__(self, ops: Operations, ctx: ServiceContext, actor: Actor,
                 prescription_id: uuid.UUID, products: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ops, self.ctx, self.actor, self.prescription_id = ops, ctx, actor, prescription_id
        self.saving = False
        self.setWindowTitle(self.tr("Cancel prescription?"))
        self.resize(460, 260)
        question = QLabel(self.tr(
            "Cancel the prescription for {products}? It cannot be undone: the prescription "
            "stays on record, marked cancelled with your reason.").format(products=products))
        question.setWordWrap(True)
        self.banner = ErrorBanner()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason for cancelling"))
        self.reason.setPlaceholderText(self.tr("Reason (required), e.g. wrong strength"))
        self.why_disabled = QLabel()
        self.why_disabled.setProperty("role", "hint")
        self.buttons = QDialogButtonBox()
        self.keep_button = self.buttons.addButton(self.tr("Keep it"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel prescription"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        # Keeping it is the default: Enter must never cancel by accident.
        self.cancel_button.setAutoDefault(False)
        self.keep_button.setDefault(True)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self.update_state)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.banner)
        layout.addWidget(QLabel(self.tr("Reason *")))
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.why_disabled)
        layout.addWidget(self.buttons)
        self.reason.setFocus()
        self.update_state()

    def update_state(self) -> None:
        missing = not self.reason.toPlainText().strip()
        why = self.tr("Give the reason to cancel it.") if missing else ""
        self.why_disabled.setText(why)
        self.cancel_button.setToolTip(why)
        self.cancel_button.setEnabled(not missing and not self.saving)

    def confirm(self) -> None:
        reason = self.reason.toPlainText()
        if not reason.strip() or self.saving:
            return
        self.saving = True
        self.update_state()
        ctx, actor, pid = self.ctx, self.actor, self.prescription_id
        self.ops.run(lambda: cancel_prescription(ctx, actor, pid, reason),
                     success=self._done, failure=self._failed, parent=self)

    def _done(self, _result: object) -> None:
        self.saving = False
        self.cancelled.emit()
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        self.saving = False
        self.update_state()
        if isinstance(error, UserFacingError):
            self.banner.show_message(error.message)
            return True
        return False
