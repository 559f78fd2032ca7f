"""Cancel an issued prescription: it cannot be undone, so confirm, with a mandatory reason."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy.cancelling import cancel_prescription
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import QWidget, Signal
from vetdesk.ui.widgets.reason_dialog import ReasonDialog, ReasonTexts


class CancelPrescriptionDialog(ReasonDialog):
    cancelled = Signal()

    def __init__(self, ops: Operations, ctx: ServiceContext, actor: Actor,
                 prescription_id: uuid.UUID, products: str, parent: QWidget | None = None
                 ) -> None:
        self.ctx, self.actor, self.prescription_id = ctx, actor, prescription_id
        super().__init__(ops, ReasonTexts(
            title=self.tr("Cancel prescription?"),
            question=self.tr(
                "Cancel the prescription for {products}? It cannot be undone: the prescription "
                "stays on record, marked cancelled with your reason.").format(products=products),
            reason_label=self.tr("Reason *"),
            placeholder=self.tr("Reason (required), e.g. wrong strength"),
            accessible_name=self.tr("Reason for cancelling"),
            confirm=self.tr("Cancel prescription"),
            reason_missing=self.tr("Give the reason to cancel it."),
            keep=self.tr("Keep it"),
        ), 460, 260, parent)
        self.cancel_button = self.confirm_button

    def save(self, reason: str) -> Callable[[], object]:
        ctx, actor, pid = self.ctx, self.actor, self.prescription_id
        return lambda: cancel_prescription(ctx, actor, pid, reason)

    def saved(self, result: object) -> None:
        self.cancelled.emit()
