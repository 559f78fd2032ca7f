"""Referrals to specialists and samples sent to external laboratories."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vetdesk.db.base import Base
from vetdesk.db.models._helpers import one_of
from vetdesk.domain.codes import ReferralStatus


class ExternalParty(Base):
    """A specialist, referral clinic or laboratory in the clinic's register."""

    __tablename__ = "external_parties"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    speciality: Mapped[str | None] = mapped_column(String(200))
    is_laboratory: Mapped[bool] = mapped_column(Boolean, default=False)
    address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    # A deactivated recipient is no longer offered; old referrals still name it.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Migration 0013: optimistic locking, as on clients (services/conflicts.py).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_at: Mapped[dt.datetime | None]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    __mapper_args__ = {"version_id_col": version}


class Referral(Base):
    __tablename__ = "referrals"
    __table_args__ = (one_of("status", ReferralStatus),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    animal_id: Mapped[int] = mapped_column(ForeignKey("animals.id"), index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    recipient_id: Mapped[int] = mapped_column(ForeignKey("external_parties.id"))
    referred_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text)
    # The owner agreed to sharing the journal with the recipient (a disclosure of their data).
    owner_consented: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(10), default=ReferralStatus.DRAFT.value)
    created_at: Mapped[dt.datetime]
    sent_at: Mapped[dt.datetime | None]
    # Issue 12. Codes checked by the service (domain.codes ReferralKind, Urgency): a CHECK
    # added on SQLite would rebuild the table.
    kind: Mapped[str] = mapped_column(String(10), default="referral", server_default="referral")
    urgency: Mapped[str] = mapped_column(String(10), default="routine", server_default="routine")
    clinical_summary: Mapped[str | None] = mapped_column(Text)
    # A lab request: the samples or images sent, and what is asked.
    samples: Mapped[str | None] = mapped_column(Text)
    question: Mapped[str | None] = mapped_column(Text)
    accepted_at: Mapped[dt.datetime | None]
    answered_at: Mapped[dt.datetime | None]
    # The journal entry that holds the specialist's report or the lab's result.
    report_entry_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("journal_entries.id"),
                                                            index=True)


class ReferralItem(Base):
    """A journal entry or attachment included in a referral."""

    __tablename__ = "referral_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("referrals.id"), index=True)
    journal_entry_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("journal_entries.id"),
                                                             index=True)
    attachment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("journal_attachments.id"))
    note: Mapped[str | None] = mapped_column(Text)
