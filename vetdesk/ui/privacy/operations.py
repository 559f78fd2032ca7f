"""The privacy panel's service calls, each a small factory returning the work for ``ops.run``.

The factory reads the page's context and actor on the GUI thread and captures plain values, so
the returned function is safe to run on the worker (see vetdesk/ui/ops.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from vetdesk.services.privacy import requests
from vetdesk.services.privacy.inspect import Inspection, inspect_client
from vetdesk.services.privacy.requests import Register, RequestInput, RequestRow
from vetdesk.ui.pages.registry import PageContext


def load_register(page: PageContext) -> Callable[[], Register]:
    ctx, actor = page.ctx, page.actor
    return lambda: requests.request_register(ctx, actor)


def register_request(page: PageContext, given: RequestInput) -> Callable[[], RequestRow]:
    ctx, actor = page.ctx, page.actor
    return lambda: requests.register_request(ctx, actor, given)


def complete(page: PageContext, number: int, outcome: str) -> Callable[[], RequestRow]:
    ctx, actor = page.ctx, page.actor
    return lambda: requests.complete_request(ctx, actor, number, outcome=outcome)


def refuse(page: PageContext, number: int, reason: str) -> Callable[[], RequestRow]:
    ctx, actor = page.ctx, page.actor
    return lambda: requests.refuse_request(ctx, actor, number, reason=reason)


def extend(page: PageContext, number: int, until: dt.date, reason: str,
           told: dt.date) -> Callable[[], RequestRow]:
    ctx, actor = page.ctx, page.actor
    return lambda: requests.extend_request(ctx, actor, number, new_due_on=until,
                                           reason=reason, told_on=told)


def inspect(page: PageContext, client_no: int) -> Callable[[], Inspection]:
    ctx, actor = page.ctx, page.actor
    return lambda: inspect_client(ctx, actor, client_no)
