"""The append-only audit log, the register of privacy requests, the log of erasures and the
record of chains the retention purge cut (their anchors)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
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
    action: Mapped[str] = mapped_column(String(24))
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
    # Made by the form when it opens, so a retry after a lost connection finds the first save.
    request_id: Mapped[uuid.UUID | None] = mapped_column(unique=True)
    # What the person asked for, in their words (which data to correct, what to restrict).
    description: Mapped[str | None] = mapped_column(Text)
    # Art. 12(3): up to two more months, the person told why within the first month.
    extended_due_on: Mapped[dt.date | None] = mapped_column(Date)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    extension_told_on: Mapped[dt.date | None] = mapped_column(Date)
    # A refusal states its reason (and the right to complain to Datatilsynet, in the letter).
    refusal_reason: Mapped[str | None] = mapped_column(Text)
    # What was produced for it: an export's file name and SHA-256, an erasure receipt.
    produced_ref: Mapped[str | None] = mapped_column(String(300))


class PrivacyErasure(Base):
    """One erasure, recorded with only a pseudonymous id and hashes, so it survives the
    erasure itself and can be applied again after an older backup is restored."""

    __tablename__ = "privacy_erasures"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The erased client's row id: meaningless without the erased row, needed by replay.
    client_ref: Mapped[int] = mapped_column(Integer, unique=True)
    pseudonym: Mapped[str] = mapped_column(String(20), unique=True)
    identity_sha256: Mapped[str] = mapped_column(String(64))
    plan_sha256: Mapped[str] = mapped_column(String(64))
    receipt_sha256: Mapped[str | None] = mapped_column(String(64))
    erased_at: Mapped[dt.datetime]
    erased_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    privacy_request_id: Mapped[int | None] = mapped_column(ForeignKey("privacy_requests.id"))
    # The last purge date of the rows kept by law (None: nothing was kept).
    purge_on: Mapped[dt.date | None] = mapped_column(Date)
    # Row counts per table, deleted and kept: numbers and table names only.
    counts: Mapped[dict[str, Any]] = mapped_column(JSON)


class ChainPurge(Base):
    """A stretch of a hash chain the retention purge deleted, and what verify needs to start
    the rest of the chain from it (issue 10).

    ``chain`` is "audit" (the oldest audit rows: ``first_seq`` to ``last_seq`` are their ids,
    ``last_hash`` the last deleted row's hash, which the first kept row links to) or "journal"
    (an animal's whole journal chain: ``first_seq`` to ``last_seq`` are chain positions,
    ``last_hash`` the tip's hash). The purge's own audit row (``audit_event_id``) repeats these
    numbers, so a row here changed or added behind the program's back does not match it.
    Ids, counts and hashes only: nothing personal.
    """

    __tablename__ = "chain_purges"
    __table_args__ = (
        CheckConstraint("chain IN ('audit', 'journal')", name="chain_valid"),
        Index("ix_chain_purges_animal", "animal_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    chain: Mapped[str] = mapped_column(String(8))
    # The animal whose journal chain went (no foreign key: the record outlives the animal).
    animal_id: Mapped[int | None] = mapped_column(Integer)
    first_seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    last_seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    rows: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
    # Rows deleted with the chain, by table (entries, files, prescriptions...): numbers only.
    counts: Mapped[dict[str, Any]] = mapped_column(JSON)
    # The retention rule (privacy_classification.Retention) and the cut-off it gave.
    rule: Mapped[str] = mapped_column(String(12))
    cutoff: Mapped[dt.datetime]
    purged_at: Mapped[dt.datetime]
    purged_by_id: Mapped[int | None] = mapped_column(Integer)
    audit_event_id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
