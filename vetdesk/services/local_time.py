"""Dates and times the way the clinic sees them, in the clinic's own time zone.

The zone is the clinic's setting (``clinics.timezone``). The composition root (the program's
start-up after sign-in, and the command line) reads it once with :func:`learn_clinic_zone` and
hands it down in the :class:`ServiceContext` (``ctx.zone``); a helper that has only a session
reads the setting with :func:`clinic_zone`. Nothing else names a zone (issue 8: three module
constants said Europe/Oslo whatever the clinic had chosen).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import Clinic
from vetdesk.services.context import DEFAULT_ZONE, ServiceContext


def clinic_zone(session: Session) -> ZoneInfo:
    """The clinic's time zone setting (the default before the clinic is set up)."""
    name = session.execute(select(Clinic.timezone).limit(1)).scalar()
    return ZoneInfo(name) if name else DEFAULT_ZONE


def learn_clinic_zone(ctx: ServiceContext) -> ZoneInfo:
    """Read the clinic's setting into ``ctx`` (and every copy of it): for the composition
    root, once the database can be read (after sign-in on a server)."""
    with ctx.db.reading() as session:
        ctx.clinic_zone.zone = clinic_zone(session)
    return ctx.zone


def clinic_today(ctx: ServiceContext) -> dt.date:
    """Today's date at the clinic (a birth date "today" is not in the future at 00:30)."""
    return ctx.clock.now().astimezone(ctx.zone).date()


def clinic_day_bounds(ctx: ServiceContext, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The clinic's ``day`` as a UTC range [start, end), for comparing stored times."""
    start = dt.datetime.combine(day, dt.time(), ctx.zone)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), ctx.zone)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def shown_moment(moment: dt.datetime, zone: ZoneInfo) -> str:
    """24.12.2026 14:30, in ``zone`` (the clinic's)."""
    return moment.astimezone(zone).strftime("%d.%m.%Y %H:%M")
