"""The bokmål catalogue: every message translated with its placeholders and accelerators kept,
in step with the source, and reached by the lookups the screens really make (shell, front
desk, chart, Qt's own buttons)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.support.chart_screens import open_chart, page_context
from tests.support.front_desk import add_client
from tests.support.front_desk_gui import isolate_settings, open_window
from tests.support.journal_data import add_patient, consultation, write_and_sign
from vetdesk.domain.codes import JournalKind, Role, Species
from vetdesk.i18n import translations
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import KIND_FIELDS, KIND_LABELS
from vetdesk.services.journal.kinds import ACCESS_DECISIONS, ACCESS_REQUEST_TYPES
from vetdesk.services.permissions import Actor
from vetdesk.ui.app import install_translations
from vetdesk.ui.chart import formatting
from vetdesk.ui.front_desk import formats
from vetdesk.ui.front_desk.animal_form import AnimalFormDialog
from vetdesk.ui.front_desk.client_form import ClientFormDialog
from vetdesk.ui.labels import role_label
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import (
    QAbstractButton,
    QApplication,
    QCoreApplication,
    QDialogButtonBox,
    QLabel,
    QLocale,
    QTranslator,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
NB_TS = ROOT / "resources" / "translations" / "vetdesk_nb.ts"
EN_TS = ROOT / "resources" / "translations" / "vetdesk_en.ts"
# {name}, {0}, %n, %1 and %L1: what .format() or Qt fills in after the lookup.
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*\}|%n|%L?\d")
# "&N" marks an accelerator; "&&" is a literal ampersand.
ACCELERATOR = re.compile(r"(?<!&)&([^&\s])")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.fixture
def restored(qapp: QApplication) -> Iterator[QApplication]:
    """The other tests run without a translator and with the default locale: put them back."""
    before = QLocale()
    yield qapp
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before)


@pytest.fixture
def bokmal(restored: QApplication) -> QApplication:
    assert install_translations(
        restored, QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)) == "nb"
    return restored


def test_every_bokmal_message_is_translated() -> None:
    messages = _messages(NB_TS)
    assert len(messages) > 500  # the shell, the front desk and the chart
    unfinished = [
        (context, source) for context, source, message in messages
        if (message.find("translation") is None
            or message.find("translation").get("type") is not None  # type: ignore[union-attr]
            or not all(form.strip() for form in _forms(message)))
    ]
    assert unfinished == []


def test_plural_messages_have_both_forms_in_bokmal_and_english() -> None:
    for path in (NB_TS, EN_TS):
        plurals = [(context, source, _forms(message)) for context, source, message
                   in _messages(path) if message.get("numerus") == "yes"]
        assert plurals, path
        for context, source, forms in plurals:
            assert len(forms) == 2 and all(forms), (path.name, context, source)
            assert all("%n" in form for form in forms), (path.name, context, source)


def test_placeholders_are_kept_in_every_translation() -> None:
    wrong = []
    for context, source, message in _messages(NB_TS):
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in _forms(message):
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                wrong.append((context, source, form))
    assert wrong == []


def test_a_source_with_an_accelerator_keeps_exactly_one() -> None:
    wrong = []
    for context, source, message in _messages(NB_TS):
        if ACCELERATOR.search(source):
            for form in _forms(message):
                if len(ACCELERATOR.findall(form)) != 1:
                    wrong.append((context, source, form))
    assert wrong == []


def test_bokmal_ellipses_are_spaced_the_same_way_everywhere() -> None:
    """Most bokmål strings write "Ny henvisning …" (a space before the ellipsis, as bokmål
    typography has it for left-out words); a menu showing "Ny mottaker…" beside it looks
    careless, so every ellipsis after a word gets the same space."""
    unspaced = [
        (context, source, form) for context, source, message in _messages(NB_TS)
        for form in _forms(message) if re.search(r"[^\s«“\"(]…", form)
    ]
    assert unspaced == []


def test_the_catalogue_is_in_step_with_the_source(tmp_path: Path) -> None:
    """A string added to vetdesk/ui without a translation shows up here: run `make translations`
    and translate it in resources/translations/vetdesk_nb.ts."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    assert tool is not None
    copy = tmp_path / "vetdesk_nb.ts"
    shutil.copy(NB_TS, copy)
    sources = sorted(str(path) for path in (ROOT / "vetdesk" / "ui").rglob("*.py"))
    subprocess.run([tool, "-no-obsolete", *sources, "-ts", str(copy)], check=True,
                   capture_output=True, cwd=ROOT)
    missing = [(context, source) for context, source, message in _messages(copy)
               if message.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert missing == []


def test_strings_are_never_translated_through_another_object() -> None:
    """``widget.tr("...")`` is filed by lupdate under the context "widget" but looked up under
    the widget's class, so it never finds its translation; modules use ``tr()`` or
    ``self.tr()``."""
    foreign = re.compile(r"\b(?!self\b)[A-Za-z_][A-Za-z_0-9]*\.tr\(")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "vetdesk" / "ui").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if foreign.search(line)
    ]
    assert offenders == []


def test_service_names_shown_in_the_chart_are_all_listed_for_lupdate() -> None:
    # Kind names come from the core's catalogue on screen and on paper alike (issue 8).
    assert set(KIND_LABELS.values()) <= set(translations("nb"))
    labels = {spec.label for specs in KIND_FIELDS.values() for spec in specs}
    assert labels <= set(formatting.FIELD_NAMES)
    choices = {c.replace("_", " ").capitalize() for c in ACCESS_REQUEST_TYPES + ACCESS_DECISIONS}
    assert choices <= set(formatting.CHOICE_NAMES)


def test_lookups_from_each_area_come_out_in_bokmal(bokmal: QApplication) -> None:
    translate = QCoreApplication.translate
    # The shell.
    assert translate("pages", "Front desk") == "Resepsjon"
    assert translate("LockScreen", "Unlock") == "Lås opp"
    assert role_label(Role.VETERINARIAN) == "Veterinær"
    # The front desk (module-level tr in the empty context).
    assert formats.tr("New client") == "Ny kunde"
    assert formats.tr("Upcoming appointments") == "Kommende timer"
    # The chart: its own tr, code lists and the service's names.
    assert formatting.tr("Draft") == "Utkast"
    assert formatting.species_label(Species.GUINEA_PIG) == "Marsvin"
    assert formatting.kind_label(JournalKind.PHONE) == "Telefonkonsultasjon"
    assert formatting.field_label(JournalKind.VACCINATION, "batch") == "Batchnummer"
    assert formatting.choice_label("partly_granted") == "Delvis innvilget"
    assert formatting.shown_value(JournalKind.ACCESS_REQUEST, "decision", "refused") == "Avslått"
    assert formatting.shown_value(JournalKind.CONSULTATION, "plan", "refused") == "refused"
    # Plurals.
    assert translate("TimelinePanel", "%n matching entries", "", 1) == "1 notat passer"
    assert translate("TimelinePanel", "%n matching entries", "", 4) == "4 notater passer"
    # Qt's own standard buttons.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Close)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    close = box.button(QDialogButtonBox.StandardButton.Close)
    assert cancel is not None and cancel.text() == "Avbryt"
    assert close is not None and close.text() == "Lukk"
    box.deleteLater()


def test_the_english_catalogue_gives_singular_and_plural(restored: QApplication) -> None:
    assert install_translations(
        restored, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "en"
    translate = QCoreApplication.translate
    assert translate("TimelinePanel", "%n matching entries", "", 1) == "1 matching entry"
    assert translate("TimelinePanel", "%n matching entries", "", 2) == "2 matching entries"


def test_screens_built_under_bokmal_show_norwegian(
    bokmal: QApplication, qtbot: QtBot, tmp_path: Path, ctx: ServiceContext,
    db_ops: Operations, receptionist: Actor, vet: Actor, windows: list[MainWindow],
) -> None:
    isolate_settings(tmp_path)
    window = open_window(qtbot, ctx, db_ops, receptionist, windows)
    buttons = {button.text() for button in window.findChildren(QAbstractButton)}
    assert "Ny kunde (Ctrl+N)" in buttons
    assert window.windowTitle().endswith("– VetDesk")

    patient = add_patient(ctx)
    write_and_sign(ctx, vet, consultation(patient.animal_id, ctx.clock.now().replace(hour=6)))
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    assert tab.new_button.text() == "Nytt journalnotat (Ctrl+J)"
    qtbot.waitUntil(lambda: tab.timeline.status_label.text() == "1 notat, hele journalen")


def _accelerators(dialog: QWidget) -> list[str]:
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
    return [match.lower() for text in texts for match in ACCELERATOR.findall(text)]


def test_no_two_fields_share_an_accelerator_in_the_bokmal_forms(
    bokmal: QApplication, qtbot: QtBot, ctx: ServiceContext, db_ops: Operations,
    receptionist: Actor,
) -> None:
    page = page_context(ctx, db_ops, receptionist)
    owner = add_client(ctx, receptionist, "Kari", "Ødegård", phone="912 34 567")
    client_form = ClientFormDialog(page)
    animal_form = AnimalFormDialog(page, owner.client_id)
    for dialog in (client_form, animal_form):
        qtbot.addWidget(dialog)
        letters = _accelerators(dialog)
        assert len(letters) >= 8, type(dialog).__name__
        assert len(letters) == len(set(letters)), (type(dialog).__name__, letters)
