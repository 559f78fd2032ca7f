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

from sqlalchemy import String, cast, update
from sqlalchemy.orm import Session

from vetdesk.db.models import Message
from vetdesk.domain.codes import Channel, ConsentPurpose, MessageStatus

# The mark appointment_notices.py and the server's change function put in a withdrawn key.
WITHDRAWN_MARK = "~withdrawn~"


def withdraw_client_waiting(session: Session, client_id: int, *,
                            refused: tuple[ConsentPurpose, Channel] | None = None) -> int:
    """Withdraw the client's messages no sender has taken yet (only those of one purpose on
    one channel, when the client has just ``refused`` it); how many. One conditional UPDATE:
    a sender claiming the same row at the same moment either wins or finds it withdrawn."""
    only = () if refused is None else (Message.purpose == refused[0].value,
                                       Message.channel == refused[1].value)
    rows = session.execute(
        update(Message)
        .where(Message.client_id == client_id,
               Message.status == MessageStatus.QUEUED.value, Message.claimed_at.is_(None),
               Message.uncertain_at.is_(None), *only)
        .values(status=MessageStatus.WITHDRAWN.value, next_attempt_at=None,
                idempotency_key=Message.idempotency_key + WITHDRAWN_MARK
                + cast(Message.id, String))
        .returning(Message.id)
        .execution_options(synchronize_session=False)
    ).all()
    return len(rows)
