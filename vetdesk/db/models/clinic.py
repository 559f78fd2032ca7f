"""The practice itself and the people who sign in to it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Integer, String, Text, false
from sqlalchemy.orm import Mapped, deferred, mapped_column

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
    # Prescriptions: refuse to issue without the vet's HPR number (the rule asks for it only
    # where the vet has one), and let a vet cancel another vet's prescription.
    prescription_hpr_required: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false())
    cancel_others_prescriptions: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false())
    created_at: Mapped[dt.datetime]


class User(Base):
    """A person who signs in.

    On PostgreSQL each user is a login role (``login_role``) whose password only the server
    knows, so ``password_hash`` stays empty there and no staff role may read the column; on
    SQLite the program checks the argon2 hash itself. The credential columns are deferred so
    an ordinary ``select(User)`` never asks for them (the server would refuse).
    """

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
    password_hash: Mapped[str | None] = deferred(
        mapped_column(Text, nullable=True), group="credentials"
    )
    # The PostgreSQL login role this person connects as (``<database>_<username>``).
    login_role: Mapped[str | None] = mapped_column(String(63), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Consecutive failed sign-ins since the last success (SQLite; see SigninThrottle).
    failed_signins: Mapped[int] = deferred(
        mapped_column(Integer, default=0, nullable=False), group="credentials"
    )
    last_failed_signin_at: Mapped[dt.datetime | None] = deferred(
        mapped_column(nullable=True), group="credentials"
    )
    last_signin_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime]


class SigninThrottle(Base):
    """Failed sign-ins per typed username, known or not (SQLite, where the program checks
    passwords). Held in the database, not in one process, so sixteen processes guessing in
    parallel wait as long as one: an attempt before ``not_before`` is refused unchecked."""

    __tablename__ = "signin_throttle"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    not_before: Mapped[dt.datetime]
    locked_until: Mapped[dt.datetime | None]
