"""The calendar's change marker: one number a trigger moves on with every change to an
appointment (migration 0009), so a desk polls one tiny row to know its list is stale."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import CalendarMarker
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require


def read_marker(session: Session) -> int:
    found = session.execute(
        select(CalendarMarker.change_no).where(CalendarMarker.id == 1)
    ).scalar_one_or_none()
    return int(found or 0)


def calendar_marker(ctx: ServiceContext, actor: Actor) -> int:
    """The change marker alone: one statement a desk polls every few seconds."""
    require(actor, Permission.VIEW_CLIENTS)
    with ctx.db.reading() as session:
        return read_marker(session)
