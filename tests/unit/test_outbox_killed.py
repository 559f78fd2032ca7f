"""Killed in the middle and started again, every client gets exactly one message (issue 11).

The sender is a real `vetdesk messages send` process. The local SMTP server kills it with
SIGKILL the moment the tenth message has arrived, before the server's "250" reaches it: the
worst moment, when the message is out but the sender has not recorded it. Started again, the
sender sends the rest and not the tenth again; the tenth is listed as uncertain with the
Message-ID the server received, for a person to confirm.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSWORD
from tests.support.mail_server import MailServer
from tests.support.outbox import email, messages, queue, use_mail_server
from vetdesk.clock import FixedClock
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging.outbox import CLAIM_LEASE
from vetdesk.services.messaging.status import outbox_status, review_message
from vetdesk.services.permissions import Actor

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = 30
KILL_AT = 10


def _sender(db_url: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "VETDESK_PASSWORD": TEST_PASSWORD, "LANG": "C.UTF-8"}
    return subprocess.Popen(
        [sys.executable, "-m", "vetdesk", "--database", db_url, "--user", "kari", "messages",
         "send"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_killed_while_handing_over_and_restarted_every_client_gets_one(
    db_url: str, ctx: ServiceContext, clock: FixedClock, manager: Actor, receptionist: Actor
) -> None:
    with MailServer() as server:
        use_mail_server(ctx, manager, server.port)
        queue(ctx, *(email(f"reminder:{n}:1", f"client{n:02d}@example.no")
                     for n in range(CLIENTS)))
        sender: subprocess.Popen[bytes] | None = None

        def kill_at_tenth(count: int) -> None:
            if count == KILL_AT and sender is not None:
                os.kill(sender.pid, signal.SIGKILL)

        server.inbox.after_arrival = kill_at_tenth
        sender = _sender(db_url)
        assert sender.wait(timeout=120) == -signal.SIGKILL
        assert len(server.inbox.arrivals) == KILL_AT

        server.inbox.after_arrival = None
        again = _sender(db_url)
        out, err = again.communicate(timeout=120)
        assert again.returncode == 0, err.decode()
        assert out.decode() == f"{CLIENTS - KILL_AT} sent, 0 to try again later, 0 failed, " \
                               "0 uncertain.\n"
        # Once more: nothing left to send, nothing sent twice.
        assert _sender(db_url).wait(timeout=120) == 0

    recipients = server.inbox.recipients()
    assert sorted(recipients) == [f"client{n:02d}@example.no" for n in range(CLIENTS)]
    stored = messages(ctx)
    states = sorted(m.status for m in stored.values())
    assert states == ["queued"] + ["sent"] * (CLIENTS - 1)
    [left] = [m for m in stored.values() if m.status == "queued"]
    tenth = server.inbox.arrivals[KILL_AT - 1]
    assert left.recipient == tenth.rcpt_tos[0]
    assert left.claimed_at is not None and left.attempts == 1

    # Past the lease the claim is uncertain, shown with the Message-ID the server got.
    clock.advance(dt.datetime.now(dt.UTC) - clock.now() + CLAIM_LEASE + dt.timedelta(seconds=5))
    [item] = outbox_status(ctx, receptionist).attention
    assert (item.state, item.reference) == ("uncertain", tenth.message["Message-ID"])
    assert review_message(ctx, receptionist, item.message_id, was_sent=True) == "sent"


@pytest.fixture(autouse=True)
def _real_time_clock(clock: FixedClock) -> None:
    """The sender processes use the real clock; queue with it too, so nothing waits."""
    clock.advance(dt.datetime.now(dt.UTC) - clock.now())
