"""The Reminders page's service calls, each a small factory returning the work for ``ops.run``.

The factory reads the page's context and actor on the GUI thread and captures plain values,
so the returned function is safe to run on the worker (see vetdesk/ui/ops.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from vetdesk.domain.changes import Changes
from vetdesk.security.credentials import KeyringCredentialStore
from vetdesk.services.messaging.channels import send_outbox
from vetdesk.services.messaging.due import DueCursor, DueFilter, DuePage, due_page
from vetdesk.services.messaging.letters import PrintedLetters, print_letters
from vetdesk.services.messaging.polling import PollReport, poll_delivery
from vetdesk.services.messaging.queueing import QueueResult, queue_reminders
from vetdesk.services.messaging.secrets import MessagingSecrets
from vetdesk.services.messaging.sending import SendReport
from vetdesk.services.messaging.status import OutboxStatus, outbox_status
from vetdesk.ui.ops import Progress
from vetdesk.ui.pages.registry import PageContext


@dataclass(frozen=True)
class SendOutcome:
    queued: QueueResult
    sent: SendReport
    # What the gateway said of the sent SMS right after (issue 11).
    polled: PollReport

    @property
    def changes(self) -> Changes:
        return self.polled.changes


def load_due(page: PageContext, wanted: DueFilter, after: DueCursor | None = None
             ) -> Callable[[], DuePage]:
    ctx, actor = page.ctx, page.actor
    return lambda: due_page(ctx, actor, wanted, after)


def load_outbox(page: PageContext) -> Callable[[], OutboxStatus]:
    ctx, actor = page.ctx, page.actor
    return lambda: outbox_status(ctx, actor)


def queue_and_send(page: PageContext, wanted: DueFilter) -> Callable[[Progress], SendOutcome]:
    """Queue what is due in the period, then send the outbox; stops between two messages when
    the user cancels (what was claimed is finished first, so nothing is left half-sent)."""
    ctx, actor = page.ctx, page.actor
    # Passwords and tokens from the environment or the keyring, never from a file.
    secrets = MessagingSecrets(environ=dict(os.environ), store=KeyringCredentialStore())

    def work(progress: Progress) -> SendOutcome:
        queued = queue_reminders(ctx, actor, wanted)
        sent = send_outbox(ctx, actor, secrets, should_stop=lambda: progress.cancelled,
                           progress=lambda done, total: progress(done, total))
        return SendOutcome(queued, sent, poll_delivery(ctx, actor, secrets))

    return work


def letters(page: PageContext) -> Callable[[], PrintedLetters]:
    ctx, actor = page.ctx, page.actor
    return lambda: print_letters(ctx, actor)
