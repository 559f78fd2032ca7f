"""What the pharmacy services return and take: plain frozen dataclasses, no ORM objects."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


@dataclass(frozen=True)
class DrugInfo:
    id: int
    name: str
    active_substances: str
    form: str
    strength: str
    pack_sizes: tuple[str, ...]
    product_number: str | None
    atc_code: str | None
    antimicrobial: bool
    vaccine: bool
    target_species: tuple[str, ...]
    withdrawal_days: dict[str, dict[str, int]]
    sample: bool
    active: bool


@dataclass(frozen=True)
class DrugImport:
    added: int
    updated: int


@dataclass(frozen=True)
class ItemInput:
    """One line of the prescription form, as typed."""

    drug_id: int | None
    packs: int | None = None
    pack_size: str = ""
    quantity: str = ""
    dosage: str = ""
    duration_days: int | None = None
    withdrawal_period: str = ""
    warnings: str = ""
    # For medicine reporting: the amount in ml or g.
    amount: Decimal | None = None
    amount_unit: str = ""


@dataclass(frozen=True)
class PrescriptionInput:
    """The form. ``id`` is made when the form opens, so a retry finds the first attempt."""

    id: uuid.UUID
    animal_id: int
    items: tuple[ItemInput, ...]
    cascade_statement: str = ""
    art107_statement: str = ""
    valid_days: int | None = None
    notes: str = ""
    # Medicine reporting (food-producing animals and horses): domain.vetreg's codes.
    production_category: str = ""
    producer_number: str = ""
    administered_by: str = ""


class PrescriptionState(StrEnum):
    VALID = "valid"
    EXPIRED = "expired"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class PrescribedItem:
    product_name: str
    active_substances: str
    product_number: str | None
    form: str
    strength: str
    quantity: str
    dosage: str
    duration_days: int | None
    withdrawal_period: str | None
    warnings: str | None
    antimicrobial: bool
    vaccine: bool


@dataclass(frozen=True)
class PrescriptionSummary:
    id: uuid.UUID
    animal_id: int
    issued_at: dt.datetime
    expires_on: dt.date | None
    prescriber_name: str
    products: tuple[str, ...]
    state: PrescriptionState
    cancelled_reason: str | None = None


@dataclass(frozen=True)
class PrescriptionDetail:
    """Everything the printed prescription shows (already in the clinic's time zone)."""

    id: uuid.UUID
    animal_id: int
    client_id: int
    number: str
    issued_at: dt.datetime
    expires_on: dt.date | None
    state: PrescriptionState
    clinic_name: str
    clinic_lines: tuple[str, ...]
    prescriber_name: str
    prescriber_hpr: str | None
    prescriber_contact: str
    owner_name: str
    owner_lines: tuple[str, ...]
    animal_name: str
    species: str
    is_group: bool
    animal_lines: tuple[str, ...]
    items: tuple[PrescribedItem, ...]
    cascade_statement: str | None
    art107_statement: str | None
    notes: str | None
    hash: str | None
    cancelled_at: dt.datetime | None = None
    cancelled_reason: str | None = None
    cancelled_by: str | None = None
    journal_entry_id: uuid.UUID | None = None
    food_producing: bool = False


@dataclass(frozen=True)
class PrescriberStatus:
    """Whether the signed-in person can issue, and if not, the one sentence why."""

    can_issue: bool
    reason: str | None
    name: str
    hpr_number: str | None


class VetRegSource(StrEnum):
    PRESCRIPTION = "prescription"
    GIVEN = "given"  # medicine a vet gave without a prescription


@dataclass(frozen=True)
class VetRegEntry:
    """One medicine used for a food-producing animal or horse, not yet reported: a
    prescription's item, or medicine a vet gave."""

    # What ``mark_reported`` takes: "p<item id>" or "g<hex id of the medicine given>".
    key: str
    source: VetRegSource
    # The export's journal reference (the prescription and item, or the medicine given).
    reference: str
    used_on: dt.date
    due_on: dt.date
    overdue: bool
    species: str
    production_category: str | None
    producer_number: str | None
    animal_identity: str
    individual: bool
    product_name: str
    varenummer: str | None
    amount: Decimal | None
    amount_unit: str | None
    administered_by: str | None
    withdrawal_period: str | None
    vet_hpr: str | None
    # Fields the report needs that the record lacks (production_category, ...).
    missing: tuple[str, ...]
    # For a prescription's item; None for medicine given.
    item_id: int | None = None
    prescription_id: uuid.UUID | None = None
    given_id: uuid.UUID | None = None


@dataclass(frozen=True)
class GivenInput:
    """The medicine-given form, as typed. ``id`` is made when the form opens, so a retry finds
    the first attempt; ``given_at`` is the clinic's wall clock as typed (None: now)."""

    id: uuid.UUID
    animal_id: int
    drug_id: int | None
    amount: Decimal | None
    amount_unit: str = "ml"
    given_at: dt.datetime | None = None
    withdrawal_period: str = ""
    production_category: str = ""
    producer_number: str = ""
    notes: str = ""


@dataclass(frozen=True)
class GivenSummary:
    """One recorded administration, as the chart and ``medicine list`` show it."""

    id: uuid.UUID
    animal_id: int
    given_at: dt.datetime
    given_by_name: str
    product_name: str
    amount: Decimal
    amount_unit: str
    withdrawal_period: str | None
    journal_entry_id: uuid.UUID
    voided_reason: str | None = None
