"""Recalls and reminders, and every SMS and e-mail sent."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vetdesk.db.base import Base
from vetdesk.db.models._helpers import one_of
from vetdesk.domain.codes import (
    Channel,
    ConsentPurpose,
    MessageStatus,
    RecallRuleKind,
    ReminderKind,
    ReminderStatus,
)


class Reminder(Base):
    """A recall (vaccination, check-up) per animal, or an appointment reminder."""

    __tablename__ = "reminders"
    __table_args__ = (
        one_of("kind", ReminderKind),
        one_of("status", ReminderStatus),
        Index("ix_reminders_due", "status", "due_on"),
        # A client's due recalls in due order (the client card), whatever the statistics.
        Index("ix_reminders_client_due", "client_id", "status", "due_on"),
        # On PostgreSQL also ix_reminders_open_recalls, the due list's partial index
        # (migration 0018, vetdesk/db/migration_only.py).
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    animal_id: Mapped[int] = mapped_column(ForeignKey("animals.id"), index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointments.id"))
    # The vaccination entry that created (or completed) the recall.
    journal_entry_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("journal_entries.id"),
                                                             index=True)
    kind: Mapped[str] = mapped_column(String(12))
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default=ReminderStatus.DUE.value)
    created_at: Mapped[dt.datetime]
    completed_at: Mapped[dt.datetime | None]


class Message(Base):
    """An outgoing SMS or e-mail. The idempotency key makes a retry never send twice."""

    __tablename__ = "messages"
    __table_args__ = (
        one_of("channel", Channel),
        one_of("purpose", ConsentPurpose),
        one_of("status", MessageStatus),
        Index("ix_messages_client_queued", "client_id", "queued_at"),
        Index("ix_messages_outbox", "status", "next_attempt_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(100), unique=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"))
    reminder_id: Mapped[int | None] = mapped_column(ForeignKey("reminders.id"), index=True)
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointments.id"))
    channel: Mapped[str] = mapped_column(String(8))
    purpose: Mapped[str] = mapped_column(String(12))
    recipient: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(18), default=MessageStatus.QUEUED.value)
    provider_id: Mapped[str | None] = mapped_column(String(100))
    failure_reason: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    queued_at: Mapped[dt.datetime]
    sent_at: Mapped[dt.datetime | None]
    delivered_at: Mapped[dt.datetime | None]
    failed_at: Mapped[dt.datetime | None]
    reviewed_at: Mapped[dt.datetime | None]
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Sending exactly once (services/messaging/outbox.py): a sender claims the row in its own
    # transaction just before handing it over, and clears the claim when it knows the outcome.
    # A claim left behind by a crash is "uncertain": never resent blindly, a person decides,
    # helped by ``reference`` (the e-mail's Message-ID, the SMS gateway's reference).
    claimed_at: Mapped[dt.datetime | None]
    claim_token: Mapped[str | None] = mapped_column(String(36))
    uncertain_at: Mapped[dt.datetime | None]
    reference: Mapped[str | None] = mapped_column(String(200))
    # Back-off after a failure that surely sent nothing (server down, 4xx, gateway 500).
    next_attempt_at: Mapped[dt.datetime | None]
    # First (1) or second (2) reminder of a recall; None for other messages.
    stage: Mapped[int | None] = mapped_column(Integer)
    # An iCalendar invitation attached to an appointment confirmation by e-mail.
    calendar: Mapped[str | None] = mapped_column(Text)


class RecallRule(Base):
    """One of the clinic's recall rules, edited in Settings or by `vetdesk reminders rule`.

    ``product_key`` is the folded product name ('' for a rule without one) and ``species`` is
    '' for every species, so the unique constraint also holds for the general rules (NULLs
    would not collide).
    """

    __tablename__ = "recall_rules"
    __table_args__ = (
        one_of("kind", RecallRuleKind),
        UniqueConstraint("kind", "product_key", "species"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    product: Mapped[str | None] = mapped_column(String(200))
    product_key: Mapped[str] = mapped_column(String(200), default="")
    species: Mapped[str] = mapped_column(String(20), default="")
    # Vaccines of one group replace each other (a new "DHP" completes an open "DHPPi" recall).
    vaccine_group: Mapped[str | None] = mapped_column(String(100))
    months: Mapped[int | None] = mapped_column(Integer)
    days: Mapped[int | None] = mapped_column(Integer)
    hours: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[dt.datetime]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
