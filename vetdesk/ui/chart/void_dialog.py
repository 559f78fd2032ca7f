"""Void an entry (written on the wrong animal): it destroys the entry's meaning, so confirm,
with a mandatory reason. The entry stays readable in the history, struck through."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from vetdesk.domain.codes import Requester
from vetdesk.services import journal
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import NewVersion, TimelineItem
from vetdesk.services.permissions import Actor
from vetdesk.ui.chart.formatting import date_time_text, kind_label
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import QWidget, Signal
from vetdesk.ui.widgets.reason_dialog import ReasonDialog, ReasonTexts


class VoidDialog(ReasonDialog):
    voided = Signal(object)  # NewVersion

    def __init__(self, ops: Operations, ctx: ServiceContext, actor: Actor, item: TimelineItem,
                 parent: QWidget | None = None) -> None:
        self.ctx, self.actor, self.item = ctx, actor, item
        self.result_version: NewVersion | None = None
        super().__init__(ops, ReasonTexts(
            title=self.tr("Void entry?"),
            question=self.tr(
                "Void the {kind} of {when} by {author}?\n\nUse this for an entry written on the "
                "wrong animal. It cannot be undone: the entry stays readable in the history, "
                "struck through with your reason, and leaves printouts unless asked for."
            ).format(kind=kind_label(item.kind).lower(),
                     when=date_time_text(item.event_time, ctx.zone), author=item.author_name),
            reason_label=self.tr("Reason *"),
            placeholder=self.tr("Reason (required), e.g. written on the wrong "
                                "animal"),
            accessible_name=self.tr("Reason for voiding"),
            confirm=self.tr("Void entry"),
            reason_missing=self.tr("Give the reason to void the entry."),
        ), 480, 300, parent)
        self.reason.setObjectName("voidReason")
        self.void_button = self.confirm_button

    def save(self, reason: str) -> Callable[[], object]:
        ctx, actor, item, reason = self.ctx, self.actor, self.item, reason.strip()
        return lambda: journal.void_entry(ctx, actor, item.entry_id, reason=reason,
                                          expected_version_no=item.version_no,
                                          requested_by=Requester.CLINIC)

    def saved(self, result: object) -> None:
        version = cast(NewVersion, result)
        self.result_version = version
        self.voided.emit(version)
