"""Referring from the chart: the owner's consent is required and nothing typed is lost."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.conftest import make_user
from tests.support.chart_screens import LOAD_TIMEOUT, Recorded, open_chart
from tests.support.english import english_lines
from tests.support.journal_data import add_patient, consultation, write_and_sign
from vetdesk.db.models import AuditEvent
from vetdesk.domain.codes import Role
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import save_draft_with_files, sign_draft
from vetdesk.services.permissions import Actor
from vetdesk.services.referrals.parties import add_party, list_parties
from vetdesk.services.referrals.types import PartyInput
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import QApplication, Qt
from vetdesk.ui.referrals.new_recipient_dialog import NewRecipientDialog
from vetdesk.ui.referrals.referral_dialog import ReferralDialog
from vetdesk.ui.referrals.referrals_window import ReferralsWindow

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF"


def test_a_referral_needs_consent_then_goes_and_the_letter_is_saved(
    qtbot: QtBot, ctx: ServiceContext, ops: Operations, vet: Actor, admin: Actor,
    tmp_path: Path,
) -> None:
    dog = add_patient(ctx)
    write_and_sign(ctx, vet, consultation(dog.animal_id, ctx.clock.now().replace(hour=6),
                                          diagnosis="Mistenkt korsbåndruptur"))
    add_party(ctx, admin, PartyInput("Dyresykehuset Bekkestua", speciality="Ortopedi"))
    recorded = Recorded(pdf_path=str(tmp_path / "henvisning.pdf"))
    tab = open_chart(qtbot, ctx, ops, vet, dog.animal_id, recorded)
    tab.refer()
    window = tab.dialog
    assert isinstance(window, ReferralsWindow)
    qtbot.waitUntil(lambda: window.empty.isVisible(), timeout=LOAD_TIMEOUT)
    window.new_referral()
    dialog = window.child
    assert isinstance(dialog, ReferralDialog)
    qtbot.waitUntil(lambda: dialog.recipient.count() == 1 and dialog.entries.count() == 1,
                    timeout=LOAD_TIMEOUT)
    dialog.reason.setPlainText("Halthet høyre bakben, ønsker vurdering.")
    dialog.entries.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.errors["owner_consented"].isVisible(), timeout=LOAD_TIMEOUT)
    assert "owner agreed" in dialog.errors["owner_consented"].text()
    assert dialog.reason.toPlainText() == "Halthet høyre bakben, ønsker vurdering."
    dialog.grab().save("/tmp/vetdesk-shots-referral.png")
    dialog.consent.setChecked(True)
    with qtbot.waitSignal(dialog.sent, timeout=LOAD_TIMEOUT):
        dialog.submit()
    qtbot.waitUntil(lambda: (tmp_path / "henvisning.pdf").exists(), timeout=LOAD_TIMEOUT)
    with ctx.db.reading() as session:
        assert session.execute(select(AuditEvent.id).where(
            AuditEvent.action == "disclosure.referral")).first() is not None
    qtbot.waitUntil(lambda: window.table.rowCount() == 1, timeout=LOAD_TIMEOUT)
    assert window.table.item(0, 3).text() == "Sent"
    window.grab().save("/tmp/vetdesk-shots-referrals.png")
    window.accept_selected()
    qtbot.waitUntil(lambda: window.table.item(0, 3).text() == "Accepted", timeout=LOAD_TIMEOUT)


def test_files_from_the_journal_and_from_disk_go_with_the_referral(
    qtbot: QtBot, ctx: ServiceContext, ops: Operations, vet: Actor, admin: Actor,
    tmp_path: Path,
) -> None:
    dog = add_patient(ctx)
    form = consultation(dog.animal_id, ctx.clock.now().replace(hour=6))
    save_draft_with_files(ctx, vet, form, [("røntgen kne.png", PNG)])
    sign_draft(ctx, vet, form.id, accept_warnings=True)
    secret = dataclasses.replace(consultation(dog.animal_id, ctx.clock.now().replace(hour=7)),
                                 confidential=True)
    save_draft_with_files(ctx, vet, secret, [("lab fortrolig.pdf", PDF)])
    sign_draft(ctx, vet, secret.id, accept_warnings=True)
    add_party(ctx, admin, PartyInput("Dyresykehuset Bekkestua", speciality="Ortopedi"))
    scan = tmp_path / "CT Ødegård.pdf"
    scan.write_bytes(PDF)
    recorded = Recorded(pdf_path="", files=[str(scan)])
    tab = open_chart(qtbot, ctx, ops, vet, dog.animal_id, recorded)
    tab.refer()
    window = tab.dialog
    assert isinstance(window, ReferralsWindow)
    window.new_referral()
    dialog = window.child
    assert isinstance(dialog, ReferralDialog)
    qtbot.waitUntil(lambda: dialog.files.count() == 2 and dialog.recipient.count() == 1,
                    timeout=LOAD_TIMEOUT)
    texts = sorted(dialog.files.item(i).text() for i in range(2))
    assert texts == ["lab fortrolig.pdf  (PDF document, 1 kB, 22.11.2026)  [confidential]",
                     "røntgen kne.png  (PNG image, 1 kB, 22.11.2026)"]
    xray = next(i for i in range(2) if "røntgen" in dialog.files.item(i).text())
    dialog.files.item(xray).setCheckState(Qt.CheckState.Checked)
    dialog.add_file_button.click()
    assert dialog.files.count() == 3
    assert dialog.chosen_paths() == [str(scan)]
    dialog.reason.setPlainText("Halthet høyre bakben, ønsker vurdering.")
    dialog.consent.setChecked(True)
    dialog.grab().save("/tmp/vetdesk-shots-referral-files.png")
    with qtbot.waitSignal(dialog.sent, timeout=LOAD_TIMEOUT) as sent:
        dialog.submit()
    summary = sent.args[0]
    assert (summary.entries, summary.attachments) == (0, 2)
    with ctx.db.reading() as session:
        details = session.execute(select(AuditEvent.details).where(
            AuditEvent.action == "disclosure.referral")).scalar_one()
    # The confidential entry's file was not ticked, so it stayed home.
    assert len(details["attachments"]) == 2


def test_a_file_that_is_not_a_pdf_or_image_is_refused_and_the_form_kept(
    qtbot: QtBot, ctx: ServiceContext, ops: Operations, vet: Actor, admin: Actor,
    tmp_path: Path,
) -> None:
    dog = add_patient(ctx)
    add_party(ctx, admin, PartyInput("Dyresykehuset Bekkestua", speciality="Ortopedi"))
    bad = tmp_path / "notat.pdf"
    bad.write_bytes(b"MZ\x90\x00 not a pdf")
    dialog = ReferralDialog(ops, ctx, vet, dog.animal_id, "Bamse",
                            choose_path=lambda _p, _s: "", choose_files=lambda _p: [str(bad)])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.recipient.count() == 1 and not dialog.files.isEnabled(),
                    timeout=LOAD_TIMEOUT)
    assert dialog.files.item(0).text() == (
        "No files in the journal. Use “Add file from disk…” to enclose one.")
    dialog.add_files()
    dialog.reason.setPlainText("Halthet")
    dialog.consent.setChecked(True)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.errors["file"].isVisible(), timeout=LOAD_TIMEOUT)
    assert dialog.errors["file"].text() == "Not a PDF or an image."
    assert "“notat.pdf” is not a PDF or an image" in dialog.banner.message_label.text()
    assert dialog.reason.toPlainText() == "Halthet" and dialog.chosen_paths() == [str(bad)]


def test_a_missing_recipient_is_added_from_the_dialog_and_selected(
    qtbot: QtBot, ctx: ServiceContext, ops: Operations, vet: Actor, admin: Actor,
) -> None:
    dog = add_patient(ctx)
    add_party(ctx, admin, PartyInput("Dyresykehuset Bekkestua", speciality="Ortopedi"))
    dialog = ReferralDialog(ops, ctx, vet, dog.animal_id, "Bamse",
                            choose_path=lambda _p, _s: "", choose_files=lambda _p: [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.recipient.count() == 1, timeout=LOAD_TIMEOUT)
    assert dialog.new_recipient_button.isVisible() and not dialog.who_adds.isVisible()
    dialog.as_lab.setChecked(True)  # a lab request: no laboratory in the register yet
    assert dialog.recipient.count() == 0
    dialog.reason.setPlainText("Anemi?")
    dialog.add_recipient()
    adding = dialog.new_recipient
    assert isinstance(adding, NewRecipientDialog)
    assert adding.form.laboratory_box.isChecked()
    adding.form.phone_field.setText("12 34")
    adding.submit()
    qtbot.waitUntil(lambda: adding.form.errors["name"].isVisible(), timeout=LOAD_TIMEOUT)
    assert adding.form.errors["phone"].text() == (
        "A Norwegian phone number has 8 digits; this one has 4.")
    adding.form.name_field.setText("Vetlab Norge")
    adding.form.phone_field.setText("64 00 00 00")
    adding.grab().save("/tmp/vetdesk-shots-new-recipient.png")
    with qtbot.waitSignal(adding.added, timeout=LOAD_TIMEOUT):
        adding.submit()
    assert dialog.recipient.currentText() == "Vetlab Norge"
    assert dialog.as_lab.isChecked() and dialog.reason.toPlainText() == "Anemi?"
    assert [(p.name, p.is_laboratory) for p in list_parties(ctx, vet, laboratories=True)] == [
        ("Vetlab Norge", True)]


def test_whoever_may_not_keep_the_register_is_told_whom_to_ask(
    qtbot: QtBot, ctx: ServiceContext, ops: Operations, clinic: None,
) -> None:
    dog = add_patient(ctx)
    nurse = make_user(ctx, "sofie", Role.NURSE, full_name="Sofie Hansen")
    dialog = ReferralDialog(ops, ctx, nurse, dog.animal_id, "Bamse",
                            choose_path=lambda _p, _s: "", choose_files=lambda _p: [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.new_recipient_button.isVisible() and dialog.who_adds.isVisible()
    assert dialog.who_adds.text() == (
        "Recipient missing? Ask a veterinarian, practice manager or administrator to add it "
        "under Settings → Referral recipients.")
    dialog.add_recipient()
    assert dialog.new_recipient is None


@pytest.mark.sqlite_only
def test_the_dialog_speaks_bokmal(
    bokmal: None, qtbot: QtBot, ctx: ServiceContext, ops: Operations, vet: Actor,
    admin: Actor,
) -> None:
    dog = add_patient(ctx)
    form = consultation(dog.animal_id, ctx.clock.now().replace(hour=6),
                        diagnosis="Mistenkt korsbåndruptur")
    save_draft_with_files(ctx, vet, form, [("røntgen kne.png", PNG)])
    sign_draft(ctx, vet, form.id, accept_warnings=True)
    add_party(ctx, admin, PartyInput("Dyresykehuset Bekkestua", speciality="Ortopedi"))
    dialog = ReferralDialog(ops, ctx, vet, dog.animal_id, "Bamse",
                            choose_path=lambda _p, _s: "", choose_files=lambda _p: [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.files.count() == 1 and dialog.recipient.count() == 1,
                    timeout=LOAD_TIMEOUT)
    texts = [dialog.windowTitle(), dialog.new_recipient_button.text(),
             dialog.add_file_button.text(), dialog.files.item(0).text()]
    assert english_lines("\n".join(texts)) == []
    assert dialog.files.item(0).text() == "røntgen kne.png  (PNG-bilde, 1 kB, 22.11.2026)"
    dialog.grab().save("/tmp/vetdesk-shots-referral-nb.png")
    dialog.add_recipient()
    adding = dialog.new_recipient
    assert isinstance(adding, NewRecipientDialog)
    qtbot.waitExposed(adding)
    assert adding.windowTitle() == "Ny mottaker av henvisninger"
    adding.grab().save("/tmp/vetdesk-shots-new-recipient-nb.png")
    nurse = make_user(ctx, "sofie", Role.NURSE, full_name="Sofie Hansen")
    told = ReferralDialog(ops, ctx, nurse, dog.animal_id, "Bamse",
                          choose_path=lambda _p, _s: "", choose_files=lambda _p: [])
    qtbot.addWidget(told)
    assert told.who_adds.text() == (
        "Mangler mottakeren? Be en veterinær, daglig leder eller administrator legge den til "
        "under Innstillinger → Mottakere av henvisninger.")


def test_the_dialog_opens_within_the_screen(
    qtbot: QtBot, ctx: ServiceContext, ops: Operations, vet: Actor, admin: Actor,
) -> None:
    # It opened 820 pixels tall whatever the screen: on a 1366 × 768 laptop (about 728 under
    # the taskbar) Send and Cancel were below the screen's edge. The offscreen test screen is
    # 800 pixels tall.
    dog = add_patient(ctx)
    add_party(ctx, admin, PartyInput("Dyresykehuset Bekkestua", speciality="Ortopedi"))
    dialog = ReferralDialog(ops, ctx, vet, dog.animal_id, "Bamse",
                            choose_path=lambda _p, _s: "", choose_files=lambda _p: [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.recipient.count() == 1, timeout=LOAD_TIMEOUT)
    screen = dialog.screen().availableGeometry()
    assert screen.height() == 800
    assert dialog.height() == 760  # the screen, less room for the title bar
    assert dialog.send_button.mapTo(dialog, dialog.send_button.rect().bottomLeft()).y() < 760


def test_the_letter_saved_after_sending_reaches_the_chart_without_an_error(
    qtbot: QtBot, ctx: ServiceContext, ops: Operations, vet: Actor, admin: Actor,
    tmp_path: Path,
) -> None:
    """The dialog closed (and was deleted) before the letter was written, so its ``saved``
    signal had no sender left: "Something went wrong" instead of the saved-file notice."""
    dog = add_patient(ctx)
    write_and_sign(ctx, vet, consultation(dog.animal_id, ctx.clock.now().replace(hour=6),
                                          diagnosis="Mistenkt korsbåndruptur"))
    add_party(ctx, admin, PartyInput("Dyresykehuset Bekkestua", speciality="Ortopedi"))
    recorded = Recorded(pdf_path=str(tmp_path / "henvisning.pdf"))
    tab = open_chart(qtbot, ctx, ops, vet, dog.animal_id, recorded)
    failures: list[object] = []
    ops.failed.connect(failures.append)
    tab.refer()
    window = tab.dialog
    assert isinstance(window, ReferralsWindow)
    qtbot.waitUntil(lambda: window.empty.isVisible(), timeout=LOAD_TIMEOUT)
    window.new_referral()
    dialog = window.child
    assert isinstance(dialog, ReferralDialog)
    qtbot.waitUntil(lambda: dialog.recipient.count() == 1 and dialog.entries.count() == 1,
                    timeout=LOAD_TIMEOUT)
    dialog.reason.setPlainText("Halthet høyre bakben, ønsker vurdering.")
    dialog.consent.setChecked(True)
    with qtbot.waitSignal(window.saved, timeout=LOAD_TIMEOUT) as saved:
        dialog.submit()
    assert saved.args == [str(tmp_path / "henvisning.pdf")]
    assert (tmp_path / "henvisning.pdf").read_bytes().startswith(b"%PDF")
    qtbot.wait(100)
    assert failures == []


def test_ticking_the_consent_takes_away_the_sentence_asking_for_it(
    qtbot: QtBot, ctx: ServiceContext, ops: Operations, vet: Actor, admin: Actor,
) -> None:
    dog = add_patient(ctx)
    write_and_sign(ctx, vet, consultation(dog.animal_id, ctx.clock.now().replace(hour=6)))
    add_party(ctx, admin, PartyInput("Dyresykehuset Bekkestua", speciality="Ortopedi"))
    dialog = ReferralDialog(ops, ctx, vet, dog.animal_id, "Bamse",
                            choose_path=lambda _p, _s: "", choose_files=lambda _p: [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.recipient.count() == 1, timeout=LOAD_TIMEOUT)
    dialog.reason.setPlainText("Halthet")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.errors["owner_consented"].isVisible(), timeout=LOAD_TIMEOUT)
    dialog.consent.setChecked(True)
    assert not dialog.errors["owner_consented"].isVisible()
    assert dialog.banner.isHidden()


def test_after_a_refusal_the_focus_is_not_left_on_cancel(
    qtbot: QtBot, ctx: ServiceContext, ops: Operations, vet: Actor, admin: Actor,
) -> None:
    """Send was disabled while it worked and the focus passed on to Cancel: Enter after
    "tick that the owner agreed" closed the form and lost the letter."""
    dog = add_patient(ctx)
    write_and_sign(ctx, vet, consultation(dog.animal_id, ctx.clock.now().replace(hour=6)))
    add_party(ctx, admin, PartyInput("Dyresykehuset Bekkestua", speciality="Ortopedi"))
    dialog = ReferralDialog(ops, ctx, vet, dog.animal_id, "Bamse",
                            choose_path=lambda _p, _s: "", choose_files=lambda _p: [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.recipient.count() == 1, timeout=LOAD_TIMEOUT)
    dialog.reason.setPlainText("Halthet")
    dialog.send_button.setFocus()
    qtbot.keyClick(dialog.send_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.errors["owner_consented"].isVisible(), timeout=LOAD_TIMEOUT)
    [cancel] = [b for b in dialog.buttons.buttons()
                if dialog.buttons.buttonRole(b) == dialog.buttons.ButtonRole.RejectRole]
    assert QApplication.focusWidget() is not cancel


def test_after_a_refused_recipient_the_focus_is_not_left_on_cancel(
    qtbot: QtBot, ctx: ServiceContext, ops: Operations, admin: Actor,
) -> None:
    dialog = NewRecipientDialog(ops, ctx, admin, laboratory=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.form.phone_field.setText("12 34")
    dialog.save_button.setFocus()
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.form.errors["name"].isVisible(), timeout=LOAD_TIMEOUT)
    [cancel] = [b for b in dialog.buttons.buttons()
                if dialog.buttons.buttonRole(b) == dialog.buttons.ButtonRole.RejectRole]
    assert QApplication.focusWidget() is not cancel
    assert dialog.form.phone_field.text() == "12 34"
