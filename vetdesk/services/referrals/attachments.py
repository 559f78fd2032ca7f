"""Files sent with a referral or lab request: files already attached to the animal's journal,
chosen from a list, and files picked from disk.

There is one place where VetDesk keeps files: ``journal_attachments`` (immutable, identified by
their SHA-256, covered by the journal's hash chain, in the owner's access export). A file picked
from disk for a referral goes there too, on a signed note that says it was sent with the
referral, written in the same transaction as the referral; the referral then points at the
stored file like at any other attachment. So a file that left the clinic is in the journal,
tamper-evident, and in the privacy export's ``attachments/`` folder without a second store.

Attachments of a confidential entry follow the entry: left out unless chosen, like the entry.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from vetdesk.db.models import JournalAttachment, JournalEntry, JournalVersion, ReferralItem
from vetdesk.domain.codes import AuditAction, JournalKind, Requester, VersionAction
from vetdesk.domain.integrity import version_anchor
from vetdesk.i18n import N_, _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal.attachments import checked_file, sha256_hex
from vetdesk.services.journal.records import (
    AnimalFacts,
    VersionFields,
    append_version,
    is_current_version,
)
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.referrals.types import AttachableFile, FileToSend, SentFile

# id, entry_id, filename, media_type, size_bytes, added_at, sha256, confidential
_FileRow = tuple[uuid.UUID, uuid.UUID, str, str, int, dt.datetime, str, bool]


def attachable_files(ctx: ServiceContext, actor: Actor, animal_id: int) -> list[AttachableFile]:
    """The files on the animal's signed, not voided entries, newest first, each marked
    confidential when its entry is (the referral dialog's list)."""
    require(actor, Permission.VIEW_JOURNAL)
    with ctx.db.reading() as session:
        return [AttachableFile(row.id, row.entry_id, row.filename, row.media_type,
                               row.size_bytes, row.added_at, bool(row.confidential), row.sha256)
                for row in session.execute(_attachable(animal_id)
                                           .order_by(JournalAttachment.added_at.desc()))]


def _attachable(animal_id: int) -> Select[*_FileRow]:
    return (select(JournalAttachment.id, JournalAttachment.entry_id, JournalAttachment.filename,
                   JournalAttachment.media_type, JournalAttachment.size_bytes,
                   JournalAttachment.added_at, JournalAttachment.sha256,
                   JournalVersion.confidential)
            .join(JournalVersion, JournalVersion.entry_id == JournalAttachment.entry_id)
            .where(JournalVersion.animal_id == animal_id, is_current_version(),
                   JournalVersion.action != VersionAction.VOID.value))


def chosen_attachments(session: Session, animal_id: int, ids: Sequence[uuid.UUID], *,
                       include_confidential: bool) -> list[JournalAttachment]:
    """The chosen files of this animal's entries that may go: never a voided entry's, a
    confidential entry's only with ``include_confidential`` (the vet ticked it)."""
    if not ids:
        return []
    stmt = _attachable(animal_id).where(JournalAttachment.id.in_(list(ids)))
    if not include_confidential:
        stmt = stmt.where(JournalVersion.confidential.is_(False))
    allowed = {row.id for row in session.execute(stmt)}
    rows = session.execute(select(JournalAttachment).where(JournalAttachment.id.in_(allowed))
                           .order_by(JournalAttachment.added_at, JournalAttachment.filename)
                           ).scalars().all()
    return list(rows)


def store_files_sent(session: Session, ctx: ServiceContext, actor: Actor, facts: AnimalFacts,
                     recipient: str, files: Sequence[FileToSend], now: dt.datetime
                     ) -> list[JournalAttachment]:
    """Files from disk into the journal: one signed note naming the recipient, carrying the
    files (checked as any journal file is: a PDF or an image, at most 25 MB). The caller
    checked that the actor may sign journal entries."""
    if not files:
        return []
    checked = [(*checked_file(f.filename, f.data), f.data) for f in files]
    entry = JournalEntry(id=uuid.uuid4(), animal_id=facts.id, author_id=actor.user_id,
                         kind=JournalKind.NOTE.value, started_at=now, signed_at=now,
                         signed_by_id=actor.user_id, auto_locked=False)
    session.add(entry)
    session.flush()
    stored = [JournalAttachment(id=uuid.uuid4(), entry_id=entry.id, filename=name,
                                media_type=media_type, size_bytes=len(data),
                                sha256=sha256_hex(data), data=data, added_at=now,
                                added_by_id=actor.user_id)
              for name, media_type, data in checked]
    session.add_all(stored)
    session.flush()
    text = _("Sent with the referral to {name}: {files}").format(
        name=recipient, files=", ".join(row.filename for row in stored))
    # The files are in the session, so version 1's hash covers them.
    version = append_version(session, entry, VersionFields(
        version_no=1, action=VersionAction.SIGN, event_time=now, help_requested_at=now,
        content={"text": text}, weight_kg=None, temperature_c=None, confidential=False,
        reason=None, requested_by=Requester.CLINIC, author_id=actor.user_id), now)
    audit.record(session, ctx, actor, AuditAction.CREATE, entity_type="journal_entry",
                 entity_id=entry.id.hex, animal_id=facts.id, client_id=facts.owner_id,
                 details={"version": 1, "kind": JournalKind.NOTE.value,
                          "chain_seq": version.chain_seq,
                          **version_anchor({version.id: version.hash})})
    return stored


def files_of(session: Session, referral_id: uuid.UUID) -> list[SentFile]:
    """What went with a referral, in the order it was attached (for the letter)."""
    rows = session.execute(
        select(JournalAttachment.filename, JournalAttachment.media_type,
               JournalAttachment.size_bytes, JournalAttachment.added_at,
               JournalAttachment.sha256)
        .join(ReferralItem, ReferralItem.attachment_id == JournalAttachment.id)
        .where(ReferralItem.referral_id == referral_id)
        .order_by(ReferralItem.id)).all()
    return [SentFile(*row) for row in rows]


_TYPES = {"application/pdf": N_("PDF document"), "image/png": N_("PNG image"),
          "image/jpeg": N_("JPEG image"), "image/gif": N_("GIF image"),
          "image/tiff": N_("TIFF image"), "image/webp": N_("WebP image")}


def type_label(media_type: str) -> str:
    return _(_TYPES[media_type]) if media_type in _TYPES else media_type


def size_label(size_bytes: int) -> str:
    """1 234 567 bytes as "1,2 MB", 2 048 as "2 kB": the Norwegian decimal comma."""
    if size_bytes >= 1024 * 1024:
        return f"{size_bytes / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size_bytes / 1024))} kB"
