"""Posten's public postal code register, imported with ``vetdesk postcodes import FILE``."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from vetdesk.db.base import Base


class PostalCode(Base):
    __tablename__ = "postal_codes"

    postal_code: Mapped[str] = mapped_column(String(4), primary_key=True)
    town: Mapped[str] = mapped_column(String(100))
    municipality: Mapped[str | None] = mapped_column(String(100))
