"""The fields of one recipient (name, speciality, laboratory, address, phone, e-mail), each with
the service's sentence under it when refused. Settings edits a recipient with it and the
referral dialog adds one with it, so both check and say the same."""

from __future__ import annotations

from vetdesk.domain.phones import display_phone
from vetdesk.services.referrals.types import PartyInfo, PartyInput
from vetdesk.ui.qt import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

FIELDS = ("name", "speciality", "address", "phone", "email")


class RecipientForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_field = self._line("recipientName", 200)
        self.speciality_field = self._line("recipientSpeciality", 200)
        self.laboratory_box = QCheckBox(self.tr("This is a &laboratory"))
        self.laboratory_box.setObjectName("recipientLaboratory")
        self.address_field = self._line("recipientAddress", 300)
        self.phone_field = self._line("recipientPhone", 40)
        self.email_field = self._line("recipientEmail", 254)
        self.errors = {name: self._error() for name in FIELDS}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Name *"), self._with_error(self.name_field, "name"))
        form.addRow(self.tr("&Speciality"), self._with_error(self.speciality_field,
                                                              "speciality"))
        form.addRow("", self.laboratory_box)
        form.addRow(self.tr("Add&ress"), self._with_error(self.address_field, "address"))
        form.addRow(self.tr("&Phone"), self._with_error(self.phone_field, "phone"))
        form.addRow(self.tr("&E-mail"), self._with_error(self.email_field, "email"))

    def _line(self, name: str, limit: int) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setMaxLength(limit)
        return field

    def _error(self) -> QLabel:
        label = QLabel()
        label.setProperty("role", "fieldError")
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    def _with_error(self, field: QWidget, name: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.errors[name])
        return box

    def value(self) -> PartyInput:
        return PartyInput(
            name=self.name_field.text(), speciality=self.speciality_field.text(),
            is_laboratory=self.laboratory_box.isChecked(), address=self.address_field.text(),
            phone=self.phone_field.text(), email=self.email_field.text())

    def fill(self, party: PartyInfo) -> None:
        self.name_field.setText(party.name)
        self.speciality_field.setText(party.speciality or "")
        self.laboratory_box.setChecked(party.is_laboratory)
        self.address_field.setText(party.address or "")
        self.phone_field.setText(display_phone(party.phone) if party.phone else "")
        self.email_field.setText(party.email or "")
        self.show_errors({})

    def clear(self) -> None:
        for field in (self.name_field, self.speciality_field, self.address_field,
                      self.phone_field, self.email_field):
            field.clear()
        self.laboratory_box.setChecked(False)
        self.show_errors({})

    def show_errors(self, errors: dict[str, str]) -> None:
        """The service's sentence under each refused field; the others cleared."""
        for name, label in self.errors.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)
