"""Void an entry (written on the wrong animal): it destroys the entry's meaning, so confirm,
with a mandatory reason. The entry stays readable in the history, struck through."""

from __future__ import annotations

from vetdesk.domain.codes import Requester
from vetdesk.errors import UserFacingError
from vetdesk.services import journal
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import NewVersion, TimelineItem
from vetdesk.services.permissions import Actor
from vetdesk.ui.chart.formatting import date_time_text, kind_label
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


class VoidDialog(QDialog):
    voided = Signal(object)  # NewVersion

    def __init__(self, ops: Operations, ctx: ServiceContext, actor: Actor, item: TimelineItem,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.ctx, self.actor, self.item = ops, ctx, actor, item
        self.saving = False
        self.result_version: NewVersion | None = None
        self.setWindowTitle(self.tr("Void entry?"))
        self.resize(480, 300)
        self.question = question = QLabel(self.tr(
            "Void the {kind} of {when} by {author}?\n\nUse this for an entry written on the "
            "wrong animal. It cannot be undone: the entry stays readable in the history, struck "
            "through with your reason, and leaves printouts unless asked for."
        ).format(kind=kind_label(item.kind).lower(), when=date_time_text(item.event_time, ctx.zone),
                 author=item.author_name))
        question.setWordWrap(True)
        self.banner = ErrorBanner()
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("voidReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Reason (required), e.g. written on the wrong "
                                               "animal"))
        self.reason.setAccessibleName(self.tr("Reason for voiding"))
        self.why_disabled = QLabel()
        self.why_disabled.setProperty("role", "hint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.void_button = self.buttons.addButton(self.tr("Void entry"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        # Cancel is the default: Enter must never void by accident.
        self.void_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
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
        why = self.tr("Give the reason to void the entry.") if missing else ""
        self.why_disabled.setText(why)
        self.void_button.setEnabled(not missing and not self.saving)
        self.void_button.setToolTip(why)

    def confirm(self) -> None:
        reason = self.reason.toPlainText().strip()
        if not reason or self.saving:
            self.update_state()
            return
        self.saving = True
        self.update_state()
        ctx, actor, item = self.ctx, self.actor, self.item
        self.ops.run(
            lambda: journal.void_entry(ctx, actor, item.entry_id, reason=reason,
                                       expected_version_no=item.version_no,
                                       requested_by=Requester.CLINIC),
            success=self._done, failure=self._failed, parent=self,
        )

    def _done(self, version: NewVersion) -> None:
        self.saving = False
        self.result_version = version
        self.voided.emit(version)
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        self.saving = False
        self.update_state()
        if isinstance(error, UserFacingError):
            self.banner.show_message(error.message)
            return True
        return False
