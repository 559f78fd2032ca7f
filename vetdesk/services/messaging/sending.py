"""Send what is queued: claim, hand over, record the outcome, one message at a time.

Runs in the program's background (the Reminders page, with progress and cancel) and as
``vetdesk messages send`` for a scheduled job; any number may run at once (outbox.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select

from vetdesk.db.models import Message
from vetdesk.domain.codes import AuditAction
from vetdesk.i18n import _
from vetdesk.messaging.outgoing import MaybeSent, NotSent, OutgoingMessage, Transport
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging import outbox
from vetdesk.services.permissions import Actor, Permission, require

TransportOpener = Callable[[], Transport]
Progress = Callable[[int, int], None]


@dataclass
class SendReport:
    sent: int = 0
    retry_later: int = 0
    failed: int = 0
    uncertain: int = 0
    abandoned_found: int = 0
    cancelled: bool = False
    # Channel → why it was not used this time (not set up, server unreachable).
    unavailable: dict[str, str] = field(default_factory=dict)


def send_queued(
    ctx: ServiceContext,
    actor: Actor,
    transports: Mapping[str, TransportOpener],
    *,
    references: Mapping[str, Callable[[uuid.UUID], str]] | None = None,
    not_configured: Mapping[str, str] | None = None,
    limit: int | None = None,
    should_stop: Callable[[], bool] | None = None,
    progress: Progress | None = None,
) -> SendReport:
    """Send the queued messages of the channels in ``transports``; letters are printed, not
    sent. ``references`` makes each message's reference (the e-mail's Message-ID)."""
    require(actor, Permission.SEND_REMINDERS)
    report = SendReport(unavailable=dict(not_configured or {}))
    report.abandoned_found = outbox.find_abandoned_claims(ctx, _(
        "The sender stopped while handing this message over; check whether it arrived "
        "(reference below) before sending it again."))
    with ctx.db.reading() as session:
        pending = outbox.ready_to_send(session, ctx.clock.now(), list(transports), limit)
    channel_of = _channels(ctx, pending)
    opened: dict[str, Transport] = {}
    token = str(uuid.uuid4())
    try:
        for done, message_id in enumerate(pending):
            if should_stop is not None and should_stop():
                report.cancelled = True
                break
            if progress is not None:
                progress(done, len(pending))
            channel = channel_of[message_id]
            if channel in report.unavailable:
                continue
            reference = (references or {}).get(channel, _plain_reference)(message_id)
            message = outbox.claim(ctx, message_id, token, reference)
            if message is None:
                continue  # another sender took it
            transport = opened.get(channel) or opened.setdefault(channel, transports[channel]())
            down = _hand_over(ctx, transport, token, message, report)
            if down is not None:
                # The rest of this channel waits untouched for the next run.
                report.unavailable[channel] = down
        else:
            if progress is not None:
                progress(len(pending), len(pending))
    finally:
        for transport in opened.values():
            transport.close()
    _audit(ctx, actor, report)
    return report


def _hand_over(ctx: ServiceContext, transport: Transport, token: str,
               message: OutgoingMessage, report: SendReport) -> str | None:
    """Send one claimed message and record the outcome; the reason when the channel is down."""
    try:
        provider_id = transport.send(message)
    except NotSent as exc:
        outbox.mark_not_sent(ctx, message.id, token, exc.reason, permanent=exc.permanent)
        if exc.permanent:
            report.failed += 1
        else:
            report.retry_later += 1
        return exc.reason if exc.unreachable else None
    except MaybeSent as exc:
        outbox.mark_uncertain(ctx, message.id, token, exc.reason)
        report.uncertain += 1
        return exc.reason
    outbox.mark_sent(ctx, message.id, token, provider_id)
    report.sent += 1
    return None


def _channels(ctx: ServiceContext, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    with ctx.db.reading() as session:
        rows = session.execute(select(Message.id, Message.channel)
                               .where(Message.id.in_(ids))).all()
    return {row.id: row.channel for row in rows}


def _plain_reference(message_id: uuid.UUID) -> str:
    return message_id.hex


def email_reference(sender: str) -> Callable[[uuid.UUID], str]:
    """A Message-ID in the sender's domain: ``<hex@dyreklinikk.no>``."""
    domain = sender.rpartition("@")[2] or "vetdesk.invalid"

    def reference(message_id: uuid.UUID) -> str:
        return f"<{message_id.hex}@{domain}>"
    return reference


def _audit(ctx: ServiceContext, actor: Actor, report: SendReport) -> None:
    counts = {"sent": report.sent, "retry_later": report.retry_later, "failed": report.failed,
              "uncertain": report.uncertain}
    if not any(counts.values()):
        return
    with ctx.db.transaction() as session:
        audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="messages",
                     details=counts)
