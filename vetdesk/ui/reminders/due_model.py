"""The recalls due as a Qt table model: date, client, animal, what, step, sent, channel.

A client who cannot be reached (refused, restricted, no address) says so in words in the
channel column, in amber, so colour is never the only signal."""

from __future__ import annotations

from typing import Any

from vetdesk.services.messaging.due import DueRecall
from vetdesk.ui.front_desk.formats import date_text, species_label
from vetdesk.ui.front_desk.look import amber
from vetdesk.ui.qt import (
    QAbstractTableModel,
    QColor,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

_Index = QModelIndex | QPersistentModelIndex


class DueTableModel(QAbstractTableModel):
    DUE, CLIENT, ANIMAL, WHAT, STEP, SENT, CHANNEL = range(7)
    COLUMNS = 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DueRecall] = []

    def set_rows(self, rows: list[DueRecall]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> DueRecall | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

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
            self.DUE: self.tr("Due"), self.CLIENT: self.tr("Client"),
            self.ANIMAL: self.tr("Animal"), self.WHAT: self.tr("Recall"),
            self.STEP: self.tr("Next step"), self.SENT: self.tr("Reminders sent"),
            self.CHANNEL: self.tr("Channel"),
        }.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CHANNEL \
                and row.channel is None:
            return QColor(amber())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: DueRecall, column: int) -> str:
        if column == self.DUE:
            return date_text(row.due_on)
        if column == self.CLIENT:
            return f"{row.client_name} ({row.client_no})"
        if column == self.ANIMAL:
            return f"{row.animal_name}, {species_label(row.species)}"
        if column == self.WHAT:
            return row.title
        if column == self.STEP:
            return self.step_label(row.step)
        if column == self.SENT:
            last = date_text(row.last_sent_on) if row.last_sent_on else ""
            return f"{row.reminders_sent} ({last})" if last else str(row.reminders_sent)
        return self.channel_label(row.channel)

    def step_label(self, step: str) -> str:
        return {
            "first": self.tr("First reminder"), "second": self.tr("Second reminder"),
            "call": self.tr("Call: no booking"), "waiting": self.tr("Waiting"),
        }.get(step, step)

    def channel_label(self, channel: str | None) -> str:
        return {
            "sms": self.tr("SMS"), "email": self.tr("E-mail"), "letter": self.tr("Letter"),
            None: self.tr("Cannot be reached"),
        }.get(channel, channel or "")
