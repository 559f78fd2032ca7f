"""The register of privacy requests as a Qt table model; overdue rows in red (with the word
"overdue" beside the date, so colour is never the only signal)."""

from __future__ import annotations

from typing import Any

from vetdesk.i18n import _
from vetdesk.services.privacy.requests import RequestRow
from vetdesk.ui.front_desk.formats import date_text
from vetdesk.ui.front_desk.look import amber, red
from vetdesk.ui.qt import (
    QAbstractTableModel,
    QColor,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

_Index = QModelIndex | QPersistentModelIndex


class RegisterModel(QAbstractTableModel):
    NUMBER, KIND, SUBJECT, RECEIVED, DUE, STATUS, HANDLER = range(7)
    COLUMNS = 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RequestRow] = []

    def set_rows(self, rows: list[RequestRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RequestRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, number: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == number), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NUMBER: self.tr("No."), self.KIND: self.tr("Request"),
            self.SUBJECT: self.tr("From"), self.RECEIVED: self.tr("Received"),
            self.DUE: self.tr("Due"), self.STATUS: self.tr("Status"),
            self.HANDLER: self.tr("Handled by"),
        }.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.DUE, self.STATUS):
            if row.overdue:
                return QColor(red())
            if row.nearly_due:
                return QColor(amber())
        return None

    def _text(self, row: RequestRow, column: int) -> str:
        if column == self.NUMBER:
            return str(row.id)
        if column == self.KIND:
            return _(row.kind.label)
        if column == self.SUBJECT:
            return (f"{row.subject_name} ({row.client_no})" if row.client_no
                    else row.subject_name)
        if column == self.RECEIVED:
            return date_text(row.received_on)
        if column == self.DUE:
            due = date_text(row.due_on)
            if row.overdue:
                return self.tr("{date} (overdue)").format(date=due)
            return self.tr("{date} (extended)").format(date=due) if row.extended else due
        if column == self.STATUS:
            return _(row.status.label)
        return row.handler or ""
