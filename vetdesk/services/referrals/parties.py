"""The register of recipients: specialists, animal hospitals and laboratories.

Added, edited and deactivated by whoever may keep the register (MANAGE_RECIPIENTS: the vets
who refer, the manager, the administrator). An edit carries the version the form was loaded
with; a second desk's stale save is refused with "changed by NAME at TIME", as for clients.
A recipient is deactivated, never deleted: old referrals keep naming it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from vetdesk.db.models import ExternalParty, User
from vetdesk.domain.client_rules import check_email
from vetdesk.domain.codes import AuditAction
from vetdesk.domain.phones import PhoneError, parse_phone
from vetdesk.domain.text import clean_line, fold
from vetdesk.errors import NotFound, ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.conflicts import RecordChangedError
from vetdesk.services.context import ServiceContext
from vetdesk.services.local_time import clinic_zone
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.referrals.types import PartyInfo, PartyInput

ENTITY = "external_party"
_LIMITS = {"name": 200, "speciality": 200, "address": 300, "email": 254}


def list_parties(ctx: ServiceContext, actor: Actor, *, laboratories: bool | None = None,
                 include_inactive: bool = False) -> list[PartyInfo]:
    """The register by name; deactivated recipients only when asked (Settings shows them, so
    they can be turned back on; the referral dialog does not offer them)."""
    require(actor, Permission.VIEW_CLIENTS)
    stmt = select(ExternalParty)
    if not include_inactive:
        stmt = stmt.where(ExternalParty.active.is_(True))
    if laboratories is not None:
        stmt = stmt.where(ExternalParty.is_laboratory.is_(laboratories))
    with ctx.db.reading() as session:
        return [party_info(p) for p in session.execute(stmt.order_by(ExternalParty.name))
                .scalars()]


def party_info(row: ExternalParty) -> PartyInfo:
    return PartyInfo(row.id, row.name, row.speciality, bool(row.is_laboratory), row.address,
                     row.phone, row.email, active=bool(row.active), version=row.version)


@dataclass(frozen=True)
class _Clean:
    name: str
    speciality: str | None
    is_laboratory: bool
    address: str | None
    phone: str | None
    email: str | None


def check_party(form: PartyInput) -> dict[str, str]:
    """What is wrong with the form, field by field (empty when it may be saved)."""
    problems: dict[str, str] = {}
    if not clean_line(form.name):
        problems["name"] = _("Enter the recipient's name.")
    for name, limit in _LIMITS.items():
        if len(clean_line(getattr(form, name))) > limit:
            problems[name] = _("Shorten this to {limit} characters.").format(limit=limit)
    if form.phone.strip():
        try:
            parse_phone(form.phone)
        except PhoneError as exc:
            problems["phone"] = str(exc)
    if "email" not in problems:
        error, _address = check_email(form.email)
        if error:
            problems["email"] = error
    return problems


def _cleaned(form: PartyInput) -> _Clean:
    problems = check_party(form)
    if problems:
        raise ValidationError(next(iter(problems.values())), problems)
    _error, email = check_email(form.email)
    return _Clean(
        name=clean_line(form.name), speciality=clean_line(form.speciality) or None,
        is_laboratory=form.is_laboratory, address=clean_line(form.address) or None,
        phone=parse_phone(form.phone).e164 if form.phone.strip() else None, email=email)


def add_party(ctx: ServiceContext, actor: Actor, form: PartyInput) -> PartyInfo:
    require(actor, Permission.MANAGE_RECIPIENTS)
    clean = _cleaned(form)
    with ctx.db.transaction() as session:
        same = _same_name(session, clean.name)
        if same is not None:
            if _as_clean(same) == clean and same.active:
                # A retry after a lost connection, or a second click: the first one stands.
                return party_info(same)
            message = (_("{name} is already in the register; choose it, or edit it in "
                         "Settings → Referral recipients.") if same.active else
                       _("{name} is in the register but deactivated; activate it again in "
                         "Settings → Referral recipients.")).format(name=same.name)
            raise ValidationError(message, {"name": message})
        row = ExternalParty(name=clean.name, speciality=clean.speciality,
                            is_laboratory=clean.is_laboratory, address=clean.address,
                            phone=clean.phone, email=clean.email, active=True,
                            updated_at=ctx.clock.now(), updated_by_id=actor.user_id)
        session.add(row)
        session.flush()
        audit.record(session, ctx, actor, AuditAction.CREATE, entity_type=ENTITY,
                     entity_id=row.id)
        return party_info(row)


def _same_name(session: Session, name: str) -> ExternalParty | None:
    """The recipient already called ``name``, as people type it (case and æøå folded)."""
    wanted = fold(name)
    return next((row for row in session.execute(select(ExternalParty)).scalars()
                 if fold(row.name) == wanted), None)


def _as_clean(row: ExternalParty) -> _Clean:
    return _Clean(row.name, row.speciality, bool(row.is_laboratory), row.address, row.phone,
                  row.email)


def edit_party(ctx: ServiceContext, actor: Actor, party_id: int, form: PartyInput, *,
               expected_version: int) -> PartyInfo:
    """Save the edited details; refused with "changed by NAME at TIME" when stale."""
    require(actor, Permission.MANAGE_RECIPIENTS)
    clean = _cleaned(form)
    with _lost_race(ctx, party_id), ctx.db.transaction() as session:
        row = _current(session, ctx, party_id, expected_version)
        before = party_info(row)
        row.name, row.speciality, row.is_laboratory = (clean.name, clean.speciality,
                                                       clean.is_laboratory)
        row.address, row.phone, row.email = clean.address, clean.phone, clean.email
        after = party_info(row)
        changed = sorted(f for f in ("name", "speciality", "is_laboratory", "address", "phone",
                                     "email") if getattr(before, f) != getattr(after, f))
        return _saved(session, ctx, actor, row, changed)


def set_party_active(ctx: ServiceContext, actor: Actor, party_id: int, active: bool, *,
                     expected_version: int) -> PartyInfo:
    """Deactivate (no longer offered for new referrals) or bring back a recipient."""
    require(actor, Permission.MANAGE_RECIPIENTS)
    with _lost_race(ctx, party_id), ctx.db.transaction() as session:
        row = _current(session, ctx, party_id, expected_version)
        if bool(row.active) == active:
            return party_info(row)
        row.active = active
        return _saved(session, ctx, actor, row, ["active"])


def _current(session: Session, ctx: ServiceContext, party_id: int, expected_version: int
             ) -> ExternalParty:
    row = session.get(ExternalParty, party_id)
    if row is None:
        raise NotFound(_("That recipient is not in the register; reload the list."))
    if row.version != expected_version:
        raise _changed(session, ctx, row)
    return row


def _saved(session: Session, ctx: ServiceContext, actor: Actor, row: ExternalParty,
           changed: list[str]) -> PartyInfo:
    if changed:
        row.updated_at = ctx.clock.now()
        row.updated_by_id = actor.user_id
        session.flush()
        audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type=ENTITY,
                     entity_id=row.id, details={"fields": changed})
    return party_info(row)


def _changed(session: Session, ctx: ServiceContext, row: ExternalParty) -> RecordChangedError:
    name = _("another user")
    if row.updated_by_id is not None:
        name = session.execute(select(User.full_name).where(User.id == row.updated_by_id)
                               ).scalar_one_or_none() or name
    # Rows from before migration 0013 have no time of change.
    return RecordChangedError(row.name, name, row.updated_at or ctx.clock.now(),
                              clinic_zone(session))


@contextmanager
def _lost_race(ctx: ServiceContext, party_id: int) -> Iterator[None]:
    """The version check passed but another desk committed first (the UPDATE found its
    version gone): read who won, in a fresh session."""
    try:
        yield
    except StaleDataError as exc:
        with ctx.db.reading() as session:
            row = session.get(ExternalParty, party_id)
            if row is None:
                raise NotFound(_("That recipient is not in the register; reload the "
                                 "list.")) from exc
            raise _changed(session, ctx, row) from exc
