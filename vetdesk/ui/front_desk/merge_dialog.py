"""Merge another record of the same person into this client (manager and administrator)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vetdesk.services.client_card import ClientCard
from vetdesk.services.front_desk_views import ClientBrief, client_brief
from vetdesk.services.merging import merge_clients
from vetdesk.ui.front_desk.client_change import ClientChange
from vetdesk.ui.front_desk.form_buttons import FormButtons
from vetdesk.ui.front_desk.formats import tr
from vetdesk.ui.front_desk.owner_picker import OwnerPicker
from vetdesk.ui.ops import describe_failure
from vetdesk.ui.qt import QCheckBox, QDialog, QLabel, QVBoxLayout, QWidget
from vetdesk.ui.widgets.error_banner import ErrorBanner

if TYPE_CHECKING:
    from vetdesk.ui.pages.registry import PageContext


class MergeDialog(QDialog):
    def __init__(self, page: PageContext, card: ClientCard,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.card = card
        self.other: ClientBrief | None = None
        self.setObjectName("mergeClients")
        self.setWindowTitle(tr("Merge into {0}").format(card.name))
        intro = QLabel(tr(
            "Choose the other record of {0}. Its animals, appointments, messages, invoices, "
            "consents and alerts move to {0} (no. {1}); the other record is closed. This "
            "cannot be undone.").format(card.name, card.client_no))
        intro.setWordWrap(True)
        self.picker = OwnerPicker(page, card.client_id)
        self.picker.chosen.connect(self._chosen)
        self.summary = QLabel()
        self.summary.setObjectName("mergeSummary")
        self.summary.setWordWrap(True)
        self.confirm = QCheckBox(tr("I have checked that both records are the same person"))
        self.confirm.setObjectName("mergeConfirm")
        self.confirm.toggled.connect(lambda _on: self._validate())
        self.banner = ErrorBanner()
        self.change = ClientChange(self, page, self.banner, self._validate)
        self.buttons = FormButtons(self, save_text=tr("Merge"))
        self.buttons.save_requested.connect(self.merge_now)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.resize(560, 460)
        self.picker.setFocus()
        self._validate()

    def _chosen(self, client_id: int) -> None:
        self.other = None
        self.summary.setText("")
        self._validate()
        if not client_id:
            return
        ctx, actor = self.page.ctx, self.page.actor
        self.page.ops.run(lambda: client_brief(ctx, actor, client_id),
                          success=self._show_other, failure=self._failed_to_show, parent=self)

    def _show_other(self, brief: ClientBrief) -> None:
        if brief.client_id != self.picker.client_id():
            return  # the selection moved on meanwhile
        self.other = brief
        self.summary.setText(tr("{0} (no. {1}, {2} animals) will be merged into {3} (no. {4})."
                                ).format(brief.name, brief.client_no, brief.animals,
                                         self.card.name, self.card.client_no))
        self._validate()

    def _validate(self) -> None:
        if self.change.busy:
            reason = tr("Merging…")
        elif self.other is None:
            reason = tr("To merge: find and choose the other record.")
        elif not self.confirm.isChecked():
            reason = tr("To merge: confirm that both records are the same person.")
        else:
            reason = ""
        self.buttons.set_ready(not reason, reason)

    def merge_now(self) -> None:
        other = self.other
        if other is None or not self.confirm.isChecked() or self.change.busy:
            return
        ctx, actor, card = self.page.ctx, self.page.actor, self.card
        self.change.run(
            lambda: merge_clients(ctx, actor, keep_id=card.client_id, remove_id=other.client_id,
                                  keep_version=card.version, remove_version=other.version))

    def _failed_to_show(self, error: BaseException) -> bool:
        self._validate()
        self.banner.show_failure(describe_failure(error))
        return True
