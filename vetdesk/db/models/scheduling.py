"""Appointments and the resources (vets, rooms, equipment) they are booked on.

No double booking is the database's rule, not only the program's (issue 11): on PostgreSQL
migration 0009 adds an exclusion constraint over (resource, time range) for the active
statuses (``no_double_booking``, kept out of the model: it cannot be declared portably), and
migration 0014 the same over (room, time range) (``no_double_booked_room``); on SQLite the
booking service checks for both overlaps inside its immediate (write-locked) transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
)
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
    # The calendar's column order (vets first, then rooms and equipment by default).
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ResourceHours(Base):
    """A resource's opening hours and breaks, per weekday (0 = Monday). A resource with no
    rows follows the clinic's default week (vetdesk/domain/opening_hours.py)."""

    __tablename__ = "resource_hours"
    __table_args__ = (
        CheckConstraint("kind IN ('open', 'break')", name="kind_valid"),
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_valid"),
        CheckConstraint("ends > starts", name="ends_after_start"),
        Index("ix_resource_hours_resource", "resource_id", "weekday"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resource_id: Mapped[int] = mapped_column(ForeignKey("resources.id"))
    weekday: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))
    starts: Mapped[dt.time] = mapped_column(Time)
    ends: Mapped[dt.time] = mapped_column(Time)


class HolidayOpening(Base):
    """A Norwegian public holiday on which the clinic (``resource_id`` NULL) or one resource
    is open after all; every other public holiday is closed."""

    __tablename__ = "holiday_openings"
    __table_args__ = (
        CheckConstraint("ends > starts", name="ends_after_start"),
        Index("ix_holiday_openings_day", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)
    resource_id: Mapped[int | None] = mapped_column(ForeignKey("resources.id"))
    starts: Mapped[dt.time] = mapped_column(Time)
    ends: Mapped[dt.time] = mapped_column(Time)


class CalendarMarker(Base):
    """One row whose number moves on with every change to an appointment (a trigger on both
    engines, migration 0009): a desk polls it to know when to reload its lists."""

    __tablename__ = "calendar_marker"

    id: Mapped[int] = mapped_column(primary_key=True)
    change_no: Mapped[int] = mapped_column(Integer, default=0)


class Appointment(Base):
    __tablename__ = "appointments"
    __table_args__ = (
        one_of("status", AppointmentStatus),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        Index("ix_appointments_resource_start", "resource_id", "starts_at"),
        Index("ix_appointments_client", "client_id"),
        Index("ix_appointments_animal", "animal_id"),
        Index("ix_appointments_starts_at", "starts_at"),
        Index("ix_appointments_room_start", "room_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    animal_id: Mapped[int | None] = mapped_column(ForeignKey("animals.id"))
    resource_id: Mapped[int] = mapped_column(ForeignKey("resources.id"))
    # The room or equipment the appointment holds (its own column's when booked in one):
    # never two active appointments at once (migration 0014's constraint on PostgreSQL).
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
    # Made by the booking dialog when it opens: a retry after a lost connection finds the
    # first attempt instead of booking twice.
    request_id: Mapped[uuid.UUID | None] = mapped_column(unique=True)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    arrived_at: Mapped[dt.datetime | None]

    __mapper_args__ = {"version_id_col": version}
