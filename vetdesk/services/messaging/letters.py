"""Letters for the clients who can be reached neither by SMS nor e-mail: every queued letter
in one PDF, marked as sent (printed) in the same transaction (issue 11)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from vetdesk.db.models import Client, Clinic, Message
from vetdesk.documents.letters_pdf import Letter, LetterSet, render_letters
from vetdesk.domain.codes import AuditAction, Channel, MessageStatus
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.local_time import clinic_zone
from vetdesk.services.permissions import Actor, Permission, require

PRINTED = "printed"


@dataclass(frozen=True)
class PrintedLetters:
    count: int
    pdf: bytes


def print_letters(ctx: ServiceContext, actor: Actor) -> PrintedLetters:
    """The queued letters as one PDF (a page each); they count as sent from now."""
    require(actor, Permission.SEND_REMINDERS)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        rows = session.execute(
            select(Message, Client.first_name, Client.last_name)
            .join(Client, Client.id == Message.client_id)
            .where(Message.channel == Channel.LETTER.value,
                   Message.status == MessageStatus.QUEUED.value,
                   Message.claimed_at.is_(None))
            .order_by(Client.last_name, Client.first_name, Message.queued_at)
        ).all()
        clinic = session.execute(select(Clinic).limit(1)).scalar_one()
        today = now.astimezone(clinic_zone(session)).strftime("%d.%m.%Y")
        letters = tuple(Letter(
            name=f"{first} {last}", address_lines=tuple(message.recipient.splitlines()),
            date=today, subject=message.subject or "", body=message.body,
        ) for message, first, last in rows)
        clinic_lines = tuple(part for part in (
            clinic.address, " ".join(p for p in (clinic.postal_code, clinic.city) if p),
            clinic.phone and _("Phone {phone}").format(phone=clinic.phone), clinic.email)
            if part)
        pdf = render_letters(LetterSet(clinic.name, clinic_lines, _("Reminder letters"),
                                       letters))
        for message, _first, _last in rows:
            message.status, message.sent_at, message.provider_id = (
                MessageStatus.SENT.value, now, PRINTED)
        if rows:
            audit.record(session, ctx, actor, AuditAction.PRINT, entity_type="letters",
                         details={"letters": len(rows)})
    return PrintedLetters(count=len(rows), pdf=pdf)
