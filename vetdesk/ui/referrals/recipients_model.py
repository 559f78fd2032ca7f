"""The recipients register (specialists, animal hospitals, laboratories) as a table model;
deactivated recipients are listed greyed with their state, so they can be brought back."""

from __future__ import annotations

from typing import Any

from vetdesk.domain.phones import display_phone
from vetdesk.services.referrals.types import PartyInfo
from vetdesk.ui.qt import QPalette, Qt
from vetdesk.ui.widgets.list_model import ListTableModel


class RecipientsTableModel(ListTableModel[PartyInfo]):
    NAME, KIND, SPECIALITY, ADDRESS, PHONE, EMAIL, STATE = range(7)

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Kind"), self.tr("Speciality"), self.tr("Address"),
                self.tr("Phone"), self.tr("E-mail"), self.tr("State")]

    def text(self, row: PartyInfo, column: int) -> str:
        values = {
            self.NAME: row.name,
            self.KIND: self.tr("Laboratory") if row.is_laboratory else self.tr("Specialist"),
            self.SPECIALITY: row.speciality, self.ADDRESS: row.address,
            self.PHONE: display_phone(row.phone) if row.phone else "",
            self.EMAIL: row.email,
            self.STATE: self.tr("Active") if row.active else self.tr("Deactivated"),
        }
        return values.get(column) or ""

    def decoration(self, row: PartyInfo, column: int, role: int) -> Any:
        # Resolved when painted, so a switch to the dark palette repaints right.
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def position_of(self, party_id: int) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.id == party_id), None)
