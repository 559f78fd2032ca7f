"""The clinic's lock period: how long a draft may stay unsigned before it is signed in its
author's name. Its own module because the sign-in notice needs only this (issue 9)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import Clinic

DEFAULT_LOCK_HOURS = 24


def lock_hours(session: Session) -> int:
    hours = session.execute(select(Clinic.journal_lock_hours).limit(1)).scalar()
    return int(hours) if hours else DEFAULT_LOCK_HOURS
