"""SMS through a local HTTP gateway: exactly the request the settings describe, retried on 500,
never twice after a timeout; delivery reports and STOP come back through the receiver
(issue 11)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import httpx
import pytest

from tests.support.outbox import messages, queue
from tests.support.recalls import owner_with_recall
from tests.support.sms_gateway import Gateway
from vetdesk.clock import FixedClock
from vetdesk.domain.codes import Channel, ConsentPurpose
from vetdesk.messaging.receiver import make_server, serve_in_thread
from vetdesk.services.clients import ConsentChoice, current_consents, record_consents
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging.channels import send_outbox
from vetdesk.services.messaging.delivery import (
    DeliveryReport,
    InboundSms,
    record_delivery,
    record_inbound,
)
from vetdesk.services.messaging.eligibility import reach
from vetdesk.services.messaging.outbox import MessageDraft
from vetdesk.services.messaging.secrets import MessagingSecrets
from vetdesk.services.permissions import Actor
from vetdesk.services.settings.store import change_setting

TOKEN = MessagingSecrets(environ={"VETDESK_SMS_TOKEN": "t0ken"})


def sms(key: str, to: str = "+4791234567", text: str = "Hei! Bamse skal vaksineres innen "
        "10.12.2026. Hilsen Dyreklinikken Ødegård", client_id: int | None = None
        ) -> MessageDraft:
    return MessageDraft(idempotency_key=key, client_id=client_id, channel=Channel.SMS,
                        purpose=ConsentPurpose.SERVICE, recipient=to, subject=None, body=text)


@pytest.fixture
def gateway(ctx: ServiceContext, manager: Actor) -> Iterator[Gateway]:
    with Gateway() as running:
        change_setting(ctx, manager, "sms.url", running.url)
        change_setting(ctx, manager, "sms.sender", "Fjellstad")
        change_setting(ctx, manager, "sms.timeout", "1")
        yield running


def test_the_gateway_gets_exactly_the_configured_request(
    ctx: ServiceContext, receptionist: Actor, gateway: Gateway
) -> None:
    queue(ctx, sms("reminder:1:1", text='Hei «Kari»! Bamse "skal" vaksineres. 😊'))
    assert send_outbox(ctx, receptionist, TOKEN).sent == 1
    [request] = gateway.received
    stored = messages(ctx)["reminder:1:1"]
    assert request.path == "/send"
    assert request.headers["Authorization"] == "Bearer t0ken"
    assert request.headers["Content-Type"] == "application/json; charset=utf-8"
    assert request.json == {"to": "+4791234567", "message": 'Hei «Kari»! Bamse "skal" '
                            "vaksineres. 😊", "sender": "Fjellstad",
                            "reference": stored.id.hex}
    assert (stored.status, stored.provider_id, stored.reference) == (
        "sent", "gw-1", stored.id.hex)
    assert send_outbox(ctx, receptionist, TOKEN).sent == 0
    assert len(gateway.received) == 1


def test_a_custom_body_and_basic_authentication(
    ctx: ServiceContext, manager: Actor, receptionist: Actor, gateway: Gateway
) -> None:
    change_setting(ctx, manager, "sms.auth", "basic")
    change_setting(ctx, manager, "sms.username", "fjellstad")
    change_setting(ctx, manager, "sms.body",
                   '{"recipients": [{"msisdn": "$to"}], "content": {"text": "$text"}, '
                   '"clientRef": "$reference"}')
    queue(ctx, sms("reminder:1:1"))
    send_outbox(ctx, receptionist, TOKEN)
    [request] = gateway.received
    assert request.headers["Authorization"] == "Basic ZmplbGxzdGFkOnQwa2Vu"
    assert request.json["recipients"] == [{"msisdn": "+4791234567"}]


def test_a_500_is_retried_with_back_off_and_a_bad_number_fails(
    ctx: ServiceContext, clock: FixedClock, receptionist: Actor, gateway: Gateway
) -> None:
    gateway.answers = [(500, "internal error")]
    queue(ctx, sms("a"))
    report = send_outbox(ctx, receptionist, TOKEN)
    assert (report.sent, report.retry_later) == (0, 1)
    stored = messages(ctx)["a"]
    assert stored.status == "queued"
    assert stored.failure_reason == ("The SMS gateway answered 500 (internal error); the "
                                     "message stays queued and is tried again later.")
    assert send_outbox(ctx, receptionist, TOKEN).sent == 0  # waiting out the back-off
    clock.advance(dt.timedelta(minutes=1))
    assert send_outbox(ctx, receptionist, TOKEN).sent == 1
    assert [r.json["reference"] for r in gateway.received] == [stored.id.hex] * 2

    gateway.answers = [(400, '{"error": "invalid msisdn"}')]
    queue(ctx, sms("b", to="+4700000000"))
    assert send_outbox(ctx, receptionist, TOKEN).failed == 1
    assert messages(ctx)["b"].failure_reason == (
        'The SMS gateway refused the message: 400 {"error": "invalid msisdn"}')


def test_a_timeout_after_sending_is_uncertain_and_not_repeated(
    ctx: ServiceContext, clock: FixedClock, receptionist: Actor, gateway: Gateway
) -> None:
    gateway.answers = [("hang", 2.0)]
    queue(ctx, sms("a"))
    report = send_outbox(ctx, receptionist, TOKEN)
    assert report.uncertain == 1
    clock.advance(dt.timedelta(hours=1))
    assert send_outbox(ctx, receptionist, TOKEN).sent == 0
    assert len(gateway.received) == 1
    # The gateway's delivery report settles it.
    stored = messages(ctx)["a"]
    assert record_delivery(ctx, receptionist, DeliveryReport(
        "+4791234567", "DELIVRD", "gw-1", stored.id.hex)) == "delivered"
    assert messages(ctx)["a"].uncertain_at is None


def test_delivery_reports_and_stop_through_the_receiver(
    ctx: ServiceContext, receptionist: Actor, gateway: Gateway
) -> None:
    from vetdesk.cli.environment import CliEnvironment
    from vetdesk.cli.messages_command import receiver_routes

    kari = owner_with_recall(ctx, receptionist, "Kari", "Ødegård", "Bamse",
                             dt.date(2026, 12, 10), phone="912 34 567")
    record_consents(ctx, receptionist, kari.client_id,
                    [ConsentChoice(ConsentPurpose.MARKETING, Channel.SMS, granted=True)])
    queue(ctx, sms("reminder:1:1", client_id=kari.client_id),
          sms("reminder:2:1", to="+4791234568"))
    send_outbox(ctx, receptionist, TOKEN)
    first, second = messages(ctx)["reminder:1:1"], messages(ctx)["reminder:2:1"]

    env = CliEnvironment()
    env._context, env._actor = ctx, receptionist  # the receiver as Kari at the desk
    server = make_server("127.0.0.1", 0, receiver_routes(env), token="s3cret")
    serve_in_thread(server)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with httpx.Client() as client:
            assert client.post(f"{base}/delivery", json={"status": "DELIVRD"}).status_code == 401
            ok = client.post(f"{base}/delivery?token=s3cret", json={
                "number": "4791234567", "status": "DELIVRD", "id": first.provider_id,
                "reference": first.reference})
            assert ok.status_code == 200
            client.post(f"{base}/delivery", headers={"Authorization": "Bearer s3cret"},
                        data={"msisdn": "4791234568", "status": "UNDELIV",
                              "ref": second.reference, "errorCode": "1004"})
            client.post(f"{base}/inbound?token=s3cret",
                        data={"from": "+47 912 34 567", "text": "Stopp"})
    finally:
        server.shutdown()
        server.server_close()
    stored = messages(ctx)
    assert (stored["reminder:1:1"].status, stored["reminder:1:1"].delivered_at) == (
        "delivered", ctx.clock.now())
    assert (stored["reminder:2:1"].status, stored["reminder:2:1"].failure_reason) == (
        "failed", "UNDELIV 1004")
    with ctx.db.reading() as session:
        consents = current_consents(session, kari.client_id)
        service = reach(session, [kari.client_id], ConsentPurpose.SERVICE)
        marketing = reach(session, [kari.client_id], ConsentPurpose.MARKETING)
    assert consents[("marketing", "sms")] is False
    assert marketing[kari.client_id].channels == ()
    assert service[kari.client_id].best == (Channel.SMS, "+4791234567")  # reminders still go
    # A second STOP adds nothing; another text is not a STOP.
    assert record_inbound(ctx, receptionist, InboundSms("+4791234567", "STOP")) == []
    assert record_inbound(ctx, receptionist, InboundSms("+4791234567", "stopp nå")) == []
