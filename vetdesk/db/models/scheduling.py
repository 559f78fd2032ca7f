"""Appointments and the resources (vets, rooms, equipment) they are booked on."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vetdesk.db.base import Base
from vetdesk.db.models._helpers import one_of
from vetdesk.domain.codes import AppointmentStatus, ResourceKind


class Resource(Base):
    __tablename__ = "resources"
    __table_args__ = (one_of("kind", ResourceKind),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    name: Mapped[str] = mapped_column(String(100))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), unique=True)
    location: Mapped[str | None] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Appointment(Base):
    __tablename__ = "appointments"
    __table_args__ = (
        one_of("status", AppointmentStatus),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        Index("ix_appointments_resource_start", "resource_id", "starts_at"),
        Index("ix_appointments_client", "client_id"),
        Index("ix_appointments_animal", "animal_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    animal_id: Mapped[int | None] = mapped_column(ForeignKey("animals.id"))
    resource_id: Mapped[int] = mapped_column(ForeignKey("resources.id"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("resources.id"))
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime]
    appointment_type: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default=AppointmentStatus.BOOKED.value)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[dt.datetime]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    __mapper_args__ = {"version_id_col": version}
