"""What leaves the clinic: entries for a referral letter, an owner's access export, and the
journaled record of an owner's request for access or correction.

Confidential entries stay out of referral letters unless chosen one by one; an owner's access
export has everything, confidential and voided included, with every version (the owner's
right of access covers the record as it is, history and all).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import Animal, JournalDraft, JournalEntry, JournalVersion, Ownership
from vetdesk.domain.codes import AuditAction, JournalKind, VersionAction
from vetdesk.errors import ConflictError, PermissionDenied
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal.history import load_entry_details
from vetdesk.services.journal.records import animal_facts, clinic_zone, is_current_version
from vetdesk.services.journal.signing import sign_in_session
from vetdesk.services.journal.types import AnimalJournal, EntryDetail, SignResult
from vetdesk.services.journal.validation import check_for_signing, raise_if_blocked
from vetdesk.services.permissions import Actor, Permission, require


def entries_for_referral(
    session: Session,
    animal_id: int,
    entry_ids: Sequence[uuid.UUID] | None = None,
    *,
    include_confidential: bool = False,
) -> list[EntryDetail]:
    """Signed entries to quote in a referral, oldest first. Voided entries never go; confidential
    ones only with ``include_confidential`` (the vet ticked them)."""
    stmt = select(JournalVersion.entry_id).where(
        JournalVersion.animal_id == animal_id, is_current_version(),
        JournalVersion.action != VersionAction.VOID.value,
    )
    if not include_confidential:
        stmt = stmt.where(JournalVersion.confidential.is_(False))
    if entry_ids is not None:
        stmt = stmt.where(JournalVersion.entry_id.in_(list(entry_ids)))
    return load_entry_details(session, session.execute(stmt).scalars().all())


def journal_for_access_export(session: Session, client_id: int) -> list[AnimalJournal]:
    """Every journal entry about the client's animals: all of a current animal's entries, and
    of an earlier animal those from while the client owned it."""
    periods: dict[int, list[tuple[dt.date | None, dt.date | None]]] = {}
    names: dict[int, str] = {}
    for animal_id, name in session.execute(
        select(Animal.id, Animal.name).where(Animal.owner_id == client_id)
    ):
        periods[animal_id] = [(None, None)]
        names[animal_id] = name
    for animal_id, name, started, ended in session.execute(
        select(Ownership.animal_id, Animal.name, Ownership.started_on, Ownership.ended_on)
        .join(Animal, Animal.id == Ownership.animal_id)
        .where(Ownership.client_id == client_id)
    ):
        names[animal_id] = name
        if periods.get(animal_id) != [(None, None)]:
            periods.setdefault(animal_id, []).append((started, ended))
    if not periods:
        return []
    entry_ids = session.execute(
        select(JournalEntry.id).where(JournalEntry.animal_id.in_(list(periods)))
    ).scalars().all()
    zone = clinic_zone(session)
    journals: dict[int, list[EntryDetail]] = {animal_id: [] for animal_id in periods}
    for detail in load_entry_details(session, entry_ids):
        day = detail.current.event_time.astimezone(zone).date()
        if any(_within(day, start, end) for start, end in periods[detail.animal_id]):
            journals[detail.animal_id].append(detail)
    return [
        AnimalJournal(animal_id, names[animal_id], tuple(entries))
        for animal_id, entries in sorted(journals.items())
    ]


def owner_journal_export(
    ctx: ServiceContext, actor: Actor, client_id: int
) -> list[AnimalJournal]:
    """The journal part of an owner's access export (privacy manager); audited as an export."""
    require(actor, Permission.MANAGE_PRIVACY)
    with ctx.db.transaction() as session:
        journals = journal_for_access_export(session, client_id)
        audit.record(
            session, ctx, actor, AuditAction.EXPORT, entity_type="journal",
            client_id=client_id,
            details={"purpose": "access", "entries": sum(len(j.entries) for j in journals)},
        )
        return journals


def _within(day: dt.date, start: dt.date | None, end: dt.date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


@dataclass(frozen=True)
class AccessRequest:
    """An owner asked to see, or to correct, the journal: journaled with the decision."""

    animal_id: int
    request_type: str  # "access" or "correction"
    received_on: dt.date
    request: str
    decision: str  # "pending", "granted", "partly_granted" or "refused"
    decision_reason: str = ""
    id: uuid.UUID | None = None


def record_access_request(ctx: ServiceContext, actor: Actor, request: AccessRequest) -> SignResult:
    """Journal the owner's request and the decision as a signed entry of kind access_request."""
    if not (actor.can(Permission.SIGN_JOURNAL) or actor.can(Permission.MANAGE_PRIVACY)):
        raise PermissionDenied(_(
            "{name} may not record an owner's request in the journal; ask a vet or "
            "the practice manager."
        ).format(name=actor.full_name))
    content = {
        "request_type": request.request_type, "received_on": request.received_on.isoformat(),
        "request": request.request, "decision": request.decision,
        "decision_reason": request.decision_reason,
    }
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        facts = animal_facts(session, request.animal_id)
        check = check_for_signing(
            kind=JournalKind.ACCESS_REQUEST, content=content, event_time=now, weight_kg=None,
            temperature_c=None, species=facts.species, is_group=facts.is_group, now=now,
        )
        raise_if_blocked(check, accept_warnings=False)
        if request.id is not None and _id_taken(session, request.id):
            # A retry after a lost connection (the id is made by the caller): never twice.
            raise ConflictError(_(
                "This request is already in the journal; it was not recorded a second time."
            ))
        draft = JournalDraft(
            id=request.id or uuid.uuid4(), animal_id=request.animal_id,
            author_id=actor.user_id, kind=JournalKind.ACCESS_REQUEST.value, event_time=now,
            help_requested_at=None,
            content={k: v for k, v in content.items() if v.strip()}, weight_kg=None,
            temperature_c=None, confidential=False, started_at=now, saved_at=now,
        )
        session.add(draft)
        session.flush()
        return sign_in_session(session, ctx, actor, draft, facts, auto_locked=False)


def _id_taken(session: Session, entry_id: uuid.UUID) -> bool:
    for model in (JournalEntry, JournalDraft):
        if session.execute(select(model.id).where(model.id == entry_id)).first() is not None:
            return True
    return False
