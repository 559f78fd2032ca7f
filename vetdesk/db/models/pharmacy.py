"""The drug catalogue and prescriptions (EU 2019/6 art. 105)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vetdesk.db.base import Base
from vetdesk.db.models._helpers import one_of
from vetdesk.domain.codes import PrescriptionStatus


class Drug(Base):
    __tablename__ = "drugs"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    active_substances: Mapped[str] = mapped_column(String(300))
    form: Mapped[str] = mapped_column(String(100))
    strength: Mapped[str] = mapped_column(String(100))
    pack_size: Mapped[str] = mapped_column(String(100))
    product_number: Mapped[str | None] = mapped_column(String(20), unique=True)  # varenummer
    atc_code: Mapped[str | None] = mapped_column(String(10))
    antibiotic: Mapped[bool] = mapped_column(Boolean, default=False)
    # Withdrawal periods in days for food-producing species (None: not authorised for them).
    withdrawal_meat_days: Mapped[int | None] = mapped_column(Integer)
    withdrawal_milk_days: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Prescription(Base):
    """Issued prescriptions are immutable: cancelling adds a cancellation row."""

    __tablename__ = "prescriptions"
    __table_args__ = (Index("ix_prescriptions_animal", "animal_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    animal_id: Mapped[int] = mapped_column(ForeignKey("animals.id"))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    prescriber_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    journal_entry_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("journal_entries.id"))
    issued_at: Mapped[dt.datetime]
    # Statement required when prescribed under the cascade (art. 112-114) or art. 107(3)/(4).
    cascade_statement: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class PrescriptionItem(Base):
    __tablename__ = "prescription_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    prescription_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("prescriptions.id"), index=True)
    drug_id: Mapped[int | None] = mapped_column(ForeignKey("drugs.id"))
    # Copied from the catalogue at issue time so later catalogue edits never change it.
    product_name: Mapped[str] = mapped_column(String(200))
    active_substances: Mapped[str] = mapped_column(String(300))
    form: Mapped[str] = mapped_column(String(100))
    strength: Mapped[str] = mapped_column(String(100))
    quantity: Mapped[str] = mapped_column(String(100))
    dosage: Mapped[str] = mapped_column(Text)
    duration_days: Mapped[int | None] = mapped_column(Integer)
    withdrawal_period: Mapped[str | None] = mapped_column(String(200))
    warnings: Mapped[str | None] = mapped_column(Text)


class PrescriptionCancellation(Base):
    __tablename__ = "prescription_cancellations"
    __table_args__ = (one_of("status", PrescriptionStatus),)

    id: Mapped[int] = mapped_column(primary_key=True)
    prescription_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("prescriptions.id"), unique=True)
    status: Mapped[str] = mapped_column(String(10), default=PrescriptionStatus.CANCELLED.value)
    reason: Mapped[str] = mapped_column(Text)
    cancelled_at: Mapped[dt.datetime]
    cancelled_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
