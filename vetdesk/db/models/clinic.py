"""The practice itself and the people who sign in to it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vetdesk.db.base import Base
from vetdesk.db.models._helpers import one_of
from vetdesk.domain.codes import Role


class Clinic(Base):
    """One row: the practice this database belongs to (one database per practice)."""

    __tablename__ = "clinic"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    org_number: Mapped[str | None] = mapped_column(String(9))
    address: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(4))
    city: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Oslo")
    locale: Mapped[str] = mapped_column(String(10), default="nb_NO")
    # Drafts older than this are signed automatically in their author's name (DOMAIN.md).
    journal_lock_hours: Mapped[int] = mapped_column(Integer, default=24)
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=10)
    created_at: Mapped[dt.datetime]


class User(Base):
    __tablename__ = "users"
    __table_args__ = (one_of("role", Role),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    # Helsepersonellregisteret number, printed on prescriptions (vets only).
    hpr_number: Mapped[str | None] = mapped_column(String(9))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Consecutive failed sign-ins since the last success; drives the growing delay.
    failed_signins: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_signin_at: Mapped[dt.datetime | None]
    last_signin_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime]
