"""The clinic's name, organisation number, address and contact fields, as set up on the first
start and changed later in Settings: the same captions, accelerators and reading of the text."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from vetdesk.domain.phones import phone_in_text
from vetdesk.services.clinic import ClinicDetails, clinic_phone
from vetdesk.ui.qt import QCoreApplication, QLineEdit
from vetdesk.ui.widgets.form import ValidatedForm

CLINIC_TEXT_FIELDS = ("name", "org_number", "address", "postal_code", "city", "phone", "email")


def _captions() -> dict[str, str]:
    # Translated when the fields are built, so a language chosen at start-up applies.
    translate = QCoreApplication.translate
    return {
        "name": translate("ClinicFields", "Clinic &name"),
        "org_number": translate("ClinicFields", "&Organisation number"),
        "address": translate("ClinicFields", "&Address"),
        "postal_code": translate("ClinicFields", "Po&stal code"),
        "city": translate("ClinicFields", "&City"),
        "phone": translate("ClinicFields", "&Phone"),
        "email": translate("ClinicFields", "&E-mail"),
    }


class ClinicFields:
    """Adds one line edit per clinic detail to ``form``; ``on_edited(field)`` on each keystroke."""

    def __init__(self, form: ValidatedForm, on_edited: Callable[[str], None]) -> None:
        self.edits: dict[str, QLineEdit] = {}
        captions = _captions()
        for name in CLINIC_TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.textEdited.connect(lambda _text, field=name: on_edited(field))
            self.edits[name] = edit
            form.add_field(name, captions[name], edit)
        # Shown while it is empty: without it the messages read "tlf." with no number.
        self.edits["phone"].setPlaceholderText(QCoreApplication.translate(
            "ClinicFields", "In every SMS and e-mail to clients, e.g. 63 80 12 34"))

    def details(self, base: ClinicDetails | None = None) -> ClinicDetails:
        """``base`` with the typed values: blank optional fields become None, the name stays
        text (empty when blank) so the clinic service can say it is missing."""
        values: dict[str, str | None] = {
            name: (edit.text().strip() or None) for name, edit in self.edits.items()
        }
        values["name"] = self.edits["name"].text().strip()
        # "63 80 12 34" as typed is the stored +4763801234: no change to save.
        values["phone"] = clinic_phone(values["phone"])
        return dataclasses.replace(base or ClinicDetails(name=""), **values)  # type: ignore[arg-type]

    def fill(self, details: ClinicDetails) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(details, name) or "")
        # Shown the Norwegian way (63 80 12 34), not as stored (+4763801234).
        self.edits["phone"].setText(phone_in_text(details.phone))
