"""Queue the reminders that are due: per consent and channel, each exactly once (issue 11).

The idempotency key is the recall and the step (``reminder:42:1``, ``reminder:42:2``), not the
channel: a client whose consent changes between two runs still gets one first reminder.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select, update

from vetdesk.db.models import Clinic, Reminder
from vetdesk.domain.codes import (
    AuditAction,
    Channel,
    ConsentPurpose,
    ReminderStatus,
    client_language,
)
from vetdesk.domain.phones import phone_in_text
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging import outbox
from vetdesk.services.messaging.due import (
    FIRST,
    SECOND,
    DueFilter,
    DueRecall,
    ReminderTiming,
    check_period,
    due_rows,
)
from vetdesk.services.messaging.outbox import MessageDraft
from vetdesk.services.messaging.templates import WHAT, render
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.settings.store import effective_settings


@dataclass(frozen=True)
class QueueResult:
    by_channel: dict[str, int]  # newly queued, per channel (sms, email, letter)
    not_reachable: int  # no channel allowed (refused, restricted, no address)
    already_queued: int  # queued before (another desk, an earlier run)
    to_call: int  # past the second reminder without a booking: the desk rings


def queue_reminders(ctx: ServiceContext, actor: Actor, wanted: DueFilter) -> QueueResult:
    """Queue the first or second reminder of every recall in the period, in one transaction."""
    require(actor, Permission.SEND_REMINDERS)
    check_period(wanted.start, wanted.end)
    today = ctx.clock.now().date()
    with ctx.db.transaction() as session:
        settings = effective_settings(session)
        clinic = session.execute(select(Clinic.name, Clinic.phone).limit(1)).one_or_none()
        rows = due_rows(session, wanted, today, ReminderTiming.from_settings(settings))
        drafts: list[MessageDraft] = []
        unreachable = to_call = 0
        for row in rows:
            if row.step not in (FIRST, SECOND):
                to_call += row.step == "call"
                continue
            if row.channel is None or row.recipient is None:
                unreachable += 1
                continue
            drafts.append(_draft(row, settings, client_language(row.language).value, clinic))
        counts: Counter[str] = Counter()
        for draft in drafts:
            if outbox.queue(session, ctx, actor.user_id, [draft]):
                counts[draft.channel.value] += 1
        first_ids = [d.reminder_id for d in drafts if d.stage == 1]
        if first_ids:
            session.execute(update(Reminder).where(Reminder.id.in_(first_ids),
                                                   Reminder.status == ReminderStatus.DUE.value)
                            .values(status=ReminderStatus.SENT.value))
        added = sum(counts.values())
        if added:
            audit.record(session, ctx, actor, AuditAction.CREATE, entity_type="messages",
                         details={"queued": dict(counts)})
    return QueueResult(by_channel=dict(counts), not_reachable=unreachable,
                       already_queued=len(drafts) - added, to_call=to_call)


def _draft(row: DueRecall, settings: dict[str, str], language: str,
           clinic: object) -> MessageDraft:
    stage = 1 if row.step == FIRST else 2
    texts = render(settings, "recall" if stage == 1 else "recall_second", language, {
        "client": row.client_first_name, "animal": row.animal_name,
        "what": WHAT.get(language, WHAT["nb"]).get(row.kind, row.kind),
        "date": row.due_on.strftime("%d.%m.%Y"),
        "clinic": getattr(clinic, "name", "") or "",
        "clinic_phone": phone_in_text(getattr(clinic, "phone", None)),
    })
    assert row.channel is not None
    channel = Channel(row.channel)
    sms = channel is Channel.SMS
    return MessageDraft(
        idempotency_key=f"reminder:{row.reminder_id}:{stage}", client_id=row.client_id,
        channel=channel, purpose=ConsentPurpose.SERVICE, recipient=str(row.recipient)[:254],
        subject=None if sms else texts.subject[:200], body=texts.sms if sms else texts.body,
        reminder_id=row.reminder_id, stage=stage)
