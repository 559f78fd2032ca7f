"""Settings → Users: the people who sign in, and what an administrator does with them."""

from __future__ import annotations

from collections.abc import Callable

from vetdesk.services.staff.accounts import UserSummary
from vetdesk.ui.ops import describe_failure
from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.pages.users import operations
from vetdesk.ui.pages.users.form_dialog import UserFormDialog
from vetdesk.ui.pages.users.password_dialog import ResetPasswordDialog
from vetdesk.ui.pages.users.role_dialog import ChangeRoleDialog
from vetdesk.ui.pages.users.rules import deactivation_refusal, role_change_refusal
from vetdesk.ui.pages.users.table_model import UserTableModel
from vetdesk.ui.pages.users.user_dialog import UserDialog
from vetdesk.ui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QShortcut,
    QShowEvent,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from vetdesk.ui.widgets.confirm import confirm_destructive
from vetdesk.ui.widgets.error_banner import ErrorBanner
from vetdesk.ui.widgets.page_parts import action_button

ROW_HEIGHT = 26


def ask_to_deactivate(parent: QWidget, user: UserSummary, *, ends_sessions: bool) -> bool:
    """True when the administrator confirmed. Tests replace this function.

    Only a server can end another desk's session (PostgreSQL ends the person's connections);
    a SQLite file has no sessions to end, so the question does not promise it there."""
    if ends_sessions:
        text = QCoreApplication.translate(
            "users", "Deactivate {name}? They can no longer sign in, and any session they have "
                     "open ends now. Their journal entries and history are kept, and you can "
                     "reactivate them later.")
    else:
        text = QCoreApplication.translate(
            "users", "Deactivate {name}? They can no longer sign in. Their journal entries and "
                     "history are kept, and you can reactivate them later.")
    return confirm_destructive(
        parent,
        title=QCoreApplication.translate("users", "Deactivate {0}?").format(user.full_name),
        text=text.format(name=user.full_name),
        destroy=QCoreApplication.translate("users", "Deactivate"),
        keep=QCoreApplication.translate("users", "Keep active"),
    )


class UsersSection(QWidget):
    """Loads the users the first time it is shown; each change updates its row in place."""

    help_topic = "users"  # F1 (vetdesk.ui.help)

    def __init__(self, page: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.loaded = False
        self._loading = False
        self.model = UserTableModel(page.ctx.zone, self)
        self._build()
        self._lay_out()
        self._connect()
        self._update_actions()

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Users"))
        self.heading.setProperty("role", "heading")
        self.intro = QLabel(self.tr(
            "The people who sign in to VetDesk and the role that decides what each may do. "
            "Someone deactivated cannot sign in from that moment; their records and history "
            "are kept."))
        self.intro.setProperty("role", "hint")
        self.intro.setWordWrap(True)
        self.banner = ErrorBanner()
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UserTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.status_label = QLabel()
        self.status_label.setProperty("role", "hint")
        self.status_label.setWordWrap(True)
        self.add_button = action_button("addUser", self.tr("&Add user…"))
        self.edit_button = action_button("editUser", self.tr("&Edit…"))
        self.role_button = action_button("changeRole", self.tr("Change &role…"))
        self.active_button = action_button("toggleActive", self.tr("&Deactivate…"))
        self.password_button = action_button("resetPassword", self.tr("Reset &password…"))

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addSpacing(12)
        for button in (self.edit_button, self.role_button, self.active_button,
                       self.password_button):
            actions.addWidget(button)
        actions.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addWidget(self.banner)
        column.addWidget(self.table, 1)
        column.addWidget(self.status_label)
        column.addLayout(actions)
        # The order they appear in: the list first (Enter edits), then the buttons under it.
        QWidget.setTabOrder(self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.role_button)
        QWidget.setTabOrder(self.role_button, self.active_button)
        QWidget.setTabOrder(self.active_button, self.password_button)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.reset_password)
        self.table.doubleClicked.connect(lambda _index: self.edit_user())
        self.table.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._update_actions())
        self.model.dataChanged.connect(lambda *_args: self._update_actions())
        for key in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_user)

    # -- loading ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.loaded and not self._loading:
            self.reload()

    def reload(self) -> None:
        self._loading = True
        self.status_label.setText(self.tr("Loading the users…"))
        self.page.ops.run(operations.load_users(self.page), success=self._show,
                          failure=self._failed, parent=self)

    def _show(self, users: list[UserSummary]) -> None:
        chosen = self.selected_user()
        self._loading = False
        self.loaded = True
        self.model.set_users(users)
        self.status_label.setText("")
        self._select(chosen.id if chosen else self.page.actor.user_id)
        self.table.setFocus()

    # -- the chosen row -----------------------------------------------------------------------

    def selected_user(self) -> UserSummary | None:
        index = self.table.currentIndex()
        return self.model.user_at(index.row()) if index.isValid() else None

    def _select(self, user_id: int) -> None:
        row = self.model.row_of(user_id)
        if row is None:
            row = 0 if self.model.users else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._update_actions()

    def _update_actions(self) -> None:
        user = self.selected_user()
        users, actor = self.model.users, self.page.actor
        self.add_button.setEnabled(self.loaded)
        for button in (self.edit_button, self.password_button):
            button.setEnabled(user is not None)
        if user is None:
            for button in (self.role_button, self.active_button):
                button.setEnabled(False)
                button.setToolTip(self.tr("Choose a user in the list first."))
            self.active_button.setText(self.tr("&Deactivate…"))
            return
        refusal = role_change_refusal(actor, user, users)
        self.role_button.setEnabled(refusal is None)
        self.role_button.setToolTip(refusal or "")
        if user.active:
            self.active_button.setText(self.tr("&Deactivate…"))
            refusal = deactivation_refusal(actor, user, users)
            self.active_button.setEnabled(refusal is None)
            self.active_button.setToolTip(refusal or self.tr(
                "Stop {0} signing in, from now on.").format(user.full_name))
        else:
            self.active_button.setText(self.tr("Re&activate"))
            self.active_button.setEnabled(True)
            self.active_button.setToolTip(self.tr("{0} can sign in again.").format(
                user.full_name))

    # -- actions ------------------------------------------------------------------------------

    def add_user(self) -> None:
        self._open(UserDialog(self.page, None, self))

    def edit_user(self) -> None:
        if (user := self.selected_user()) is not None:
            self._open(UserDialog(self.page, user, self))

    def change_role(self) -> None:
        user = self.selected_user()
        if user is not None and role_change_refusal(self.page.actor, user,
                                                    self.model.users) is None:
            self._open(ChangeRoleDialog(self.page, user, self))

    def reset_password(self) -> None:
        if (user := self.selected_user()) is not None:
            self._open(ResetPasswordDialog(self.page, user, self))

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None or not self.active_button.isEnabled():
            return
        if user.active:
            ends_sessions = self.page.ctx.db.dialect != "sqlite"
            if not ask_to_deactivate(self, user, ends_sessions=ends_sessions):
                return
            work: Callable[[], UserSummary] = operations.deactivate(self.page, user.id)
            done = self.tr("{0} is deactivated and can no longer sign in.")
        else:
            work = operations.reactivate(self.page, user.id)
            done = self.tr("{0} is active again and can sign in.")
        self.active_button.setEnabled(False)
        self.page.ops.run(
            work, success=lambda saved: self._saved(saved, done.format(saved.full_name)),
            failure=self._failed, parent=self)

    def _open(self, dialog: UserFormDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda result: self._dialog_saved(result, dialog.done_message(result)))
        self.banner.dismiss()
        dialog.open()

    def _dialog_saved(self, result: object, message: str) -> None:
        if isinstance(result, UserSummary):
            self._saved(result, message)
        else:
            self._said(message)

    def _saved(self, user: UserSummary, message: str) -> None:
        self.model.put(user)
        self._select(user.id)
        self._said(message)

    def _said(self, message: str) -> None:
        self.status_label.setText(message)
        self._update_actions()

    def _failed(self, error: BaseException) -> bool:
        self._loading = False
        self.status_label.setText("")
        self.banner.show_failure(describe_failure(error))
        self._update_actions()
        return True
