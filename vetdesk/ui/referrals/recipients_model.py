"""The recipients register (specialists, animal hospitals, laboratories) as a table model."""

from __future__ import annotations

from vetdesk.services.referrals.types import PartyInfo
from vetdesk.ui.widgets.list_model import ListTableModel


class RecipientsTableModel(ListTableModel[PartyInfo]):
    NAME, KIND, SPECIALITY, ADDRESS, PHONE, EMAIL = range(6)

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Kind"), self.tr("Speciality"), self.tr("Address"),
                self.tr("Phone"), self.tr("E-mail")]

    def text(self, row: PartyInfo, column: int) -> str:
        values = {
            self.NAME: row.name,
            self.KIND: self.tr("Laboratory") if row.is_laboratory else self.tr("Specialist"),
            self.SPECIALITY: row.speciality, self.ADDRESS: row.address,
            self.PHONE: row.phone, self.EMAIL: row.email,
        }
        return values.get(column) or ""
