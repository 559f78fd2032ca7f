"""The clinic's settings as key and value (``vetdesk settings set KEY VALUE``).

Which keys exist, their defaults and how each is checked live in services/settings/; a new
capability adds its keys there without a migration. Secrets (SMTP password, gateway token)
are never stored here: they come from the environment or the keyring.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vetdesk.db.base import Base


class ClinicSetting(Base):
    __tablename__ = "clinic_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
