"""Add a recipient without leaving the referral: the register's own form (the same checks and
sentences as Settings) in a small dialog; the new recipient comes back to be selected."""

from __future__ import annotations

from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.referrals.parties import add_party
from vetdesk.services.referrals.types import PartyInfo
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import QDialog, QDialogButtonBox, QVBoxLayout, QWidget, Signal
from vetdesk.ui.referrals.recipient_form import RecipientForm
from vetdesk.ui.widgets.error_banner import ErrorBanner, show_refusal


class NewRecipientDialog(QDialog):
    added = Signal(object)  # PartyInfo

    def __init__(self, ops: Operations, ctx: ServiceContext, actor: Actor, *,
                 laboratory: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.ctx, self.actor = ops, ctx, actor
        self.saving = False
        self.setWindowTitle(self.tr("New referral recipient"))
        self.resize(520, 0)
        self.banner = ErrorBanner()
        self.form = RecipientForm()
        # A lab request's dialog asks for a laboratory; the box can still be changed.
        self.form.laboratory_box.setChecked(laboratory)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("Add to the register"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        if self.saving:
            return
        form, ctx, actor = self.form.value(), self.ctx, self.actor
        self.saving = True
        self.save_button.setEnabled(False)
        self.ops.run(lambda: add_party(ctx, actor, form), success=self._done,
                     failure=self._failed, parent=self)

    def _done(self, party: PartyInfo) -> None:
        self.saving = False
        self.added.emit(party)
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        # What was typed stays; the sentence says what to fix, under the field too.
        self.saving = False
        self.save_button.setEnabled(True)
        # Disabled while it worked, the button had passed the focus on to Cancel.
        self.save_button.setFocus()
        return show_refusal(self.banner, error, self.form.show_errors)
