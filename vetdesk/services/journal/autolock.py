"""The lock sweep: drafts older than the clinic's lock period are signed in their author's name.

DOMAIN.md: "An unsigned draft older than the clinic's lock period (default 24 hours) is signed
automatically by its author's name with a note that it was auto-locked." The sweep runs at
program start and from ``vetdesk journal autolock`` (a nightly job on a server). What was
written is locked as it is, even if a required field is empty: the record matters more than
its form. A draft with nothing in it at all is not a record and is discarded (logged).
Each draft is its own transaction, so one problem never holds up the rest.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from vetdesk.db.models import JournalDraft, JournalDraftAttachment
from vetdesk.domain.codes import AuditAction
from vetdesk.domain.text import clean_multiline
from vetdesk.errors import ConflictError
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal.lock_period import lock_hours
from vetdesk.services.journal.records import animal_facts
from vetdesk.services.journal.signing import sign_in_session
from vetdesk.services.journal.types import AutolockReport
from vetdesk.services.journal.validation import has_any_content
from vetdesk.services.permissions import Actor


def lock_stale_drafts(ctx: ServiceContext, actor: Actor | None = None) -> AutolockReport:
    """Sign every draft older than the lock period; ``actor`` is who started the sweep (None
    for a scheduled job). No permission is needed: the sweep enforces the clinic's rule, it
    does not act on anyone's behalf."""
    now = ctx.clock.now()
    with ctx.db.reading() as session:
        cutoff = now - dt.timedelta(hours=lock_hours(session))
        stale = session.execute(
            select(JournalDraft.id).where(JournalDraft.started_at <= cutoff)
            .order_by(JournalDraft.started_at)
        ).scalars().all()
    locked: list[uuid.UUID] = []
    discarded: list[uuid.UUID] = []
    elsewhere: list[uuid.UUID] = []
    for draft_id in stale:
        try:
            outcome = _lock_one(ctx, actor, draft_id, cutoff)
        except (IntegrityError, ConflictError):
            # Another workstation's sweep signed it first.
            outcome = "elsewhere"
        {"locked": locked, "discarded": discarded, "elsewhere": elsewhere}[outcome].append(
            draft_id
        )
    return AutolockReport(tuple(locked), tuple(discarded), tuple(elsewhere))


def _lock_one(
    ctx: ServiceContext, actor: Actor | None, draft_id: uuid.UUID, cutoff: dt.datetime
) -> str:
    with ctx.db.transaction() as session:
        draft = session.get(JournalDraft, draft_id, with_for_update=True)
        if draft is None or draft.started_at > cutoff:
            return "elsewhere"
        facts = animal_facts(session, draft.animal_id)
        files = session.execute(
            select(func.count()).select_from(JournalDraftAttachment)
            .where(JournalDraftAttachment.draft_id == draft_id)
        ).scalar_one()
        if not has_any_content(draft.content, draft.weight_kg, draft.temperature_c, files):
            session.execute(
                delete(JournalDraftAttachment).where(JournalDraftAttachment.draft_id == draft_id)
            )
            session.delete(draft)
            audit.record(
                session, ctx, actor, AuditAction.CHANGE, entity_type="journal_draft",
                entity_id=draft_id.hex, animal_id=facts.id, client_id=facts.owner_id,
                details={"discarded": True, "reason": "empty draft past the lock period",
                         "author_id": draft.author_id},
                username="autolock" if actor is None else None,
            )
            return "discarded"
        # A draft saved before invisible characters were cleaned may hold a lone surrogate that
        # cannot be hashed: clean it as a save would now, or every sweep fails on it again.
        cleaned = {name: clean_multiline(text) for name, text in draft.content.items()}
        if cleaned != draft.content:
            draft.content = cleaned
        sign_in_session(session, ctx, actor, draft, facts, auto_locked=True)
        return "locked"
