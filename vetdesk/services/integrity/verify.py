"""``verify``: a manager's or administrator's check of every chain, itself in the audit log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import AuditEvent
from vetdesk.domain.codes import AuditAction
from vetdesk.domain.integrity import RESEALED_COPY
from vetdesk.errors import ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.integrity.chains import (
    ChainBreak,
    ChainsWalked,
    ChainTip,
    event_with_hash,
    walk_chains,
)
from vetdesk.services.permissions import Actor, Permission, require


@dataclass(frozen=True)
class VerifyReport:
    audit_rows: int
    journal_versions: int
    first_break: ChainBreak | None
    # The tip to write down: this check's own audit event, which chains on everything walked.
    audit_tip: ChainTip | None = None
    attachments: int = 0
    # When the database is an anonymised copy whose chains were re-sealed: when it was made.
    resealed_copy_at: dt.datetime | None = None

    @property
    def ok(self) -> bool:
        return self.first_break is None


def verify_all(
    ctx: ServiceContext, actor: Actor, *, expected_tip: ChainTip | None = None
) -> VerifyReport:
    """Walk every chain; with ``expected_tip`` (from an earlier run or a seal) also prove that
    the audit log still holds that row unchanged, so rows removed from the end are noticed.

    The check is logged whatever it finds (who looked, and whether it held). Its event is
    appended after the walk, so the tip reported is that event: it chains on every row walked,
    and a seal of it also covers the fact that this check was made.
    """
    require(actor, Permission.VERIFY_INTEGRITY)
    misread: int | None = None
    with ctx.db.reading(consistent=True) as session:
        walked = walk_chains(session, expected_tip)
        broke_at_tip = walked.first_break is not None and walked.first_break.against_tip
        if expected_tip is not None and broke_at_tip:
            misread, walked = _tip_copied_wrongly(session, expected_tip, walked)
        resealed_at = session.execute(
            select(AuditEvent.occurred_at).where(
                AuditEvent.entity_type == RESEALED_COPY,
                AuditEvent.action == AuditAction.SETUP.value)
            .order_by(AuditEvent.id.desc()).limit(1)).scalar()
    details = {
        "ok": walked.first_break is None, "audit_rows": walked.audit_rows,
        "journal_versions": walked.journal_versions, "attachments": walked.attachments,
        "tip_checked": expected_tip is not None and misread is None,
    }
    with ctx.db.transaction() as session:
        event_id = audit.record(session, ctx, actor, AuditAction.VIEW,
                                entity_type="integrity_check", details=details)
        tip_hash = session.execute(
            select(AuditEvent.hash).where(AuditEvent.id == event_id)
        ).scalar_one()
    if misread is not None and expected_tip is not None:
        raise ValidationError(_(
            "The tip given, {given}, does not match event {number}, but its digits are those "
            "of event {found}: the number was probably copied wrongly. Check the copy and run "
            "the check again."
        ).format(given=_shown(expected_tip), number=expected_tip.row_id, found=misread))
    return VerifyReport(
        audit_rows=walked.audit_rows, journal_versions=walked.journal_versions,
        first_break=walked.first_break, audit_tip=ChainTip(event_id, tip_hash),
        attachments=walked.attachments, resealed_copy_at=resealed_at,
    )


def _tip_copied_wrongly(
    session: Session, tip: ChainTip, walked: ChainsWalked
) -> tuple[int | None, ChainsWalked]:
    """The event whose hash the tip names, when that is not the event the tip's number names
    and the chain holds unchanged without the tip (then that walk replaces ``walked``). A
    row's hash covers every row before it, so finding it at another place means the number
    was copied wrongly, not that the log was changed."""
    found = event_with_hash(session, tip)
    if found is None or found == tip.row_id:
        return None, walked
    plain = walk_chains(session)
    if plain.first_break is not None:
        return None, walked
    return found, plain


def _shown(tip: ChainTip) -> str:
    return f"{tip.row_id}:{tip.hash[:16]}"
