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
    phone: str | None
    email: str | None


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
