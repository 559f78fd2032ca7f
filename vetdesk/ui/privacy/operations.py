"""The privacy panel's service calls, each a small factory returning the work for ``ops.run``.

The factory reads the page's context and actor on the GUI thread and captures plain values, so
the returned function is safe to run on the worker (see vetdesk/ui/ops.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path

from vetdesk.services.privacy import requests
from vetdesk.services.privacy.correction import Corrected, correct_client
from vetdesk.services.privacy.erasure import (
    ErasurePlan,
    ErasureResult,
    append_to_log,
    default_log_path,
    erase_client,
    erasure_plan,
)
from vetdesk.services.privacy.export import ExportResult, export_client
from vetdesk.services.privacy.inspect import Inspection, inspect_client
from vetdesk.services.privacy.requests import Register, RequestInput, RequestRow
from vetdesk.services.privacy.retention import (
    DueForDeletion,
    Purged,
    purge_retention,
    retention_due,
)
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


def export_to(page: PageContext, client_no: int, path: str) -> Callable[[], ExportResult]:
    """Export and write the ZIP (on the worker: the file may be large)."""
    ctx, actor = page.ctx, page.actor

    def work() -> ExportResult:
        result = export_client(ctx, actor, client_no)
        Path(path).write_bytes(result.data)
        return result

    return work


def plan_erasure(page: PageContext, client_no: int) -> Callable[[], ErasurePlan]:
    ctx, actor = page.ctx, page.actor
    return lambda: erasure_plan(ctx, actor, client_no)


def erase(page: PageContext, client_no: int, receipt_path: str) -> Callable[[], ErasureResult]:
    """Erase, append the log line outside the database, and write the receipt."""
    ctx, actor = page.ctx, page.actor

    def work() -> ErasureResult:
        result = erase_client(ctx, actor, client_no)
        append_to_log(default_log_path(), result.log_entry)
        if receipt_path:
            Path(receipt_path).write_bytes(result.receipt_pdf)
        return result

    return work


def correct(page: PageContext, client_no: int, field: str, value: str, request_no: int | None,
            request_id: uuid.UUID) -> Callable[[], Corrected]:
    ctx, actor = page.ctx, page.actor
    return lambda: correct_client(ctx, actor, client_no, field, value, request_no=request_no,
                                  request_id=request_id)


def retention_list(page: PageContext) -> Callable[[], tuple[DueForDeletion, ...]]:
    ctx, actor = page.ctx, page.actor
    return lambda: retention_due(ctx, actor)


def retention_purge(page: PageContext) -> Callable[[], Purged]:
    ctx, actor = page.ctx, page.actor
    return lambda: purge_retention(ctx, actor)
