"""What the outbox holds: counts by channel and state, and what needs a person's eye."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from vetdesk.db.models import Message
from vetdesk.domain.codes import AuditAction, MessageStatus
from vetdesk.errors import NotFound, ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging.outbox import CLAIM_LEASE
from vetdesk.services.permissions import Actor, Permission, require

# States as the outbox shows them: the stored status, refined for queued messages.
SENDING = "sending"  # claimed by a sender that is at it now
UNCERTAIN = "uncertain"  # claimed, no outcome: a person decides
WAITING = "retry_later"  # queued after a failure, waiting out the back-off


@dataclass(frozen=True)
class OutboxCount:
    channel: str
    state: str
    count: int


@dataclass(frozen=True)
class AttentionItem:
    """A message a person should look at: uncertain, failed, or retrying with an error."""

    message_id: uuid.UUID
    client_id: int | None
    channel: str
    state: str
    reference: str | None
    reason: str | None
    attempts: int
    queued_at: dt.datetime
    next_attempt_at: dt.datetime | None


@dataclass(frozen=True)
class OutboxStatus:
    counts: tuple[OutboxCount, ...]
    attention: tuple[AttentionItem, ...]


def _state(status: str, claimed_at: dt.datetime | None, uncertain_at: dt.datetime | None,
           failure_reason: str | None, now: dt.datetime) -> str:
    if status != MessageStatus.QUEUED.value:
        return status
    if uncertain_at is not None or (claimed_at is not None and claimed_at < now - CLAIM_LEASE):
        return UNCERTAIN
    if claimed_at is not None:
        return SENDING
    return WAITING if failure_reason else status


def outbox_status(ctx: ServiceContext, actor: Actor) -> OutboxStatus:
    require(actor, Permission.SEND_REMINDERS)
    now = ctx.clock.now()
    with ctx.db.reading() as session:
        grouped = session.execute(
            select(Message.channel, Message.status, func.count())
            .where(Message.status.in_([MessageStatus.SENT.value, MessageStatus.DELIVERED.value,
                                       MessageStatus.FAILURE_REVIEWED.value,
                                       MessageStatus.WITHDRAWN.value]))
            .group_by(Message.channel, Message.status)
        ).all()
        open_rows = session.execute(
            select(Message.id, Message.client_id, Message.channel, Message.status,
                   Message.claimed_at, Message.uncertain_at, Message.failure_reason,
                   Message.reference, Message.attempts, Message.queued_at,
                   Message.next_attempt_at)
            .where(Message.status.in_([MessageStatus.QUEUED.value, MessageStatus.FAILED.value]))
            .order_by(Message.queued_at, Message.id)
        ).all()
    counts: dict[tuple[str, str], int] = {(c, s): n for c, s, n in grouped}
    attention: list[AttentionItem] = []
    for row in open_rows:
        state = _state(row.status, row.claimed_at, row.uncertain_at, row.failure_reason, now)
        counts[(row.channel, state)] = counts.get((row.channel, state), 0) + 1
        if state in (UNCERTAIN, MessageStatus.FAILED.value, WAITING):
            attention.append(AttentionItem(
                row.id, row.client_id, row.channel, state, row.reference, row.failure_reason,
                row.attempts, row.queued_at, row.next_attempt_at))
    return OutboxStatus(
        counts=tuple(OutboxCount(c, s, n) for (c, s), n in sorted(counts.items())),
        attention=tuple(attention))


def review_message(ctx: ServiceContext, actor: Actor, message_id: uuid.UUID, *,
                   was_sent: bool | None) -> str:
    """A person's decision on an uncertain or failed message: it was sent (``True``), send it
    again (``False``), or, for a failed one, reviewed and left (``None``). The new state."""
    require(actor, Permission.SEND_REMINDERS)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        message = session.get(Message, message_id)
        if message is None:
            raise NotFound(_("There is no message {id}; `vetdesk messages status` lists them."
                             ).format(id=message_id))
        state = _state(message.status, message.claimed_at, message.uncertain_at,
                       message.failure_reason, now)
        if state == UNCERTAIN and was_sent is not None:
            message.claimed_at = message.claim_token = message.uncertain_at = None
            if was_sent:
                message.status, message.sent_at = MessageStatus.SENT.value, now
            message.next_attempt_at = message.failure_reason = None
        elif state == MessageStatus.FAILED.value and was_sent is None:
            message.status = MessageStatus.FAILURE_REVIEWED.value
            message.reviewed_at, message.reviewed_by_id = now, actor.user_id
        elif state == MessageStatus.FAILED.value and was_sent is False:
            message.status, message.failed_at, message.next_attempt_at = (
                MessageStatus.QUEUED.value, None, None)
            message.failure_reason = None
        else:
            raise ValidationError(_(
                "This message is {state}: only an uncertain message can be marked as sent or "
                "sent again, and only a failed one reviewed or sent again.").format(state=state))
        message.reviewed_at, message.reviewed_by_id = now, actor.user_id
        audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="message",
                     entity_id=str(message_id), client_id=message.client_id,
                     details={"fields": ["status"]})
        return _state(message.status, message.claimed_at, message.uncertain_at,
                      message.failure_reason, now)
