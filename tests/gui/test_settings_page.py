"""The settings page edits the clinic through the service, with validation in the fields."""

from __future__ import annotations

import dataclasses

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import audit_actions
from vetdesk.services import clinic
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.pages.settings_page import SettingsPage


@pytest.fixture
def settings(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, windows: list[MainWindow],
    admin: Actor,
) -> tuple[MainWindow, SettingsPage]:
    window = MainWindow(ctx, db_ops, admin)
    windows.append(window)
    window.show()
    window.rail.select("settings")
    page = window.work_area.page_widgets["settings"]
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.clinic_label.text() != "", timeout=10_000)
    return window, page


def test_loads_the_clinic_and_saves_a_change(
    qtbot: QtBot, settings: tuple[MainWindow, SettingsPage], ctx: ServiceContext
) -> None:
    window, page = settings
    assert page.edits["name"].text() == "Dyreklinikken Ødegård"
    assert not page.save_button.isEnabled()
    assert "Nothing has changed" in page.save_button.toolTip()
    page.idle_spin.setValue(3)
    qtbot.keyClicks(page.edits["phone"], "22 33 44 55")
    assert page.save_button.isEnabled()
    with qtbot.waitSignal(window.events.clinic_changed, timeout=10_000):
        page.save_button.click()
    saved = clinic.clinic_details(ctx)
    assert saved.idle_lock_minutes == 3
    assert saved.phone == "+4722334455"
    assert page.edits["phone"].text() == "22 33 44 55"
    assert window.idle.timeout_ms == 3 * 60_000
    assert audit_actions(ctx)[-1] == "change"
    assert page.status_label.text() == "Saved."


def test_a_bad_postal_code_is_marked_in_the_field_and_blocks_saving(
    qtbot: QtBot, settings: tuple[MainWindow, SettingsPage], ctx: ServiceContext
) -> None:
    _window, page = settings
    page.edits["postal_code"].clear()
    qtbot.keyClicks(page.edits["postal_code"], "12")
    assert page.form.error_text("postal_code") == "A Norwegian postal code has 4 digits."
    assert page.form.error_text("name") == ""
    assert not page.save_button.isEnabled()
    assert "Fix the fields" in page.save_button.toolTip()
    assert clinic.clinic_details(ctx).postal_code == "0150"


def test_the_clinic_phone_reads_the_norwegian_way_and_a_bad_one_is_named(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, windows: list[MainWindow],
    admin: Actor,
) -> None:
    clinic.update_clinic_details(ctx, admin, dataclasses.replace(
        clinic.clinic_details(ctx), phone="+4763801234"))
    window = MainWindow(ctx, db_ops, admin)
    windows.append(window)
    window.show()
    window.rail.select("settings")
    page = window.work_area.page_widgets["settings"]
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)
    assert page.edits["phone"].text() == "63 80 12 34"
    assert not page.save_button.isEnabled()  # shown formatted, still the same number
    page.edits["phone"].clear()
    qtbot.keyClicks(page.edits["phone"], "6380 123")
    assert page.form.error_text("phone") == (
        "A Norwegian phone number has 8 digits; this one has 7.")
    assert not page.save_button.isEnabled()
    assert clinic.clinic_details(ctx).phone == "+4763801234"


def test_an_empty_clinic_phone_says_where_the_number_goes(
    settings: tuple[MainWindow, SettingsPage]
) -> None:
    """Left empty, every confirmation read "Hilsen Dyreklinikken, tlf." with no number and
    nothing on the screen said so (found walking the clinic's day)."""
    _window, page = settings
    page.edits["phone"].clear()
    assert page.edits["phone"].placeholderText() == (
        "In every SMS and e-mail to clients, e.g. 63 80 12 34")
