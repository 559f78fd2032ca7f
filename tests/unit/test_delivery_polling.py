"""Delivery status polled from the SMS gateway (issue 11): the sent SMS whose question is due
are asked about at the clinic's status address; delivered and failed are recorded as a pushed
report would be; the rest is asked again later with back-off; a gateway that is down or slow
ends the round without losing anything. Against the local HTTP gateway."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator

import pytest
from sqlalchemy import delete, update

from tests.conftest import TEST_PASSWORD
from tests.support.outbox import messages, queue
from tests.support.recalls import owner_with_recall
from tests.support.sms_gateway import Gateway
from tests.unit.test_outbox_sms import sms
from vetdesk.cli import main
from vetdesk.cli.environment import CliEnvironment
from vetdesk.clock import FixedClock
from vetdesk.db.models import ClinicSetting, Message
from vetdesk.errors import ValidationError
from vetdesk.security.credentials import MemoryCredentialStore
from vetdesk.services.client_card import open_client_card
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging.channels import send_outbox
from vetdesk.services.messaging.polling import poll_delay, poll_delivery
from vetdesk.services.messaging.secrets import MessagingSecrets
from vetdesk.services.permissions import Actor
from vetdesk.services.settings.store import change_setting

TOKEN = MessagingSecrets(environ={"VETDESK_SMS_TOKEN": "t0ken"})
SECOND = dt.timedelta(seconds=1)


@pytest.fixture
def gateway(ctx: ServiceContext, manager: Actor) -> Iterator[Gateway]:
    with Gateway() as running:
        change_setting(ctx, manager, "sms.url", running.url)
        change_setting(ctx, manager, "sms.status_url", running.status_url)
        change_setting(ctx, manager, "sms.timeout", "1")
        yield running


def _three_sent(ctx: ServiceContext, clock: FixedClock, receptionist: Actor) -> None:
    for number in (1, 2, 3):  # queued a second apart: sent in this order, as gw-1, 2, 3
        queue(ctx, sms(f"reminder:{number}:1", to=f"+479123456{number}"))
        clock.advance(SECOND)
    assert send_outbox(ctx, receptionist, TOKEN).sent == 3


def _state(ctx: ServiceContext) -> dict[str, tuple[object, ...]]:
    return {key: (m.status, m.failure_reason, m.next_attempt_at)
            for key, m in messages(ctx).items()}


def test_the_back_off_is_half_the_age_within_bounds() -> None:
    assert poll_delay(dt.timedelta(0)) == dt.timedelta(seconds=30)
    assert poll_delay(dt.timedelta(minutes=10)) == dt.timedelta(minutes=5)
    assert poll_delay(dt.timedelta(hours=5)) == dt.timedelta(hours=1)


def test_delivered_and_failed_are_recorded_the_rest_asked_again_later(
    ctx: ServiceContext, clock: FixedClock, receptionist: Actor, gateway: Gateway
) -> None:
    _three_sent(ctx, clock, receptionist)
    gateway.statuses.update({"gw-1": "DELIVRD", "gw-2": "UNDELIV"})  # gw-3: unknown yet
    now = clock.now()
    report = poll_delivery(ctx, receptionist, TOKEN)
    assert (report.checked, report.delivered, report.failed, report.pending, report.stopped) \
        == (3, 1, 1, 1, None)
    assert [q.path for q in gateway.questions] == ["/status/gw-1", "/status/gw-2",
                                                   "/status/gw-3"]
    assert gateway.questions[0].headers["Authorization"] == "Bearer t0ken"
    assert _state(ctx) == {
        "reminder:1:1": ("delivered", None, None),
        "reminder:2:1": ("failed", "UNDELIV 27", None),
        "reminder:3:1": ("sent", None, now + 30 * SECOND)}
    # Not due yet: nothing asked. Half a minute on, only the open one is.
    assert poll_delivery(ctx, receptionist, TOKEN).checked == 0
    clock.advance(31 * SECOND)
    gateway.statuses["gw-3"] = "BUFFERED"
    assert poll_delivery(ctx, receptionist, TOKEN).pending == 1
    assert [q.path for q in gateway.questions][3:] == ["/status/gw-3"]
    # Ten minutes after sending, the next question is five minutes off.
    clock.advance(dt.timedelta(minutes=10) - 31 * SECOND)
    gateway.statuses["gw-3"] = "DELIVRD"
    assert poll_delivery(ctx, receptionist, TOKEN).delivered == 1
    assert _state(ctx)["reminder:3:1"][0] == "delivered"


def test_a_gateway_down_or_slow_ends_the_round_and_nothing_is_lost(
    ctx: ServiceContext, clock: FixedClock, receptionist: Actor, gateway: Gateway
) -> None:
    _three_sent(ctx, clock, receptionist)
    now = clock.now()
    gateway.status_answers.append((500, "Internal Server Error"))
    report = poll_delivery(ctx, receptionist, TOKEN)
    assert report.checked == 0
    assert report.stopped == ("The SMS gateway answered 500 (Internal Server Error) to the "
                              "status question; it is asked again later.")
    assert len(gateway.questions) == 1
    assert _state(ctx)["reminder:1:1"] == ("sent", None, now + 30 * SECOND)
    clock.advance(31 * SECOND)
    gateway.status_answers.append(("hang", 3))  # longer than sms.timeout
    report = poll_delivery(ctx, receptionist, TOKEN)
    assert report.stopped == ("The SMS gateway could not be asked for the delivery status "
                              "(it did not answer in time); it is asked again later.")
    clock.advance(dt.timedelta(minutes=1))
    gateway.statuses.update({"gw-1": "DELIVRD", "gw-2": "DELIVRD", "gw-3": "DELIVRD"})
    assert poll_delivery(ctx, receptionist, TOKEN).delivered == 3
    assert {state[0] for state in _state(ctx).values()} == {"delivered"}


def test_old_messages_and_a_clinic_without_a_status_address_are_not_asked(
    ctx: ServiceContext, clock: FixedClock, receptionist: Actor, manager: Actor,
    gateway: Gateway
) -> None:
    _three_sent(ctx, clock, receptionist)
    clock.advance(dt.timedelta(days=3, seconds=1))
    assert poll_delivery(ctx, receptionist, TOKEN).checked == 0
    assert gateway.questions == []
    with pytest.raises(ValidationError, match=r"\$id"):
        change_setting(ctx, manager, "sms.status_url", "https://sms.example.no/status")


def test_the_client_card_shows_the_polled_status(
    ctx: ServiceContext, receptionist: Actor, gateway: Gateway
) -> None:
    kari = owner_with_recall(ctx, receptionist, "Kari", "Ødegård", "Bamse",
                             dt.date(2026, 12, 10), phone="912 34 567")
    queue(ctx, sms("reminder:1:1", client_id=kari.client_id))
    send_outbox(ctx, receptionist, TOKEN)
    assert [m.status for m in open_client_card(ctx, receptionist, kari.client_id).messages] \
        == ["sent"]
    gateway.statuses["gw-1"] = "DELIVRD"
    assert poll_delivery(ctx, receptionist, TOKEN).client_ids == {kari.client_id}
    assert [m.status for m in open_client_card(ctx, receptionist, kari.client_id).messages] \
        == ["delivered"]


def _run(db_url: str, *argv: str, environ: dict[str, str] | None = None
         ) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = CliEnvironment(out=out, err=err, stdin=io.StringIO(""),
                         credentials=MemoryCredentialStore(),
                         environ={"VETDESK_PASSWORD": TEST_PASSWORD, "LANG": "C",
                                  "VETDESK_SMS_TOKEN": "t0ken", **(environ or {})})
    code = main(["--database", db_url, "--user", "kari", "messages", *argv], env=env)
    return code, out.getvalue(), err.getvalue()


def test_send_asks_afterwards_and_poll_asks_alone(
    ctx: ServiceContext, clock: FixedClock, receptionist: Actor, manager: Actor,
    gateway: Gateway, db_url: str
) -> None:
    queue(ctx, sms("reminder:1:1"))
    gateway.statuses["gw-1"] = "BUFFERED"
    code, said, err = _run(db_url, "send")
    assert code == 0, err
    assert said.splitlines() == [
        "1 sent, 0 to try again later, 0 failed, 0 uncertain.",
        "Delivery status: 1 asked about, 0 delivered, 0 failed, 1 not known yet."]
    # The command runs on the computer's clock: half a minute on, the question is due.
    with ctx.db.transaction() as session:
        session.execute(update(Message).values(
            next_attempt_at=dt.datetime.now(dt.UTC) - SECOND))
    gateway.statuses["gw-1"] = "DELIVRD"
    code, said, _ = _run(db_url, "poll")
    assert code == 0 and said == ("Delivery status: 1 asked about, 1 delivered, 0 failed, "
                                  "0 not known yet.\n")
    with ctx.db.transaction() as session:
        session.execute(delete(ClinicSetting).where(ClinicSetting.key == "sms.status_url"))
    code, _, err = _run(db_url, "poll")
    assert code == 2 and "set sms.url and sms.status_url" in err


def test_an_uncertain_sms_is_settled_by_the_gateways_report_and_never_resent(
    ctx: ServiceContext, clock: FixedClock, receptionist: Actor, manager: Actor,
    gateway: Gateway
) -> None:
    gateway.answers.append(("hang", 3))  # the request went out, no answer: uncertain
    queue(ctx, sms("reminder:1:1"))
    assert send_outbox(ctx, receptionist, TOKEN).uncertain == 1
    reference = messages(ctx)["reminder:1:1"].reference
    assert reference is not None
    # Asked by our reference: this gateway knows the message under it.
    change_setting(ctx, manager, "sms.status_url",
                   gateway.status_url.replace("$id", "$reference"))
    assert poll_delivery(ctx, receptionist, TOKEN).pending == 1  # not known there yet
    stored = messages(ctx)["reminder:1:1"]
    assert (stored.status, stored.uncertain_at is not None, stored.next_attempt_at) == (
        "queued", True, clock.now() + 30 * SECOND)
    clock.advance(31 * SECOND)
    gateway.statuses[reference] = "DELIVRD"
    assert poll_delivery(ctx, receptionist, TOKEN).delivered == 1
    stored = messages(ctx)["reminder:1:1"]
    assert (stored.status, stored.uncertain_at, stored.sent_at) == (
        "delivered", None, clock.now())
    assert send_outbox(ctx, receptionist, TOKEN).sent == 0
    assert [r.method for r in gateway.received] == ["POST", "GET", "GET"]
