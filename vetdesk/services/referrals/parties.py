"""The register of recipients: specialists, animal hospitals and laboratories."""

from __future__ import annotations

from sqlalchemy import select

from vetdesk.db.models import ExternalParty
from vetdesk.domain.codes import AuditAction
from vetdesk.domain.text import clean_line
from vetdesk.errors import ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.referrals.types import PartyInfo, PartyInput


def list_parties(ctx: ServiceContext, actor: Actor, *, laboratories: bool | None = None
                 ) -> list[PartyInfo]:
    require(actor, Permission.VIEW_CLIENTS)
    stmt = select(ExternalParty).where(ExternalParty.active.is_(True))
    if laboratories is not None:
        stmt = stmt.where(ExternalParty.is_laboratory.is_(laboratories))
    with ctx.db.reading() as session:
        return [party_info(p) for p in session.execute(stmt.order_by(ExternalParty.name))
                .scalars()]


def party_info(row: ExternalParty) -> PartyInfo:
    return PartyInfo(row.id, row.name, row.speciality, bool(row.is_laboratory), row.address,
                     row.phone, row.email)


def add_party(ctx: ServiceContext, actor: Actor, form: PartyInput) -> PartyInfo:
    require(actor, Permission.MANAGE_SETTINGS)
    name = clean_line(form.name)
    if not name:
        raise ValidationError(_("Enter the recipient's name."),
                              {"name": _("Enter the recipient's name.")})
    if len(name) > 200 or len(form.address) > 300 or len(form.email) > 254:
        raise ValidationError(_("Shorten the name (200), address (300) or e-mail (254 "
                                "characters)."))
    with ctx.db.transaction() as session:
        row = ExternalParty(
            name=name, speciality=clean_line(form.speciality)[:200] or None,
            is_laboratory=form.is_laboratory, address=clean_line(form.address) or None,
            phone=clean_line(form.phone)[:20] or None, email=clean_line(form.email) or None,
            active=True)
        session.add(row)
        session.flush()
        audit.record(session, ctx, actor, AuditAction.CREATE, entity_type="external_party",
                     entity_id=row.id)
        return party_info(row)
