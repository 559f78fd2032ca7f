"""The client and animal forms: checked as typed, nothing typed lost, duplicates before saving,
a stale save explained, chips decoded and refused when taken, keyboard-only registration."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.support.front_desk import add_animal, add_client
from tests.support.front_desk_gui import (
    WAIT_MS,
    isolate_settings,
    open_window,
    visible_dialog,
    wait_card,
    wait_idle,
)
from vetdesk.db.models import Animal, Client
from vetdesk.domain.animal_rules import AnimalInput
from vetdesk.domain.client_rules import ClientInput, PhoneInput
from vetdesk.domain.codes import AlertSeverity
from vetdesk.services.alerts import AlertInput, add_animal_alert
from vetdesk.services.animals import update_animal
from vetdesk.services.client_card import open_client_card
from vetdesk.services.clients import update_client
from vetdesk.services.context import ServiceContext
from vetdesk.services.front_desk_views import animal_details
from vetdesk.services.permissions import Actor
from vetdesk.ui.front_desk.animal_form import AnimalFormDialog
from vetdesk.ui.front_desk.client_form import ClientFormDialog
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import QApplication, Qt, QWidget

# Set VETDESK_SHOTS to a folder to look at the form and the card this test builds.
SHOTS = Path(os.environ["VETDESK_SHOTS"]) if os.environ.get("VETDESK_SHOTS") else None


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path)


@pytest.fixture
def kari(ctx: ServiceContext, receptionist: Actor) -> int:
    owner = add_client(ctx, receptionist, "Kari", "Ødegård", phone="912 34 567",
                       address="Fjellveien 22B", postal_code="0150", city="Oslo")
    add_animal(ctx, receptionist, owner.client_id, "Bamse", chip="250268500123456")
    return owner.client_id


@pytest.fixture
def window(qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
           windows: list[MainWindow]) -> MainWindow:
    return open_window(qtbot, ctx, db_ops, receptionist, windows)


def _count(ctx: ServiceContext, model: type[Client] | type[Animal]) -> int:
    with ctx.db.reading() as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def _new_form(window: MainWindow) -> ClientFormDialog:
    form = window.front_desk.tabs.new_client()
    assert form is not None
    return form


def test_a_phone_with_a_digit_too_many_is_refused_as_typed_and_nothing_is_lost(
    qtbot: QtBot, window: MainWindow, ctx: ServiceContext, kari: int
) -> None:
    form = _new_form(window)
    assert not form.buttons.save_button.isEnabled()
    assert form.buttons.reason_label.text().startswith("To save: Last name")
    qtbot.keyClicks(form.edits["first_name"], "Åse")
    qtbot.keyClicks(form.edits["last_name"], "Strøm")
    qtbot.keyClicks(form.phone_edits[0], "912345678")
    assert form.form.error_text("phones.0") == (
        "A Norwegian phone number has 8 digits; this one has 9.")
    assert not form.buttons.save_button.isEnabled()
    assert "Phone" in form.buttons.reason_label.text()
    form.save()  # Ctrl+Enter with errors: nothing is sent, nothing is cleared
    wait_idle(qtbot, window.ops)
    assert _count(ctx, Client) == 1
    assert (form.edits["first_name"].text(), form.edits["last_name"].text(),
            form.phone_edits[0].text()) == ("Åse", "Strøm", "912345678")
    qtbot.keyClick(form.phone_edits[0], Qt.Key.Key_Backspace)
    assert form.form.error_text("phones.0") == ""
    assert form.form.note_text("phones.0") == "912 34 567"
    assert form.buttons.save_button.isEnabled()


def test_same_phone_shows_the_existing_client_before_saving(
    qtbot: QtBot, window: MainWindow, ctx: ServiceContext, kari: int
) -> None:
    form = _new_form(window)
    qtbot.keyClicks(form.edits["first_name"], "Kari")
    qtbot.keyClicks(form.edits["last_name"], "Odegard")
    qtbot.keyClicks(form.phone_edits[0], "+47 912 34 567")
    qtbot.waitUntil(form.duplicates.isVisible, timeout=WAIT_MS)
    assert [c.client_id for c in form.duplicates.candidates] == [kari]
    form.buttons.save_button.click()
    wait_idle(qtbot, window.ops)
    assert _count(ctx, Client) == 1  # not saved: the user must choose
    form.duplicates.open_buttons[0].click()
    card = window.front_desk.tabs.cards[kari]
    wait_card(qtbot, card)
    assert window.work_area.currentWidget() is card
    assert not form.isVisible()


def test_save_anyway_registers_the_second_client(
    qtbot: QtBot, window: MainWindow, ctx: ServiceContext, kari: int
) -> None:
    form = _new_form(window)
    qtbot.keyClicks(form.edits["last_name"], "Ødegård")
    qtbot.keyClicks(form.phone_edits[0], "91234567")
    qtbot.waitUntil(form.duplicates.isVisible, timeout=WAIT_MS)
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS):
        form.duplicates.save_anyway_button.click()
    assert _count(ctx, Client) == 2


def test_a_stale_save_says_who_changed_it_keeps_the_typing_and_offers_reload(
    qtbot: QtBot, window: MainWindow, ctx: ServiceContext, vet: Actor, kari: int
) -> None:
    card = wait_card(qtbot, window.front_desk.tabs.open_client(kari))
    assert card.card is not None
    form = ClientFormDialog(window.front_desk.tabs.page, card.card, parent=card)
    form.open()
    # Another desk saves first.
    update_client(ctx, vet, kari, ClientInput(
        first_name="Kari", last_name="Ødegård", phones=(PhoneInput("91234567"),),
        address="Fjellveien 22B", postal_code="0150", city="Bergen"),
        expected_version=card.card.version)
    form.edits["city"].clear()
    qtbot.keyClicks(form.edits["city"], "Trondheim")
    form.buttons.save_button.click()
    qtbot.waitUntil(form.conflict_bar.isVisible, timeout=WAIT_MS)
    assert "changed by Ingrid Lie at 22.11.2026 08:55" in form.conflict_bar.message_label.text()
    assert form.edits["city"].text() == "Trondheim"
    assert form.isVisible()

    form.conflict_bar.reload_button.click()
    qtbot.waitUntil(lambda: form.edits["city"].text() == "Bergen", timeout=WAIT_MS)
    assert form.conflict_bar.reapply_button.isVisible()
    form.conflict_bar.reapply_button.click()
    assert form.edits["city"].text() == "Trondheim"
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS):
        form.buttons.save_button.click()
    assert open_client_card(ctx, vet, kari).city == "Trondheim"


def _animal_form(qtbot: QtBot, window: MainWindow, owner_id: int) -> AnimalFormDialog:
    form = AnimalFormDialog(window.front_desk.tabs.page, owner_id, parent=window)
    form.open()
    return form


def test_chip_is_decoded_and_a_taken_chip_links_to_its_owner(
    qtbot: QtBot, window: MainWindow, ctx: ServiceContext, receptionist: Actor, kari: int
) -> None:
    other = add_client(ctx, receptionist, "Per", "Hansen")
    form = _animal_form(qtbot, window, other.client_id)
    qtbot.keyClicks(form.fields.name, "Kattunge")
    qtbot.keyClicks(form.fields.microchip, "250268500999999")
    qtbot.waitUntil(lambda: form.chip is not None, timeout=WAIT_MS)
    note = form.form.note_text("microchip")
    assert note.startswith("France (250)")
    assert "register it in DyreID" in note
    assert form.buttons.save_button.isEnabled()

    form.fields.microchip.clear()
    qtbot.keyClicks(form.fields.microchip, "250268500123456")
    qtbot.waitUntil(lambda: form.chip is not None and form.chip.taken_by is not None,
                    timeout=WAIT_MS)
    assert "already registered on Bamse" in form.form.error_text("microchip")
    assert not form.buttons.save_button.isEnabled()
    opened: list[int] = []
    window.events.open_client.connect(opened.append)
    note_label = form.form.note_labels["microchip"]
    href = re.search(r'href="([^"]+)"', note_label.text())
    assert href is not None and "Open Bamse (owner Kari Ødegård" in note_label.text()
    note_label.linkActivated.emit(href.group(1))
    assert opened == [kari]  # the front desk gets the owner's card

    form.fields.microchip.clear()
    qtbot.keyClicks(form.fields.microchip, "A1B2C3D4E5")
    qtbot.waitUntil(lambda: form.chip is not None and form.chip.value == "A1B2C3D4E5",
                    timeout=WAIT_MS)
    assert "FDX-A" in form.form.note_text("microchip")
    assert form.buttons.save_button.isEnabled()
    assert form.fields.name.text() == "Kattunge"


def test_a_chip_check_answered_after_the_chip_was_edited_is_dropped(
    qtbot: QtBot, window: MainWindow, ctx: ServiceContext, receptionist: Actor, kari: int
) -> None:
    # The check of a taken chip is on its way when the field is cleared (as "Save and add
    # another" clears it): its late answer must not mark the empty field as taken.
    other = add_client(ctx, receptionist, "Per", "Hansen")
    form = _animal_form(qtbot, window, other.client_id)
    qtbot.keyClicks(form.fields.name, "Kattunge")
    form.fields.microchip.setText("250268500123456")
    form._chip_timer.stop()
    form._check_chip()  # the answer comes back through the event loop, after the next line
    form.fields.microchip.clear()
    form._chip_timer.stop()
    wait_idle(qtbot, window.ops)
    qtbot.wait(50)
    assert form.chip is None
    assert form.form.error_text("microchip") == ""
    assert form.buttons.save_button.isEnabled()


def _focus(qtbot: QtBot) -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type_and_tab(qtbot: QtBot, *texts: str) -> None:
    for text in texts:
        if text:
            qtbot.keyClicks(_focus(qtbot), text)
        qtbot.keyClick(_focus(qtbot), Qt.Key.Key_Tab)


def test_owner_with_two_animals_by_keyboard_alone(
    qtbot: QtBot, window: MainWindow, ctx: ServiceContext
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(window.search_field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: visible_dialog("clientForm") is not None, timeout=WAIT_MS)
    form = visible_dialog("clientForm")
    assert isinstance(form, ClientFormDialog)
    form.activateWindow()
    qtbot.waitUntil(lambda: form.edits["first_name"].hasFocus(), timeout=WAIT_MS)
    _type_and_tab(qtbot, "Åse", "Strøm-Hansen", "Fjellveien 22B", "0150", "Oslo")
    qtbot.keyClicks(_focus(qtbot), "41234567")
    assert form.phone_edits[0].text() == "41234567"
    qtbot.keyClick(_focus(qtbot), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)

    qtbot.waitUntil(lambda: visible_dialog("animalForm") is not None, timeout=WAIT_MS)
    animal = visible_dialog("animalForm")
    assert isinstance(animal, AnimalFormDialog)
    animal.activateWindow()
    qtbot.waitUntil(lambda: animal.fields.name.hasFocus(), timeout=WAIT_MS)
    _type_and_tab(qtbot, "Mons")
    qtbot.keyClicks(_focus(qtbot), "c")  # species: Cat
    assert animal.fields.species.currentData() == "cat"
    qtbot.keyClick(_focus(qtbot), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: animal.saved_count == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: animal.fields.name.hasFocus(), timeout=WAIT_MS)
    qtbot.keyClicks(animal.fields.name, "Nusse")
    with qtbot.waitSignal(animal.saved, timeout=WAIT_MS):
        qtbot.keyClick(animal.fields.name, Qt.Key.Key_Return)
    assert not animal.isVisible()
    with ctx.db.reading() as session:
        names = session.execute(
            select(Client.last_name, Animal.name, Animal.species)
            .join(Animal, Animal.owner_id == Client.id).order_by(Animal.id)).all()
    # The species stays for the next animal (kittens of one litter come together).
    assert [tuple(row) for row in names] == [("Strøm-Hansen", "Mons", "cat"),
                                             ("Strøm-Hansen", "Nusse", "cat")]


def test_animal_edit_conflict_keeps_the_typing_and_reloads(
    qtbot: QtBot, window: MainWindow, ctx: ServiceContext, vet: Actor, kari: int
) -> None:
    card = wait_card(qtbot, window.front_desk.tabs.open_client(kari))
    animal_id = card.animals.animals[0].animal_id
    form = AnimalFormDialog(card.page, kari, animal_id=animal_id, parent=card)
    form.open()
    qtbot.waitUntil(lambda: form.loaded is not None, timeout=WAIT_MS)
    assert form.fields.name.text() == "Bamse"
    assert form.buttons.reason_label.text() == "Nothing has changed yet."
    loaded = form.loaded
    assert loaded is not None
    update_animal(ctx, vet, animal_id, AnimalInput(
        name="Bamse", species="dog", microchip="250268500123456", colour="brown"),
        expected_version=loaded.version)
    qtbot.keyClicks(form.fields.colour, "black")
    form.buttons.save_button.click()
    qtbot.waitUntil(form.conflict_bar.isVisible, timeout=WAIT_MS)
    assert "changed by Ingrid Lie" in form.conflict_bar.message_label.text()
    assert form.fields.colour.text() == "black"
    form.conflict_bar.reload_button.click()
    qtbot.waitUntil(lambda: form.fields.colour.text() == "brown", timeout=WAIT_MS)
    form.conflict_bar.reapply_button.click()
    assert form.fields.colour.text() == "black"
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS):
        form.buttons.save_button.click()
    assert animal_details(ctx, vet, animal_id).colour == "black"


def test_ctrl_n_starts_from_what_was_typed_in_the_search(
    qtbot: QtBot, window: MainWindow, kari: int
) -> None:
    panel = window.front_desk.search.panel
    qtbot.keyClicks(window.search_field, "41234567")
    qtbot.waitUntil(lambda: panel.isVisible() and panel.message.isVisible(), timeout=WAIT_MS)
    window.front_desk.new_client()
    form = visible_dialog("clientForm")
    assert isinstance(form, ClientFormDialog)
    assert form.phone_edits[0].text() == "41234567"
    assert form.form.note_text("phones.0") == "412 34 567"
    assert not panel.isVisible()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClicks(form.edits["last_name"], "Berg")
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS):  # Ctrl+Enter saves from any field
        qtbot.keyClick(form.edits["last_name"], Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)


def test_unticking_an_animal_alert_switches_it_off_on_save(
    qtbot: QtBot, window: MainWindow, ctx: ServiceContext, receptionist: Actor, kari: int
) -> None:
    card = wait_card(qtbot, window.front_desk.tabs.open_client(kari))
    animal_id = card.animals.animals[0].animal_id
    alert_id = add_animal_alert(ctx, receptionist, animal_id,
                                AlertInput("Biter ved munnkurv", AlertSeverity.MANDATORY))
    form = AnimalFormDialog(card.page, kari, animal_id=animal_id, parent=card)
    form.open()
    qtbot.waitUntil(lambda: form.loaded is not None, timeout=WAIT_MS)
    box = form.fields.alerts.existing[alert_id]
    assert box.isChecked()
    assert form.buttons.reason_label.text() == "Nothing has changed yet."
    box.setChecked(False)
    assert form.buttons.save_button.isEnabled()
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS):
        form.buttons.save_button.click()
    assert animal_details(ctx, receptionist, animal_id).alerts == ()


def test_the_client_s_language_is_chosen_on_the_form_and_shown_on_the_card(
    qtbot: QtBot, window: MainWindow, ctx: ServiceContext, receptionist: Actor, kari: int
) -> None:
    card = wait_card(qtbot, window.front_desk.tabs.open_client(kari))
    assert card.card is not None and card.card.language == "nb"
    assert "Written to in" not in card.contact.contact_label.text()
    form = ClientFormDialog(window.front_desk.tabs.page, card.card, parent=card)
    form.open()
    assert form.language.currentText() == "Norwegian (bokmål)"
    form.language.setFocus()
    qtbot.keyClick(form.language, Qt.Key.Key_Down)
    assert form.language.currentText() == "English"
    if SHOTS:
        form.grab().save(str(SHOTS / "client_form_language.png"))
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS):
        form.buttons.save_button.click()
    assert open_client_card(ctx, receptionist, kari).language == "en"
    qtbot.waitUntil(lambda: "Written to in English" in card.contact.contact_label.text(),
                    timeout=WAIT_MS)
    if SHOTS:
        card.grab().save(str(SHOTS / "client_card_language.png"))
