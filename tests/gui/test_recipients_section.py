"""The recipients register in Settings: listed, added, edited, deactivated and brought back; a
recipient without a name refused with the sentence in the banner and what was typed kept; a
stale edit names who changed it and when (issue 12)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import make_user
from tests.support.english import english_lines
from vetdesk.domain.codes import Role
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.referrals.parties import add_party, edit_party, list_parties
from vetdesk.services.referrals.types import PartyInput
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.pages.settings_page import SettingsPage
from vetdesk.ui.qt import Qt
from vetdesk.ui.referrals.recipients_section import RecipientsSection

WAIT_MS = 15_000
SHOTS = os.environ.get("VETDESK_SHOTS")


@pytest.fixture
def section(qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, windows: list[MainWindow],
            admin: Actor) -> RecipientsSection:
    add_party(ctx, admin, PartyInput(name="Dyresykehuset Bergen", speciality="Ortopedi",
                                     address="Fjøsangerveien 1, 5054 Bergen",
                                     phone="55 12 34 56", email="post@dyresykehus.no"))
    window = MainWindow(ctx, db_ops, admin)
    windows.append(window)
    window.show()
    window.rail.select("settings")
    page = window.work_area.page_widgets["settings"]
    assert isinstance(page, SettingsPage)
    assert page.tabs is not None
    page.tabs.setCurrentWidget(page.recipients)
    qtbot.waitUntil(lambda: page.recipients.loaded, timeout=WAIT_MS)
    return page.recipients


def test_lists_and_adds_a_laboratory(qtbot: QtBot, section: RecipientsSection,
                                     ctx: ServiceContext, admin: Actor) -> None:
    model = section.model
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "Dyresykehuset Bergen", "Specialist", "Ortopedi", "Fjøsangerveien 1, 5054 Bergen",
        "55 12 34 56", "post@dyresykehus.no", "Active"]
    section.form.name_field.setText("Laboratoriet Ås")
    section.form.laboratory_box.setChecked(True)
    section.form.phone_field.setText("64 00 00 00")
    section.add_button.click()
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=WAIT_MS)
    assert model.index(1, model.NAME).data() == "Laboratoriet Ås"
    assert model.index(1, model.KIND).data() == "Laboratory"
    assert section.form.name_field.text() == ""
    assert [(p.name, p.is_laboratory) for p in list_parties(ctx, admin)] == [
        ("Dyresykehuset Bergen", False), ("Laboratoriet Ås", True)]
    if SHOTS:
        section.window().resize(1200, 700)
        section.window().grab().save(str(Path(SHOTS) / "recipients.png"))


def test_a_recipient_without_a_name_is_refused_and_the_typing_kept(
    qtbot: QtBot, section: RecipientsSection
) -> None:
    section.form.phone_field.setText("64 00 00 00")
    section.add_button.click()
    qtbot.waitUntil(lambda: section.banner.isVisible(), timeout=WAIT_MS)
    assert "Enter the recipient's name." in section.banner.message_label.text()
    assert section.form.errors["name"].text() == "Enter the recipient's name."
    assert section.form.phone_field.text() == "64 00 00 00"
    assert section.model.rowCount() == 1


def test_edit_then_deactivate_and_bring_back(
    qtbot: QtBot, section: RecipientsSection, ctx: ServiceContext, admin: Actor
) -> None:
    assert not section.save_button.isEnabled()
    section.table.selectRow(0)
    assert not section.add_button.isEnabled()
    assert section.form.name_field.text() == "Dyresykehuset Bergen"
    assert section.form.phone_field.text() == "55 12 34 56"
    assert section.form_title.text() == "Editing Dyresykehuset Bergen"
    section.form.speciality_field.setText("Ortopedi og nevrologi")
    section.save_button.click()
    qtbot.waitUntil(lambda: section.model.index(0, section.model.SPECIALITY).data()
                    == "Ortopedi og nevrologi", timeout=WAIT_MS)
    assert section.result_label.text() == "Dyresykehuset Bergen saved."
    assert section.active_button.text() == "&Deactivate"
    section.active_button.click()
    qtbot.waitUntil(lambda: section.model.index(0, section.model.STATE).data()
                    == "Deactivated", timeout=WAIT_MS)
    assert list_parties(ctx, admin) == []
    assert section.active_button.text() == "A&ctivate again"
    section.active_button.click()
    qtbot.waitUntil(lambda: section.model.index(0, section.model.STATE).data() == "Active",
                    timeout=WAIT_MS)
    assert [p.version for p in list_parties(ctx, admin)] == [4]


def test_a_stale_edit_names_who_changed_it_and_keeps_the_typing(
    qtbot: QtBot, section: RecipientsSection, ctx: ServiceContext, admin: Actor
) -> None:
    section.table.selectRow(0)
    section.form.email_field.setText("ortopedi@dyresykehus.no")
    # Meanwhile, at the manager's desk:
    [bergen] = list_parties(ctx, admin)
    mona = make_user(ctx, "mona", Role.MANAGER, full_name="Mona Manager")
    edit_party(ctx, mona, bergen.id, PartyInput("Dyresykehuset Bergen AS"), expected_version=1)
    section.save_button.click()
    qtbot.waitUntil(lambda: section.banner.isVisible(), timeout=WAIT_MS)
    assert section.banner.message_label.text().startswith(
        "Dyresykehuset Bergen AS was changed by Mona Manager at 22.11.2026 ")
    assert section.form.email_field.text() == "ortopedi@dyresykehus.no"
    # The list shows theirs; saving again is now from their version.
    qtbot.waitUntil(lambda: section.model.index(0, section.model.NAME).data()
                    == "Dyresykehuset Bergen AS", timeout=WAIT_MS)
    assert section.form.email_field.text() == "ortopedi@dyresykehus.no"
    if SHOTS:
        section.window().resize(1200, 760)
        section.window().grab().save(str(Path(SHOTS) / "recipients_stale.png"))


@pytest.mark.sqlite_only
def test_the_section_speaks_bokmal(
    bokmal: None, section: RecipientsSection
) -> None:
    model = section.model
    texts = [str(model.headerData(c, Qt.Orientation.Horizontal))
             for c in range(model.columnCount())]
    section.table.selectRow(0)
    texts += [model.index(0, model.KIND).data(), model.index(0, model.STATE).data(),
              section.form.laboratory_box.text(), section.add_button.text(),
              section.save_button.text(), section.active_button.text(),
              section.new_button.text(), section.form_title.text()]
    assert english_lines("\n".join(texts)) == []
    assert model.index(0, model.KIND).data() == "Spesialist"
    if SHOTS:
        section.window().resize(1200, 700)
        section.window().grab().save(str(Path(SHOTS) / "recipients_nb.png"))
        section.grab().save(str(Path(SHOTS) / "recipients_section_nb.png"))
