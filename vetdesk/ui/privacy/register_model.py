"""The register of privacy requests as a Qt table model; overdue rows in red (with the word
"overdue" beside the date, so colour is never the only signal)."""

from __future__ import annotations

from typing import Any

from vetdesk.i18n import _
from vetdesk.services.privacy.requests import RequestRow
from vetdesk.ui.front_desk.formats import date_text
from vetdesk.ui.front_desk.look import amber, red
from vetdesk.ui.qt import QColor, Qt
from vetdesk.ui.widgets.list_model import ListTableModel


class RegisterModel(ListTableModel[RequestRow]):
    NUMBER, KIND, SUBJECT, RECEIVED, DUE, STATUS, HANDLER = range(7)

    def row_of(self, number: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == number), None)

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Request"), self.tr("From"), self.tr("Received"),
                self.tr("Due"), self.tr("Status"), self.tr("Handled by")]

    def decoration(self, row: RequestRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.DUE, self.STATUS):
            if row.overdue:
                return QColor(red())
            if row.nearly_due:
                return QColor(amber())
        return None

    def text(self, row: RequestRow, column: int) -> str:
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
