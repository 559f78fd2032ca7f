"""The signed-in person's unsigned drafts, named by animal, for the notice at sign-in: a draft
kept through a crash or a closed program is pointed out, not left to be found (issue 8)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from vetdesk.db.models import Animal, JournalDraft
from vetdesk.domain.codes import JournalKind
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal.lock_period import lock_hours
from vetdesk.services.permissions import Actor, Permission, require


@dataclass(frozen=True)
class UnsignedDraft:
    draft_id: uuid.UUID
    animal_id: int
    animal_name: str
    kind: JournalKind
    saved_at: dt.datetime
    # When the clinic's lock period signs it in the author's name.
    locks_at: dt.datetime


def unsigned_drafts(ctx: ServiceContext, actor: Actor) -> tuple[UnsignedDraft, ...]:
    """The actor's own drafts, oldest first, with each animal's name (one statement)."""
    require(actor, Permission.WRITE_JOURNAL)
    with ctx.db.reading() as session:
        hours = lock_hours(session)
        rows = session.execute(
            select(JournalDraft.id, JournalDraft.animal_id, Animal.name, JournalDraft.kind,
                   JournalDraft.saved_at, JournalDraft.started_at)
            .join(Animal, Animal.id == JournalDraft.animal_id)
            .where(JournalDraft.author_id == actor.user_id)
            .order_by(JournalDraft.started_at)
        ).all()
    return tuple(
        UnsignedDraft(draft_id, animal_id, name, JournalKind(kind), saved_at,
                      started_at + dt.timedelta(hours=hours))
        for draft_id, animal_id, name, kind, saved_at, started_at in rows
    )
