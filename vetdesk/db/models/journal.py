"""The clinical journal.

Drafts and signed records live in separate tables on purpose: a draft is edited freely by its
author, while ``journal_entries``, ``journal_versions`` and ``journal_attachments`` are insert-
only. Database triggers reject UPDATE and DELETE on them, and on PostgreSQL the workstation role
is not even granted those privileges. Signing turns a draft into an entry (same id) plus its first
version; a correction or a void adds another version. Each version carries a SHA-256 chained to
the animal's previous version, so a row changed behind the program's back is detected.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from vetdesk.db.base import Base
from vetdesk.db.models._helpers import one_of
from vetdesk.domain.codes import JournalKind, Requester, VersionAction


class JournalDraft(Base):
    """Text being written; saved as the vet types. Its id becomes the entry's id on signing."""

    __tablename__ = "journal_drafts"
    __table_args__ = (one_of("kind", JournalKind),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    animal_id: Mapped[int] = mapped_column(ForeignKey("animals.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    event_time: Mapped[dt.datetime]
    # When help was asked for; empty means "at the event time", so it follows that time until
    # the vet sets it apart (a phone call earlier, a call-out).
    help_requested_at: Mapped[dt.datetime | None]
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    weight_kg: Mapped[Decimal | None] = mapped_column(Numeric(8, 3))
    temperature_c: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    started_at: Mapped[dt.datetime]
    saved_at: Mapped[dt.datetime]


class JournalDraftAttachment(Base):
    __tablename__ = "journal_draft_attachments"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    draft_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("journal_drafts.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime]


class JournalEntry(Base):
    """A signed journal entry: the immutable facts. Its content is in its versions."""

    __tablename__ = "journal_entries"
    __table_args__ = (one_of("kind", JournalKind),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    animal_id: Mapped[int] = mapped_column(ForeignKey("animals.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[dt.datetime]
    signed_at: Mapped[dt.datetime]
    signed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    # Signed by the lock sweep in the author's name because the draft outlived the lock period.
    auto_locked: Mapped[bool] = mapped_column(Boolean, default=False)


class JournalVersion(Base):
    """One version of an entry's content; version 1 is written at signing."""

    __tablename__ = "journal_versions"
    __table_args__ = (
        one_of("action", VersionAction),
        one_of("requested_by", Requester),
        UniqueConstraint("entry_id", "version_no", name="uq_journal_versions_entry_version"),
        # The chain position per animal; the unique key also stops two concurrent signers
        # from forking the chain (the loser retries on the new tip).
        UniqueConstraint("animal_id", "chain_seq", name="uq_journal_versions_animal_seq"),
        Index("ix_journal_versions_animal_event", "animal_id", "event_time"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    entry_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("journal_entries.id"))
    animal_id: Mapped[int] = mapped_column(ForeignKey("animals.id"))
    version_no: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(8))
    # The three times of FOR-2006-02-20-229 § 4: help asked for, given (event_time), and the
    # entry written (created_at). Migration 0007 gave older versions their event time.
    event_time: Mapped[dt.datetime]
    help_requested_at: Mapped[dt.datetime]
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    weight_kg: Mapped[Decimal | None] = mapped_column(Numeric(8, 3))
    temperature_c: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str | None] = mapped_column(Text)
    requested_by: Mapped[str] = mapped_column(String(8), default=Requester.CLINIC.value)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime]
    chain_seq: Mapped[int] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class JournalAttachment(Base):
    """A file on a signed entry, immutable, identified by its SHA-256."""

    __tablename__ = "journal_attachments"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    entry_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("journal_entries.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime]
    added_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
