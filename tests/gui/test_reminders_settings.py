"""Settings → Reminders: a manager adds and retires recall rules, and edits an SMS text with
its characters, GSM-7 or UCS-2 and parts counted as she types (issue 11)."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging.recall_rules import list_rules
from vetdesk.services.permissions import Actor
from vetdesk.services.settings.store import change_setting, read_setting
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.pages.settings_page import SettingsPage
from vetdesk.ui.qt import Qt

WAIT_MS = 10_000
SHOTS = os.environ.get("VETDESK_SHOTS")


def test_rules_and_sms_texts(qtbot: QtBot, ctx: ServiceContext, db_ops: Operations,
                             windows: list[MainWindow], manager: Actor) -> None:
    window = MainWindow(ctx, db_ops, manager)
    windows.append(window)
    window.show()
    window.rail.select("settings")
    page = window.work_area.page_widgets["settings"]
    assert isinstance(page, SettingsPage) and page.tabs is not None
    page.tabs.setCurrentIndex(1)
    section = page.reminders
    qtbot.waitUntil(lambda: section.loaded, timeout=WAIT_MS)
    assert section.table.rowCount() == 0

    section.kind_box.setCurrentIndex(section.kind_box.findData("vaccination"))
    section.interval_spin.setValue(36)
    section.product_edit.setText("Nobivac DHPPi")
    section.species_box.setCurrentIndex(section.species_box.findData("dog"))
    section.group_edit.setText("DHPPi")
    qtbot.mouseClick(section.save_rule_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.table.rowCount() == 1, timeout=WAIT_MS)
    assert [section.table.item(0, c).text() for c in range(5)] == [
        "Vaccination", "Nobivac DHPPi", "Dog", "DHPPi", "36 months"]
    [rule] = list_rules(ctx, manager)
    assert (rule.product, rule.species, rule.interval) == ("Nobivac DHPPi", "dog", 36)

    section.kind_box.setCurrentIndex(section.kind_box.findData("appointment"))
    assert not section.product_edit.isEnabled()
    section.interval_spin.setValue(24)
    qtbot.mouseClick(section.save_rule_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.table.rowCount() == 2, timeout=WAIT_MS)
    section.table.setCurrentCell(0, 0)
    retired = section.table.item(0, 0).text()
    qtbot.mouseClick(section.retire_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.table.rowCount() == 1, timeout=WAIT_MS)
    assert section.table.item(0, 0).text() != retired

    # The SMS text: counted as typed, saved as a setting.
    section.template_box.setCurrentIndex(
        section.template_box.findData("template.recall.sms.nb"))
    assert section.text_edit.toPlainText().startswith("Hei {client}!")
    section.text_edit.setPlainText("{animal} skal ha {what} innen {date}. Ring {clinic_phone}.")
    assert section.count_label.text() == "58 characters · GSM-7 · 1 SMS"
    section.text_edit.setPlainText("{animal} 😊 " + "x" * 70)
    assert section.count_label.text() == "81 characters · UCS-2 · 2 SMS"
    section.text_edit.setPlainText("{animal} skal vaksineres. Ring {clinic_phone}.")
    qtbot.mouseClick(section.save_text_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.count_label.text().endswith("saved"), timeout=WAIT_MS)
    assert read_setting(ctx, manager, "template.recall.sms.nb").value == (
        "{animal} skal vaksineres. Ring {clinic_phone}.")
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "settings-reminders.png"))


def test_an_emptied_sms_text_goes_back_to_the_standard_text(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, windows: list[MainWindow],
    manager: Actor,
) -> None:
    change_setting(ctx, manager, "template.recall.sms.en", "{animal}: call {clinic_phone}.")
    window = MainWindow(ctx, db_ops, manager)
    windows.append(window)
    window.show()
    window.rail.select("settings")
    page = window.work_area.page_widgets["settings"]
    assert isinstance(page, SettingsPage) and page.tabs is not None
    page.tabs.setCurrentIndex(1)
    section = page.reminders
    qtbot.waitUntil(lambda: section.loaded, timeout=WAIT_MS)
    section.template_box.setCurrentIndex(
        section.template_box.findData("template.recall.sms.en"))
    assert section.text_edit.toPlainText() == "{animal}: call {clinic_phone}."

    section.text_edit.setPlainText("  \n")
    qtbot.mouseClick(section.save_text_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.count_label.text().endswith("default text restored"),
                    timeout=WAIT_MS)
    standard = ("Hi {client}! {animal} is due for {what} by {date}. Call {clinic_phone} to "
                "book. {clinic}")
    assert section.text_edit.toPlainText() == standard
    assert not section.banner.isVisible()
    stored = read_setting(ctx, manager, "template.recall.sms.en")
    assert (stored.value, stored.is_default) == (standard, True)
