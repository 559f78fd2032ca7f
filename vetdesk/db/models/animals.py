"""Animals (patients), their ownership history, identities (microchips) and alerts."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vetdesk.db.base import Base
from vetdesk.db.models._helpers import one_of
from vetdesk.domain.codes import AlertSeverity, IdentityKind, Sex, Species

if TYPE_CHECKING:
    from vetdesk.db.models.clients import Client


class Animal(Base):
    __tablename__ = "animals"
    __table_args__ = (
        one_of("species", Species),
        one_of("sex", Sex),
        # The owner rides along so SQLite's name search reads only this index (migration 0002).
        Index("ix_animals_search_key", "search_key", "owner_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The current owner; earlier owners are in ``ownerships``. The journal follows the animal.
    owner_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    species: Mapped[str] = mapped_column(String(12))
    breed: Mapped[str | None] = mapped_column(String(100))
    sex: Mapped[str] = mapped_column(String(8), default=Sex.UNKNOWN.value)
    neutered: Mapped[bool] = mapped_column(Boolean, default=False)
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    # True where the birth date was estimated from an age ("about 3 years").
    birth_date_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    colour: Mapped[str | None] = mapped_column(String(100))
    insurance_company: Mapped[str | None] = mapped_column(String(100))
    insurance_policy: Mapped[str | None] = mapped_column(String(50))
    deceased_on: Mapped[dt.date | None] = mapped_column(Date)
    # A herd or flock journaled as one patient (cattle, sheep, poultry).
    is_group: Mapped[bool] = mapped_column(Boolean, default=False)
    group_size: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # The form's id for this registration, kept across retries (see Client.request_id).
    request_id: Mapped[uuid.UUID | None] = mapped_column(unique=True)

    __mapper_args__ = {"version_id_col": version}

    owner: Mapped[Client] = relationship(
        back_populates="animals", lazy="raise", foreign_keys=[owner_id]
    )
    ownerships: Mapped[list[Ownership]] = relationship(
        back_populates="animal", lazy="raise", order_by="Ownership.started_on"
    )
    identities: Mapped[list[Identity]] = relationship(back_populates="animal", lazy="raise")
    alerts: Mapped[list[AnimalAlert]] = relationship(back_populates="animal", lazy="raise")


class Ownership(Base):
    """Who owned the animal from when to when (``ended_on`` empty for the current owner)."""

    __tablename__ = "ownerships"

    id: Mapped[int] = mapped_column(primary_key=True)
    animal_id: Mapped[int] = mapped_column(ForeignKey("animals.id", ondelete="CASCADE"), index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    started_on: Mapped[dt.date] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime]
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    animal: Mapped[Animal] = relationship(back_populates="ownerships", lazy="raise")


class Identity(Base):
    """A microchip (or tattoo, passport, ear tag). One chip number belongs to one animal."""

    __tablename__ = "identities"
    __table_args__ = (one_of("kind", IdentityKind),)

    id: Mapped[int] = mapped_column(primary_key=True)
    animal_id: Mapped[int] = mapped_column(ForeignKey("animals.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    value: Mapped[str] = mapped_column(String(40), unique=True)
    # Foreign chips must be registered in DyreID by the vet; this records that it was done.
    registered_in_dyreid_on: Mapped[dt.date | None] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime]

    animal: Mapped[Animal] = relationship(back_populates="identities", lazy="raise")


class AnimalAlert(Base):
    __tablename__ = "animal_alerts"
    __table_args__ = (one_of("severity", AlertSeverity),)

    id: Mapped[int] = mapped_column(primary_key=True)
    animal_id: Mapped[int] = mapped_column(ForeignKey("animals.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(500))
    severity: Mapped[str] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    animal: Mapped[Animal] = relationship(back_populates="alerts", lazy="raise")
