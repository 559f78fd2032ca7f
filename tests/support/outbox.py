"""Queueing test messages and setting up the clinic's e-mail, as a scenario reads."""

from __future__ import annotations

from vetdesk.db.models import Message
from vetdesk.domain.codes import Channel, ConsentPurpose
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging import outbox
from vetdesk.services.messaging.outbox import MessageDraft
from vetdesk.services.permissions import Actor
from vetdesk.services.settings.store import change_setting


def use_mail_server(ctx: ServiceContext, manager: Actor, port: int, *,
                    security: str = "none", username: str = "") -> None:
    for key, value in (("smtp.host", "127.0.0.1"), ("smtp.port", str(port)),
                       ("smtp.security", security), ("smtp.sender", "post@fjellstad.no"),
                       ("smtp.username", username)):
        change_setting(ctx, manager, key, value)


def email(key: str, to: str, *, subject: str = "Vaksinasjon av Bamse",
          body: str = "Hei! Bamse skal vaksineres innen 24.12.2026.",
          client_id: int | None = None, calendar: str | None = None) -> MessageDraft:
    return MessageDraft(idempotency_key=key, client_id=client_id, channel=Channel.EMAIL,
                        purpose=ConsentPurpose.SERVICE, recipient=to, subject=subject,
                        body=body, calendar=calendar)


def queue(ctx: ServiceContext, *drafts: MessageDraft) -> int:
    with ctx.db.transaction() as session:
        return outbox.queue(session, ctx, None, list(drafts))


def messages(ctx: ServiceContext) -> dict[str, Message]:
    """Every message by idempotency key (detached copies to read)."""
    with ctx.db.reading() as session:
        rows = session.query(Message).all()
        session.expunge_all()
    return {row.idempotency_key: row for row in rows}
