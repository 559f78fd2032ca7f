"""The Front desk page (today's list or its empty state) and the move and merge dialogs."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.support.front_desk import add_animal, add_client
from tests.support.front_desk_gui import WAIT_MS, isolate_settings, open_window, wait_card
from vetdesk.db.models import Appointment, Resource
from vetdesk.errors import NotFound
from vetdesk.services.animals import ownership_history
from vetdesk.services.client_card import open_client_card
from vetdesk.services.context import ServiceContext
from vetdesk.services.front_desk_views import client_brief
from vetdesk.services.permissions import Actor
from vetdesk.ui.front_desk.client_card_view import ClientCardView
from vetdesk.ui.front_desk.merge_dialog import MergeDialog
from vetdesk.ui.front_desk.move_dialog import MoveAnimalDialog
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.pages.front_desk import FrontDeskPage
from vetdesk.ui.qt import Qt


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path)


def _page(qtbot: QtBot, window: MainWindow) -> FrontDeskPage:
    page = window.work_area.page_widgets["front_desk"]
    assert isinstance(page, FrontDeskPage)
    qtbot.waitUntil(lambda: page.loaded, timeout=WAIT_MS)
    return page


def test_no_appointments_shows_what_to_do(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
    windows: list[MainWindow]
) -> None:
    window = open_window(qtbot, ctx, db_ops, receptionist, windows)
    page = _page(qtbot, window)
    assert page.stack.currentWidget() is page.empty_state
    assert "press Ctrl+K" in page.empty_state.message_label.text()


def test_todays_list_shows_who_is_late_and_opens_the_client(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
    windows: list[MainWindow]
) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård", phone="912 34 567")
    bamse = add_animal(ctx, receptionist, kari.client_id, "Bamse")
    starts = dt.datetime(2026, 11, 22, 7, 30, tzinfo=dt.UTC)  # 08:30 in Oslo, now 08:55
    with ctx.db.transaction() as session:
        vet = Resource(kind="veterinarian", name="Dr. Lie")
        session.add(vet)
        session.flush()
        session.add(Appointment(
            client_id=kari.client_id, animal_id=bamse.animal_id, resource_id=vet.id,
            starts_at=starts, ends_at=starts + dt.timedelta(minutes=30),
            appointment_type="consultation", reason="limping", created_at=starts,
            updated_at=starts))
    window = open_window(qtbot, ctx, db_ops, receptionist, windows)
    page = _page(qtbot, window)
    assert page.stack.currentWidget() is page.today
    cells = [page.today.item(0, column).text() for column in range(6)]
    assert cells == ["08:30", "⚠ booked · late", "Kari Ødegård", "Bamse", "Dr. Lie", "limping"]
    page.today.selectRow(0)
    qtbot.keyClick(page.today, Qt.Key.Key_Space)  # check-in (issue 11)
    qtbot.waitUntil(lambda: page.today.item(0, 1).text() == "● arrived", timeout=WAIT_MS)
    page.today.selectRow(0)
    qtbot.keyClick(page.today, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.work_area.currentWidget(), ClientCardView),
                    timeout=WAIT_MS)


def test_move_animal_to_a_new_owner_keeps_the_history(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
    windows: list[MainWindow]
) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård")
    per = add_client(ctx, receptionist, "Per", "Hansen")
    bamse = add_animal(ctx, receptionist, kari.client_id, "Bamse")
    window = open_window(qtbot, ctx, db_ops, receptionist, windows)
    card = wait_card(qtbot, window.front_desk.tabs.open_client(kari.client_id))
    animal = card.animals.current_animal()
    assert animal is not None
    dialog = MoveAnimalDialog(card.page, kari.client_id, animal, parent=card)
    dialog.open()
    assert not dialog.buttons.save_button.isEnabled()
    qtbot.keyClicks(dialog.picker.query, "hansen")
    qtbot.waitUntil(lambda: dialog.picker.client_id() == per.client_id, timeout=WAIT_MS)
    assert dialog.date.text() == "22.11.2026"
    with qtbot.waitSignal(card.loaded, timeout=WAIT_MS):
        dialog.buttons.save_button.click()
    assert card.animals.animals == ()
    history = ownership_history(ctx, receptionist, bamse.animal_id)
    assert [(h.owner_name, h.ended_on) for h in history] == [
        ("Kari Ødegård", dt.date(2026, 11, 22)), ("Per Hansen", None)]


def test_manager_merges_the_other_record_into_this_one(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, manager: Actor,
    windows: list[MainWindow]
) -> None:
    kari = add_client(ctx, manager, "Kari", "Ødegård", phone="912 34 567")
    twin = add_client(ctx, manager, "Kari", "Odegard", email="kari@example.no")
    add_animal(ctx, manager, twin.client_id, "Pusur", species="cat")
    window = open_window(qtbot, ctx, db_ops, manager, windows)
    card = wait_card(qtbot, window.front_desk.tabs.open_client(kari.client_id))
    assert card.card is not None
    dialog = MergeDialog(card.page, card.card, parent=card)
    dialog.open()
    qtbot.keyClicks(dialog.picker.query, "odegard")
    qtbot.waitUntil(lambda: dialog.other is not None, timeout=WAIT_MS)
    assert dialog.other is not None and dialog.other.client_id == twin.client_id
    assert "1 animals" in dialog.summary.text()
    assert not dialog.buttons.save_button.isEnabled()  # not before the check box
    dialog.confirm.setChecked(True)
    with qtbot.waitSignal(card.loaded, timeout=WAIT_MS):
        dialog.buttons.save_button.click()
    assert [a.name for a in card.animals.animals] == ["Pusur"]
    assert open_client_card(ctx, manager, kari.client_id).email == "kari@example.no"
    with pytest.raises(NotFound, match="no longer exists"):
        client_brief(ctx, manager, twin.client_id)


def test_the_front_desk_package_imports_on_its_own() -> None:
    # The pages import the front desk and the front desk names the pages' PageContext: a
    # fresh interpreter importing the front desk first must not hit a circular import.
    done = subprocess.run([sys.executable, "-c", "import vetdesk.ui.front_desk"],
                          capture_output=True, text=True, check=False,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
