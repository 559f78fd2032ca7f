"""Shared pieces of the journal's unit-of-work code: animal facts, the version chain, the
"current version" condition and small row converters."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from vetdesk.db.models import Animal, JournalAttachment, JournalEntry, JournalVersion, User
from vetdesk.domain.codes import Requester, Species, VersionAction
from vetdesk.domain.integrity import GENESIS_HASH, chained_hash, journal_version_content
from vetdesk.errors import ConflictError, NotFound
from vetdesk.i18n import _
from vetdesk.services.journal.types import AttachmentInfo
from vetdesk.services.local_time import clinic_zone as clinic_zone  # the one reader

# Each retry re-reads the tip; more than a handful of signers on one animal at once is unheard of.
_CHAIN_ATTEMPTS = 8


@dataclass(frozen=True)
class AnimalFacts:
    id: int
    name: str
    species: Species
    is_group: bool
    owner_id: int


def animal_facts(session: Session, animal_id: int) -> AnimalFacts:
    row = session.execute(
        select(Animal.id, Animal.name, Animal.species, Animal.is_group, Animal.owner_id).where(
            Animal.id == animal_id
        )
    ).first()
    if row is None:
        raise NotFound(_("That animal is not in the register; search for it again."))
    return AnimalFacts(row.id, row.name, Species(row.species), row.is_group, row.owner_id)


def user_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = set(ids)
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.full_name).where(User.id.in_(wanted)))
    return {row.id: row.full_name for row in rows}


def is_current_version() -> ColumnElement[bool]:
    """True for the newest version of its entry (no later version exists)."""
    newer = aliased(JournalVersion)
    return ~exists().where(
        and_(newer.entry_id == JournalVersion.entry_id,
             newer.version_no > JournalVersion.version_no)
    )


def entry_row(entry: JournalEntry) -> dict[str, Any]:
    return {
        "kind": entry.kind, "author_id": entry.author_id, "started_at": entry.started_at,
        "signed_at": entry.signed_at, "signed_by_id": entry.signed_by_id,
        "auto_locked": entry.auto_locked,
    }


def version_row(version: JournalVersion) -> dict[str, Any]:
    return {
        "id": version.id, "entry_id": version.entry_id, "animal_id": version.animal_id,
        "version_no": version.version_no, "action": version.action,
        "event_time": version.event_time, "help_requested_at": version.help_requested_at,
        "content": version.content,
        "weight_kg": version.weight_kg, "temperature_c": version.temperature_c,
        "confidential": version.confidential, "reason": version.reason,
        "requested_by": version.requested_by, "author_id": version.author_id,
        "created_at": version.created_at, "chain_seq": version.chain_seq,
    }


@dataclass(frozen=True)
class VersionFields:
    """The content of a new version (everything but its place in the chain)."""

    version_no: int
    action: VersionAction
    event_time: dt.datetime
    # When help was asked for; at or before event_time (checked before signing).
    help_requested_at: dt.datetime
    content: dict[str, str]
    weight_kg: Decimal | None
    temperature_c: Decimal | None
    confidential: bool
    reason: str | None
    requested_by: Requester
    author_id: int


def append_version(
    session: Session, entry: JournalEntry, fields: VersionFields, now: dt.datetime
) -> JournalVersion:
    """Add a version at the tip of the animal's chain.

    Two workstations signing for the same animal at once both compute the same ``chain_seq``;
    the unique key on (animal_id, chain_seq) lets only one in, and the other retries on the new
    tip inside a savepoint. On SQLite the write lock already serialises writers.

    The hash covers the entry's attached files as stored (their SHA-256), so they must be in
    the session before this is called. The caller puts ``version_anchor`` of the result into
    its audit event, which anchors the version in the audit chain.
    """
    attachments = session.execute(
        select(JournalAttachment.sha256).where(JournalAttachment.entry_id == entry.id)
    ).scalars().all()
    for _attempt in range(_CHAIN_ATTEMPTS):
        tip = session.execute(
            select(JournalVersion.chain_seq, JournalVersion.hash)
            .where(JournalVersion.animal_id == entry.animal_id)
            .order_by(JournalVersion.chain_seq.desc())
            .limit(1)
        ).first()
        seq, prev_hash = (tip.chain_seq + 1, tip.hash) if tip else (1, GENESIS_HASH)
        version = JournalVersion(
            id=uuid.uuid4(), entry_id=entry.id, animal_id=entry.animal_id,
            version_no=fields.version_no, action=fields.action.value,
            event_time=fields.event_time, help_requested_at=fields.help_requested_at,
            content=dict(fields.content),
            weight_kg=fields.weight_kg, temperature_c=fields.temperature_c,
            confidential=fields.confidential, reason=fields.reason,
            requested_by=fields.requested_by.value, author_id=fields.author_id,
            created_at=now, chain_seq=seq, prev_hash=prev_hash,
        )
        version.hash = chained_hash(
            prev_hash,
            journal_version_content(version_row(version), entry_row(entry), attachments),
        )
        try:
            with session.begin_nested():
                session.add(version)
        except IntegrityError as exc:
            if _version_taken(session, entry.id, fields.version_no):
                raise ConflictError(
                    _("Someone else changed this entry a moment ago; reload it and try again.")
                ) from None
            if not _is_chain_collision(exc):
                raise
            continue
        return version
    raise ConflictError(
        _("Too many entries were being signed for this animal at once; try again.")
    )


def _is_chain_collision(exc: IntegrityError) -> bool:
    # SQLite names the columns, PostgreSQL the constraint (uq_journal_versions_animal_seq).
    message = str(exc.orig)
    return "chain_seq" in message or "animal_seq" in message


def _version_taken(session: Session, entry_id: uuid.UUID, version_no: int) -> bool:
    return session.execute(
        select(JournalVersion.id).where(
            JournalVersion.entry_id == entry_id, JournalVersion.version_no == version_no
        )
    ).first() is not None


def attachment_infos(
    session: Session, entry_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[AttachmentInfo]]:
    """Attachment metadata (never the bytes) for a set of entries."""
    ids = list(entry_ids)
    found: dict[uuid.UUID, list[AttachmentInfo]] = {}
    if not ids:
        return found
    rows = session.execute(
        select(
            JournalAttachment.id, JournalAttachment.entry_id, JournalAttachment.filename,
            JournalAttachment.media_type, JournalAttachment.size_bytes, JournalAttachment.sha256,
            JournalAttachment.added_at,
        )
        .where(JournalAttachment.entry_id.in_(ids))
        .order_by(JournalAttachment.added_at, JournalAttachment.filename)
    )
    for row in rows:
        found.setdefault(row.entry_id, []).append(
            AttachmentInfo(row.id, row.filename, row.media_type, row.size_bytes, row.sha256,
                           row.added_at)
        )
    return found
