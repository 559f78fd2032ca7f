"""Withdrawing what waits in the outbox for a client who may no longer be sent it.

A restriction of processing (GDPR art. 18) means nothing is sent from then on, a refused
channel nothing more of that kind on it: the consent rules (eligibility.py) keep new
messages from being queued, and this takes back the ones queued before and still waiting (a
booking's confirmation, a reminder, a notice), which the next send run would otherwise send
(the sender does not look at consents). As with a moved appointment's notices
(appointment_notices.py), a message a sender has already claimed is on its way and is left
alone, and a withdrawn message's idempotency key is set free (an appointment reminder can be
queued again once the restriction is lifted; a recall whose first reminder was withdrawn
stays marked as reminded).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import String, and_, cast, func, or_, select, update
from sqlalchemy.orm import Session

from vetdesk.db.models import Client, ClientPhone, Message
from vetdesk.domain.codes import (
    WITHDRAWN_MARK,
    Channel,
    ConsentPurpose,
    MessageStatus,
    PhoneKind,
)


def still_waiting() -> tuple[Any, ...]:
    """A message no sender has taken yet: queued, not claimed, not in doubt."""
    return (Message.status == MessageStatus.QUEUED.value, Message.claimed_at.is_(None),
            Message.uncertain_at.is_(None))


def withdrawn() -> dict[str, Any]:
    """The values that withdraw a message in an UPDATE, its key set free."""
    return {"status": MessageStatus.WITHDRAWN.value, "next_attempt_at": None,
            "idempotency_key": Message.idempotency_key + WITHDRAWN_MARK
            + cast(Message.id, String)}


def withdraw_client_waiting(session: Session, client_id: int, *,
                            refused: tuple[ConsentPurpose, Channel] | None = None) -> int:
    """Withdraw the client's messages no sender has taken yet (only those of one purpose on
    one channel, when the client has just ``refused`` it); how many. One conditional UPDATE:
    a sender claiming the same row at the same moment either wins or finds it withdrawn."""
    only = () if refused is None else (Message.purpose == refused[0].value,
                                       Message.channel == refused[1].value)
    rows = session.execute(
        update(Message)
        .where(Message.client_id == client_id, *still_waiting(), *only)
        .values(**withdrawn())
        .returning(Message.id)
        .execution_options(synchronize_session=False)
    ).all()
    return len(rows)


def withdraw_to_old_addresses(session: Session, client_ids: Iterable[int]) -> int:
    """Withdraw the clients' waiting SMS and e-mails whose recipient is no longer the client's
    mobile number (the first, as eligibility.py picks it) or e-mail address: after a change,
    a message rendered for the old one does not go to whoever has it now (the booking's
    write decides the same way, db/security/message_recheck.py). One statement for any
    number of clients (an import's batch); how many were withdrawn."""
    ids = sorted(set(client_ids))
    if not ids:
        return 0
    mobile = (select(ClientPhone.e164)
              .where(ClientPhone.client_id == Message.client_id,
                     ClientPhone.kind == PhoneKind.MOBILE.value)
              .order_by(ClientPhone.position, ClientPhone.id).limit(1).scalar_subquery())
    email = select(Client.email).where(Client.id == Message.client_id).scalar_subquery()
    rows = session.execute(
        update(Message)
        .where(Message.client_id.in_(ids),
               *still_waiting(),
               or_(and_(Message.channel == Channel.SMS.value,
                        Message.recipient != func.coalesce(mobile, "")),
                   and_(Message.channel == Channel.EMAIL.value,
                        Message.recipient != func.coalesce(email, ""))))
        .values(**withdrawn())
        .returning(Message.id)
        .execution_options(synchronize_session=False)
    ).all()
    return len(rows)
