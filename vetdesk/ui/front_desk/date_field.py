"""A date typed the Norwegian way (24.12.2026); empty means no date."""

from __future__ import annotations

import datetime as dt

from vetdesk.ui.front_desk.formats import date_text, parse_date, tr
from vetdesk.ui.qt import QLineEdit, QWidget


class DateField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(tr("dd.mm.yyyy"))
        self.setMaximumWidth(140)

    def date(self) -> dt.date | None:
        return parse_date(self.text())[0]

    def error(self) -> str | None:
        return parse_date(self.text())[1]

    def set_date(self, day: dt.date | None) -> None:
        self.setText(date_text(day))
