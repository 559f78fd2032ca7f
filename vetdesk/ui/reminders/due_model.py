"""The recalls due as a Qt table model: date, client, animal, what, step, sent, channel.

A client who cannot be reached (refused, restricted, no address) says so in words in the
channel column, in amber, so colour is never the only signal."""

from __future__ import annotations

from typing import Any

from vetdesk.domain.recall_titles import shown_recall_title
from vetdesk.services.messaging.due import DueRecall
from vetdesk.ui.front_desk.formats import date_text, species_label
from vetdesk.ui.front_desk.look import amber
from vetdesk.ui.qt import QColor, Qt
from vetdesk.ui.widgets.list_model import ListTableModel


class DueTableModel(ListTableModel[DueRecall]):
    DUE, CLIENT, ANIMAL, WHAT, STEP, SENT, CHANNEL = range(7)

    def headers(self) -> list[str]:
        return [self.tr("Due"), self.tr("Client"), self.tr("Animal"), self.tr("Recall"),
                self.tr("Next step"), self.tr("Reminders sent"), self.tr("Channel")]

    def decoration(self, row: DueRecall, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CHANNEL \
                and row.channel is None:
            return QColor(amber())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, row: DueRecall, column: int) -> str:
        if column == self.DUE:
            return date_text(row.due_on)
        if column == self.CLIENT:
            return f"{row.client_name} ({row.client_no})"
        if column == self.ANIMAL:
            return f"{row.animal_name}, {species_label(row.species)}"
        if column == self.WHAT:
            return shown_recall_title(row.title)
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
