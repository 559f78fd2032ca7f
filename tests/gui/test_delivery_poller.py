"""Delivery status in the program (issue 11): the background poller asks the local SMS
gateway, and the open client card shows the message delivered without a reload by hand."""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.support.front_desk_gui import isolate_settings, open_window
from tests.support.outbox import queue
from tests.support.recalls import owner_with_recall
from tests.support.sms_gateway import Gateway
from tests.unit.test_outbox_sms import sms
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging.channels import send_outbox
from vetdesk.services.messaging.polling import PollReport
from vetdesk.services.messaging.secrets import MessagingSecrets
from vetdesk.services.permissions import Actor
from vetdesk.services.settings.store import change_setting
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.reminders import delivery_poller

WAIT_MS = 15_000
SHOTS = os.environ.get("VETDESK_SHOTS")


@pytest.fixture
def gateway(ctx: ServiceContext, manager: Actor,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[Gateway]:
    monkeypatch.setenv("VETDESK_SMS_TOKEN", "t0ken")
    with Gateway() as running:
        change_setting(ctx, manager, "sms.url", running.url)
        change_setting(ctx, manager, "sms.status_url", running.status_url)
        yield running


@pytest.mark.sqlite_only
def test_the_card_shows_delivered_after_the_background_poll(
    qtbot: QtBot, tmp_path: Path, ctx: ServiceContext, db_ops: Operations,
    receptionist: Actor, gateway: Gateway, windows: list[MainWindow]
) -> None:
    isolate_settings(tmp_path)
    kari = owner_with_recall(ctx, receptionist, "Kari", "Ødegård", "Bamse",
                             dt.date(2026, 12, 10), phone="912 34 567")
    queue(ctx, sms("reminder:1:1", client_id=kari.client_id))
    send_outbox(ctx, receptionist, MessagingSecrets(environ={"VETDESK_SMS_TOKEN": "t0ken"}))
    window = open_window(qtbot, ctx, db_ops, receptionist, windows)
    window.events.open_client.emit(kari.client_id)
    card = window.front_desk.tabs.cards[kari.client_id]
    qtbot.waitUntil(lambda: card.card is not None, timeout=WAIT_MS)
    assert [m.status for m in card.card.messages] == ["sent"]
    assert window.delivery_poller.timer.isActive()
    assert window.delivery_poller.timer.interval() == 60_000
    gateway.statuses["gw-1"] = "DELIVRD"
    window.delivery_poller.poll_now()  # what the timer does each minute
    qtbot.waitUntil(lambda: card.card is not None
                    and [m.status for m in card.card.messages] == ["delivered"],
                    timeout=WAIT_MS)
    assert [q.path for q in gateway.questions] == ["/status/gw-1"]
    assert window.delivery_poller.last is not None
    assert window.delivery_poller.last.delivered == 1
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "card-delivered.png"))


@pytest.mark.sqlite_only
def test_signing_out_does_not_wait_for_a_slow_gateway(
    qtbot: QtBot, tmp_path: Path, ctx: ServiceContext, db_ops: Operations,
    receptionist: Actor, windows: list[MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A question to a hung gateway may take sms.timeout: closing must not freeze for it."""
    isolate_settings(tmp_path)
    asked, answer = threading.Event(), threading.Event()
    still_asking: list[bool] = []

    def hung(*_args: object, **_kwargs: object) -> PollReport:
        asked.set()
        still_asking.append(True)
        answer.wait(timeout=30)  # the gateway's answer, given only after stop() returned
        still_asking.append(False)
        return PollReport(configured=True)

    monkeypatch.setattr(delivery_poller, "_poll_round", hung)
    window = open_window(qtbot, ctx, db_ops, receptionist, windows)
    poller = window.delivery_poller
    poller.poll_now()
    assert asked.wait(timeout=10)
    poller.stop()  # joined the worker before: this line waited for the gateway
    try:
        assert still_asking == [True]
    finally:
        answer.set()
