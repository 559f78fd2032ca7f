"""Signing: a draft becomes an immutable entry (same id) with its first version.

The draft row, its attachments and the new entry change in one transaction: either the entry
exists signed, with its files copied and its hash in the animal's chain, or the draft is still
there untouched.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from vetdesk.db.models import (
    JournalAttachment,
    JournalDraft,
    JournalDraftAttachment,
    JournalEntry,
)
from vetdesk.db.security import journal_writes
from vetdesk.domain.codes import AuditAction, JournalKind, Requester, VersionAction
from vetdesk.domain.integrity import version_anchor
from vetdesk.errors import NotFound
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import server_writes
from vetdesk.services.journal.drafts import _refuse_if_signed, ensure_author
from vetdesk.services.journal.recalls import (
    OpenRecall,
    RecallPlan,
    RuleFact,
    apply_plan,
    load_facts,
    plan_recalls,
    updates_recalls,
)
from vetdesk.services.journal.records import (
    AnimalFacts,
    VersionFields,
    animal_facts,
    append_version,
)
from vetdesk.services.journal.types import SignResult
from vetdesk.services.journal.validation import check_for_signing, raise_if_blocked
from vetdesk.services.permissions import Actor, Permission, require


def sign_draft(
    ctx: ServiceContext, actor: Actor, draft_id: uuid.UUID, *, accept_warnings: bool = False
) -> SignResult:
    """Sign one's own draft. Errors (empty required fields, a future event time, impossible
    values) refuse; plausibility warnings refuse until ``accept_warnings`` confirms them."""
    require(actor, Permission.SIGN_JOURNAL)
    if ctx.db.dialect == "postgresql":
        signed = _sign_on_server(ctx, actor, draft_id, accept_warnings=accept_warnings)
        if signed is not None:
            return signed
    with ctx.db.transaction() as session:
        # FOR UPDATE: a concurrent signer (or the lock sweep) waits, then finds it gone.
        draft = session.get(JournalDraft, draft_id, with_for_update=True)
        if draft is None:
            _refuse_if_signed(session, draft_id)
            raise NotFound(_("That draft no longer exists (it was discarded)."))
        ensure_author(session, draft, actor)
        facts = animal_facts(session, draft.animal_id)
        check = check_for_signing(
            kind=JournalKind(draft.kind), content=draft.content, event_time=draft.event_time,
            weight_kg=draft.weight_kg, temperature_c=draft.temperature_c,
            species=facts.species, is_group=facts.is_group, now=ctx.clock.now(),
            help_requested_at=draft.help_requested_at,
        )
        raise_if_blocked(check, accept_warnings=accept_warnings)
        return sign_in_session(session, ctx, actor, draft, facts, auto_locked=False)


def _sign_on_server(
    ctx: ServiceContext, actor: Actor, draft_id: uuid.UUID, *, accept_warnings: bool
) -> SignResult | None:
    """Two round trips: read and check, then one call that signs (server_writes), with the
    recalls a vaccination or an operation completes and sets. None where the table-by-table
    path must speak instead: a draft this person cannot see (discarded, signed, another's)
    says why there."""
    with ctx.db.reading() as session:
        found = server_writes.draft_to_sign(session, draft_id)
    if found is None or found.draft.author_id != actor.user_id:
        return None
    draft = found.draft
    check = check_for_signing(
        kind=JournalKind(draft.kind), content=draft.content, event_time=draft.event_time,
        weight_kg=draft.weight_kg, temperature_c=draft.temperature_c,
        species=found.facts.species, is_group=found.facts.is_group, now=ctx.clock.now(),
        help_requested_at=draft.help_requested_at,
    )
    raise_if_blocked(check, accept_warnings=accept_warnings)
    now = ctx.clock.now()
    plan = _plan(ctx, draft, found.facts, found.rules, found.open_recalls)
    try:
        written = server_writes.sign(ctx, actor, found, _first_version(draft), now, plan)
    except DBAPIError as exc:
        code = server_writes.sqlstate(exc)
        if code == journal_writes.DRAFT_GONE:
            return None  # signed or discarded meanwhile: the other path says which
        if code == journal_writes.DRAFT_CHANGED:
            raise server_writes.changed_meanwhile() from None
        if code == journal_writes.CHAIN_BUSY:
            raise server_writes.chain_busy() from None
        raise
    return SignResult(
        entry_id=draft.id, version_id=written.version_id, version_no=1, signed_at=now,
        auto_locked=False, hash=written.hash, completed_recalls=written.completed_recalls,
        new_recall_id=written.new_recall_id,
    )


def _plan(ctx: ServiceContext, draft: JournalDraft, facts: AnimalFacts,
          rules: Sequence[RuleFact], open_recalls: Sequence[OpenRecall]) -> RecallPlan:
    return plan_recalls(
        kind=draft.kind, content=draft.content,
        done_on=draft.event_time.astimezone(ctx.zone).date(), species=facts.species.value,
        rules=rules, open_recalls=open_recalls,
    )


def _first_version(draft: JournalDraft) -> VersionFields:
    return VersionFields(
        version_no=1, action=VersionAction.SIGN, event_time=draft.event_time,
        # The lock sweep signs what was written as it is, even a request time after the event.
        help_requested_at=draft.help_requested_at or draft.event_time,
        content={k: v for k, v in draft.content.items() if v.strip()},
        weight_kg=draft.weight_kg, temperature_c=draft.temperature_c,
        confidential=draft.confidential, reason=None, requested_by=Requester.CLINIC,
        author_id=draft.author_id,
    )


def sign_in_session(
    session: Session,
    ctx: ServiceContext,
    actor: Actor | None,
    draft: JournalDraft,
    facts: AnimalFacts,
    *,
    auto_locked: bool,
) -> SignResult:
    """Turn the draft into an entry plus version 1, in the author's name; audited."""
    now = ctx.clock.now()
    entry = JournalEntry(
        id=draft.id, animal_id=draft.animal_id, author_id=draft.author_id, kind=draft.kind,
        started_at=draft.started_at, signed_at=now, signed_by_id=draft.author_id,
        auto_locked=auto_locked,
    )
    session.add(entry)
    session.flush()
    # The files first: version 1's hash covers them.
    _copy_attachments(session, draft, now)
    version = append_version(session, entry, _first_version(draft), now)
    session.delete(draft)
    plan = RecallPlan()
    new_recall: int | None = None
    if updates_recalls(draft.kind, draft.content):
        plan = _plan(ctx, draft, facts, *load_facts(session, facts.id, draft.kind))
        new_recall = apply_plan(session, plan, entry_id=entry.id, animal_id=facts.id,
                                client_id=facts.owner_id, now=now)
    details: dict[str, object] = {"version": 1, "kind": draft.kind, "chain_seq": version.chain_seq,
                                  **version_anchor({version.id: version.hash})}
    if auto_locked:
        details["auto_locked"] = True
        details["author_id"] = draft.author_id
    audit.record(
        session, ctx, actor, AuditAction.CREATE, entity_type="journal_entry",
        entity_id=entry.id.hex, animal_id=facts.id, client_id=facts.owner_id, details=details,
        username="autolock" if actor is None else None,
    )
    return SignResult(
        entry_id=entry.id, version_id=version.id, version_no=1, signed_at=now,
        auto_locked=auto_locked, hash=version.hash, completed_recalls=plan.complete,
        new_recall_id=new_recall,
    )


def _copy_attachments(session: Session, draft: JournalDraft, now: dt.datetime) -> None:
    rows = session.execute(
        select(JournalDraftAttachment).where(JournalDraftAttachment.draft_id == draft.id)
    ).scalars().all()
    for row in rows:
        session.add(JournalAttachment(
            id=row.id, entry_id=draft.id, filename=row.filename, media_type=row.media_type,
            size_bytes=row.size_bytes, sha256=row.sha256, data=row.data,
            added_at=row.added_at, added_by_id=draft.author_id,
        ))
    if rows:
        session.flush()
        session.execute(
            delete(JournalDraftAttachment).where(JournalDraftAttachment.draft_id == draft.id)
        )
