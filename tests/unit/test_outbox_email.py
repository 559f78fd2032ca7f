"""E-mail through a real SMTP server on this computer: exactly what was queued arrives, once,
whatever fails on the way (issue 11)."""

from __future__ import annotations

import datetime as dt
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.mail_server import MailServer, free_port, self_signed_certificate
from tests.support.outbox import email, messages, queue, use_mail_server
from vetdesk.clock import FixedClock
from vetdesk.errors import PermissionDenied, ValidationError
from vetdesk.messaging.outgoing import MaybeSent, OutgoingMessage
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging import outbox
from vetdesk.services.messaging.channels import send_outbox
from vetdesk.services.messaging.secrets import MessagingSecrets
from vetdesk.services.messaging.sending import send_queued
from vetdesk.services.messaging.status import outbox_status, review_message
from vetdesk.services.permissions import Actor

NO_SECRETS = MessagingSecrets(environ={})
INVITATION = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"


@pytest.fixture
def server() -> Iterator[MailServer]:
    with MailServer() as running:
        yield running


def test_what_was_queued_arrives_once(ctx: ServiceContext, manager: Actor,
                                      receptionist: Actor, server: MailServer) -> None:
    use_mail_server(ctx, manager, server.port)
    assert queue(ctx, email("reminder:1:1", "kari@example.no"),
                 email("appointment:7:confirm", "per@example.no", subject="Timebekreftelse",
                       body="Bamse har time 24.12.2026 kl. 10:00.", calendar=INVITATION)) == 2
    # Queued again (a second desk, a retry): nothing is added.
    assert queue(ctx, email("reminder:1:1", "kari@example.no")) == 0

    report = send_outbox(ctx, receptionist, NO_SECRETS)
    assert (report.sent, report.retry_later, report.failed, report.uncertain) == (2, 0, 0, 0)
    assert send_outbox(ctx, receptionist, NO_SECRETS).sent == 0  # nothing twice

    arrived = {a.rcpt_tos: a for a in server.inbox.arrivals}
    assert len(server.inbox.arrivals) == 2
    assert arrived[("kari@example.no",)].mail_from == "post@fjellstad.no"
    assert arrived[("per@example.no",)].mail_from == "post@fjellstad.no"
    stored = messages(ctx)
    first = arrived[("kari@example.no",)].message
    second = arrived[("per@example.no",)].message
    assert first["From"] == "Dyreklinikken Ødegård <post@fjellstad.no>"
    assert first["Subject"] == "Vaksinasjon av Bamse"
    assert first["Message-ID"] == stored["reminder:1:1"].reference
    assert first["Message-ID"] == f"<{stored['reminder:1:1'].id.hex}@fjellstad.no>"
    # The text exactly, less the line ending SMTP itself adds.
    assert first.get_payload(decode=True).decode().rstrip("\r\n") == (
        "Hei! Bamse skal vaksineres innen 24.12.2026.")
    parts = [part.get_content_type() for part in second.walk()]
    assert parts == ["multipart/mixed", "text/plain", "text/calendar"]
    calendar = next(p for p in second.walk() if p.get_content_type() == "text/calendar")
    assert calendar.get_param("method") == "REQUEST"
    assert calendar.get_payload(decode=True).decode().rstrip("\r\n") == INVITATION.rstrip()
    assert stored["reminder:1:1"].status == "sent"
    assert stored["reminder:1:1"].provider_id in ("2.0.0 Ok: queued as Q00001",
                                                  "2.0.0 Ok: queued as Q00002")
    assert stored["reminder:1:1"].sent_at == ctx.clock.now()
    assert stored["reminder:1:1"].claimed_at is None


def test_starttls_and_login_with_the_password_from_the_environment(
    ctx: ServiceContext, manager: Actor, receptionist: Actor, tmp_path: Path
) -> None:
    cert, key = self_signed_certificate(tmp_path)
    trust = ssl.create_default_context(cafile=str(cert))
    with MailServer(tls=(cert, key), login=("fjellstad", "s3cret")) as server:
        use_mail_server(ctx, manager, server.port, security="starttls", username="fjellstad")
        queue(ctx, email("reminder:1:1", "kari@example.no"))
        wrong = MessagingSecrets(environ={"VETDESK_SMTP_PASSWORD": "guess"})
        report = send_outbox(ctx, receptionist, wrong, ssl_context=trust)
        assert (report.sent, report.retry_later) == (0, 1)
        assert messages(ctx)["reminder:1:1"].failure_reason == (
            "The e-mail server refused the user name or password (535).")
        assert server.inbox.arrivals == []
        ctx.clock.advance(dt.timedelta(minutes=1))  # type: ignore[attr-defined]
        right = MessagingSecrets(environ={"VETDESK_SMTP_PASSWORD": "s3cret"})
        assert send_outbox(ctx, receptionist, right, ssl_context=trust).sent == 1
    assert server.inbox.recipients() == ["kari@example.no"]


def test_an_unreachable_server_keeps_the_messages_queued_and_retries_with_back_off(
    ctx: ServiceContext, clock: FixedClock, manager: Actor, receptionist: Actor
) -> None:
    port = free_port()  # nothing listens there yet
    use_mail_server(ctx, manager, port)
    queue(ctx, email("reminder:1:1", "kari@example.no"), email("reminder:2:1", "per@example.no"))
    report = send_outbox(ctx, receptionist, NO_SECRETS)
    assert (report.sent, report.retry_later) == (0, 1)  # the second was not even tried
    assert report.unavailable["email"].startswith(
        f"The e-mail server 127.0.0.1:{port} cannot be reached (it refused the connection); ")
    # Both were queued at the same moment: either may have been the one tried.
    tried, untried = sorted(messages(ctx).values(), key=lambda m: -m.attempts)
    first = tried
    assert (first.status, first.attempts) == ("queued", 1)
    assert first.next_attempt_at == clock.now() + dt.timedelta(minutes=1)
    assert untried.attempts == 0
    status = outbox_status(ctx, receptionist)
    assert [(a.state, a.reason) for a in status.attention] == [
        ("retry_later", first.failure_reason)]

    server = MailServer()
    server.port = port
    server._controller.port = port
    with server:
        # Within the back-off only the untried message goes.
        assert send_outbox(ctx, receptionist, NO_SECRETS).sent == 1
        clock.advance(dt.timedelta(minutes=1))
        assert send_outbox(ctx, receptionist, NO_SECRETS).sent == 1
    assert sorted(server.inbox.recipients()) == ["kari@example.no", "per@example.no"]
    assert messages(ctx)["reminder:1:1"].failure_reason is None


def test_a_refused_recipient_fails_for_good_and_a_full_mailbox_is_retried(
    ctx: ServiceContext, clock: FixedClock, manager: Actor, receptionist: Actor,
    server: MailServer
) -> None:
    server.inbox.refuse = {"nobody@example.no": "550 5.1.1 No such user",
                           "full@example.no": "452 4.2.2 Mailbox full"}
    use_mail_server(ctx, manager, server.port)
    queue(ctx, email("a", "nobody@example.no"), email("b", "full@example.no"),
          email("c", "kari@example.no"))
    report = send_outbox(ctx, receptionist, NO_SECRETS)
    assert (report.sent, report.retry_later, report.failed) == (1, 1, 1)
    stored = messages(ctx)
    assert (stored["a"].status, stored["a"].failure_reason) == (
        "failed", "The e-mail server refused the message: 550 5.1.1 No such user")
    assert stored["a"].failed_at == clock.now()
    assert (stored["b"].status, stored["b"].failure_reason) == (
        "queued", "The e-mail server refused the message: 452 4.2.2 Mailbox full")
    assert server.inbox.recipients() == ["kari@example.no"]
    # The failure is reviewed by a person and stays failed-and-reviewed.
    assert review_message(ctx, receptionist, stored["a"].id, was_sent=None) == "failure_reviewed"


def test_a_message_refused_after_data_is_not_counted_as_sent(
    ctx: ServiceContext, manager: Actor, receptionist: Actor, server: MailServer
) -> None:
    # smtplib returns the answer to the message itself without raising: a 552 there is a
    # refusal, not a send (found when a confirmation with an invitation was "sent" unseen).
    server.inbox.refuse_data = {"big@example.no": "552 5.3.4 Message too big",
                                "later@example.no": "451 4.3.0 Try again later"}
    use_mail_server(ctx, manager, server.port)
    queue(ctx, email("a", "big@example.no"), email("b", "later@example.no"),
          email("c", "kari@example.no"))
    report = send_outbox(ctx, receptionist, NO_SECRETS)
    assert (report.sent, report.retry_later, report.failed) == (1, 1, 1)
    stored = messages(ctx)
    assert (stored["a"].status, stored["a"].failure_reason) == (
        "failed", "The e-mail server refused the message: 552 5.3.4 Message too big")
    assert stored["b"].status == "queued" and stored["b"].next_attempt_at is not None
    assert server.inbox.recipients() == ["kari@example.no"]


class _BreaksDuringHandOver:
    def __init__(self) -> None:
        self.sent: list[str] = []

    def send(self, message: OutgoingMessage) -> str:
        self.sent.append(message.recipient)
        raise MaybeSent("The connection broke while the message was being handed over.")

    def close(self) -> None:
        pass


def test_an_uncertain_send_is_never_repeated_until_a_person_decides(
    ctx: ServiceContext, clock: FixedClock, receptionist: Actor
) -> None:
    queue(ctx, email("reminder:1:1", "kari@example.no"))
    breaking = _BreaksDuringHandOver()
    report = send_queued(ctx, receptionist, {"email": lambda: breaking})
    assert report.uncertain == 1
    clock.advance(dt.timedelta(days=1))
    assert send_queued(ctx, receptionist, {"email": lambda: breaking}).uncertain == 0
    assert breaking.sent == ["kari@example.no"]  # once, not again
    [item] = outbox_status(ctx, receptionist).attention
    assert (item.state, item.reference) == ("uncertain", messages(ctx)["reminder:1:1"].reference)
    # "Send it again" is a person's decision, then it goes once more.
    assert review_message(ctx, receptionist, item.message_id, was_sent=False) == "queued"
    send_queued(ctx, receptionist, {"email": lambda: breaking})
    assert breaking.sent == ["kari@example.no", "kari@example.no"]
    assert review_message(ctx, receptionist, item.message_id, was_sent=True) == "sent"
    with pytest.raises(ValidationError):
        review_message(ctx, receptionist, item.message_id, was_sent=True)


def test_a_claim_left_by_a_stopped_sender_becomes_uncertain_not_resent(
    ctx: ServiceContext, clock: FixedClock, receptionist: Actor, manager: Actor,
    server: MailServer
) -> None:
    use_mail_server(ctx, manager, server.port)
    queue(ctx, email("reminder:1:1", "kari@example.no"))
    message_id = messages(ctx)["reminder:1:1"].id
    # A sender claimed it and was killed before it recorded the outcome.
    assert outbox.claim(ctx, message_id, "dead-sender", "<x@fjellstad.no>") is not None
    # Another sender cannot take it meanwhile.
    assert outbox.claim(ctx, message_id, "other-sender", "<y@fjellstad.no>") is None
    assert send_outbox(ctx, receptionist, NO_SECRETS).sent == 0
    assert outbox_status(ctx, receptionist).attention == ()  # still within the lease: sending
    clock.advance(outbox.CLAIM_LEASE + dt.timedelta(seconds=1))
    report = send_outbox(ctx, receptionist, NO_SECRETS)
    assert (report.sent, report.abandoned_found) == (0, 1)
    assert server.inbox.arrivals == []
    [item] = outbox_status(ctx, receptionist).attention
    assert (item.state, item.reference) == ("uncertain", "<x@fjellstad.no>")


def test_sending_needs_the_send_reminders_permission(
    ctx: ServiceContext, receptionist: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vetdesk.services import permissions
    from vetdesk.services.permissions import Permission

    queue(ctx, email("reminder:1:1", "kari@example.no"))
    held = permissions.ROLE_PERMISSIONS[receptionist.role]
    monkeypatch.setitem(permissions.ROLE_PERMISSIONS, receptionist.role,
                        held - {Permission.SEND_REMINDERS})
    with pytest.raises(PermissionDenied):
        send_outbox(ctx, receptionist, NO_SECRETS)
    assert messages(ctx)["reminder:1:1"].attempts == 0


@pytest.mark.pg_only
def test_on_the_server_each_sends_and_sets_as_themselves(
    ctx: ServiceContext, manager: Actor, receptionist: Actor, server: MailServer,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.support.staff import signed_in
    from vetdesk.services import permissions
    from vetdesk.services.permissions import Permission
    from vetdesk.services.settings.store import change_setting

    with signed_in(ctx, manager) as desk:
        use_mail_server(desk, manager, server.port)
    queue(ctx, email("reminder:1:1", "kari@example.no"))
    with signed_in(ctx, receptionist) as desk:
        assert send_outbox(desk, receptionist, NO_SECRETS).sent == 1
        # Even a program that let her through: the server's grants refuse the change.
        monkeypatch.setitem(permissions.ROLE_PERMISSIONS, receptionist.role,
                            permissions.ROLE_PERMISSIONS[receptionist.role]
                            | {Permission.MANAGE_SETTINGS})
        with pytest.raises(PermissionDenied) as refused:
            change_setting(desk, receptionist, "smtp.port", "2525")
        assert refused.value.message.startswith("The database refused this")
    assert server.inbox.recipients() == ["kari@example.no"]


def test_a_server_without_starttls_is_named_as_such_not_as_a_network_error(
    ctx: ServiceContext, manager: Actor, receptionist: Actor
) -> None:
    """The server answers but offers no STARTTLS: the sentence says which setting to change
    (it said "cannot be reached (a network error)")."""
    with MailServer() as server:
        use_mail_server(ctx, manager, server.port, security="starttls")
        queue(ctx, email("reminder:1:1", "kari@example.no"))
        report = send_outbox(ctx, receptionist, NO_SECRETS)
        assert (report.sent, report.retry_later) == (0, 1)
        assert report.unavailable["email"] == (
            f"The e-mail server 127.0.0.1:{server.port} does not offer an encrypted connection "
            "(STARTTLS); if it takes TLS from the start, set smtp.security to tls, or ask the "
            "e-mail provider. The messages stay queued.")
    assert messages(ctx)["reminder:1:1"].status == "queued"
