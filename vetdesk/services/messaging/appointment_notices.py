"""Telling the client when a booking is moved or cancelled (issue 11).

The notice is queued in the move's or the cancellation's own transaction, like the booking's
confirmation (booking_confirmation.py): the change and its notice stand or fall together, and
the consent rules are the same (eligibility.py: SMS, else e-mail; nothing to a restricted or
erased client, nothing on a channel the client refused for service messages).

**A stale time is never sent.** Before the new notice is queued, this appointment's messages
that are still waiting in the outbox (queued, not claimed by a sender, not uncertain) are
*withdrawn*: their status says so and their idempotency key is set free. So:

- moved twice before the sender ran: one notice goes, with the last time;
- moved before its confirmation went: the confirmation goes, with the new time (the client
  never heard of the old one), under its own key ``appointment:N:confirm``;
- a queued reminder (``appointment:N:remind:START``) is withdrawn, and one for the new time
  (its own key, as its start differs) is queued by the next ``reminders appointments`` run,
  also when the old one had already gone;
- cancelled: whatever was waiting is withdrawn and the cancellation goes.

A message a sender has already claimed is on its way and is left alone: the notice queued
after it corrects it.

Keys: ``appointment:N:moved:V`` (V the appointment's version after the move, so each move has
its own and a retried transaction never queues two) and ``appointment:N:cancelled``. A move
to the time the appointment already has changes nothing and queues nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from sqlalchemy import update
from sqlalchemy.orm import Session

from vetdesk.db.models import Appointment, Message
from vetdesk.domain.codes import WITHDRAWN_MARK
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging import outbox
from vetdesk.services.messaging.appointments import appointment_drafts, appointment_facts
from vetdesk.services.messaging.withdrawal import still_waiting, withdrawn
from vetdesk.services.permissions import Actor, Permission
from vetdesk.services.settings.store import effective_settings

SWITCH = "appointments.notify_changes"
Change = Literal["moved", "cancelled"]


def withdraw_waiting(session: Session, appointment_id: int) -> list[str]:
    """Withdraw the appointment's messages no sender has taken yet; their former keys.

    One conditional UPDATE: a sender claiming the same row at the same moment either wins
    (the row is no longer queued-and-unclaimed here) or waits and finds it withdrawn."""
    rows = session.execute(
        update(Message)
        .where(Message.appointment_id == appointment_id, *still_waiting())
        # The key is set free for the notice about the new time.
        .values(**withdrawn())
        .returning(Message.idempotency_key)
        .execution_options(synchronize_session=False)
    ).scalars().all()
    return [key.split(WITHDRAWN_MARK)[0] for key in rows]


def queue_change_notice(session: Session, ctx: ServiceContext, actor: Actor,
                        row: Appointment, change: Change) -> str | None:
    """Withdraw what is waiting and queue the notice of ``change``; the channel it goes by,
    or None (the person may not send messages, the clinic switched notices off, the
    appointment is over, or the client may not or cannot get one)."""
    if not actor.can(Permission.SEND_REMINDERS):
        return None
    withdrawn = withdraw_waiting(session, row.id)
    if effective_settings(session).get(SWITCH, "1") == "0" or row.ends_at <= ctx.clock.now():
        return None
    kind = "appointment_cancelled" if change == "cancelled" else "appointment_moved"
    if change == "moved" and any(key.endswith(":confirm") for key in withdrawn):
        kind = "appointment_confirmation"
    drafts = appointment_drafts(session, ctx, appointment_facts(session, [row.id]), kind,
                                version=row.version)
    if not drafts or not outbox.queue(session, ctx, actor.user_id, drafts):
        return None
    return drafts[0].channel.value


def worth_telling(before: tuple[dt.datetime, dt.datetime, int], row: Appointment) -> bool:
    """Whether the client has something to be told: another time or another vet."""
    return before != (row.starts_at, row.ends_at, row.resource_id)
