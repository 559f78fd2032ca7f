"""What comes back from the SMS gateway: delivery reports, and replies such as STOP.

The Norwegian providers post the number, the status, their id for the message, our reference
and an error code. A report finds its message by our reference first (fixed when the message
was claimed), else by the provider's id. A reply "STOP" (or "STOPP") withdraws the marketing
consent for SMS at once, in the consent ledger; service messages (appointments, recalls) keep
going unless the client refuses those too.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select

from vetdesk.db.models import Client, ClientPhone, Consent, Message
from vetdesk.domain.codes import (
    AuditAction,
    Channel,
    ConsentMethod,
    ConsentPurpose,
    MessageStatus,
)
from vetdesk.domain.phones import PhoneError, parse_phone
from vetdesk.services import audit
from vetdesk.services.clients import current_consents
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require

DELIVERED_WORDS = frozenset({"delivered", "delivrd", "ok", "success", "received"})
FAILED_WORDS = frozenset({"failed", "undeliv", "undelivered", "rejected", "expired",
                          "error", "rejectd", "deleted", "unknown"})
STOP_WORDS = frozenset({"STOP", "STOPP", "STANS"})


@dataclass(frozen=True)
class DeliveryReport:
    number: str | None
    status: str
    provider_id: str | None
    reference: str | None
    error_code: str | None = None


@dataclass(frozen=True)
class InboundSms:
    number: str
    text: str


def record_delivery(ctx: ServiceContext, actor: Actor, report: DeliveryReport) -> str | None:
    """Apply a delivery report; the message's new status, or None (unknown message, or a
    status that is neither delivered nor failed, like "buffered")."""
    require(actor, Permission.SEND_REMINDERS)
    word = report.status.strip().lower()
    if word not in DELIVERED_WORDS | FAILED_WORDS:
        return None
    keys = [c for c in (Message.reference == report.reference if report.reference else None,
                        Message.provider_id == report.provider_id if report.provider_id
                        else None) if c is not None]
    if not keys:
        return None
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        message = session.execute(
            select(Message).where(or_(*keys)).order_by(Message.queued_at.desc()).limit(1)
        ).scalar_one_or_none()
        if message is None or message.status == MessageStatus.FAILURE_REVIEWED.value:
            return None
        if word in DELIVERED_WORDS:
            message.status, message.delivered_at = MessageStatus.DELIVERED.value, now
            message.failure_reason = None
        else:
            message.status, message.failed_at = MessageStatus.FAILED.value, now
            message.failure_reason = f"{report.status} {report.error_code or ''}".strip()
        # A report can come before we recorded "sent" (a crash in between): it settles it.
        if message.sent_at is None:
            message.sent_at = now
        message.claimed_at = message.claim_token = message.uncertain_at = None
        if report.provider_id and not message.provider_id:
            message.provider_id = report.provider_id[:100]
        audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="message",
                     entity_id=str(message.id), client_id=message.client_id,
                     details={"fields": ["status"]})
        return message.status


def record_inbound(ctx: ServiceContext, actor: Actor, inbound: InboundSms) -> list[int]:
    """A reply from a client; STOP withdraws SMS marketing for every client with that mobile
    number at once. The clients whose consent changed."""
    require(actor, Permission.SEND_REMINDERS)
    if inbound.text.strip().upper().rstrip(".!") not in STOP_WORDS:
        return []
    try:
        e164 = parse_phone(inbound.number).e164
    except PhoneError:
        return []
    changed: list[int] = []
    with ctx.db.transaction() as session:
        client_ids = session.execute(
            select(ClientPhone.client_id).join(Client, Client.id == ClientPhone.client_id)
            .where(ClientPhone.e164 == e164, Client.erased_at.is_(None)).distinct()
        ).scalars().all()
        for client_id in client_ids:
            state = current_consents(session, client_id)
            if state.get((ConsentPurpose.MARKETING.value, Channel.SMS.value)) is False:
                continue
            session.add(Consent(
                client_id=client_id, purpose=ConsentPurpose.MARKETING.value,
                channel=Channel.SMS.value, granted=False, method=ConsentMethod.SMS_REPLY.value,
                recorded_at=ctx.clock.now(), recorded_by_id=actor.user_id,
                note="STOP"))
            audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="consent",
                         entity_id=client_id, client_id=client_id,
                         details={"consents": ["marketing/sms=no"], "method": "sms_reply"})
            changed.append(client_id)
    return changed
