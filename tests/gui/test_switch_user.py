"""'Switch user' on a shared front-desk PC: this person is signed out and the sign-in asks who
comes next, with an empty username (issue 8)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import audit_actions
from tests.support.launching import close_launcher, sign_in_through
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.startup import AppLauncher


@pytest.fixture
def launcher(qtbot: QtBot, db_url: str) -> Iterator[AppLauncher]:
    made = AppLauncher(db_url)
    yield made
    close_launcher(made)


@pytest.mark.sqlite_only
def test_switch_user_signs_out_and_asks_who_is_next(
    qtbot: QtBot, launcher: AppLauncher, ctx: ServiceContext, admin: Actor
) -> None:
    window = sign_in_through(qtbot, launcher)
    dialog = launcher.signin_dialog
    assert window.switch_user_action in window.user_button.menu().actions()
    qtbot.waitUntil(lambda: window.clinic_label.text() != "", timeout=10_000)
    window.switch_user_action.trigger()
    qtbot.waitUntil(lambda: launcher.signin_dialog is not dialog, timeout=20_000)
    next_dialog = launcher.signin_dialog
    assert next_dialog is not None and next_dialog.isVisible()
    assert next_dialog.username_edit.text() == ""
    assert audit_actions(ctx)[-2:] == ["sign_in", "sign_out"]
