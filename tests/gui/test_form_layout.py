"""Forms keep their size and stay readable when they show a message (issue 8: an adjustSize()
in the shared form code shrank the client form from 620×720 to 493×390; with a chip already in
use the animal form's chip field and message overlapped and the button row wrapped)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.support.chart_screens import page_context
from tests.support.front_desk import add_animal, add_client
from tests.support.front_desk_gui import WAIT_MS, isolate_settings
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.front_desk.animal_form import AnimalFormDialog
from vetdesk.ui.front_desk.client_form import ClientFormDialog
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import QDialog, QLabel, QWidget


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path)


@pytest.fixture
def shown(qtbot: QtBot) -> Iterator[Callable[[QDialog], QDialog]]:
    """Show a form; closed at teardown without the "discard what you typed?" question."""
    made: list[QDialog] = []

    def show(dialog: QDialog) -> QDialog:
        made.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    yield show
    for dialog in made:
        dialog.touched.clear()  # type: ignore[attr-defined]
        dialog.done(0)
        dialog.deleteLater()


def _overlaps(holder: QWidget) -> list[tuple[str, str]]:
    """Pairs of visible children of a field's column that cover each other."""
    shown = [child for child in holder.findChildren(QWidget) if child.isVisible()
             and child.parentWidget() is holder]
    return [(a.objectName() or type(a).__name__, b.objectName() or type(b).__name__)
            for i, a in enumerate(shown) for b in shown[i + 1:]
            if a.geometry().intersects(b.geometry())]


def _fits(label: QLabel) -> bool:
    """A word-wrapped label has the height its text needs at its width."""
    return label.height() >= label.heightForWidth(label.width())


def test_the_client_form_keeps_its_size_when_a_field_shows_an_error(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
    shown: Callable[[QDialog], QDialog],
) -> None:
    form = shown(ClientFormDialog(page_context(ctx, db_ops, receptionist)))
    assert isinstance(form, ClientFormDialog)
    before = form.size()
    qtbot.keyClicks(form.phone_edits[0], "912345678")
    assert form.form.error_text("phones.0")
    assert form.width() >= before.width() and form.height() >= before.height()
    assert _fits(form.form.error_labels["phones.0"])


def test_a_taken_chip_reads_clearly_and_links_to_the_other_animal(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor, vet: Actor,
    shown: Callable[[QDialog], QDialog],
) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård", phone="912 34 567")
    bamse = add_animal(ctx, receptionist, kari.client_id, "Bamse", chip="250268500123456")
    other = add_client(ctx, receptionist, "Per", "Hansen")
    page = page_context(ctx, db_ops, vet)
    form = shown(AnimalFormDialog(page, other.client_id))
    assert isinstance(form, AnimalFormDialog)
    before = form.size()
    qtbot.keyClicks(form.fields.name, "Rex")
    qtbot.keyClicks(form.fields.microchip, "250268500123456")
    qtbot.waitUntil(lambda: form.chip is not None and form.chip.taken_by is not None,
                    timeout=WAIT_MS)
    assert form.width() >= before.width() and form.height() >= before.height()

    error = form.form.error_labels["microchip"]
    note = form.form.note_labels["microchip"]
    assert error.isVisible() and note.isVisible()
    holder = error.parentWidget()
    assert holder is not None and _overlaps(holder) == []
    assert _fits(error) and _fits(note)
    assert form.fields.microchip.height() >= form.fields.microchip.minimumSizeHint().height()

    # Cancel, the second save and Save stay on one line, with the reason above them.
    buttons = form.buttons
    row = [button.geometry() for button in
           (buttons.cancel_button, buttons.extra_button, buttons.save_button)]
    assert max(r.top() for r in row) < min(r.bottom() for r in row)  # side by side
    assert row[0].right() < row[1].left() and row[1].right() < row[2].left()
    assert buttons.reason_label.geometry().bottom() < min(r.top() for r in row)

    # The link opens the other animal (its chart, for a vet).
    href = re.search(r'href="([^"]+)"', note.text())
    assert href is not None and "Bamse" in note.text()
    charts: list[int] = []
    page.events.open_animal.connect(charts.append)
    note.linkActivated.emit(href.group(1))
    assert charts == [bamse.animal_id]
