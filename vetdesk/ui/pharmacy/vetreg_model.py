"""The VetReg worklist as a Qt table model: used on, report by, animal, medicine, where it
comes from (a prescription or medicine given), amount, who gives it, what is missing.

An overdue entry says "Overdue" in words in the report-by column and is red, so colour is
never the only signal (UI.md)."""

from __future__ import annotations

from typing import Any

from vetdesk.services.pharmacy.types import VetRegEntry, VetRegSource
from vetdesk.ui.front_desk.formats import date_text, species_label
from vetdesk.ui.front_desk.look import red
from vetdesk.ui.qt import QColor, Qt
from vetdesk.ui.widgets.list_model import ListTableModel


class VetRegTableModel(ListTableModel[VetRegEntry]):
    USED, DUE, ANIMAL, MEDICINE, SOURCE, AMOUNT, GIVEN_BY, MISSING = range(8)

    def headers(self) -> list[str]:
        return [self.tr("Used"), self.tr("Report by"), self.tr("Animal"), self.tr("Medicine"),
                self.tr("Source"), self.tr("Amount"), self.tr("Given by"), self.tr("Missing")]

    def decoration(self, row: VetRegEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and (
                (column == self.DUE and row.overdue) or (column == self.MISSING and row.missing)):
            return QColor(red())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, row: VetRegEntry, column: int) -> str:
        if column == self.USED:
            return date_text(row.used_on)
        if column == self.DUE:
            due = date_text(row.due_on)
            return self.tr("{date} (overdue)").format(date=due) if row.overdue else due
        if column == self.ANIMAL:
            whole = self.tr("animal") if row.individual else self.tr("herd")
            return f"{row.animal_identity}, {species_label(row.species)} ({whole})"
        if column == self.MEDICINE:
            return row.product_name
        if column == self.SOURCE:
            return (self.tr("Prescription") if row.source is VetRegSource.PRESCRIPTION
                    else self.tr("Given"))
        if column == self.AMOUNT:
            if row.amount is None:
                return ""
            return f"{row.amount.normalize():f} {row.amount_unit or ''}".replace(".", ",")
        if column == self.GIVEN_BY:
            return self.given_by_label(row.administered_by)
        return ", ".join(self.missing_label(field) for field in row.missing)

    def given_by_label(self, value: str | None) -> str:
        return {"vet": self.tr("Veterinarian"), "keeper": self.tr("Animal keeper")}.get(
            value or "", value or "")

    def missing_label(self, field: str) -> str:
        return {
            "production_category": self.tr("production category"),
            "producer_number": self.tr("producer number"),
            "amount": self.tr("amount"), "administered_by": self.tr("who gives it"),
        }.get(field, field)
