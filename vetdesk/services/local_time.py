"""Dates and times the way the clinic sees them (Europe/Oslo), for rules and messages."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from vetdesk.services.context import ServiceContext

CLINIC_ZONE = ZoneInfo("Europe/Oslo")


def clinic_today(ctx: ServiceContext) -> dt.date:
    """Today's date at the clinic (a birth date "today" is not in the future at 00:30)."""
    return ctx.clock.now().astimezone(CLINIC_ZONE).date()


def shown_moment(moment: dt.datetime) -> str:
    """24.12.2026 14:30, in the clinic's time zone."""
    return moment.astimezone(CLINIC_ZONE).strftime("%d.%m.%Y %H:%M")
