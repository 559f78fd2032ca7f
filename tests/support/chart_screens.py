"""Helpers for the chart screen tests: a page context, a chart tab that has loaded, records."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.support.journal_data import Patient, consultation, write_and_sign
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.chart.chart_tab import ChartTab
from vetdesk.ui.ops import Operations
from vetdesk.ui.pages.registry import PageContext, ShellEvents

LOAD_TIMEOUT = 15_000


@dataclasses.dataclass
class Recorded:
    """Stand-ins for the dialogs that leave the app (file pickers, the PDF viewer)."""

    files: list[str] = dataclasses.field(default_factory=list)
    pdf_path: str = ""
    opened: list[Path] = dataclasses.field(default_factory=list)
    confirm_answer: bool = True
    confirmations: list[str] = dataclasses.field(default_factory=list)


def page_context(ctx: ServiceContext, ops: Operations, actor: Actor) -> PageContext:
    return PageContext(ctx=ctx, ops=ops, actor=actor, events=ShellEvents())


def open_tab(
    qtbot: QtBot, page: PageContext, animal_id: int, recorded: Recorded | None = None
) -> ChartTab:
    record = recorded or Recorded()

    def confirm(_parent: object, message: str) -> bool:
        record.confirmations.append(message)
        return record.confirm_answer

    tab = ChartTab(
        page, animal_id, choose=lambda _parent: list(record.files), confirm=confirm,
        choose_path=lambda _parent, _suggested: record.pdf_path,
        opener=record.opened.append,
    )
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    if tab.can_read:
        qtbot.waitUntil(lambda: tab.header is not None and tab.model.loaded_once,
                        timeout=LOAD_TIMEOUT)
    return tab


def open_chart(
    qtbot: QtBot, ctx: ServiceContext, ops: Operations, actor: Actor, animal_id: int,
    recorded: Recorded | None = None,
) -> ChartTab:
    """The chart of ``animal_id`` as ``actor`` sees it, in a page of its own, once loaded."""
    return open_tab(qtbot, page_context(ctx, ops, actor), animal_id, recorded)


def signed_history(
    ctx: ServiceContext, actor: Actor, patient: Patient, count: int, *,
    newest: dt.datetime | None = None,
) -> list[uuid.UUID]:
    """``count`` consultations a day apart, written and signed through the services."""
    newest = newest or ctx.clock.now() - dt.timedelta(hours=1)
    ids = []
    for n in range(count):
        when = newest - dt.timedelta(days=count - 1 - n)
        form = consultation(patient.animal_id, when, diagnosis=f"Kontroll {n + 1}")
        ids.append(write_and_sign(ctx, actor, form))
    return ids
