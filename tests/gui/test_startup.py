"""Start-up: open the database off the GUI thread, then set-up or sign-in, and back again."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import TEST_PASSWORD
from tests.gui.conftest import audit_actions
from tests.support.launching import close_launcher
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.startup import AppLauncher

MakeLauncher = Callable[..., AppLauncher]


@pytest.fixture
def make_launcher(qtbot: QtBot) -> Iterator[MakeLauncher]:
    made: list[AppLauncher] = []

    def make(url: str, **options: object) -> AppLauncher:
        launcher = AppLauncher(url, **options)  # type: ignore[arg-type]
        made.append(launcher)
        return launcher

    yield make
    for launcher in made:
        close_launcher(launcher)


@pytest.mark.sqlite_only
def test_empty_database_starts_with_set_up(
    qtbot: QtBot, db_url: str, make_launcher: MakeLauncher
) -> None:
    launcher = make_launcher(db_url)
    launcher.start()
    qtbot.waitUntil(lambda: launcher.setup_dialog is not None, timeout=20_000)
    assert launcher.setup_dialog is not None
    assert launcher.setup_dialog.isVisible()
    assert not launcher.opening_window.isVisible()


def test_sign_in_then_sign_out_returns_to_sign_in_with_the_username(
    qtbot: QtBot, db_url: str, ctx: ServiceContext, admin: Actor, make_launcher: MakeLauncher
) -> None:
    launcher = make_launcher(db_url)
    launcher.start()
    qtbot.waitUntil(lambda: launcher.signin_dialog is not None, timeout=20_000)
    dialog = launcher.signin_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Sign in to VetDesk"
    qtbot.keyClicks(dialog.username_edit, "admin")
    qtbot.keyClicks(dialog.password_edit, TEST_PASSWORD)
    with qtbot.waitSignal(launcher.main_window_shown, timeout=20_000) as shown:
        dialog.sign_in_button.click()
    window = shown.args[0]
    assert isinstance(window, MainWindow)
    assert window.user_label.text() == "Signed in: Ada Administrator (Administrator)"
    qtbot.waitUntil(lambda: window.clinic_label.text() != "", timeout=10_000)
    window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: launcher.signin_dialog is not dialog, timeout=20_000)
    assert launcher.signin_dialog is not None
    assert launcher.signin_dialog.username_edit.text() == "admin"
    assert audit_actions(ctx)[-2:] == ["sign_in", "sign_out"]
    with qtbot.waitSignal(launcher.finished, timeout=20_000) as done:
        launcher.signin_dialog.quit_button.click()
    assert done.args == [0]


def test_a_bad_address_is_one_sentence_with_try_again(
    qtbot: QtBot, make_launcher: MakeLauncher
) -> None:
    launcher = make_launcher("mysql://somewhere/clinic")
    launcher.start()
    window = launcher.opening_window
    assert window.error.message_label.text().startswith("The database address")
    assert not window.retry_button.isHidden()
    assert window.retry_label.text() == ""


def test_a_mistyped_file_is_not_created(
    qtbot: QtBot, make_launcher: MakeLauncher, tmp_path: Path
) -> None:
    typo = tmp_path / "vetdsk.sqlite"
    launcher = make_launcher(f"sqlite:///{typo}")
    launcher.start()
    window = launcher.opening_window
    qtbot.waitUntil(lambda: window.error.message_label.text() != "", timeout=20_000)
    assert window.error.message_label.text().startswith(
        f"There is no VetDesk database at {typo}; check the path")
    assert launcher.setup_dialog is None and not typo.exists()


def test_an_unreachable_server_is_retried_by_itself(
    qtbot: QtBot, make_launcher: MakeLauncher
) -> None:
    url = "postgresql+psycopg://vetdesk@127.0.0.1:9/clinic"
    launcher = make_launcher(url, retry_seconds=1)
    launcher.start()
    window = launcher.opening_window
    qtbot.waitUntil(lambda: "Cannot reach" in window.error.message_label.text(),
                    timeout=20_000)
    assert "Trying again by itself in 1 second" in window.retry_label.text()
    qtbot.waitUntil(lambda: launcher.attempts >= 2, timeout=20_000)


@pytest.mark.pg_only
def test_a_server_database_asks_who_is_signing_in_first(
    qtbot: QtBot, db_url: str, ctx: ServiceContext, vet: Actor, make_launcher: MakeLauncher
) -> None:
    """No workstation password: the sign-in dialog comes first, and the person's own password
    opens the connection, as their own database role."""
    launcher = make_launcher(db_url)
    launcher.start()
    qtbot.waitUntil(lambda: launcher.signin_dialog is not None, timeout=20_000)
    dialog = launcher.signin_dialog
    assert dialog is not None
    assert launcher.db is not None and launcher.db.signs_in_as_staff
    qtbot.keyClicks(dialog.username_edit, "lie")
    qtbot.keyClicks(dialog.password_edit, "not the password")
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: "username or password is wrong" in dialog.message_label.text()
                    or "username or password is wrong" in dialog.banner.message_label.text(),
                    timeout=20_000)
    assert dialog.username_edit.text() == "lie"
    qtbot.keyClicks(dialog.password_edit, TEST_PASSWORD)
    with qtbot.waitSignal(launcher.main_window_shown, timeout=20_000):
        dialog.sign_in_button.click()
    assert launcher.db.login_role is not None and launcher.db.login_role.endswith("_lie")
