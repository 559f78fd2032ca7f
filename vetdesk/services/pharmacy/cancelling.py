"""Cancelling an issued prescription: a new row with the reason, never an edit.

Only its own prescriber cancels it, unless the clinic lets vets cancel each other's
(``clinic.cancel_others_prescriptions``); on PostgreSQL the stamping trigger refuses the same
(vetdesk/db/security/stamping.py).
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from vetdesk.db.models import Clinic, Prescription, PrescriptionCancellation, User
from vetdesk.domain.codes import AuditAction, PrescriptionStatus
from vetdesk.domain.prescription_rules import REASON_MAX
from vetdesk.domain.text import clean_multiline
from vetdesk.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.pharmacy.issuing import ENTITY


def cancel_prescription(ctx: ServiceContext, actor: Actor, prescription_id: uuid.UUID,
                        reason: str) -> None:
    require(actor, Permission.PRESCRIBE)
    reason = clean_multiline(reason).strip()
    if not reason:
        raise ValidationError(_("Write why the prescription is cancelled."),
                              {"reason": _("Write why the prescription is cancelled.")})
    if len(reason) > REASON_MAX:
        raise ValidationError(_("Shorten the reason to {limit} characters.").format(
            limit=REASON_MAX), {"reason": _("Too long.")})
    with ctx.db.transaction() as session:
        row = session.get(Prescription, prescription_id)
        if row is None:
            raise NotFound(_("That prescription does not exist; search for the animal again."))
        done = session.execute(select(PrescriptionCancellation.id).where(
            PrescriptionCancellation.prescription_id == prescription_id)).first()
        if done is not None:
            raise ConflictError(_("This prescription is already cancelled."))
        if row.prescriber_id != actor.user_id and not session.execute(
                select(Clinic.cancel_others_prescriptions).limit(1)).scalar():
            name = session.execute(
                select(User.full_name).where(User.id == row.prescriber_id)).scalar()
            raise PermissionDenied(_(
                "Only {name}, who issued it, may cancel this prescription (the clinic's "
                "settings do not let vets cancel each other's).").format(name=name))
        session.add(PrescriptionCancellation(
            prescription_id=prescription_id, status=PrescriptionStatus.CANCELLED.value,
            reason=reason, cancelled_at=ctx.clock.now(), cancelled_by_id=actor.user_id,
        ))
        session.flush()
        audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type=ENTITY,
                     entity_id=prescription_id.hex, animal_id=row.animal_id,
                     client_id=row.client_id, details={"cancelled": True})
