"""Owners (clients), their phones, consents and alerts."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vetdesk.db.base import Base
from vetdesk.db.models._helpers import one_of
from vetdesk.domain.codes import (
    AlertSeverity,
    Channel,
    ClientLanguage,
    ClientStatus,
    ConsentMethod,
    ConsentPurpose,
    PhoneKind,
)

if TYPE_CHECKING:
    from vetdesk.db.models.animals import Animal


class Client(Base):
    __tablename__ = "clients"
    __table_args__ = (
        one_of("status", ClientStatus),
        one_of("language", ClientLanguage),
        Index("ix_clients_search_key", "search_key"),
        Index("ix_clients_email", "email"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_no: Mapped[int] = mapped_column(Integer, unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(4))
    city: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(254))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    org_number: Mapped[str | None] = mapped_column(String(9))
    notes: Mapped[str | None] = mapped_column(Text)
    # The language the clinic writes to the client in (domain.codes.ClientLanguage).
    language: Mapped[str] = mapped_column(String(2), default=ClientLanguage.BOKMAL.value,
                                          server_default=ClientLanguage.BOKMAL.value)
    status: Mapped[str] = mapped_column(String(10), default=ClientStatus.ACTIVE.value)
    # Names folded the Norwegian way (ø→o, å→a, æ→ae...), written with the record for search.
    search_key: Mapped[str] = mapped_column(String(400), default="")
    # Optimistic locking: a stale save from another workstation is refused, never merged.
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"))
    erased_at: Mapped[dt.datetime | None]
    # Processing restricted at the client's request (GDPR art. 18): no marketing, no sending,
    # a banner wherever the client appears (services/privacy/restriction.py).
    restricted_at: Mapped[dt.datetime | None]
    # Made by the form when it opens and kept across retries, so a save repeated after a lost
    # connection finds the first attempt instead of registering the client twice (migration
    # 0005). Empty for rows from before it and from the importer.
    request_id: Mapped[uuid.UUID | None] = mapped_column(unique=True)

    __mapper_args__ = {"version_id_col": version}

    phones: Mapped[list[ClientPhone]] = relationship(
        back_populates="client",
        lazy="raise",
        cascade="all, delete-orphan",
        order_by="ClientPhone.position",
    )
    animals: Mapped[list[Animal]] = relationship(
        back_populates="owner", lazy="raise", foreign_keys="Animal.owner_id"
    )
    consents: Mapped[list[Consent]] = relationship(back_populates="client", lazy="raise")
    alerts: Mapped[list[ClientAlert]] = relationship(back_populates="client", lazy="raise")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class ClientPhone(Base):
    __tablename__ = "client_phones"
    __table_args__ = (
        one_of("kind", PhoneKind),
        Index("ix_client_phones_digits", "digits"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    e164: Mapped[str] = mapped_column(String(20))
    # The national significant number as bare digits, for "any 4+ consecutive digits" search.
    digits: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(10), default=PhoneKind.MOBILE.value)
    position: Mapped[int] = mapped_column(Integer, default=0)

    client: Mapped[Client] = relationship(back_populates="phones", lazy="raise")


class Consent(Base):
    """One consent decision. Append-only: the current state is the newest row per purpose
    and channel; withdrawing adds a row with ``granted`` false."""

    __tablename__ = "consents"
    __table_args__ = (
        one_of("purpose", ConsentPurpose),
        one_of("channel", Channel),
        one_of("method", ConsentMethod),
        Index("ix_consents_client_recorded", "client_id", "recorded_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(12))
    channel: Mapped[str] = mapped_column(String(8))
    granted: Mapped[bool] = mapped_column(Boolean)
    method: Mapped[str] = mapped_column(String(12))
    recorded_at: Mapped[dt.datetime]
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str | None] = mapped_column(Text)

    client: Mapped[Client] = relationship(back_populates="consents", lazy="raise")


class ClientAlert(Base):
    __tablename__ = "client_alerts"
    __table_args__ = (one_of("severity", AlertSeverity),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(500))
    severity: Mapped[str] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    client: Mapped[Client] = relationship(back_populates="alerts", lazy="raise")
