"""Postal code → town, so the town fills itself in (issue 8). Learnt from the clinic's own
clients: the town most of them with that postal code have."""

from __future__ import annotations

from sqlalchemy import func, select

from vetdesk.db.models import Client
from vetdesk.domain.text import ascii_digits
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require


def town_for_postcode(ctx: ServiceContext, actor: Actor, postal_code: str) -> str | None:
    """The town for a Norwegian postal code, or None when the clinic has never seen it."""
    require(actor, Permission.VIEW_CLIENTS)
    code = ascii_digits(postal_code.strip())
    if len(code) != 4 or not code.isdigit():
        return None
    with ctx.db.reading() as session:
        count = func.count()
        town = session.execute(
            select(Client.city)
            .where(Client.postal_code == code, Client.city.is_not(None), Client.city != "",
                   Client.merged_into_id.is_(None))
            .group_by(Client.city)
            .order_by(count.desc(), Client.city)
            .limit(1)
        ).scalar()
    return str(town) if town else None
