"""One entry with every version, and what each version changed (the history view)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import JournalEntry, JournalVersion
from vetdesk.domain.codes import JournalKind, Requester, VersionAction
from vetdesk.errors import NotFound
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal.diff import version_changes
from vetdesk.services.journal.kinds import readable_content
from vetdesk.services.journal.records import animal_facts, attachment_infos, user_names
from vetdesk.services.journal.types import (
    AnimalJournal,
    AttachmentInfo,
    EntryDetail,
    VersionView,
)
from vetdesk.services.permissions import Actor, Permission, require

# IN lists stay well below every driver's parameter limit.
_CHUNK = 500


def entry_detail(ctx: ServiceContext, actor: Actor, entry_id: uuid.UUID) -> EntryDetail:
    """Every version of one signed entry, oldest first, with word-level changes; audited."""
    require(actor, Permission.VIEW_JOURNAL)
    with ctx.db.transaction() as session:
        details = load_entry_details(session, [entry_id])
        if not details:
            raise NotFound(_("That journal entry does not exist or is not signed yet."))
        detail = details[0]
        facts = animal_facts(session, detail.animal_id)
        audit.record_view(
            session, ctx, actor, entity_type="journal_entry", entity_id=entry_id.hex,
            animal_id=detail.animal_id, client_id=facts.owner_id,
        )
        return detail


def animal_journal(ctx: ServiceContext, actor: Actor, animal_id: int) -> AnimalJournal:
    """Every signed entry of one animal with its full history, newest first (``vetdesk
    journal show``); audited as a view of the animal's journal. Drafts are their authors'
    own and not included."""
    require(actor, Permission.VIEW_JOURNAL)
    with ctx.db.transaction() as session:
        facts = animal_facts(session, animal_id)
        ids = session.execute(
            select(JournalEntry.id).where(JournalEntry.animal_id == animal_id)
        ).scalars().all()
        details = load_entry_details(session, ids, newest_first=True)
        audit.record_view(
            session, ctx, actor, entity_type="journal", entity_id=animal_id,
            animal_id=animal_id, client_id=facts.owner_id,
        )
        return AnimalJournal(animal_id, facts.name, tuple(details))


def load_entry_details(
    session: Session, entry_ids: Sequence[uuid.UUID], *, newest_first: bool = False
) -> list[EntryDetail]:
    """The entries with their full history, ordered by the current version's event time.
    Four queries per 500 entries, whatever their history."""
    details: list[EntryDetail] = []
    for start in range(0, len(entry_ids), _CHUNK):
        details.extend(_load_chunk(session, list(entry_ids[start: start + _CHUNK])))
    details.sort(key=lambda d: (d.current.event_time, d.entry_id.hex), reverse=newest_first)
    return details


def _load_chunk(session: Session, ids: list[uuid.UUID]) -> list[EntryDetail]:
    entries = session.execute(
        select(JournalEntry).where(JournalEntry.id.in_(ids))
    ).scalars().all()
    if not entries:
        return []
    versions: dict[uuid.UUID, list[JournalVersion]] = {}
    for version in session.execute(
        select(JournalVersion).where(JournalVersion.entry_id.in_(ids))
        .order_by(JournalVersion.version_no)
    ).scalars():
        versions.setdefault(version.entry_id, []).append(version)
    people = {e.author_id for e in entries} | {e.signed_by_id for e in entries}
    people |= {v.author_id for listed in versions.values() for v in listed}
    names = user_names(session, people)
    files = attachment_infos(session, ids)
    return [
        build_detail(entry, versions[entry.id], names, files.get(entry.id, []))
        for entry in entries
    ]


def build_detail(
    entry: JournalEntry, versions: Sequence[JournalVersion], names: dict[int, str],
    files: Sequence[AttachmentInfo],
) -> EntryDetail:
    kind = JournalKind(entry.kind)
    views: list[VersionView] = []
    for version in versions:
        view = VersionView(
            version_id=version.id, version_no=version.version_no,
            action=VersionAction(version.action), event_time=version.event_time,
            help_requested_at=version.help_requested_at,
            content=readable_content(version.content), weight_kg=version.weight_kg,
            temperature_c=version.temperature_c, confidential=version.confidential,
            reason=version.reason, requested_by=Requester(version.requested_by),
            author_id=version.author_id, author_name=names.get(version.author_id, "?"),
            created_at=version.created_at, hash=version.hash, changes=(),
        )
        if views:
            view = replace(view, changes=version_changes(kind, views[-1], view))
        views.append(view)
    return EntryDetail(
        entry_id=entry.id, animal_id=entry.animal_id, kind=kind, author_id=entry.author_id,
        author_name=names.get(entry.author_id, "?"), started_at=entry.started_at,
        signed_at=entry.signed_at, signed_by_name=names.get(entry.signed_by_id, "?"),
        auto_locked=entry.auto_locked, versions=tuple(views), attachments=tuple(files),
    )
