"""Restriction of processing (GDPR art. 18) shows wherever the client appears: the search hit,
the booking dialog, the appointment in the calendar grid and its details (issue 10)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.support.calendar import oslo, request, vet_column
from tests.support.front_desk import add_animal, add_client
from tests.support.front_desk_gui import WAIT_MS, isolate_settings
from vetdesk.services.context import ServiceContext
from vetdesk.services.front_desk_views import search_with_alerts
from vetdesk.services.permissions import Actor
from vetdesk.services.privacy.restriction import restrict_client
from vetdesk.services.scheduling.booking import book_appointment
from vetdesk.ui.calendar.booking_dialog import BookingDialog, Preset
from vetdesk.ui.front_desk.search_model import build_rows
from vetdesk.ui.ops import Operations
from vetdesk.ui.pages.calendar_page import CalendarPage
from vetdesk.ui.pages.registry import PageContext, ShellEvents
from vetdesk.ui.qt import QApplication

BANNER = "⚠ Processing restricted: send nothing"


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path)


@pytest.fixture
def restricted(ctx: ServiceContext, receptionist: Actor, manager: Actor) -> tuple[int, int]:
    """Kari Ødegård (restricted) with Bamse, and Kari Østby (not restricted)."""
    kari = add_client(ctx, receptionist, "Kari", "Ødegård", phone="91234567")
    bamse = add_animal(ctx, receptionist, kari.client_id, "Bamse")
    add_client(ctx, receptionist, "Kari", "Østby", phone="92345678")
    restrict_client(ctx, manager, kari.client_no)
    return kari.client_id, bamse.animal_id


def test_the_search_hit_says_the_client_is_restricted(
    qtbot: QtBot, ctx: ServiceContext, receptionist: Actor, restricted: tuple[int, int],
) -> None:
    screen = search_with_alerts(ctx, receptionist, "kari")
    flags = {owner.last_name: owner.restricted for owner in screen.results.owners}
    assert flags == {"Ødegård": True, "Østby": False}
    rows = {row.plain.split("  ")[0]: row for row in build_rows(screen)}
    assert BANNER in rows["Kari Ødegård"].plain
    assert "color:#b71c1c" in rows["Kari Ødegård"].html.replace(" ", "")
    assert "restricted" not in rows["Kari Østby"].plain
    assert "restricted" not in rows["↳ Bamse"].plain  # said once, on the owner


def test_the_booking_dialog_shows_the_banner_for_a_restricted_client(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
    restricted: tuple[int, int],
) -> None:
    page = PageContext(ctx, db_ops, receptionist, ShellEvents())
    dialog = BookingDialog(page, (), Preset())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.restricted_label.text() == ""
    height = dialog.height()
    dialog.search_field.setText("kari")
    dialog._search()
    qtbot.waitUntil(lambda: dialog.hits.count() == 3, timeout=WAIT_MS)
    texts = [dialog.hits.item(n).text() for n in range(3)]
    assert texts == ["Kari Ødegård (1)  ⚠ processing restricted",
                     "Bamse – Kari Ødegård (1)  ⚠ processing restricted",
                     "Kari Østby (2)"]
    dialog.hits.setCurrentRow(1)
    assert dialog.chosen.text() == "Bamse – Kari Ødegård (1)"
    assert dialog.restricted_label.text().startswith("⚠ Processing restricted at the client's")
    dialog.hits.setCurrentRow(2)
    assert dialog.restricted_label.text() == ""
    QApplication.processEvents()
    assert dialog.height() == height  # the banner's room is kept: the dialog does not jump
    # Opened from the client card of a restricted client: the banner is there from the start.
    from_card = BookingDialog(page, (), Preset(client_id=restricted[0], who="Kari Ødegård",
                                               restricted=True))
    qtbot.addWidget(from_card)
    from_card.show()
    assert from_card.restricted_label.text().startswith("⚠ Processing restricted")


def test_the_calendar_marks_the_appointment_and_its_details(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, admin: Actor, vet: Actor,
    receptionist: Actor, restricted: tuple[int, int],
) -> None:
    column = vet_column(ctx, admin, vet)
    client_id, animal_id = restricted
    book_appointment(ctx, receptionist, request(client_id, animal_id, column,
                                                oslo(2026, 11, 23, 10)))
    page = CalendarPage(PageContext(ctx, db_ops, receptionist, ShellEvents()))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.step(1)  # Monday; the test clock is Sunday 22.11.2026
    qtbot.waitUntil(lambda: page.period is not None and len(page.period.appointments) == 1,
                    timeout=WAIT_MS)
    assert page.period is not None and page.period.appointments[0].restricted
    placed = page.grid._placed[0]
    assert placed.line.startswith("⚠ ")
    assert placed.detail.startswith("Processing restricted · Kari Ødegård")
    page.grid.selected = page.period.appointments[0]
    page._show_selection()
    assert page.selection_label.text() == (
        "⚠ Processing restricted: send nothing · 10:00–10:30 Bamse (Kari Ødegård) · "
        "Konsultasjon · booked")
