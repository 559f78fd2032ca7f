"""The Reminders page: December's recalls with their channels, queued and sent in the
background (a real local SMTP server and SMS gateway), and the letters as one PDF (issue 11)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.support.english import english_lines
from tests.support.front_desk_gui import isolate_settings, open_window
from tests.support.mail_server import MailServer
from tests.support.outbox import use_mail_server
from tests.support.recalls import owner_with_recall
from tests.support.sms_gateway import Gateway
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.settings.store import change_setting
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.pages.reminders import RemindersPage
from vetdesk.ui.qt import Qt
from vetdesk.ui.reminders import panel as panel_module
from vetdesk.ui.reminders.panel import RemindersPanel, next_month

WAIT_MS = 15_000
SHOTS = os.environ.get("VETDESK_SHOTS")


def _shot(widget: object, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


@pytest.fixture
def servers(ctx: ServiceContext, manager: Actor,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[MailServer, Gateway]]:
    monkeypatch.setenv("VETDESK_SMS_TOKEN", "t0ken")
    with MailServer() as mail, Gateway() as gateway:
        use_mail_server(ctx, manager, mail.port)
        change_setting(ctx, manager, "sms.url", gateway.url)
        yield mail, gateway


@pytest.fixture
def panel(qtbot: QtBot, tmp_path: Path, ctx: ServiceContext, db_ops: Operations,
          receptionist: Actor, servers: tuple[MailServer, Gateway],
          windows: list[MainWindow]) -> RemindersPanel:
    isolate_settings(tmp_path)
    owner_with_recall(ctx, receptionist, "Kari", "Ødegård", "Bamse", dt.date(2026, 12, 10),
                      phone="912 34 567")
    owner_with_recall(ctx, receptionist, "Per", "Olsen", "Pusur", dt.date(2026, 12, 20),
                      email="per@example.no", species="cat", kind="checkup",
                      title="Årlig helsekontroll")
    owner_with_recall(ctx, receptionist, "Åse", "Strøm", "Tassen", dt.date(2026, 12, 24),
                      address="Fjellveien 22B")
    window = open_window(qtbot, ctx, db_ops, receptionist, windows)
    window.rail.select("reminders")
    page = window.work_area.page_widgets["reminders"]
    assert isinstance(page, RemindersPage)
    qtbot.waitUntil(lambda: page.panel.loaded, timeout=WAIT_MS)
    return page.panel


def test_next_month() -> None:
    assert next_month(dt.date(2026, 11, 22)) == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert next_month(dt.date(2026, 12, 31)) == (dt.date(2027, 1, 1), dt.date(2027, 1, 31))


def test_the_month_is_listed_sent_and_printed(
    qtbot: QtBot, panel: RemindersPanel, servers: tuple[MailServer, Gateway],
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mail, gateway = servers
    assert panel.start_field.text() == "01.12.2026"
    model = panel.model
    assert [model.index(r, model.ANIMAL).data() for r in range(model.rowCount())] == [
        "Bamse, Dog", "Pusur, Cat", "Tassen, Dog"]
    assert [model.index(r, model.CHANNEL).data() for r in range(model.rowCount())] == [
        "SMS", "E-mail", "Letter"]
    assert panel.summary_label.text() == (
        "3 due. To send now: 1 by SMS, 1 by e-mail, 1 by letter, 0 cannot be reached. 0 to "
        "call (no booking after the reminders).")
    _shot(panel.window(), "reminders-due")

    panel.channel_box.setCurrentIndex(panel.channel_box.findData("letter"))
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT_MS)
    panel.channel_box.setCurrentIndex(0)
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=WAIT_MS)

    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.sending is None and bool(panel.result_label.text()),
                    timeout=WAIT_MS)
    assert panel.result_label.text() == (
        "Queued 1 SMS, 1 e-mails and 1 letters. Sent 2; 0 to try again later, 0 failed, "
        "0 uncertain.")
    assert mail.inbox.recipients() == ["per@example.no"]
    assert [r.json["to"] for r in gateway.received] == ["+4791234567"]
    # Reloaded: each reminder went (the letter waits for the printer), the next step waits.
    qtbot.waitUntil(lambda: model.index(0, model.STEP).data() == "Waiting", timeout=WAIT_MS)
    assert [model.index(r, model.SENT).data() for r in range(3)] == ["1 (22.11.2026)"] * 3
    outbox = ("Outbox: 1 waiting, 0 to try again, 0 uncertain (check before resending), "
              "0 failed, 2 sent, 0 delivered.")
    qtbot.waitUntil(lambda: panel.outbox_label.text() == outbox, timeout=WAIT_MS)
    _shot(panel.window(), "reminders-sent")

    target = tmp_path / "brev.pdf"
    monkeypatch.setattr(panel_module, "choose_save_path", lambda *_args: str(target))
    qtbot.mouseClick(panel.letters_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists(), timeout=WAIT_MS)
    assert panel.result_label.text() == f"1 letters saved to {target}."
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.sqlite_only
def test_the_page_speaks_bokmal(bokmal: None, qtbot: QtBot, panel: RemindersPanel) -> None:
    texts = [panel.heading.text(), panel.summary_label.text(), panel.send_button.text(),
             panel.letters_button.text()]
    model = panel.model
    texts += [str(model.headerData(c, Qt.Orientation.Horizontal))
              for c in range(model.columnCount())]
    texts += [model.index(r, c).data() for r in range(model.rowCount())
              for c in (model.STEP, model.CHANNEL)]
    for box in (panel.species_box, panel.kind_box, panel.step_box, panel.channel_box):
        texts += [box.itemText(i) for i in range(box.count())]
    assert english_lines("\n".join(texts)) == []
    assert panel.summary_label.text().startswith("3 forfaller. Sendes nå: 1 på SMS")
    _shot(panel.window(), "reminders-nb")


@pytest.mark.sqlite_only
def test_post_operative_controls_are_a_kind_of_their_own(
    bokmal: None, qtbot: QtBot, ctx: ServiceContext, receptionist: Actor,
    panel: RemindersPanel
) -> None:
    """Issue 11: the kind filter lists the controls after an operation apart."""
    owner_with_recall(ctx, receptionist, "Ola", "Nordmann", "Rex", dt.date(2026, 12, 7),
                      phone="914 34 567", kind="postop",
                      title="Post-operative check: Kastrasjon")
    kinds = [panel.kind_box.itemText(i) for i in range(panel.kind_box.count())]
    assert kinds == ["Alle slags innkallinger", "Vaksinasjoner", "Helsekontroller",
                     "Kontroller etter operasjon"]
    panel.kind_box.setCurrentIndex(panel.kind_box.findData("postop"))
    model = panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT_MS)
    assert model.index(0, model.ANIMAL).data() == "Rex, Hund"
    _shot(panel.window(), "reminders-postop-nb")
    panel.kind_box.setCurrentIndex(panel.kind_box.findData("checkup"))
    qtbot.waitUntil(lambda: model.rowCount() == 1
                    and model.index(0, model.ANIMAL).data() == "Pusur, Katt", timeout=WAIT_MS)


@pytest.fixture
def pages_of_two(monkeypatch: pytest.MonkeyPatch) -> None:
    from vetdesk.services.messaging import due

    monkeypatch.setattr(due, "PAGE_SIZE", 2)


def test_a_long_list_comes_a_page_at_a_time(pages_of_two: None, qtbot: QtBot,
                                            panel: RemindersPanel) -> None:
    model = panel.model
    assert [model.index(r, model.ANIMAL).data() for r in range(model.rowCount())] == [
        "Bamse, Dog", "Pusur, Cat"]
    assert panel.more_button.isVisibleTo(panel)
    assert panel.summary_label.text() == (
        "3 due in the period; the first 2 are shown. Of those: to send now 1 by SMS, 1 by "
        "e-mail, 0 by letter, 0 cannot be reached, 0 to call. Show more for the rest; sending "
        "covers the whole period.")
    assert panel.send_button.isEnabled()
    _shot(panel.window(), "reminders-paged")
    qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=WAIT_MS)
    assert model.index(2, model.ANIMAL).data() == "Tassen, Dog"
    assert not panel.more_button.isVisibleTo(panel)
    assert panel.summary_label.text() == (
        "3 due. To send now: 1 by SMS, 1 by e-mail, 1 by letter, 0 cannot be reached. 0 to "
        "call (no booking after the reminders).")


@pytest.mark.sqlite_only
def test_the_paged_summary_speaks_bokmal(pages_of_two: None, bokmal: None, qtbot: QtBot,
                                         panel: RemindersPanel) -> None:
    assert panel.more_button.text() == "Vis &flere"
    assert panel.summary_label.text().startswith(
        "3 forfaller i perioden; de første 2 vises. Av dem: sendes nå 1 på SMS")
    _shot(panel.window(), "reminders-paged-nb")
