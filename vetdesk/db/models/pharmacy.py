"""The drug catalogue and prescriptions (EU 2019/6 art. 105)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from vetdesk.db.base import Base
from vetdesk.db.models._helpers import one_of
from vetdesk.domain.codes import PrescriptionStatus


class Drug(Base):
    """One product of the catalogue (services/pharmacy/catalogue.py reads and imports it)."""

    __tablename__ = "drugs"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Empty only for vaccines, which the rule lets go without substances in brackets.
    active_substances: Mapped[str] = mapped_column(String(300))
    form: Mapped[str] = mapped_column(String(100))
    strength: Mapped[str] = mapped_column(String(100))
    # The pack sizes on the market, separated by "; " ("10 stk; 30 stk").
    pack_size: Mapped[str] = mapped_column(String(100))
    product_number: Mapped[str | None] = mapped_column(String(20), unique=True)  # varenummer
    atc_code: Mapped[str | None] = mapped_column(String(10))
    # An antimicrobial: prescriptions holding one are valid 5 days (EU 2019/6 art. 105(10)).
    antibiotic: Mapped[bool] = mapped_column(Boolean, default=False)
    vaccine: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Species codes it is authorised for, comma-separated ("cattle,pig"); empty: not stated.
    target_species: Mapped[str | None] = mapped_column(String(200))
    # Withdrawal periods in days, {species: {produce: days}} with produce one of meat, milk,
    # eggs, fish; a species missing means the product is not authorised for it (cascade).
    withdrawal_days: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # "sample" for the shipped sample catalogue (made-up numbers), "import" for a real one.
    source: Mapped[str] = mapped_column(String(10), default="import", server_default="import")
    # Folded name, substances, varenummer and ATC code, for the search (domain/text.py).
    search_key: Mapped[str] = mapped_column(String(700), default="", server_default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Prescription(Base):
    """Issued prescriptions are immutable: cancelling adds a cancellation row."""

    __tablename__ = "prescriptions"
    __table_args__ = (Index("ix_prescriptions_animal", "animal_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    animal_id: Mapped[int] = mapped_column(ForeignKey("animals.id"))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    prescriber_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    journal_entry_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("journal_entries.id"),
                                                             index=True)
    issued_at: Mapped[dt.datetime]
    # Statement required when prescribed under the cascade (art. 112-114) or art. 107(3)/(4).
    cascade_statement: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    art107_statement: Mapped[str | None] = mapped_column(Text)
    # The last day it may be dispensed (5 days for antimicrobials, else at most a year).
    expires_on: Mapped[dt.date | None]
    # SHA-256 of the canonical content, carried into the audit chain when issued.
    hash: Mapped[str | None] = mapped_column(String(64))
    # Medicine reporting (VetReg, FOR-2009-07-03-971) for food-producing animals and horses:
    # the production category (domain.vetreg), the producer number, who gives the medicine.
    production_category: Mapped[str | None] = mapped_column(String(20))
    producer_number: Mapped[str | None] = mapped_column(String(20))
    administered_by: Mapped[str | None] = mapped_column(String(10))


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
    product_number: Mapped[str | None] = mapped_column(String(20))
    packs: Mapped[int | None] = mapped_column(Integer)
    pack_size: Mapped[str | None] = mapped_column(String(100))
    antimicrobial: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    vaccine: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The amount for medicine reporting, in ml or g.
    amount: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    amount_unit: Mapped[str | None] = mapped_column(String(2))


class MedicineReport(Base):
    """A prescription item reported to VetReg: who marked it and when (one row per item)."""

    __tablename__ = "medicine_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    prescription_item_id: Mapped[int] = mapped_column(
        ForeignKey("prescription_items.id"), unique=True)
    reported_at: Mapped[dt.datetime]
    reported_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    # The export file it went out in (its name), when it went by file.
    export_name: Mapped[str | None] = mapped_column(String(100))


class PrescriptionCancellation(Base):
    __tablename__ = "prescription_cancellations"
    __table_args__ = (one_of("status", PrescriptionStatus),)

    id: Mapped[int] = mapped_column(primary_key=True)
    prescription_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("prescriptions.id"), unique=True)
    status: Mapped[str] = mapped_column(String(10), default=PrescriptionStatus.CANCELLED.value)
    reason: Mapped[str] = mapped_column(Text)
    cancelled_at: Mapped[dt.datetime]
    cancelled_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class MedicineAdministration(Base):
    """Medicine a vet gave in the clinic or on a farm visit, without a prescription (issue 12):
    for the journal and the VetReg worklist. Never changed: voided with a reason instead."""

    __tablename__ = "medicine_given"
    __table_args__ = (
        Index("ix_medicine_given_animal", "animal_id"),
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("amount_unit IN ('ml', 'g')", name="amount_unit_valid"),
    )

    # Made by the form when it opens, so a retry finds the first attempt.
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    animal_id: Mapped[int] = mapped_column(ForeignKey("animals.id"))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    # The vet who gave it (stamped by the server from the session on PostgreSQL).
    given_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    given_at: Mapped[dt.datetime]
    recorded_at: Mapped[dt.datetime]
    # The signed journal note written with it, in the same transaction.
    journal_entry_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("journal_entries.id"),
                                                        index=True)
    drug_id: Mapped[int | None] = mapped_column(ForeignKey("drugs.id"))
    # Copied from the catalogue, as on a prescription item.
    product_name: Mapped[str] = mapped_column(String(200))
    active_substances: Mapped[str] = mapped_column(String(300))
    form: Mapped[str] = mapped_column(String(100))
    strength: Mapped[str] = mapped_column(String(100))
    product_number: Mapped[str | None] = mapped_column(String(20))
    antimicrobial: Mapped[bool] = mapped_column(Boolean, default=False)
    amount: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    amount_unit: Mapped[str] = mapped_column(String(2))
    withdrawal_period: Mapped[str | None] = mapped_column(String(200))
    # VetReg (domain.vetreg): as on a prescription; the worklist names what is missing.
    production_category: Mapped[str | None] = mapped_column(String(20))
    producer_number: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text)


class MedicineAdministrationVoid(Base):
    """A recorded administration taken back, with the reason (one per administration)."""

    __tablename__ = "medicine_given_voids"

    id: Mapped[int] = mapped_column(primary_key=True)
    medicine_given_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("medicine_given.id"), unique=True)
    reason: Mapped[str] = mapped_column(Text)
    voided_at: Mapped[dt.datetime]
    voided_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class MedicineAdministrationReport(Base):
    """An administration reported to VetReg: who marked it and when (as MedicineReport for a
    prescription item; a table of its own so each row belongs to one parent)."""

    __tablename__ = "medicine_given_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    medicine_given_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("medicine_given.id"), unique=True)
    reported_at: Mapped[dt.datetime]
    reported_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    export_name: Mapped[str | None] = mapped_column(String(100))
