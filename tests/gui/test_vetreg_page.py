"""The VetReg page: an overdue entry says so in words and colour, a lacking entry names what it
lacks, the export writes the file the user chose and marks the complete entries, and the rest
can be marked reported by hand (issue 12)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import make_user
from tests.support.english import english_lines
from tests.support.front_desk_gui import isolate_settings, open_window
from tests.support.journal_data import add_patient
from tests.support.pharmacy import form_for, load_sample, one_item
from vetdesk.clock import FixedClock
from vetdesk.domain.codes import Role
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy.giving import record_given
from vetdesk.services.pharmacy.issuing import issue_prescription
from vetdesk.services.pharmacy.types import GivenInput, GivenSummary
from vetdesk.services.pharmacy.vetreg import due_entries
from vetdesk.ui import pages as pages_module
from vetdesk.ui.front_desk.look import red
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.pages import vetreg as page_module
from vetdesk.ui.pages.vetreg import VetRegPage
from vetdesk.ui.pharmacy.vetreg_model import VetRegTableModel
from vetdesk.ui.qt import QColor, Qt

WAIT_MS = 15_000
SHOTS = os.environ.get("VETDESK_SHOTS")


def _prescribed(ctx: ServiceContext, vet: Actor, clock: FixedClock) -> None:
    """Dagros's complete prescription, 8 days old (overdue), and a new one lacking data."""
    drugs = load_sample(ctx)
    cow = add_patient(ctx, species="cattle", name="Dagros")
    penovet = one_item(drugs["016683"], pack_size="100 ml", warnings="Fullfør kuren.",
                       withdrawal_period="Slakt: 6 døgn, melk: 6 døgn",
                       amount=Decimal("45"), amount_unit="ml")
    issue_prescription(ctx, vet, form_for(
        cow.animal_id, penovet, production_category="milk", producer_number="0301123456",
        administered_by="keeper"))
    clock.advance(dt.timedelta(days=8))
    issue_prescription(ctx, vet, form_for(cow.animal_id, dataclasses.replace(
        penovet, amount=None)))


def _injected(ctx: ServiceContext, vet: Actor) -> GivenSummary:
    """An injection Dagros got on the farm visit this morning, without a prescription."""
    return record_given(ctx, vet, GivenInput(
        id=uuid.uuid4(), animal_id=_animal_id(ctx, "Dagros"),
        drug_id=load_sample(ctx)["084530"], amount=Decimal("12.5"),
        withdrawal_period="Slakt: 15 døgn, melk: 5 døgn", production_category="milk",
        producer_number="0301123456"))


def _animal_id(ctx: ServiceContext, name: str) -> int:
    from sqlalchemy import select

    from vetdesk.db.models import Animal

    with ctx.db.reading() as session:
        return int(session.execute(select(Animal.id).where(Animal.name == name)).scalar_one())


def _open_page(qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, actor: Actor,
               windows: list[MainWindow], shot: str) -> VetRegPage:
    window = open_window(qtbot, ctx, db_ops, actor, windows)
    window.rail.select("vetreg")
    shown = window.work_area.page_widgets["vetreg"]
    assert isinstance(shown, VetRegPage)
    qtbot.waitUntil(lambda: shown.loaded, timeout=WAIT_MS)
    if SHOTS:
        window.resize(1200, 700)
        window.grab().save(str(Path(SHOTS) / shot))
    return shown


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path, ctx: ServiceContext, db_ops: Operations, vet: Actor,
         clinic: None, clock: FixedClock, windows: list[MainWindow]) -> VetRegPage:
    isolate_settings(tmp_path)
    _prescribed(ctx, vet, clock)
    return _open_page(qtbot, ctx, db_ops, vet, windows, "vetreg_page.png")


def test_overdue_and_lacking_entries_are_said_in_words(page: VetRegPage) -> None:
    model = page.model
    due = model.index(0, VetRegTableModel.DUE)
    assert model.data(due) == "29.11.2026 (overdue)"
    assert model.data(due, Qt.ItemDataRole.ForegroundRole) == QColor(red())
    assert model.data(model.index(1, VetRegTableModel.DUE)) == "07.12.2026"
    assert model.data(model.index(1, VetRegTableModel.DUE),
                      Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, VetRegTableModel.MISSING)) == ""
    assert model.data(model.index(1, VetRegTableModel.MISSING)) == (
        "production category, producer number, amount, who gives it")
    assert model.data(model.index(0, VetRegTableModel.AMOUNT)) == "45 ml"
    assert page.summary_label.text() == "2 not reported: 1 overdue, 1 lack data."


def test_export_saves_the_file_and_marking_clears_the_rest(
    qtbot: QtBot, page: VetRegPage, ctx: ServiceContext, vet: Actor, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "uke48.csv"
    monkeypatch.setattr(page_module, "choose_save_path", lambda *_args: str(target))
    assert page.export_button.isEnabled()
    page.export_button.click()
    qtbot.waitUntil(lambda: target.exists() and len(page.model.rows) == 1, timeout=WAIT_MS)
    assert target.read_text().splitlines()[1].split(";")[5] == "Dagros"
    assert not page.export_button.isEnabled()  # the one left lacks data
    assert page.export_button.toolTip() == (
        "Nothing complete to export: fill in what each entry lacks, or mark it reported by "
        "hand.")
    assert not page.mark_button.isEnabled()
    page.table.selectRow(0)
    assert page.mark_button.isEnabled()
    page.mark_button.click()
    qtbot.waitUntil(lambda: not page.model.rows, timeout=WAIT_MS)
    assert due_entries(ctx, vet) == []
    assert page.stack.currentWidget() is page.empty


def test_with_nothing_to_report_the_export_is_greyed_out_and_says_why(
    qtbot: QtBot, tmp_path: Path, ctx: ServiceContext, db_ops: Operations, vet: Actor,
    clinic: None, windows: list[MainWindow]
) -> None:
    isolate_settings(tmp_path)
    shown = _open_page(qtbot, ctx, db_ops, vet, windows, "vetreg_empty.png")
    assert shown.stack.currentWidget() is shown.empty
    assert not shown.export_button.isEnabled()
    assert shown.export_button.toolTip() == "Nothing to export: every entry has been reported."


def test_the_practice_manager_exports_and_marks_from_the_page(
    qtbot: QtBot, tmp_path: Path, ctx: ServiceContext, db_ops: Operations, vet: Actor,
    manager: Actor, clinic: None, clock: FixedClock, windows: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch
) -> None:
    isolate_settings(tmp_path)
    _prescribed(ctx, vet, clock)
    given = _injected(ctx, vet)
    shown = _open_page(qtbot, ctx, db_ops, manager, windows, "vetreg_page_manager.png")
    assert shown.summary_label.text() == "3 not reported: 1 overdue, 1 lack data."
    model = shown.model
    assert [model.index(1, c).data() for c in (model.MEDICINE, model.SOURCE, model.AMOUNT,
                                               model.GIVEN_BY)] == [
        "Metacam vet.", "Given", "12,5 ml", "Veterinarian"]
    assert model.index(0, model.SOURCE).data() == "Prescription"
    target = tmp_path / "uke48.csv"
    monkeypatch.setattr(page_module, "choose_save_path", lambda *_args: str(target))
    shown.export_button.click()
    qtbot.waitUntil(lambda: target.exists() and len(shown.model.rows) == 1, timeout=WAIT_MS)
    assert target.read_text().splitlines()[2].split(";")[0] == given.id.hex
    shown.table.selectRow(0)
    shown.mark_button.click()
    qtbot.waitUntil(lambda: not shown.model.rows, timeout=WAIT_MS)
    assert shown.banner.isHidden()


def test_the_page_is_for_vets_and_the_practice_manager(
    vet: Actor, manager: Actor, receptionist: Actor, admin: Actor, ctx: ServiceContext
) -> None:
    nurse = make_user(ctx, "nina", Role.NURSE, full_name="Nina Sykepleier")
    registry = pages_module.default_registry()
    shown = {actor.username: "vetreg" in [spec.key for spec in registry.pages_for(actor)]
             for actor in (vet, manager, receptionist, admin, nurse)}
    assert shown == {"lie": True, "mona": True, "kari": False, "admin": False, "nina": False}


@pytest.mark.sqlite_only
def test_the_page_speaks_bokmal(bokmal: None, page: VetRegPage) -> None:
    model = page.model
    texts = [page.heading.text(), page.hint.text(), page.summary_label.text(),
             page.export_button.text(), page.mark_button.text()]
    texts += [str(model.headerData(c, Qt.Orientation.Horizontal))
              for c in range(model.columnCount())]
    texts += [model.index(r, c).data() for r in range(model.rowCount())
              for c in (model.DUE, model.GIVEN_BY, model.MISSING)]
    assert english_lines("\n".join(texts)) == []
    assert model.index(0, model.DUE).data() == "29.11.2026 (på overtid)"
    assert page.summary_label.text() == (
        "2 ikke rapportert: 1 på overtid, 1 mangler opplysninger.")
    if SHOTS:
        page.window().grab().save(str(Path(SHOTS) / "vetreg_page_nb.png"))


@pytest.mark.sqlite_only
def test_the_managers_page_speaks_bokmal(
    bokmal: None, qtbot: QtBot, tmp_path: Path, ctx: ServiceContext, db_ops: Operations,
    vet: Actor, manager: Actor, clinic: None, clock: FixedClock, windows: list[MainWindow]
) -> None:
    isolate_settings(tmp_path)
    _prescribed(ctx, vet, clock)
    _injected(ctx, vet)
    shown = _open_page(qtbot, ctx, db_ops, manager, windows, "vetreg_page_manager_nb.png")
    model = shown.model
    texts = [shown.hint.text(), shown.summary_label.text()]
    texts += [str(model.headerData(c, Qt.Orientation.Horizontal))
              for c in range(model.columnCount())]
    texts += [model.index(r, c).data() for r in range(model.rowCount())
              for c in (model.SOURCE, model.GIVEN_BY)]
    assert english_lines("\n".join(texts)) == []
    assert [model.index(r, model.SOURCE).data() for r in range(3)] == [
        "Resept", "Gitt", "Resept"]
