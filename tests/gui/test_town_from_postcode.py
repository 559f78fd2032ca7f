"""The town fills itself in from the postal code, learnt from the clinic's own clients, and a
town the user typed is never overwritten (issue 8)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.support.chart_screens import page_context
from tests.support.front_desk import add_client
from tests.support.front_desk_gui import WAIT_MS, isolate_settings, wait_idle
from vetdesk.services.addresses.postcodes import town_for_postcode
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.front_desk.client_form import ClientFormDialog
from vetdesk.ui.ops import Operations


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path)


@pytest.fixture
def form(qtbot: QtBot, ctx: ServiceContext, db_ops: Operations,
         receptionist: Actor) -> Iterator[ClientFormDialog]:
    for first, code, town in (("Kari", "0150", "Oslo"), ("Per", "0150", "Oslo"),
                              ("Ola", "0150", "OSLO"), ("Siri", "1337", "Sandvika")):
        add_client(ctx, receptionist, first, "Hansen", postal_code=code, city=town)
    dialog = ClientFormDialog(page_context(ctx, db_ops, receptionist))
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.touched.clear()
    dialog.done(0)
    dialog.deleteLater()


def test_the_most_common_town_for_a_postal_code(ctx: ServiceContext, receptionist: Actor,
                                                 form: ClientFormDialog) -> None:
    assert town_for_postcode(ctx, receptionist, "0150") == "Oslo"
    assert town_for_postcode(ctx, receptionist, "９９９９") is None
    assert town_for_postcode(ctx, receptionist, "15") is None


def test_typing_a_postal_code_fills_in_the_town_but_never_over_the_users(
    qtbot: QtBot, db_ops: Operations, form: ClientFormDialog
) -> None:
    code, town = form.edits["postal_code"], form.edits["city"]
    qtbot.keyClicks(code, "0150")
    qtbot.waitUntil(lambda: town.text() == "Oslo", timeout=WAIT_MS)
    # Another code replaces a town we filled in.
    code.clear()
    qtbot.keyClicks(code, "1337")
    qtbot.waitUntil(lambda: town.text() == "Sandvika", timeout=WAIT_MS)
    # A town the user typed stays.
    town.clear()
    qtbot.keyClicks(town, "Bærums Verk")
    code.clear()
    qtbot.keyClicks(code, "0150")
    wait_idle(qtbot, db_ops)
    qtbot.wait(50)
    assert town.text() == "Bærums Verk"
