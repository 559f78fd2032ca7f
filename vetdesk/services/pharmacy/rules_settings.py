"""The clinic's two prescription settings: HPR number required, vets may cancel each other's."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from vetdesk.db.models import Clinic
from vetdesk.domain.codes import AuditAction
from vetdesk.errors import NotFound
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require


@dataclass(frozen=True)
class PrescriptionRules:
    hpr_required: bool
    cancel_others: bool


def set_prescription_rules(ctx: ServiceContext, actor: Actor, *, hpr_required: bool | None = None,
                           cancel_others: bool | None = None) -> PrescriptionRules:
    """Change either setting (None leaves it); the settings as they now are."""
    require(actor, Permission.MANAGE_SETTINGS)
    with ctx.db.transaction() as session:
        clinic = session.execute(select(Clinic).limit(1)).scalar_one_or_none()
        if clinic is None:
            raise NotFound(_("The clinic is not set up yet; start the program once first."))
        changed = []
        if hpr_required is not None and hpr_required != clinic.prescription_hpr_required:
            clinic.prescription_hpr_required = hpr_required
            changed.append("prescription_hpr_required")
        if cancel_others is not None and cancel_others != clinic.cancel_others_prescriptions:
            clinic.cancel_others_prescriptions = cancel_others
            changed.append("cancel_others_prescriptions")
        if changed:
            audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="clinic",
                         entity_id=clinic.id, details={"fields": changed})
        return PrescriptionRules(bool(clinic.prescription_hpr_required),
                                 bool(clinic.cancel_others_prescriptions))
