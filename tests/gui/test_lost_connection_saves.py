"""A lost connection seen from the window (issue 8): a Save whose COMMIT went through but
whose answer was lost is run once more, finds the first attempt and saves one record; the
banner says "trying again" meanwhile. An unsafe call is not repeated, and reads one sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.support.faults import commit_answer_lost
from tests.support.front_desk import add_client
from tests.support.front_desk_gui import WAIT_MS, isolate_settings, open_window, wait_idle
from vetdesk.db.models import Animal, Client
from vetdesk.errors import ConnectionLost
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.front_desk.animal_form import AnimalFormDialog
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import FailureReport, Operations

TRYING_AGAIN = "The connection to the server was lost; trying again."


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path)


@pytest.fixture
def window(qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
           windows: list[MainWindow]) -> MainWindow:
    return open_window(qtbot, ctx, db_ops, receptionist, windows)


def _count(ctx: ServiceContext, model: type[Client] | type[Animal]) -> int:
    with ctx.db.reading() as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def test_a_new_client_saved_as_the_connection_broke_is_saved_once(
    qtbot: QtBot, window: MainWindow, ctx: ServiceContext
) -> None:
    told: list[str] = []
    window.ops.retrying.connect(told.append)
    form = window.front_desk.tabs.new_client()
    assert form is not None
    qtbot.keyClicks(form.edits["first_name"], "Åse")
    qtbot.keyClicks(form.edits["last_name"], "Strøm")
    qtbot.keyClicks(form.phone_edits[0], "41234567")
    wait_idle(qtbot, window.ops)
    with commit_answer_lost(ctx.db) as broken, qtbot.waitSignal(form.saved, timeout=WAIT_MS):
        form.buttons.save_button.click()
    wait_idle(qtbot, window.ops)
    assert broken == [1]
    assert told == [TRYING_AGAIN]
    assert _count(ctx, Client) == 1
    assert not form.isVisible()
    assert not window.banner.isVisible()  # "trying again" went once the retry worked


def test_a_new_animal_saved_as_the_connection_broke_is_saved_once(
    qtbot: QtBot, window: MainWindow, ctx: ServiceContext, receptionist: Actor
) -> None:
    owner = add_client(ctx, receptionist, "Kari", "Ødegård")
    form = AnimalFormDialog(window.front_desk.tabs.page, owner.client_id, parent=window)
    form.show()
    qtbot.keyClicks(form.fields.name, "Mons")
    qtbot.keyClicks(form.fields.microchip, "250268500999999")
    wait_idle(qtbot, window.ops)
    first_id = form.request_id
    # "Save and add another": the chip check must not take the retry for a second animal.
    with commit_answer_lost(ctx.db), qtbot.waitSignal(form.saved, timeout=WAIT_MS):
        form.save(another=True)
    wait_idle(qtbot, window.ops)
    assert _count(ctx, Animal) == 1
    assert not window.banner.isVisible()
    # The next animal in the same form is a registration of its own.
    assert form.request_id != first_id
    qtbot.keyClicks(form.fields.name, "Nusse")
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS):
        form.buttons.save_button.click()
    assert _count(ctx, Animal) == 2


def test_an_unsafe_call_is_not_repeated_and_reads_one_sentence(
    qtbot: QtBot, db_ops: Operations
) -> None:
    told: list[str] = []
    reports: list[FailureReport] = []
    db_ops.retrying.connect(told.append)
    db_ops.failed.connect(reports.append)
    calls: list[int] = []

    def lost_write() -> None:
        calls.append(1)
        raise ConnectionLost("The connection to the database server was lost.",
                             retry_safe=False)

    with qtbot.waitSignal(db_ops.run(lost_write).finished, timeout=WAIT_MS):
        pass
    assert calls == [1]
    assert told == []
    assert [r.message for r in reports] == ["The connection to the database server was lost."]
    assert reports[0].expected  # one sentence, not "something went wrong"


def test_a_safe_call_is_repeated_once(qtbot: QtBot, db_ops: Operations) -> None:
    told: list[str] = []
    recovered: list[bool] = []
    db_ops.retrying.connect(told.append)
    db_ops.recovered.connect(lambda: recovered.append(True))
    results: list[int] = []

    def lost_once_then_fine() -> int:
        if not told and not results:
            results.append(0)
            raise ConnectionLost("lost", retry_safe=True)
        return 42

    with qtbot.waitSignal(db_ops.run(lost_once_then_fine, success=results.append).finished,
                          timeout=WAIT_MS):
        pass
    assert results == [0, 42]
    assert told == [TRYING_AGAIN]
    assert recovered == [True]
