"""Delivery status by polling the SMS gateway (issue 11), beside the pushed reports of
``vetdesk messages receive``.

Which messages are asked about: SMS that are sent but neither delivered nor failed, sent
within the last three days (after that the gateway has given up too, and the message stays
"sent"), and whose next question is due. Also an *uncertain* SMS (the gateway did not answer
after the request went out, outbox.py) where the gateway can be asked by our reference
(``$reference`` in the address) or knows its id: a report of delivered or failed settles it,
so nobody has to decide and it is never sent twice; otherwise it waits for a person as
before (``messages review`` clears the next question's time).

A message is asked about again after half its age, at least 30 seconds and at most an hour
later: often while an answer is likely, rarely after. ``next_attempt_at``, the queued
message's back-off, holds that time for a sent one (sending clears it), so the outbox index
finds both.

A gateway that is down, slow (``sms.timeout``) or refusing us ends the round; the messages
not asked about are asked the next time. An answer that is neither delivered nor failed
("buffered", "enroute", unknown there yet) puts the next question off. Delivered or failed
is recorded exactly as a pushed report is (``record_delivery``), so both ways end alike.

It runs after every ``vetdesk messages send``, as ``vetdesk messages poll``, after the
Reminders page sends, and every minute in the program while the clinic has a status address.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select, update

from vetdesk.db.base import UTCDateTime
from vetdesk.db.models import Message
from vetdesk.domain.changes import Changes
from vetdesk.domain.codes import Channel, MessageStatus
from vetdesk.messaging.sms_status import GatewayStatus, SmsStatusClient, StatusUnavailable
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging.channels import sms_config
from vetdesk.services.messaging.delivery import (
    DELIVERED_WORDS,
    FAILED_WORDS,
    DeliveryReport,
    record_delivery,
)
from vetdesk.services.messaging.secrets import MessagingSecrets
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.settings.store import effective_settings

STATUS_URL = "sms.status_url"
POLL_FOR = dt.timedelta(days=3)
FIRST_POLL = dt.timedelta(seconds=30)
LONGEST_POLL = dt.timedelta(hours=1)
_SENT = MessageStatus.SENT.value
_QUEUED = MessageStatus.QUEUED.value

StatusAsker = Callable[[], SmsStatusClient]


@dataclass
class PollReport:
    # False where the clinic has no status address (nothing asked; not an error).
    configured: bool = True
    checked: int = 0
    delivered: int = 0
    failed: int = 0
    pending: int = 0
    # Why the round ended early (the gateway down, slow or refusing us).
    stopped: str | None = None
    # The clients whose messages changed (the program refreshes their cards).
    client_ids: set[int] | None = None

    @property
    def changes(self) -> Changes:
        return Changes.of_clients(*(self.client_ids or ()))


def poll_delay(age: dt.timedelta) -> dt.timedelta:
    """When to ask again about a message sent ``age`` ago: half its age, 30 s to 1 h."""
    return min(max(age / 2, FIRST_POLL), LONGEST_POLL)


def poll_delivery(ctx: ServiceContext, actor: Actor, secrets: MessagingSecrets, *,
                  limit: int | None = None, asker: StatusAsker | None = None) -> PollReport:
    """Ask the gateway about the sent SMS whose question is due; what it said."""
    require(actor, Permission.SEND_REMINDERS)
    now = ctx.clock.now()
    with ctx.db.reading() as session:
        settings = effective_settings(session)
        template, config = settings.get(STATUS_URL), sms_config(settings, secrets)
        if not template or config is None:
            return PollReport(configured=False)
        since = func.coalesce(Message.sent_at, Message.uncertain_at, type_=UTCDateTime())
        uncertain = and_(Message.status == _QUEUED, Message.uncertain_at.is_not(None))
        if "$reference" in template:
            uncertain = and_(uncertain, Message.reference.is_not(None))
        else:
            uncertain = and_(uncertain, Message.provider_id.is_not(None))
        query = (
            select(Message.id, Message.provider_id, Message.reference,
                   since.label("since"), Message.client_id)
            .where(Message.channel == Channel.SMS.value,
                   or_(Message.status == _SENT, uncertain), since >= now - POLL_FOR,
                   or_(Message.next_attempt_at.is_(None), Message.next_attempt_at <= now))
            .order_by(since, Message.queued_at, Message.id))
        due = session.execute(query.limit(limit) if limit is not None else query).all()
    report = PollReport(client_ids=set())
    if not due:
        return report
    client = asker() if asker is not None else SmsStatusClient(config, template)
    later: dict[uuid.UUID, dt.datetime] = {}
    try:
        for row in due:
            try:
                answer = client.status(row.provider_id, row.reference)
            except StatusUnavailable as exc:
                later[row.id] = now + poll_delay(now - row.since)
                if exc.stop:
                    report.stopped = exc.reason
                    break
                continue
            report.checked += 1
            if not _settles(ctx, actor, row, answer, report):
                report.pending += 1
                later[row.id] = now + poll_delay(now - row.since)
    finally:
        client.close()
    _put_off(ctx, later)
    return report


def _settles(ctx: ServiceContext, actor: Actor, row: Any, answer: GatewayStatus,
             report: PollReport) -> bool:
    word = answer.status.lower()
    if word not in DELIVERED_WORDS | FAILED_WORDS:
        return False
    status = record_delivery(ctx, actor, DeliveryReport(
        None, answer.status, row.provider_id, row.reference, answer.error_code))
    if status == MessageStatus.DELIVERED.value:
        report.delivered += 1
    elif status == MessageStatus.FAILED.value:
        report.failed += 1
    else:
        return False
    if row.client_id is not None and report.client_ids is not None:
        report.client_ids.add(row.client_id)
    return True


def _put_off(ctx: ServiceContext, later: dict[uuid.UUID, dt.datetime]) -> None:
    """The next question's time for each message still open (one transaction)."""
    if not later:
        return
    with ctx.db.transaction() as session:
        for message_id, when in later.items():
            # Only while still open: a report or a person's decision in between wins.
            session.execute(
                update(Message).where(Message.id == message_id, or_(
                    Message.status == _SENT,
                    and_(Message.status == _QUEUED, Message.uncertain_at.is_not(None))))
                .values(next_attempt_at=when).execution_options(synchronize_session=False))
