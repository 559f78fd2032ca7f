"""Delivery status in the background (issue 11): every minute the program asks the SMS
gateway about the sent messages whose question is due (services/messaging/polling.py), so a
client card shows "delivered" within about a minute without anyone pressing anything.

The questions go over the network and may wait for a slow gateway (``sms.timeout``), so they
run on a worker of their own, never on the worker the screens read the database with. What
changed is announced on the screens' ``Operations`` (the card of each client refreshes). A
clinic without ``sms.status_url`` costs one settings read a minute; a failure is logged, not
shown: the next minute tries again, and ``vetdesk messages poll`` says why.

The polling service (the gateway's HTTP client, the messaging channels, the keyring) is
imported by the first round, on the poller's worker, not with the main window: about 75 ms
of CPU the first screen does not need (issue 9).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission
from vetdesk.ui.ops import Operations
from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.qt import QObject, QTimer

if TYPE_CHECKING:
    from vetdesk.services.messaging.polling import PollReport

log = logging.getLogger(__name__)

INTERVAL_MS = 60_000
# At most this many questions a round: a long backlog is worked off over a few minutes.
ROUND = 50


class DeliveryPoller(QObject):
    def __init__(self, page: PageContext, *, paused: Callable[[], bool] = lambda: False,
                 interval_ms: int = INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.paused = paused
        self.running = False
        self.last: PollReport | None = None
        self.ops = Operations(workers=1, parent=self, db=page.ctx.db)
        self.ops.changed.connect(page.ops.changed)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll_now)

    def start(self) -> None:
        if self.page.actor.can(Permission.SEND_REMINDERS):
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        # A question to a slow or hung gateway may wait up to sms.timeout: signing out or
        # closing the window must not freeze for it. Its answer is discarded.
        self.ops.shutdown(wait=False)

    def poll_now(self) -> None:
        if self.running or self.paused() or not self.page.actor.can(Permission.SEND_REMINDERS):
            return
        ctx, actor, environ = self.page.ctx, self.page.actor, dict(os.environ)
        self.running = True
        self.ops.run(lambda: _poll_round(ctx, actor, environ),
                     success=self._done, failure=self._failed, parent=self)

    def _done(self, report: PollReport) -> None:
        self.running = False
        self.last = report

    def _failed(self, error: BaseException) -> bool:
        self.running = False
        log.warning("Asking the SMS gateway for delivery reports failed: %s", error)
        return True


def _poll_round(ctx: ServiceContext, actor: Actor, environ: dict[str, str]) -> PollReport:
    """One round of questions, on the poller's worker."""
    from vetdesk.security.credentials import KeyringCredentialStore
    from vetdesk.services.messaging.polling import poll_delivery
    from vetdesk.services.messaging.secrets import MessagingSecrets

    # Tokens from the environment or the keyring, never from a file.
    secrets = MessagingSecrets(environ=environ, store=KeyringCredentialStore())
    return poll_delivery(ctx, actor, secrets, limit=ROUND)
