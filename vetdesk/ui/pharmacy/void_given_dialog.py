"""Void a record of medicine given: it cannot be undone, so confirm, with a mandatory reason.
The journal note written with it is voided too (services/pharmacy/giving.py)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy.giving import void_given
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import QWidget, Signal
from vetdesk.ui.widgets.reason_dialog import ReasonDialog, ReasonTexts


class VoidGivenDialog(ReasonDialog):
    voided = Signal()

    def __init__(self, ops: Operations, ctx: ServiceContext, actor: Actor, given_id: uuid.UUID,
                 product: str, parent: QWidget | None = None) -> None:
        self.ctx, self.actor, self.given_id = ctx, actor, given_id
        super().__init__(ops, ReasonTexts(
            title=self.tr("Void the record?"),
            question=self.tr(
                "Void the record of {product}? It cannot be undone: the record and its journal "
                "note stay, marked void with your reason, and it leaves the VetReg list."
            ).format(product=product),
            reason_label=self.tr("Reason *"),
            placeholder=self.tr("Reason (required), e.g. wrong animal"),
            accessible_name=self.tr("Reason for voiding"),
            confirm=self.tr("Void record"),
            reason_missing=self.tr("Give the reason to void it."),
            keep=self.tr("Keep it"),
        ), 460, 260, parent)

    def save(self, reason: str) -> Callable[[], object]:
        ctx, actor, given_id = self.ctx, self.actor, self.given_id
        return lambda: void_given(ctx, actor, given_id, reason)

    def saved(self, result: object) -> None:
        self.voided.emit()
