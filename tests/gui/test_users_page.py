"""Settings → Users: administrators add, edit, re-role, deactivate and reset passwords; nobody
else sees the screen. Every change goes through the staff service and lands in its row."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from tests.support.front_desk_gui import isolate_settings, open_window, visible_dialog
from vetdesk.domain.codes import Role
from vetdesk.services import auth
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.staff import accounts
from vetdesk.services.staff.accounts import UserSummary
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.pages.settings_page import SettingsPage
from vetdesk.ui.pages.users import UsersSection, users_section
from vetdesk.ui.pages.users.password_dialog import ResetPasswordDialog
from vetdesk.ui.pages.users.role_dialog import ChangeRoleDialog
from vetdesk.ui.pages.users.table_model import UserTableModel
from vetdesk.ui.pages.users.user_dialog import UserDialog
from vetdesk.ui.qt import Qt, QWidget, qt_object_alive

WAIT_MS = 10_000
NEW_PASSWORD = "seven green lanterns"


class Confirmations:
    """Stands in for the "Deactivate?" box: counts the questions, gives a set answer."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answer = False

    def __call__(self, _parent: QWidget, user: UserSummary, *, ends_sessions: bool) -> bool:
        self.asked.append(user.username)
        return self.answer


@pytest.fixture
def confirm(monkeypatch: pytest.MonkeyPatch) -> Confirmations:
    answers = Confirmations()
    monkeypatch.setattr(users_section, "ask_to_deactivate", answers)
    return answers


@pytest.fixture
def users(
    qtbot: QtBot, tmp_path: Path, ctx: ServiceContext, db_ops: Operations, admin: Actor,
    vet: Actor, windows: list[MainWindow],
) -> Iterator[UsersSection]:
    isolate_settings(tmp_path)
    window = open_window(qtbot, ctx, db_ops, admin, windows)
    window.rail.select("settings")
    page = window.work_area.page_widgets["settings"]
    assert isinstance(page, SettingsPage) and page.users is not None
    page.show_users()
    qtbot.waitUntil(lambda: page.users is not None and page.users.loaded, timeout=WAIT_MS)
    yield page.users
    for name in ("userDialog", "roleDialog", "passwordDialog"):
        if (dialog := visible_dialog(name)) is not None:
            dialog.done(0)


def _select(section: UsersSection, username: str) -> UserSummary:
    row = next(row for row, user in enumerate(section.model.users) if user.username == username)
    section.table.setCurrentIndex(section.model.index(row, 0))
    user = section.selected_user()
    assert user is not None and user.username == username
    return user


def _dialog(qtbot: QtBot, name: str) -> QWidget:
    qtbot.waitUntil(lambda: visible_dialog(name) is not None, timeout=WAIT_MS)
    dialog = visible_dialog(name)
    assert dialog is not None
    return dialog


def _closed(dialog: QWidget) -> bool:
    return not qt_object_alive(dialog) or not dialog.isVisible()


def _user(ctx: ServiceContext, admin: Actor, username: str) -> UserSummary:
    return next(u for u in accounts.list_users(ctx, admin) if u.username == username)


def test_only_an_administrator_sees_the_users(
    qtbot: QtBot, tmp_path: Path, ctx: ServiceContext, db_ops: Operations, manager: Actor,
    receptionist: Actor, windows: list[MainWindow],
) -> None:
    isolate_settings(tmp_path)
    window = open_window(qtbot, ctx, db_ops, manager, windows)
    window.rail.select("settings")
    page = window.work_area.page_widgets["settings"]
    assert isinstance(page, SettingsPage)
    # Clinic, Reminders, Opening hours (issue 11) and the referral recipients (issue 12), no
    # Users tab.
    assert page.users is None and page.tabs is not None
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Clinic", "Reminders", "Opening hours", "Referral recipients"]
    assert page.findChildren(UsersSection) == []
    desk = open_window(qtbot, ctx, db_ops, receptionist, windows)
    assert "settings" not in desk.rail.page_keys()
    assert desk.findChildren(UsersSection) == []


def test_the_table_shows_each_user_and_what_they_may_be_asked(
    qtbot: QtBot, users: UsersSection, ctx: ServiceContext,
) -> None:
    model = users.model
    assert [user.username for user in model.users] == ["admin", "lie"]
    row = model.row_of(_user(ctx, users.page.actor, "lie").id)
    assert row is not None
    shown = [model.index(row, column).data() for column in range(model.COLUMNS)]
    assert shown == ["Ingrid Lie", "lie", "Veterinarian", "1234567", "Active", "Never"]
    # Your own row: no role change and no deactivation, each saying why.
    _select(users, "admin")
    assert not users.role_button.isEnabled() and "own role" in users.role_button.toolTip()
    assert not users.active_button.isEnabled()
    assert "own account" in users.active_button.toolTip()


def test_the_last_sign_in_is_shown_in_the_clinic_time_zone() -> None:
    model = UserTableModel(ZoneInfo("Europe/Oslo"))
    winter, summer = (dt.datetime(2026, 11, 22, 7, 55, tzinfo=dt.UTC),
                      dt.datetime(2026, 7, 1, 22, 30, tzinfo=dt.UTC))
    model.set_users([
        UserSummary(id=1, username="lie", full_name="Ingrid Lie", role=Role.VETERINARIAN,
                    hpr_number="1234567", email=None, active=True, last_signin_at=winter,
                    login_role="klinikk_lie"),
        UserSummary(id=2, username="ole", full_name="Ole Østby", role=Role.NURSE,
                    hpr_number=None, email=None, active=False, last_signin_at=summer,
                    login_role=None),
    ])
    assert model.index(0, model.LAST_SIGNIN).data() == "22.11.2026 08:55"
    assert model.index(1, model.LAST_SIGNIN).data() == "02.07.2026 00:30"
    assert model.index(1, model.STATUS).data() == "Inactive"
    tooltip = model.index(0, model.USERNAME).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Signs in to the database as klinikk_lie"
    assert model.index(1, model.USERNAME).data(Qt.ItemDataRole.ToolTipRole) is None
    # A change replaces its row in place; a new user goes in in name order.
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    assert model.put(dataclasses.replace(model.users[1], active=True)) == 1
    assert changed == [1] and model.index(1, model.STATUS).data() == "Active"
    assert model.put(dataclasses.replace(model.users[0], id=3, full_name="Kari")) == 1


def test_add_a_user(qtbot: QtBot, users: UsersSection, ctx: ServiceContext) -> None:
    users.add_button.click()
    dialog = _dialog(qtbot, "userDialog")
    assert isinstance(dialog, UserDialog)
    assert not dialog.buttons.save_button.isEnabled()
    qtbot.keyClicks(dialog.edits["full_name"], "Per Olsen")
    qtbot.keyClicks(dialog.edits["username"], "per")
    assert dialog.role_field is not None and dialog.passwords is not None
    dialog.role_field.set_role(Role.NURSE)
    qtbot.keyClicks(dialog.edits["email"], "per@klinikken.no")
    qtbot.keyClicks(dialog.passwords.password_edit, NEW_PASSWORD)
    qtbot.keyClicks(dialog.passwords.repeat_edit, NEW_PASSWORD)
    assert dialog.buttons.save_button.isEnabled(), dialog.buttons.reason_label.text()
    dialog.activateWindow()
    dialog.passwords.repeat_edit.setFocus()
    qtbot.waitUntil(dialog.passwords.repeat_edit.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(dialog.passwords.repeat_edit, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)  # saves from any field
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    added = _user(ctx, users.page.actor, "per")
    assert (added.full_name, added.role, added.email) == ("Per Olsen", Role.NURSE,
                                                          "per@klinikken.no")
    assert users.selected_user() == added
    assert users.status_label.text() == "Added Per Olsen, who signs in as “per”."
    assert auth.sign_in(ctx, "per", NEW_PASSWORD).role is Role.NURSE


def test_a_refused_field_is_marked_next_to_it_and_nothing_typed_is_lost(
    qtbot: QtBot, users: UsersSection, ctx: ServiceContext,
) -> None:
    users.add_button.click()
    dialog = _dialog(qtbot, "userDialog")
    assert isinstance(dialog, UserDialog) and dialog.passwords is not None
    qtbot.keyClicks(dialog.edits["full_name"], "Ingrid Lie den yngre")
    qtbot.keyClicks(dialog.edits["username"], "lie")  # taken: only the service knows
    assert dialog.role_field is not None
    dialog.role_field.set_role(Role.VETERINARIAN)
    # A veterinarian needs an HPR number: said under that field as soon as the role is chosen.
    assert "HPR" in dialog.form.error_text("hpr_number")
    qtbot.keyClicks(dialog.edits["hpr_number"], "7654321")
    assert dialog.form.error_text("hpr_number") == ""
    qtbot.keyClicks(dialog.passwords.password_edit, NEW_PASSWORD)
    qtbot.keyClicks(dialog.passwords.repeat_edit, NEW_PASSWORD)
    dialog.buttons.save_button.click()
    qtbot.waitUntil(lambda: dialog.form.error_text("username") != "", timeout=WAIT_MS)
    assert "taken" in dialog.form.error_text("username")
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.edits["username"]
    assert dialog.edits["full_name"].text() == "Ingrid Lie den yngre"
    assert dialog.edits["username"].text() == "lie"
    assert dialog.edits["hpr_number"].text() == "7654321"
    assert dialog.passwords.password() == NEW_PASSWORD
    assert dialog.role_field.role() is Role.VETERINARIAN
    assert not dialog.buttons.save_button.isEnabled()
    # Editing the field clears the service's answer; the corrected user is added.
    qtbot.keyClicks(dialog.edits["username"], "2")
    assert dialog.form.error_text("username") == ""
    dialog.buttons.save_button.click()
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    assert _user(ctx, users.page.actor, "lie2").hpr_number == "7654321"


def test_enter_edits_the_chosen_user_and_esc_closes(
    qtbot: QtBot, users: UsersSection, ctx: ServiceContext,
) -> None:
    _select(users, "lie")
    users.window().activateWindow()
    users.table.setFocus()
    qtbot.waitUntil(users.table.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(users.table, Qt.Key.Key_Return)
    dialog = _dialog(qtbot, "userDialog")
    assert isinstance(dialog, UserDialog) and dialog.user is not None
    assert dialog.edits["full_name"].text() == "Ingrid Lie"
    assert not dialog.buttons.save_button.isEnabled()
    assert dialog.buttons.save_button.toolTip() == "Nothing has changed yet."
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without a question
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)

    users.window().activateWindow()
    users.table.setFocus()
    qtbot.waitUntil(users.table.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(users.table, Qt.Key.Key_Return)
    dialog = _dialog(qtbot, "userDialog")
    assert isinstance(dialog, UserDialog)
    dialog.edits["hpr_number"].clear()
    qtbot.keyClicks(dialog.edits["hpr_number"], "12")
    assert dialog.form.error_text("hpr_number") == "An HPR number has 7 to 9 digits."
    assert not dialog.buttons.save_button.isEnabled()
    qtbot.keyClicks(dialog.edits["hpr_number"], "34568")
    qtbot.keyClicks(dialog.edits["email"], "ingrid@klinikken.no")
    dialog.buttons.save_button.click()
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    saved = _user(ctx, users.page.actor, "lie")
    assert (saved.hpr_number, saved.email) == ("1234568", "ingrid@klinikken.no")
    row = users.model.row_of(saved.id)
    assert row is not None and users.model.index(row, users.model.HPR).data() == "1234568"


def test_change_a_role(qtbot: QtBot, users: UsersSection, ctx: ServiceContext) -> None:
    _select(users, "lie")
    assert users.role_button.isEnabled()
    users.role_button.click()
    dialog = _dialog(qtbot, "roleDialog")
    assert isinstance(dialog, ChangeRoleDialog)
    assert not dialog.buttons.save_button.isEnabled()  # still the present role
    dialog.role_field.set_role(Role.ADMINISTRATOR)
    dialog.buttons.save_button.click()
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    assert _user(ctx, users.page.actor, "lie").role is Role.ADMINISTRATOR
    assert users.status_label.text() == "Ingrid Lie now works as administrator."
    # Two administrators now: the signed-in one's row still refuses (own account), and
    # the other may be demoted again.
    _select(users, "lie")
    assert users.role_button.isEnabled() and users.active_button.isEnabled()


def test_deactivate_asks_first_then_reactivate(
    qtbot: QtBot, users: UsersSection, ctx: ServiceContext, confirm: Confirmations,
) -> None:
    lie = _select(users, "lie")
    assert users.active_button.text() == "&Deactivate…"
    users.active_button.click()
    assert confirm.asked == ["lie"]
    assert _user(ctx, users.page.actor, "lie").active  # "Keep active": nothing changed
    confirm.answer = True
    users.active_button.click()
    qtbot.waitUntil(lambda: not users.model.users[users.model.row_of(lie.id) or 0].active,
                    timeout=WAIT_MS)
    assert not _user(ctx, users.page.actor, "lie").active
    assert users.status_label.text() == "Ingrid Lie is deactivated and can no longer sign in."
    row = users.model.row_of(lie.id)
    assert row is not None and users.model.index(row, users.model.STATUS).data() == "Inactive"
    assert users.active_button.text() == "Re&activate"
    users.active_button.click()  # reactivating destroys nothing: no question
    assert confirm.asked == ["lie", "lie"]
    qtbot.waitUntil(lambda: users.model.users[row].active, timeout=WAIT_MS)
    assert _user(ctx, users.page.actor, "lie").active


def test_reset_a_password(qtbot: QtBot, users: UsersSection, ctx: ServiceContext) -> None:
    _select(users, "lie")
    users.password_button.click()
    dialog = _dialog(qtbot, "passwordDialog")
    assert isinstance(dialog, ResetPasswordDialog)
    qtbot.keyClicks(dialog.passwords.password_edit, "short")
    assert dialog.form.error_text("password") == "The password must have at least 8 characters."
    qtbot.keyClicks(dialog.passwords.password_edit, " but now long enough")
    assert dialog.form.error_text("password") == ""
    qtbot.keyClicks(dialog.passwords.repeat_edit, "short but now")
    assert dialog.form.error_text("password_repeat") == "The two passwords are not the same."
    assert not dialog.buttons.save_button.isEnabled()
    qtbot.keyClicks(dialog.passwords.repeat_edit, " long enough")
    assert dialog.buttons.save_button.isEnabled()
    dialog.buttons.save_button.click()
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    assert users.status_label.text() == "Ingrid Lie has a new password."
    assert auth.sign_in(ctx, "lie", "short but now long enough").username == "lie"
