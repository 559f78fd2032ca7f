"""Referring from the chart: the owner's consent is required and nothing typed is lost."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.support.chart_screens import LOAD_TIMEOUT, Recorded, open_chart
from tests.support.journal_data import add_patient, consultation, write_and_sign
from vetdesk.db.models import AuditEvent
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.referrals.parties import add_party
from vetdesk.services.referrals.types import PartyInput
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import Qt
from vetdesk.ui.referrals.referral_dialog import ReferralDialog
from vetdesk.ui.referrals.referrals_window import ReferralsWindow


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
