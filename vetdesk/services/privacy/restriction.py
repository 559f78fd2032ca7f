"""Restriction of processing (GDPR art. 18): the client is marked, nothing is sent to them
(services/messaging/eligibility.py reads the same mark; what already waits in the outbox is
withdrawn, services/messaging/withdrawal.py), and every screen can ask
:func:`is_restricted` to show its banner.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import Client
from vetdesk.domain.codes import AuditAction
from vetdesk.errors import ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging.withdrawal import withdraw_client_waiting
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.privacy import requests
from vetdesk.services.privacy.inspect import client_id_for


def is_restricted(session: Session, client_id: int) -> bool:
    """True while the client's processing is restricted: show the banner, send nothing."""
    return session.execute(
        select(Client.restricted_at).where(Client.id == client_id)).scalar_one_or_none() is not None


def restrict_client(ctx: ServiceContext, actor: Actor, client_no: int, *,
                    request_no: int | None = None) -> None:
    """Restrict processing: no marketing, no messages, a banner wherever the client appears."""
    _set(ctx, actor, client_no, restricted=True, request_no=request_no)


def lift_restriction(ctx: ServiceContext, actor: Actor, client_no: int) -> None:
    _set(ctx, actor, client_no, restricted=False, request_no=None)


def _set(ctx: ServiceContext, actor: Actor, client_no: int, *, restricted: bool,
         request_no: int | None) -> None:
    require(actor, Permission.MANAGE_PRIVACY)
    with ctx.db.transaction() as session:
        client = session.get(Client, client_id_for(session, client_no))
        assert client is not None
        if client.erased_at is not None:
            raise ValidationError(_("Client {client_no} is erased; there is nothing left to "
                                    "restrict.").format(client_no=client_no))
        if (client.restricted_at is not None) == restricted:
            return  # already so: asking twice changes nothing
        client.restricted_at = ctx.clock.now() if restricted else None
        session.flush()
        if restricted:
            # Nothing is sent from now on: also not what was queued before and still waits.
            withdraw_client_waiting(session, client.id)
        audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="client",
                     entity_id=client.id, client_id=client.id,
                     details={"fields": ["restricted_at"], "restricted": restricted})
        if request_no is not None:
            requests.record_produced(session, ctx, actor, request_no, "restriction")
