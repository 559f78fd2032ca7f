"""The privacy panel: the front counts open, nearly due and overdue requests (overdue in red),
a request is recorded from its dialog, and a client's data opens in a tab."""

from __future__ import annotations

import datetime as dt
import os
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.support.front_desk_gui import isolate_settings, open_window, visible_dialog
from tests.support.privacy_data import add_people
from vetdesk.db.models import Animal, Message
from vetdesk.domain.codes import PrivacyRequestKind
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.privacy.inspect import inspect_client
from vetdesk.services.privacy.requests import RequestInput, register_request
from vetdesk.services.privacy.restriction import restrict_client
from vetdesk.ui.chart.chart_tab import ChartTab
from vetdesk.ui.front_desk.client_card_view import ClientCardView
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.pages.privacy import PrivacyPage
from vetdesk.ui.privacy import operations as privacy_operations
from vetdesk.ui.privacy import panel as privacy_panel
from vetdesk.ui.privacy.inspect_view import InspectView
from vetdesk.ui.privacy.panel import PrivacyPanel
from vetdesk.ui.privacy.request_dialogs import CorrectDialog, RequestDialog
from vetdesk.ui.qt import QTreeWidgetItem

WAIT_MS = 10_000
# Set VETDESK_SHOTS=/some/folder to keep pictures of the screens for a human to look at.
SHOTS = os.environ.get("VETDESK_SHOTS")


def _shot(widget: object, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


def _request(ctx: ServiceContext, manager: Actor, received: dt.date, name: str) -> None:
    register_request(ctx, manager, RequestInput(
        kind=PrivacyRequestKind.ACCESS, received_on=received, request_id=uuid.uuid4(),
        subject_name=name))


@pytest.fixture
def panel(qtbot: QtBot, tmp_path: Path, ctx: ServiceContext, db_ops: Operations,
          manager: Actor, vet: Actor, windows: list[MainWindow]) -> Iterator[PrivacyPanel]:
    isolate_settings(tmp_path)
    add_people(ctx, vet)
    _request(ctx, manager, dt.date(2026, 10, 1), "Ola Nordmann")  # overdue
    _request(ctx, manager, dt.date(2026, 10, 25), "Åse Strøm")  # due 24.11: nearly
    window = open_window(qtbot, ctx, db_ops, manager, windows)
    window.rail.select("privacy")
    page = window.work_area.page_widgets["privacy"]
    assert isinstance(page, PrivacyPage)
    qtbot.waitUntil(lambda: page.panel.loaded, timeout=WAIT_MS)
    yield page.panel
    if (dialog := visible_dialog("privacyRequestDialog")) is not None:
        dialog.done(0)


def test_the_front_counts_and_marks_overdue(panel: PrivacyPanel) -> None:
    # Kari's and Per's access requests (received 02.11, due 02.12) and the two above.
    assert panel.open_label.text() == "Open: 4"
    assert panel.nearly_label.text() == "Nearly due: 1"
    assert panel.overdue_label.text() == "Overdue: 1"
    assert "color" in panel.overdue_label.styleSheet()
    first = panel.model.row_at(0)
    assert first is not None and first.subject_name == "Ola Nordmann"
    assert panel.model.index(0, panel.model.DUE).data() == "31.10.2026 (overdue)"
    _shot(panel.window(), "privacy-panel")


def test_a_request_recorded_from_the_dialog(qtbot: QtBot, panel: PrivacyPanel) -> None:
    panel.new_button.click()
    qtbot.waitUntil(lambda: visible_dialog("privacyRequestDialog") is not None,
                    timeout=WAIT_MS)
    dialog = visible_dialog("privacyRequestDialog")
    assert isinstance(dialog, RequestDialog)
    assert not dialog.buttons.save_button.isEnabled()  # no kind chosen yet
    dialog.kind.setCurrentIndex(list(PrivacyRequestKind).index(PrivacyRequestKind.ERASURE) + 1)
    dialog.client_no.setText("100")
    dialog.edited("client_no")
    _shot(dialog, "privacy-request-dialog")
    dialog.submit()
    qtbot.waitUntil(lambda: panel.open_label.text() == "Open: 5", timeout=WAIT_MS)
    assert panel.status_label.text() == "Request 5 recorded; due 22.12.2026."


def test_inspect_opens_the_client_in_a_tab(qtbot: QtBot, panel: PrivacyPanel) -> None:
    panel.client_field.setText("100")
    panel.inspect_button.click()
    qtbot.waitUntil(lambda: bool(panel.window().findChildren(InspectView)), timeout=WAIT_MS)
    view = panel.window().findChildren(InspectView)[0]
    assert view.title == "Data held: Kari Østmo (100)"
    identity = view.groups.topLevelItem(0)
    assert identity.text(0) == "Identity and contact (5)"
    assert identity.child(3).text(0) == (
        "Legal basis: Contract with the client (GDPR art. 6(1)(b))")
    client = identity.child(5)
    assert (client.text(1), client.text(2)) == (
        "Client record", "Kari Østmo; client number 100; Fjellveien 22B 0150 Oslo; "
        "kari.ostmo@example.no; born 04.03.1980; "
        "language: Norwegian (bokmål)")
    shown = _all_text(view)
    for expected in ("Metacam 1,5 mg/ml", "Hei Kari! Bamse skal vaksineres.",
                     "to Dyrelaboratoriet AS", "invoice 100; kr 750,00; paid",
                     "microchip 578093000111111", "Access (privacy)"):
        assert expected in shown, expected
    for other in ("Hansen", "Fido", "578093000333333", "journal_entries", "privacy_inspect"):
        assert other not in shown, other
    view.groups.setCurrentItem(identity)
    assert "Purpose: Identify the client, contact them and send invoices" in (
        view.details.text())
    _shot(panel.window(), "privacy-inspect")


def _all_text(view: InspectView) -> str:
    lines: list[str] = []

    def walk(item: QTreeWidgetItem) -> None:
        lines.append(" | ".join(item.text(c) for c in range(item.columnCount())))
        for index in range(item.childCount()):
            walk(item.child(index))

    for tree in (view.groups, view.log):
        for index in range(tree.topLevelItemCount()):
            walk(tree.topLevelItem(index))
    return "\n".join(lines)


def test_export_from_the_panel(qtbot: QtBot, panel: PrivacyPanel, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "innsyn.zip"
    monkeypatch.setattr(privacy_panel, "ask_export_path", lambda _parent, _no: str(out))
    panel.client_field.setText("100")
    panel.export_button.click()
    qtbot.waitUntil(lambda: panel.status_label.text().startswith("Wrote "), timeout=WAIT_MS)
    with zipfile.ZipFile(out) as archive:
        assert "MANIFEST.sha256" in archive.namelist()


def test_erase_from_the_panel_after_the_plan_is_confirmed(
    qtbot: QtBot, panel: PrivacyPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def confirm(_parent: object, plan: object) -> bool:
        shown.append(privacy_panel.plan_text(plan))  # type: ignore[arg-type]
        return True

    receipt, log = tmp_path / "kvittering.pdf", tmp_path / "erasures.log"
    monkeypatch.setattr(privacy_panel, "ask_to_erase", confirm)
    monkeypatch.setattr(privacy_panel, "ask_receipt_path", lambda _parent, _no: str(receipt))
    monkeypatch.setattr(privacy_operations, "default_log_path", lambda: log)
    panel.client_field.setText("100")
    panel.erase_button.click()
    qtbot.waitUntil(lambda: "is erased" in panel.status_label.text(), timeout=WAIT_MS)
    assert shown[0].startswith("Erase client 100, Kari Østmo?\n\nDeleted now:\n")
    assert "Journal versions: 6 (20.10.2035)" in shown[0]
    assert "journal_versions" not in shown[0] and "client_phones" not in shown[0]
    assert receipt.read_bytes().startswith(b"%PDF") and log.read_text().count("\n") == 1


def test_a_restricted_client_s_card_says_so(qtbot: QtBot, panel: PrivacyPanel,
                                            ctx: ServiceContext, manager: Actor) -> None:
    restrict_client(ctx, manager, 100)
    window = panel.window()
    assert isinstance(window, MainWindow)
    window.events.open_client.emit(1)
    qtbot.waitUntil(lambda: bool(window.findChildren(ClientCardView)), timeout=WAIT_MS)
    card = window.findChildren(ClientCardView)[0]
    qtbot.waitUntil(lambda: card.card is not None, timeout=WAIT_MS)
    assert card.restricted_label.isVisible()
    assert card.restricted_label.text().startswith("Processing restricted at the client's")
    _shot(window, "privacy-restricted-card")


def test_correct_from_the_panel_tells_the_client_and_closes_the_request(
    qtbot: QtBot, panel: PrivacyPanel, ctx: ServiceContext, manager: Actor
) -> None:
    register_request(ctx, manager, RequestInput(
        kind=PrivacyRequestKind.CORRECTION, received_on=dt.date(2026, 11, 20),
        request_id=uuid.uuid4(), client_no=100))
    panel.reload()
    qtbot.waitUntil(lambda: panel.open_label.text() == "Open: 5", timeout=WAIT_MS)
    row = next(n for n in range(panel.model.rowCount())
               if (r := panel.model.row_at(n)) is not None
               and r.kind is PrivacyRequestKind.CORRECTION)
    panel.table.selectRow(row)
    panel.correct_button.click()
    qtbot.waitUntil(lambda: visible_dialog("privacyCorrectDialog") is not None,
                    timeout=WAIT_MS)
    dialog = visible_dialog("privacyCorrectDialog")
    assert isinstance(dialog, CorrectDialog)
    assert dialog.windowTitle() == "Correct client 100"
    assert not dialog.buttons.save_button.isEnabled()  # no field chosen yet
    dialog.field.setCurrentIndex(dialog.field.findData("email"))
    dialog.value.setText("kari@ny.no")
    dialog.edited("value")
    _shot(dialog, "privacy-correct-dialog")
    dialog.submit()
    qtbot.waitUntil(lambda: panel.open_label.text() == "Open: 4", timeout=WAIT_MS)
    assert panel.status_label.text() == ("Corrected e-mail address: “kari.ostmo@example.no” → "
                                         "“kari@ny.no”; told by SMS.")


def test_delete_old_data_after_the_list_is_confirmed(
    qtbot: QtBot, panel: PrivacyPanel, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ctx.db.transaction() as session:
        session.add(Message(id=uuid.uuid4(), idempotency_key="old", channel="sms",
                            purpose="service", recipient="+4791234567", body="Hei",
                            status="delivered", attempts=1,
                            queued_at=dt.datetime(2025, 1, 2, tzinfo=dt.UTC)))
    shown: list[str] = []

    def confirm(_parent: object, due: object) -> bool:
        shown.append(privacy_panel.retention_text(due))  # type: ignore[arg-type]
        return True

    monkeypatch.setattr(privacy_panel, "ask_to_purge", confirm)
    panel.purge_button.click()
    qtbot.waitUntil(lambda: panel.status_label.text().startswith("Deleted"), timeout=WAIT_MS)
    assert "\nMessages: 1 (12 months after sending)\n" in shown[0]
    assert "\nJournals of animals presumed dead: 0 (" in shown[0]
    assert "\nOldest audit log entries: 0 (" in shown[0]
    assert panel.status_label.text() == (
        "Deleted past their retention: journals of 0 animals (0 versions, 0 files), their "
        "unsigned drafts 0, their referrals and lab requests 0, audit log entries 0, messages "
        "1, invoices 0, answered requests 0.")
    with ctx.db.reading() as session:
        assert session.execute(select(Message).where(
            Message.idempotency_key == "old")).first() is None


@pytest.mark.sqlite_only
def test_inspect_speaks_bokmal(bokmal: None, qtbot: QtBot, ctx: ServiceContext,
                               manager: Actor, vet: Actor) -> None:
    kari, _per = add_people(ctx, vet)
    view = InspectView(inspect_client(ctx, manager, kari.client_no), ctx.zone)
    qtbot.addWidget(view)
    view.resize(1100, 800)
    assert view.title == "Lagrede opplysninger: Kari Østmo (100)"
    identity = view.groups.topLevelItem(0)
    assert identity.text(0) == "Identitet og kontakt (5)"
    shown = _all_text(view)
    for expected in ("Kundekort", "takket nei til markedsføring på e-post",
                     "mikrochip 578093000111111", "Innsyn (personvern)", "faktura 100",
                     "Kan slettes: 20.10.2035", "Formål: "):
        assert expected in shown, expected
    for english in ("Client record", "Consent", "microchip", "Purpose", "Access (privacy)"):
        assert english not in shown, english
    _shot(view, "privacy-inspect-nb")
    view.groups.scrollToBottom()
    _shot(view, "privacy-inspect-nb-end")


def test_the_client_number_field_keeps_its_room_at_the_narrowest_window(
    qtbot: QtBot, panel: PrivacyPanel
) -> None:
    """Beside nine buttons the field was squeezed to "K…" at the window's usual width."""
    window = panel.window()
    window.resize(window.minimumSizeHint().width(), window.height())
    qtbot.wait(50)
    field = panel.client_field
    assert field.width() >= field.fontMetrics().horizontalAdvance(field.placeholderText())


def test_choosing_a_request_fills_in_its_client_and_inspect_needs_no_typing(
    qtbot: QtBot, panel: PrivacyPanel
) -> None:
    panel.client_field.clear()
    panel.inspect_button.click()
    assert panel.banner.isVisible()  # "Type the client's number first."
    kari = next(i for i in range(panel.model.rowCount())
                if (row := panel.model.row_at(i)) is not None and row.client_no == 100)
    panel.table.selectRow(kari)
    assert panel.client_field.text() == "100"
    panel.inspect_button.click()
    # The sentence asking for the number goes once there is one.
    assert not panel.banner.isVisible()
    qtbot.waitUntil(lambda: bool(panel.window().findChildren(InspectView)), timeout=WAIT_MS)


def test_an_open_inspect_tab_closes_when_its_client_is_erased(
    qtbot: QtBot, panel: PrivacyPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tab went on showing the erased client's name, phone and address."""
    monkeypatch.setattr(privacy_panel, "ask_to_erase", lambda _parent, _plan: True)
    monkeypatch.setattr(privacy_panel, "ask_receipt_path", lambda _parent, _no: "")
    monkeypatch.setattr(privacy_operations, "default_log_path", lambda: tmp_path / "log")
    panel.client_field.setText("100")
    panel.inspect_button.click()
    qtbot.waitUntil(lambda: bool(panel.window().findChildren(InspectView)), timeout=WAIT_MS)
    tabs = panel.window().work_area
    opened = tabs.count()
    panel.erase_button.click()
    qtbot.waitUntil(lambda: "is erased" in panel.status_label.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not panel.window().findChildren(InspectView), timeout=WAIT_MS)
    assert tabs.count() == opened - 1


def test_an_open_client_card_closes_when_its_client_is_erased(
    qtbot: QtBot, panel: PrivacyPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The client card showed the erased name, phone and address as the inspect tab did:
    the privacy officer looks the client up before erasing."""
    monkeypatch.setattr(privacy_panel, "ask_to_erase", lambda _parent, _plan: True)
    monkeypatch.setattr(privacy_panel, "ask_receipt_path", lambda _parent, _no: "")
    monkeypatch.setattr(privacy_operations, "default_log_path", lambda: tmp_path / "log")
    window = panel.window()
    assert isinstance(window, MainWindow)
    window.events.open_client.emit(1)  # Kari, client 100
    qtbot.waitUntil(lambda: bool(window.findChildren(ClientCardView)), timeout=WAIT_MS)
    [card] = window.findChildren(ClientCardView)
    qtbot.waitUntil(lambda: card.card is not None, timeout=WAIT_MS)
    assert card.card is not None and card.card.client_no == 100
    opened = window.work_area.count()
    window.rail.select("privacy")
    panel.client_field.setText("100")
    panel.erase_button.click()
    qtbot.waitUntil(lambda: "is erased" in panel.status_label.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.findChildren(ClientCardView), timeout=WAIT_MS)
    assert window.work_area.count() == opened - 1


def test_an_open_chart_of_the_erased_client_s_animal_closes(
    qtbot: QtBot, panel: PrivacyPanel, ctx: ServiceContext, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Its header went on showing the erased owner's name and phone."""
    monkeypatch.setattr(privacy_panel, "ask_to_erase", lambda _parent, _plan: True)
    monkeypatch.setattr(privacy_panel, "ask_receipt_path", lambda _parent, _no: "")
    monkeypatch.setattr(privacy_operations, "default_log_path", lambda: tmp_path / "log")
    with ctx.db.reading() as session:
        bamse = session.execute(select(Animal.id).where(
            Animal.owner_id == 1, Animal.name == "Bamse")).scalar_one()
    window = panel.window()
    assert isinstance(window, MainWindow)
    window.events.open_animal.emit(bamse)
    qtbot.waitUntil(lambda: bool(window.findChildren(ChartTab)), timeout=WAIT_MS)
    [chart] = window.findChildren(ChartTab)
    qtbot.waitUntil(lambda: chart.header is not None, timeout=WAIT_MS)
    assert chart.header is not None and chart.header.owner.client_no == 100
    opened = window.work_area.count()
    window.rail.select("privacy")
    panel.client_field.setText("100")
    panel.erase_button.click()
    qtbot.waitUntil(lambda: "is erased" in panel.status_label.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.findChildren(ChartTab), timeout=WAIT_MS)
    assert window.work_area.count() == opened - 1
