"""The users as a Qt table model: one row per person, whole rows replaced in place."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from vetdesk.services.staff.accounts import UserSummary
from vetdesk.ui.front_desk.formats import moment_text
from vetdesk.ui.labels import role_label
from vetdesk.ui.qt import (
    QAbstractTableModel,
    QApplication,
    QModelIndex,
    QObject,
    QPalette,
    QPersistentModelIndex,
    Qt,
)

_Index = QModelIndex | QPersistentModelIndex


class UserTableModel(QAbstractTableModel):
    NAME, USERNAME, ROLE, HPR, STATUS, LAST_SIGNIN = range(6)
    COLUMNS = 6
    # The UserSummary of the row, for the actions (any column).
    USER_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone  # the clinic's, for the sign-in times shown
        self.users: list[UserSummary] = []

    # -- changes --------------------------------------------------------------------------------

    def set_users(self, users: list[UserSummary]) -> None:
        self.beginResetModel()
        self.users = list(users)
        self.endResetModel()

    def put(self, user: UserSummary) -> int:
        """Replace the row of ``user`` in place (or add it, in name order); its row number."""
        for row, known in enumerate(self.users):
            if known.id == user.id:
                self.users[row] = user
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))
                return row
        row = next((number for number, known in enumerate(self.users)
                    if known.full_name.casefold() > user.full_name.casefold()), len(self.users))
        self.beginInsertRows(QModelIndex(), row, row)
        self.users.insert(row, user)
        self.endInsertRows()
        return row

    def row_of(self, user_id: int) -> int | None:
        return next((row for row, user in enumerate(self.users) if user.id == user_id), None)

    def user_at(self, row: int) -> UserSummary | None:
        return self.users[row] if 0 <= row < len(self.users) else None

    # -- Qt model -------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            self.NAME: self.tr("Name"),
            self.USERNAME: self.tr("Username"),
            self.ROLE: self.tr("Role"),
            self.HPR: self.tr("HPR number"),
            self.STATUS: self.tr("Status"),
            self.LAST_SIGNIN: self.tr("Last signed in"),
        }
        return headers.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        user = self.user_at(index.row()) if index.isValid() else None
        if user is None:
            return None
        if role == self.USER_ROLE:
            return user
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(user, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.USERNAME \
                and user.login_role:
            return self.tr("Signs in to the database as {0}").format(user.login_role)
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            # Resolved when painted, so a switch to the dark palette repaints correctly; the
            # Status column says "Inactive" in words, so the colour is never the only sign.
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def _text(self, user: UserSummary, column: int) -> str:
        if column == self.NAME:
            return user.full_name
        if column == self.USERNAME:
            return user.username
        if column == self.ROLE:
            return role_label(user.role)
        if column == self.HPR:
            return user.hpr_number or ""
        if column == self.STATUS:
            return self.tr("Active") if user.active else self.tr("Inactive")
        if column == self.LAST_SIGNIN:
            if user.last_signin_at is None:
                return self.tr("Never")
            return moment_text(user.last_signin_at, self.zone)
        return ""
