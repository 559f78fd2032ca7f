"""The VetReg page's service calls, each a small factory returning the work for ``ops.run``;
context and actor are read on the GUI thread (see vetdesk/ui/ops.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from vetdesk.services.pharmacy.types import VetRegEntry
from vetdesk.services.pharmacy.vetreg import due_entries, export_due, mark_reported
from vetdesk.ui.pages.registry import PageContext


def load_due(page: PageContext) -> Callable[[], list[VetRegEntry]]:
    ctx, actor = page.ctx, page.actor
    return lambda: due_entries(ctx, actor)


def export(page: PageContext, name: str) -> Callable[[], tuple[bytes, int]]:
    ctx, actor = page.ctx, page.actor
    return lambda: export_due(ctx, actor, name)


def mark(page: PageContext, keys: Sequence[str]) -> Callable[[], int]:
    ctx, actor, chosen = page.ctx, page.actor, list(keys)
    return lambda: mark_reported(ctx, actor, chosen)
