"""The animal form's input widgets and reading them into an AnimalInput (no saving here)."""

from __future__ import annotations

import re
from typing import Any

from vetdesk.domain.animal_rules import AnimalInput
from vetdesk.domain.breeds import breeds_for
from vetdesk.domain.codes import Sex, Species
from vetdesk.services.front_desk_views import AnimalDetails
from vetdesk.ui.front_desk.alert_editor import AlertEditor
from vetdesk.ui.front_desk.date_field import DateField
from vetdesk.ui.front_desk.formats import sex_label, species_label, tr
from vetdesk.ui.front_desk.report_form import ReportForm
from vetdesk.ui.qt import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

_NUMBER = re.compile(r"^\s*\d+([.,]\d+)?\s*$")


class AnimalFields:
    """Builds the rows into ``form`` and calls ``edited(field_name)`` on every change."""

    def __init__(self, form: ReportForm, edited: Any) -> None:
        self.form = form
        self.name = self._line("name", tr("&Name"), edited)
        self.species = QComboBox()
        self.species.setObjectName("species")
        for species in Species:
            self.species.addItem(species_label(species.value), species.value)
        self.species.currentIndexChanged.connect(lambda _i: self._species_changed(edited))
        form.add_field("species", tr("&Species"), self.species)
        self.breed = QComboBox()
        self.breed.setObjectName("breed")
        self.breed.setEditable(True)
        self.breed.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.breed.editTextChanged.connect(lambda _t: edited("breed"))
        form.add_field("breed", tr("&Breed"), self.breed, tr("Choose or type any breed."))
        sex_row = QWidget()
        sex_line = QHBoxLayout(sex_row)
        sex_line.setContentsMargins(0, 0, 0, 0)
        self.sex = QComboBox()
        self.sex.setObjectName("sex")
        for sex in (Sex.UNKNOWN, Sex.FEMALE, Sex.MALE):
            self.sex.addItem(sex_label(sex.value), sex.value)
        self.sex.currentIndexChanged.connect(lambda _i: edited("sex"))
        self.neutered = QCheckBox(tr("Neutered"))
        self.neutered.setObjectName("neutered")
        self.neutered.toggled.connect(lambda _on: edited("neutered"))
        sex_line.addWidget(self.sex)
        sex_line.addWidget(self.neutered)
        sex_line.addStretch(1)
        sex_row.setFocusProxy(self.sex)
        form.add_field("sex", tr("Se&x"), sex_row)
        birth_row = QWidget()
        birth_line = QHBoxLayout(birth_row)
        birth_line.setContentsMargins(0, 0, 0, 0)
        self.birth_date = DateField()
        self.birth_date.setObjectName("birth_date")
        self.birth_date.textEdited.connect(lambda _t: edited("birth_date"))
        self.age = QLineEdit()
        self.age.setObjectName("estimated_age_years")
        self.age.setMaximumWidth(60)
        self.age.textEdited.connect(lambda _t: edited("estimated_age_years"))
        birth_line.addWidget(self.birth_date)
        birth_line.addWidget(QLabel(tr("or about")))
        birth_line.addWidget(self.age)
        birth_line.addWidget(QLabel(tr("years")))
        birth_line.addStretch(1)
        birth_row.setFocusProxy(self.birth_date)
        form.add_field("birth_date", tr("Bo&rn"), birth_row)
        self.colour = self._line("colour", tr("&Colour"), edited)
        self.microchip = self._line("microchip", tr("&Microchip"), edited)
        self.microchip.setPlaceholderText(tr("15 digits from the reader"))
        self.insurance_company = self._line("insurance_company", tr("&Insurance company"), edited)
        self.insurance_policy = self._line("insurance_policy", tr("&Policy number"), edited)
        self.deceased_on = DateField()
        self.deceased_on.setObjectName("deceased_on")
        self.deceased_on.textEdited.connect(lambda _t: edited("deceased_on"))
        form.add_field("deceased_on", tr("&Died"), self.deceased_on)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(48)
        self.notes.textChanged.connect(lambda: edited("notes"))
        form.add_field("notes", tr("Notes"), self.notes)
        self.alerts = AlertEditor()
        self.alerts.edited.connect(lambda: edited("alerts"))
        form.add_field("alerts", tr("Alert"), self.alerts)
        self._species_changed(lambda _name: None)

    def _line(self, name: str, caption: str, edited: Any) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.textEdited.connect(lambda _t: edited(name))
        self.form.add_field(name, caption, edit)
        return edit

    def _species_changed(self, edited: Any) -> None:
        typed = self.breed.currentText()
        self.breed.blockSignals(True)
        self.breed.clear()
        self.breed.addItems(list(breeds_for(str(self.species.currentData()))))
        self.breed.setEditText(typed)
        self.breed.blockSignals(False)
        edited("species")

    def age_error(self) -> str | None:
        text = self.age.text().strip()
        if text and not _NUMBER.match(text):
            return tr("Write the age in years, for example 2 or 0,5.")
        if text and self.birth_date.text().strip():
            return tr("Give the birth date or an estimated age, not both.")
        return None

    def date_errors(self) -> dict[str, str]:
        errors = {}
        for name, field in (("birth_date", self.birth_date), ("deceased_on", self.deceased_on)):
            if error := field.error():
                errors[name] = error
        if error := self.age_error():
            errors["birth_date"] = error
        return errors

    def animal_input(self) -> AnimalInput:
        age_text = self.age.text().strip().replace(",", ".")
        age = float(age_text) if age_text and _NUMBER.match(self.age.text()) else None
        return AnimalInput(
            name=self.name.text(), species=str(self.species.currentData()),
            breed=self.breed.currentText(), sex=str(self.sex.currentData()),
            neutered=self.neutered.isChecked(), birth_date=self.birth_date.date(),
            estimated_age_years=age, colour=self.colour.text(),
            microchip=self.microchip.text(),
            insurance_company=self.insurance_company.text(),
            insurance_policy=self.insurance_policy.text(),
            deceased_on=self.deceased_on.date(), notes=self.notes.toPlainText(),
        )

    def fill(self, animal: AnimalDetails | None) -> None:
        """Show a loaded animal, or empty fields for the next new one (the species stays:
        the next animal is often a littermate)."""
        self.name.setText(animal.name if animal else "")
        if animal is not None:
            self.species.setCurrentIndex(max(0, self.species.findData(animal.species)))
        self.breed.setEditText(animal.breed or "" if animal else "")
        self.sex.setCurrentIndex(max(0, self.sex.findData(animal.sex if animal else "unknown")))
        self.neutered.setChecked(animal.neutered if animal else False)
        self.birth_date.set_date(animal.birth_date if animal else None)
        self.age.setText("")
        for edit, value in ((self.colour, animal.colour if animal else None),
                            (self.microchip, animal.microchip if animal else None),
                            (self.insurance_company,
                             animal.insurance_company if animal else None),
                            (self.insurance_policy, animal.insurance_policy if animal else None)):
            edit.setText(value or "")
        self.deceased_on.set_date(animal.deceased_on if animal else None)
        self.notes.setPlainText(animal.notes or "" if animal else "")
        self.alerts.load(animal.alerts if animal else ())
        self.alerts.set_state(("", False, ()))

    def state(self) -> dict[str, Any]:
        return {"input": self.animal_input(), "birth": self.birth_date.text(),
                "age": self.age.text(), "died": self.deceased_on.text(),
                "alerts": self.alerts.state()}

    def restore(self, state: dict[str, Any]) -> None:
        data: AnimalInput = state["input"]
        self.name.setText(data.name)
        self.species.setCurrentIndex(max(0, self.species.findData(data.species)))
        self.breed.setEditText(data.breed)
        self.sex.setCurrentIndex(max(0, self.sex.findData(data.sex)))
        self.neutered.setChecked(data.neutered)
        self.birth_date.setText(state["birth"])
        self.age.setText(state["age"])
        self.deceased_on.setText(state["died"])
        for edit, value in ((self.colour, data.colour), (self.microchip, data.microchip),
                            (self.insurance_company, data.insurance_company),
                            (self.insurance_policy, data.insurance_policy)):
            edit.setText(value)
        self.notes.setPlainText(data.notes)
        self.alerts.set_state(state["alerts"])
