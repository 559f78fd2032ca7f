"""The outbox: every SMS and e-mail is a row, sent at most once (DESIGN.md, "no duplicate sends").

How a message goes out exactly once, with any number of senders (the program on two desks,
``vetdesk messages send`` from a scheduled job) and crashes at any moment:

1. It is queued under an idempotency key (``reminder:42:1``, ``appointment:7:confirm``)
   that is unique in the database: queueing again, from anywhere, adds nothing.
2. A sender claims it in a transaction of its own just before handing it over: a
   conditional UPDATE that only one sender can win. The claim fixes the reference the
   provider will know it by (the e-mail's Message-ID, the gateway's reference).
3. After the hand-over the outcome is recorded: sent (with the provider's id); not sent
   (claim released, tried again after a back-off, the error shown); refused for good (failed).
4. A claim nobody resolved (the sender was killed, the machine lost power, the connection
   broke during the hand-over) is *uncertain*. It is never sent again by itself: the list
   shows it with its reference, and a person decides (``vetdesk messages review``): "it was
   sent" (found in the mail server's log or the gateway's report) or "send it again".
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from vetdesk.db.models import Message
from vetdesk.domain.codes import WITHDRAWN_MARK, Channel, ConsentPurpose, MessageStatus
from vetdesk.messaging.outgoing import OutgoingMessage
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging.eligibility import reach

# A claim older than this without an outcome belongs to a sender that is gone.
CLAIM_LEASE = dt.timedelta(minutes=5)
FIRST_RETRY = dt.timedelta(minutes=1)
LONGEST_RETRY = dt.timedelta(hours=6)
_QUEUED = MessageStatus.QUEUED.value


@dataclass(frozen=True)
class MessageDraft:
    idempotency_key: str
    client_id: int | None
    channel: Channel
    purpose: ConsentPurpose
    recipient: str
    subject: str | None
    body: str
    reminder_id: int | None = None
    appointment_id: int | None = None
    stage: int | None = None
    calendar: str | None = None


def queue(session: Session, ctx: ServiceContext, created_by_id: int | None,
          drafts: Sequence[MessageDraft]) -> int:
    """Add the drafts whose key is new (ON CONFLICT DO NOTHING on both engines); how many."""
    if not drafts:
        return 0
    now = ctx.clock.now()
    rows = [{
        "id": uuid.uuid4(), "idempotency_key": d.idempotency_key, "client_id": d.client_id,
        "reminder_id": d.reminder_id, "appointment_id": d.appointment_id,
        "channel": d.channel.value, "purpose": d.purpose.value, "recipient": d.recipient,
        "subject": d.subject, "body": d.body, "status": _QUEUED, "attempts": 0,
        "queued_at": now, "created_by_id": created_by_id, "stage": d.stage,
        "calendar": d.calendar,
    } for d in drafts]
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    # RETURNING says what was really added (rowcount is not reliable for it on PostgreSQL).
    statement = dialect.insert(Message).on_conflict_do_nothing(
        index_elements=["idempotency_key"]).returning(Message.id)
    added = 0
    for row in rows:
        added += len(session.execute(statement.values(**row)).all())
    return added


def ready_to_send(session: Session, now: dt.datetime, channels: Sequence[str],
                  limit: int | None = None) -> list[uuid.UUID]:
    """Queued, unclaimed, not uncertain, and not waiting out a back-off; oldest first."""
    query = (
        select(Message.id)
        .where(Message.status == _QUEUED, Message.claimed_at.is_(None),
               Message.uncertain_at.is_(None), Message.channel.in_(list(channels)),
               or_(Message.next_attempt_at.is_(None), Message.next_attempt_at <= now))
        .order_by(Message.queued_at, Message.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return list(session.execute(query).scalars())


def claim(ctx: ServiceContext, message_id: uuid.UUID, token: str, reference: str
          ) -> OutgoingMessage | None:
    """Take the message for sending, in its own transaction; None if another sender has it."""
    with ctx.db.transaction() as session:
        result = session.execute(
            update(Message)
            .where(Message.id == message_id, Message.status == _QUEUED,
                   Message.claimed_at.is_(None), Message.uncertain_at.is_(None))
            .values(claimed_at=ctx.clock.now(), claim_token=token,
                    attempts=Message.attempts + 1)
            .execution_options(synchronize_session=False)
        )
        if not result.rowcount:  # type: ignore[attr-defined]
            return None
        message = session.get(Message, message_id)
        assert message is not None
        if not _may_still_reach(session, message):
            _withdraw(message)
            return None
        if message.reference is None:
            message.reference = reference
        return OutgoingMessage(
            id=message.id, channel=message.channel, recipient=message.recipient,
            subject=message.subject, body=message.body, reference=message.reference,
            calendar=message.calendar)


def _may_still_reach(session: Session, message: Message) -> bool:
    """The consent rules (eligibility.py) once more as the message is taken: whatever
    changed since it was queued and was not withdrawn then (a restriction or a refusal
    committed while a reminder run that had read the client before it was queueing) is seen
    here. A message that names no client is the program's own (a test message)."""
    if message.client_id is None:
        return True
    found = reach(session, [message.client_id], ConsentPurpose(message.purpose)).get(
        message.client_id)
    return found is not None and (Channel(message.channel), message.recipient) in found.channels


def _withdraw(message: Message) -> None:
    # As withdrawal.py does, in the claim's transaction: the key is set free.
    message.status = MessageStatus.WITHDRAWN.value
    message.claimed_at = message.claim_token = message.next_attempt_at = None
    message.idempotency_key = f"{message.idempotency_key}{WITHDRAWN_MARK}{message.id.hex}"


def _owned(message_id: uuid.UUID, token: str) -> object:
    return and_(Message.id == message_id, Message.claim_token == token,
                Message.claimed_at.is_not(None))


def mark_sent(ctx: ServiceContext, message_id: uuid.UUID, token: str, provider_id: str) -> None:
    with ctx.db.transaction() as session:
        session.execute(
            update(Message).where(_owned(message_id, token))  # type: ignore[arg-type]
            .values(status=MessageStatus.SENT.value, sent_at=ctx.clock.now(),
                    provider_id=provider_id[:100], claimed_at=None, claim_token=None,
                    failure_reason=None, next_attempt_at=None)
            .execution_options(synchronize_session=False))


def mark_not_sent(ctx: ServiceContext, message_id: uuid.UUID, token: str, reason: str,
                  *, permanent: bool) -> None:
    """Nothing went out: try again after a back-off, or give up when retrying cannot help."""
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        message = session.get(Message, message_id)
        if message is None or message.claim_token != token:
            return
        message.claimed_at, message.claim_token = None, None
        message.failure_reason = reason
        if permanent:
            message.status, message.failed_at = MessageStatus.FAILED.value, now
        else:
            message.next_attempt_at = now + retry_delay(message.attempts)


def mark_uncertain(ctx: ServiceContext, message_id: uuid.UUID, token: str, reason: str) -> None:
    with ctx.db.transaction() as session:
        session.execute(
            update(Message).where(_owned(message_id, token))  # type: ignore[arg-type]
            .values(uncertain_at=ctx.clock.now(), failure_reason=reason)
            .execution_options(synchronize_session=False))


def find_abandoned_claims(ctx: ServiceContext, reason: str) -> int:
    """Claims older than the lease with no outcome become uncertain (never resent blindly)."""
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        result = session.execute(
            update(Message)
            .where(Message.status == _QUEUED, Message.claimed_at.is_not(None),
                   Message.claimed_at < now - CLAIM_LEASE, Message.uncertain_at.is_(None))
            .values(uncertain_at=now, failure_reason=reason)
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


def retry_delay(attempts: int) -> dt.timedelta:
    """1, 2, 4, 8 … minutes after each failed attempt, at most six hours."""
    delay: dt.timedelta = FIRST_RETRY * (2 ** max(0, min(attempts - 1, 20)))
    return min(delay, LONGEST_RETRY)
