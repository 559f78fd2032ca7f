"""What the referral services take and return: plain frozen dataclasses."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from vetdesk.domain.codes import ReferralKind, Urgency


@dataclass(frozen=True)
class PartyInput:
    name: str
    speciality: str = ""
    is_laboratory: bool = False
    address: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class PartyInfo:
    id: int
    name: str
    speciality: str | None
    is_laboratory: bool
    address: str | None
    phone: str | None  # +4767123400, as stored
    email: str | None
    active: bool = True
    # What an edit of this row must say it started from (services/conflicts.py).
    version: int = 1


@dataclass(frozen=True)
class FileToSend:
    """A file picked from disk to go with a referral (stored in the journal on sending)."""

    filename: str
    data: bytes


@dataclass(frozen=True)
class AttachableFile:
    """A file on one of the animal's journal entries, to choose for a referral."""

    id: uuid.UUID
    entry_id: uuid.UUID
    filename: str
    media_type: str
    size_bytes: int
    added_at: dt.datetime
    confidential: bool  # its entry is confidential: it goes only when chosen
    sha256: str


@dataclass(frozen=True)
class SentFile:
    """A file that went with a referral, as the letter lists it."""

    filename: str
    media_type: str
    size_bytes: int
    added_at: dt.datetime
    sha256: str


@dataclass(frozen=True)
class ReferralInput:
    """The form. ``id`` is made when it opens, so a retry finds the first attempt."""

    id: uuid.UUID
    animal_id: int
    recipient_id: int
    kind: ReferralKind
    reason: str
    owner_consented: bool
    urgency: Urgency = Urgency.ROUTINE
    clinical_summary: str = ""
    # The journal entries to send; confidential ones go only with include_confidential.
    entry_ids: tuple[uuid.UUID, ...] = ()
    include_confidential: bool = False
    samples: str = ""
    question: str = ""
    # Files already in the journal (their entry's confidentiality rule applies), and files
    # picked from disk, which are stored in the journal when the referral is sent.
    attachment_ids: tuple[uuid.UUID, ...] = ()
    files: tuple[FileToSend, ...] = ()


@dataclass(frozen=True)
class ReferralSummary:
    id: uuid.UUID
    animal_id: int
    kind: ReferralKind
    recipient: str
    reason: str
    urgency: Urgency
    status: str  # sent, accepted, answered
    sent_at: dt.datetime | None
    entries: int
    report_entry_id: uuid.UUID | None
    attachments: int = 0
