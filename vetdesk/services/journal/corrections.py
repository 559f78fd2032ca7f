"""Corrections and voiding: never overwrite, never delete; add a version.

A correction carries its reason, who asked for it (the clinic or the owner), its author and
time; a void keeps the text and adds the reason (an entry written on the wrong animal). The
previous versions stay readable in the entry's history.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from vetdesk.db.models import JournalEntry, JournalVersion, User
from vetdesk.db.security import journal_writes
from vetdesk.domain.codes import AuditAction, JournalKind, Requester, VersionAction
from vetdesk.domain.integrity import version_anchor
from vetdesk.domain.text import clean_multiline
from vetdesk.errors import ConflictError, NotFound, ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import server_writes
from vetdesk.services.journal.records import (
    AnimalFacts,
    VersionFields,
    animal_facts,
    append_version,
)
from vetdesk.services.journal.types import Correction, NewVersion
from vetdesk.services.journal.validation import (
    check_for_signing,
    quantised,
    raise_if_blocked,
    storable_content,
)
from vetdesk.services.permissions import Actor, Permission, require

MAX_REASON_LENGTH = 2_000


def correct_entry(
    ctx: ServiceContext, actor: Actor, correction: Correction, *, accept_warnings: bool = False
) -> NewVersion:
    require(actor, Permission.SIGN_JOURNAL)
    reason = _reason(correction.reason, _("correction"))
    weight, temperature = quantised(correction.weight_kg, correction.temperature_c)
    if ctx.db.dialect == "postgresql":
        # Two round trips: read and check, then one call that adds the version and its audit
        # row (server_writes).
        found = _read_for_change(ctx, correction.entry_id, correction.expected_version_no)
        fields = _correction_fields(ctx, actor, correction, found.entry, found.current,
                                    found.facts, reason, weight, temperature,
                                    accept_warnings=accept_warnings)
        return _add_on_server(ctx, actor, found, fields, correction.expected_version_no)
    with ctx.db.transaction() as session:
        entry, current = _entry_and_current(session, correction.entry_id)
        _refuse_stale(session, current, correction.expected_version_no)
        facts = animal_facts(session, entry.animal_id)
        fields = _correction_fields(ctx, actor, correction, entry, current, facts, reason,
                                    weight, temperature, accept_warnings=accept_warnings)
        version = append_version(session, entry, fields, ctx.clock.now())
        _audit(session, ctx, actor, entry, version, facts.owner_id)
        return _new_version(version)


def _correction_fields(
    ctx: ServiceContext, actor: Actor, correction: Correction, entry: JournalEntry,
    current: JournalVersion, facts: AnimalFacts, reason: str, weight: Decimal | None,
    temperature: Decimal | None, *, accept_warnings: bool,
) -> VersionFields:
    """The correction as the next version, checked as for signing (the same on both
    engines, before anything is written)."""
    if current.action == VersionAction.VOID.value:
        raise ConflictError(_("This entry is voided and stays as it is; write a new entry."))
    kind = JournalKind(entry.kind)
    content = {
        k: v for k, v in storable_content(kind, correction.content).items() if v.strip()
    }
    requested = _help_requested_at(correction, current)
    check = check_for_signing(
        kind=kind, content=content, event_time=correction.event_time, weight_kg=weight,
        temperature_c=temperature, species=facts.species, is_group=facts.is_group,
        now=ctx.clock.now(), help_requested_at=requested,
    )
    raise_if_blocked(check, accept_warnings=accept_warnings)
    unchanged = (
        content == current.content and correction.event_time == current.event_time
        and requested == current.help_requested_at
        and weight == current.weight_kg and temperature == current.temperature_c
        and correction.confidential == current.confidential
    )
    if unchanged:
        raise ValidationError(
            _("Nothing was changed; edit the entry or cancel the correction."),
            {"content": _("No change.")},
        )
    return VersionFields(
        version_no=current.version_no + 1, action=VersionAction.CORRECT,
        event_time=correction.event_time, help_requested_at=requested,
        content=content, weight_kg=weight,
        temperature_c=temperature, confidential=correction.confidential, reason=reason,
        requested_by=Requester(correction.requested_by), author_id=actor.user_id,
    )


def _read_for_change(
    ctx: ServiceContext, entry_id: uuid.UUID, expected_version_no: int
) -> server_writes.EntryToChange:
    with ctx.db.reading() as session:
        found = server_writes.entry_to_change(session, entry_id)
        if found is None:
            raise NotFound(_("That journal entry does not exist or is not signed yet."))
        _refuse_stale(session, found.current, expected_version_no)
    return found


def _add_on_server(
    ctx: ServiceContext, actor: Actor, found: server_writes.EntryToChange,
    fields: VersionFields, expected_version_no: int,
) -> NewVersion:
    now = ctx.clock.now()
    try:
        written = server_writes.add_version(ctx, actor, found, fields, now)
    except DBAPIError as exc:
        code = server_writes.sqlstate(exc)
        if code == journal_writes.VERSION_TAKEN:
            # Someone added a version since it was read: say who, as when it was read.
            _read_for_change(ctx, found.entry.id, expected_version_no)
            raise server_writes.changed_meanwhile() from None
        if code == journal_writes.CHAIN_BUSY:
            raise server_writes.chain_busy() from None
        raise
    return NewVersion(
        entry_id=found.entry.id, version_id=written.version_id, version_no=fields.version_no,
        action=fields.action, created_at=now, hash=written.hash,
    )


def void_entry(
    ctx: ServiceContext,
    actor: Actor,
    entry_id: uuid.UUID,
    *,
    reason: str,
    expected_version_no: int,
    requested_by: Requester = Requester.CLINIC,
) -> NewVersion:
    """Mark an entry void (for example written on the wrong animal); it stays readable."""
    require(actor, Permission.SIGN_JOURNAL)
    text = _reason(reason, _("voiding"))
    if ctx.db.dialect == "postgresql":
        found = _read_for_change(ctx, entry_id, expected_version_no)
        return _add_on_server(ctx, actor, found,
                              _void_fields(actor, found.current, text, requested_by),
                              expected_version_no)
    with ctx.db.transaction() as session:
        entry, current = _entry_and_current(session, entry_id)
        _refuse_stale(session, current, expected_version_no)
        facts = animal_facts(session, entry.animal_id)
        version = append_version(session, entry,
                                 _void_fields(actor, current, text, requested_by),
                                 ctx.clock.now())
        _audit(session, ctx, actor, entry, version, facts.owner_id)
        return _new_version(version)


def void_in_transaction(session: Session, ctx: ServiceContext, actor: Actor,
                        entry_id: uuid.UUID, reason: str) -> JournalVersion | None:
    """Void an entry as one step of a caller's transaction, when what the entry records is
    voided with it (medicine given, services/pharmacy/giving.py); None when it already is.
    The caller has checked its own permission and the reason."""
    entry, current = _entry_and_current(session, entry_id)
    if current.action == VersionAction.VOID.value:
        return None
    facts = animal_facts(session, entry.animal_id)
    version = append_version(session, entry,
                             _void_fields(actor, current, reason, Requester.CLINIC),
                             ctx.clock.now())
    _audit(session, ctx, actor, entry, version, facts.owner_id)
    return version


def _void_fields(
    actor: Actor, current: JournalVersion, reason: str, requested_by: Requester
) -> VersionFields:
    if current.action == VersionAction.VOID.value:
        raise ConflictError(_("This entry is already voided."))
    return VersionFields(
        version_no=current.version_no + 1, action=VersionAction.VOID,
        event_time=current.event_time, help_requested_at=current.help_requested_at,
        content=dict(current.content),
        weight_kg=current.weight_kg, temperature_c=current.temperature_c,
        confidential=current.confidential, reason=reason,
        requested_by=Requester(requested_by), author_id=actor.user_id,
    )


def _help_requested_at(correction: Correction, current: JournalVersion) -> dt.datetime:
    """The corrected time help was asked for. Not given: the current one, which moves with
    the event time where the two were the same (nothing set apart is lost by a correction
    that only touched the text)."""
    if correction.help_requested_at is not None:
        return correction.help_requested_at
    if current.help_requested_at == current.event_time:
        return correction.event_time
    return current.help_requested_at


def _reason(reason: str, what: str) -> str:
    # NUL, lone surrogates and invisible characters removed, as for every text (domain/text.py).
    text = clean_multiline(reason or "").strip()
    if not text:
        raise ValidationError(
            _("Give the reason for the {what}; it is kept with the entry.").format(what=what),
            {"reason": _("A reason is required.")},
        )
    if len(text) > MAX_REASON_LENGTH:
        raise ValidationError(
            _("The reason is longer than {limit} characters; shorten it.").format(
                limit=MAX_REASON_LENGTH),
            {"reason": _("Too long.")},
        )
    return text


def _entry_and_current(
    session: Session, entry_id: uuid.UUID
) -> tuple[JournalEntry, JournalVersion]:
    entry = session.get(JournalEntry, entry_id)
    if entry is None:
        raise NotFound(_("That journal entry does not exist or is not signed yet."))
    current = session.execute(
        select(JournalVersion).where(JournalVersion.entry_id == entry_id)
        .order_by(JournalVersion.version_no.desc()).limit(1)
    ).scalar_one()
    return entry, current


def _refuse_stale(session: Session, current: JournalVersion, expected: int) -> None:
    if current.version_no == expected:
        return
    who = session.execute(
        select(User.full_name).where(User.id == current.author_id)
    ).scalar() or _("someone")
    raise ConflictError(_(
        "This entry was changed by {who} at {when} UTC; reload "
        "it to see the new version, then correct it again if still needed."
    ).format(who=who, when=f"{current.created_at:%Y-%m-%d %H:%M}"))


def _audit(
    session: Session, ctx: ServiceContext, actor: Actor, entry: JournalEntry,
    version: JournalVersion, owner_id: int,
) -> None:
    audit.record(
        session, ctx, actor, AuditAction.CHANGE, entity_type="journal_entry",
        entity_id=entry.id.hex, animal_id=entry.animal_id, client_id=owner_id,
        details={"version": version.version_no, "action": version.action,
                 "requested_by": version.requested_by, "chain_seq": version.chain_seq,
                 **version_anchor({version.id: version.hash})},
    )


def _new_version(version: JournalVersion) -> NewVersion:
    return NewVersion(
        entry_id=version.entry_id, version_id=version.id, version_no=version.version_no,
        action=VersionAction(version.action), created_at=version.created_at, hash=version.hash,
    )
