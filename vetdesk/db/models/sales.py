"""Invoices and their lines, kept 5 years after the financial year (bokføringsloven § 13)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, Integer, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from vetdesk.db.base import Base
from vetdesk.db.models._helpers import one_of
from vetdesk.domain.codes import InvoiceStatus


class Invoice(Base):
    __tablename__ = "invoices"
    __table_args__ = (one_of("status", InvoiceStatus),)

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_no: Mapped[int] = mapped_column(Integer, unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    issued_at: Mapped[dt.datetime]
    # Amounts in øre (hundredths of a krone) so sums are exact.
    total_ore: Mapped[int] = mapped_column(Integer)
    vat_ore: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), default=InvoiceStatus.OPEN.value)
    paid_at: Mapped[dt.datetime | None]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class InvoiceLine(Base):
    __tablename__ = "invoice_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    animal_id: Mapped[int | None] = mapped_column(ForeignKey("animals.id"))
    description: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 3))
    unit_price_ore: Mapped[int] = mapped_column(Integer)
    vat_rate_percent: Mapped[int] = mapped_column(Integer)
    amount_ore: Mapped[int] = mapped_column(Integer)
