"""The sign-in dialog on both engines: success, and a failure that keeps what was typed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.conftest import TEST_PASSWORD
from tests.gui.conftest import audit_actions
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.ops import Operations
from vetdesk.ui.signin_dialog import SignInDialog


def _dialog(qtbot: QtBot, ctx: ServiceContext, ops: Operations) -> SignInDialog:
    dialog = SignInDialog(ctx, ops, clinic_name="Dyreklinikken Ødegård")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_sign_in_succeeds_and_hands_over_the_actor(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor
) -> None:
    dialog = _dialog(qtbot, ctx, db_ops)
    qtbot.keyClicks(dialog.username_edit, "kari")
    qtbot.keyClicks(dialog.password_edit, TEST_PASSWORD)
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000) as blocker:
        dialog.sign_in_button.click()
    assert blocker.args[0].user_id == receptionist.user_id
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert audit_actions(ctx)[-1] == "sign_in"


def test_wrong_password_shows_the_message_and_keeps_the_username(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor
) -> None:
    dialog = _dialog(qtbot, ctx, db_ops)
    qtbot.keyClicks(dialog.username_edit, "kari")
    qtbot.keyClicks(dialog.password_edit, "not the password")
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: "wrong" in dialog.message_label.text(), timeout=10_000)
    assert dialog.message_label.text().startswith("The username or password is wrong")
    assert not dialog.message_label.isHidden()
    assert dialog.username_edit.text() == "kari"
    assert dialog.password_edit.text() == ""
    assert dialog.isVisible()
    assert dialog.actor is None
    if ctx.db.dialect == "sqlite":
        assert audit_actions(ctx)[-1] == "sign_in_failed"
        # The service asked to wait (1 s after the first failure) on the worker, not the GUI
        # thread.
        assert ctx.sleep.calls == [1.0]  # type: ignore[attr-defined]
    else:
        # The server checked the password (and held the answer for its auth_delay, in the
        # worker); it logs the failure itself.
        assert ctx.sleep.calls == []  # type: ignore[attr-defined]


def test_sign_in_button_says_why_it_is_disabled(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations
) -> None:
    dialog = _dialog(qtbot, ctx, db_ops)
    assert not dialog.sign_in_button.isEnabled()
    assert "username and password" in dialog.sign_in_button.toolTip()
    qtbot.keyClicks(dialog.username_edit, "kari")
    qtbot.keyClicks(dialog.password_edit, "x")
    assert dialog.sign_in_button.isEnabled()
