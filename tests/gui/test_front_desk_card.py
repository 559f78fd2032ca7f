"""The client card tab: sections, one audit view, the mandatory alert once, roles, charts."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.support.front_desk import add_animal, add_client
from tests.support.front_desk_gui import WAIT_MS, isolate_settings, open_window, wait_card
from tests.support.statements import count_statements
from vetdesk.db.models import AuditEvent
from vetdesk.domain.client_rules import ClientInput, PhoneInput
from vetdesk.domain.codes import AlertSeverity
from vetdesk.services.alerts import AlertInput, add_animal_alert, add_client_alert
from vetdesk.services.client_card import open_client_card
from vetdesk.services.clients import update_client
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.front_desk.client_card_view import SECTIONS, ClientCardView
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import Qt


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path)


@pytest.fixture
def kari(ctx: ServiceContext, receptionist: Actor) -> dict[str, int]:
    owner = add_client(ctx, receptionist, "Kari", "Ødegård", phone="912 34 567",
                       email="kari@example.no", address="Fjellveien 22B", postal_code="0150",
                       city="Oslo")
    bamse = add_animal(ctx, receptionist, owner.client_id, "Bamse", chip="578097000012345")
    add_animal(ctx, receptionist, owner.client_id, "Pusur", species="cat")
    add_animal_alert(ctx, receptionist, bamse.animal_id,
                     AlertInput("bites when muzzled", AlertSeverity.MANDATORY))
    add_client_alert(ctx, receptionist, owner.client_id, AlertInput("Prefers SMS"))
    return {"client": owner.client_id, "bamse": bamse.animal_id}


def _views(ctx: ServiceContext, client_id: int) -> int:
    with ctx.db.reading() as session:
        return int(session.execute(
            select(func.count()).select_from(AuditEvent)
            .where(AuditEvent.action == "view", AuditEvent.client_id == client_id)
        ).scalar_one())


def _open(qtbot: QtBot, window: MainWindow, client_id: int) -> ClientCardView:
    return wait_card(qtbot, window.front_desk.tabs.open_client(client_id))


def _acknowledge(qtbot: QtBot, card: ClientCardView) -> None:
    qtbot.waitUntil(lambda: card.alert_dialog is not None and card.alert_dialog.isVisible(),
                    timeout=WAIT_MS)
    assert card.alert_dialog is not None
    card.alert_dialog.acknowledge_button.click()


def _open_past_alerts(qtbot: QtBot, window: MainWindow, client_id: int) -> ClientCardView:
    """The card, once its mandatory alerts have been acknowledged (as the desk must)."""
    card = _open(qtbot, window, client_id)
    _acknowledge(qtbot, card)
    return card


def test_card_shows_contact_animals_and_sections_and_logs_one_view(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
    windows: list[MainWindow], kari: dict[str, int]
) -> None:
    window = open_window(qtbot, ctx, db_ops, receptionist, windows)
    card = _open_past_alerts(qtbot, window, kari["client"])
    assert window.work_area.tabText(window.work_area.indexOf(card)) == "Kari Ødegård (1)"
    assert "912 34 567" in card.contact.contact_label.text()
    assert "Prefers SMS" in card.contact.alerts_label.text()
    assert [a.name for a in card.animals.animals] == ["Bamse", "Pusur"]
    assert card.animals.item(0, 4).text() == "⚠ bites when muzzled"
    assert list(card.sections) == [key for key, _title, _render in SECTIONS]
    assert card.sections["appointments"].toggle.text() == "Upcoming appointments (0)"
    assert card.section_labels["appointments"].text().endswith(
        "No upcoming appointments.</span>")
    assert _views(ctx, kari["client"]) == 1

    # Closing and opening again a moment later is the same look at the record.
    window.work_area.close_tab(window.work_area.indexOf(card))
    qtbot.waitUntil(lambda: kari["client"] not in window.front_desk.tabs.cards, timeout=WAIT_MS)
    _open_past_alerts(qtbot, window, kari["client"])
    assert _views(ctx, kari["client"]) == 1


def test_mandatory_alert_pops_up_once_per_opening(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
    windows: list[MainWindow], kari: dict[str, int]
) -> None:
    window = open_window(qtbot, ctx, db_ops, receptionist, windows)
    card = window.front_desk.tabs.open_client(kari["client"])
    with qtbot.waitSignal(card.alerts_shown, timeout=WAIT_MS) as shown:
        pass
    assert [a.text for a in shown.args[0]] == ["bites when muzzled"]
    dialog = card.alert_dialog
    assert dialog is not None
    assert [label.text() for label in dialog.alert_labels] == ["Bamse: bites when muzzled"]
    dialog.reject()  # Esc does not dismiss it: it must be acknowledged
    assert dialog.isVisible()
    dialog.acknowledge_button.click()
    assert not dialog.isVisible()

    popped: list[object] = []
    card.alerts_shown.connect(popped.append)
    # A save made elsewhere (another screen's call through the same operations) says what it
    # changed, and the card showing that client reloads.
    version = open_client_card(ctx, receptionist, kari["client"]).version
    edited = ClientInput(first_name="Kari", last_name="Ødegård",
                         phones=(PhoneInput("912 34 567"),), city="Bergen")
    with qtbot.waitSignal(card.loaded, timeout=WAIT_MS) as reloaded:
        db_ops.run(lambda: update_client(ctx, receptionist, kari["client"], edited,
                                         expected_version=version))
    assert reloaded.args[0].city == "Bergen"
    assert popped == []
    assert card.alert_dialog is dialog


def test_merge_is_hidden_for_a_receptionist_and_shown_to_a_manager(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
    manager: Actor, windows: list[MainWindow], kari: dict[str, int]
) -> None:
    desk = open_window(qtbot, ctx, db_ops, receptionist, windows)
    card = _open(qtbot, desk, kari["client"])
    assert card.merge_button.isHidden()
    assert not card.edit_button.isHidden()
    boss = open_window(qtbot, ctx, db_ops, manager, windows)
    managed = _open(qtbot, boss, kari["client"])
    assert not managed.merge_button.isHidden()
    assert managed.merge_button.isEnabled()


def test_open_chart_asks_for_the_selected_animal(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
    windows: list[MainWindow], kari: dict[str, int]
) -> None:
    window = open_window(qtbot, ctx, db_ops, receptionist, windows)
    card = _open_past_alerts(qtbot, window, kari["client"])
    card.animals.select_animal(kari["bamse"])
    asked: list[int] = []
    window.events.open_animal.connect(asked.append)
    qtbot.keyClick(card.animals, Qt.Key.Key_Return)
    assert asked[-1] == kari["bamse"]


def test_collapsed_sections_stay_collapsed_next_time(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
    windows: list[MainWindow], kari: dict[str, int]
) -> None:
    window = open_window(qtbot, ctx, db_ops, receptionist, windows)
    card = _open_past_alerts(qtbot, window, kari["client"])
    card.sections["purchases"].toggle.click()
    assert card.section_labels["purchases"].isHidden()
    window.work_area.close_tab(window.work_area.indexOf(card))
    qtbot.waitUntil(lambda: kari["client"] not in window.front_desk.tabs.cards, timeout=WAIT_MS)
    again = _open_past_alerts(qtbot, window, kari["client"])
    assert not again.sections["purchases"].expanded
    assert again.sections["messages"].expanded


def test_opening_a_card_tab_costs_the_same_queries_as_the_service(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
    windows: list[MainWindow], kari: dict[str, int]
) -> None:
    other = add_client(ctx, receptionist, "Per", "Hansen", phone="22 12 34 56")
    add_animal(ctx, receptionist, other.client_id, "Fido")
    window = open_window(qtbot, ctx, db_ops, receptionist, windows)
    with count_statements(ctx.db.engine) as direct:
        open_client_card(ctx, receptionist, other.client_id)
    with count_statements(ctx.db.engine) as through_screen:
        card = _open(qtbot, window, kari["client"])
    _acknowledge(qtbot, card)
    assert len(through_screen.queries) == len(direct.queries)
