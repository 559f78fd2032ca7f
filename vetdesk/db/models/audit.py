"""The append-only audit log and the register of privacy requests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vetdesk.db.base import Base
from vetdesk.db.models._helpers import one_of
from vetdesk.domain.codes import AuditAction, PrivacyRequestKind, PrivacyRequestStatus


class AuditEvent(Base):
    """Who did what to which record, when. Insert-only, hash-chained in id order.

    Deliberately no foreign keys to clients or animals: the log must outlive an erasure, and
    an erased client's id means nothing without the erased row.
    """

    __tablename__ = "audit_events"
    __table_args__ = (
        one_of("action", AuditAction),
        Index("ix_audit_events_client", "client_id", "occurred_at"),
        Index("ix_audit_events_user", "user_id", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    occurred_at: Mapped[dt.datetime]
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))
    entity_type: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    client_id: Mapped[int | None] = mapped_column(Integer)
    animal_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    workstation: Mapped[str | None] = mapped_column(String(100))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class PrivacyRequest(Base):
    """A data subject's request, answered free of charge within 30 days."""

    __tablename__ = "privacy_requests"
    __table_args__ = (
        one_of("kind", PrivacyRequestKind),
        one_of("status", PrivacyRequestStatus),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)
    subject_name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(12))
    received_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(10), default=PrivacyRequestStatus.OPEN.value)
    registered_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    handled_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    completed_at: Mapped[dt.datetime | None]
    outcome: Mapped[str | None] = mapped_column(Text)
