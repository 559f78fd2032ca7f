"""Move an animal to a new owner; the ownership history keeps both periods with dates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vetdesk.services.animals import move_animal
from vetdesk.services.client_card import AnimalSummary
from vetdesk.services.local_time import clinic_today
from vetdesk.ui.front_desk.client_change import ClientChange
from vetdesk.ui.front_desk.date_field import DateField
from vetdesk.ui.front_desk.form_buttons import FormButtons
from vetdesk.ui.front_desk.formats import tr
from vetdesk.ui.front_desk.owner_picker import OwnerPicker
from vetdesk.ui.qt import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget
from vetdesk.ui.widgets.error_banner import ErrorBanner

if TYPE_CHECKING:
    from vetdesk.ui.pages.registry import PageContext


class MoveAnimalDialog(QDialog):
    def __init__(self, page: PageContext, owner_id: int, animal: AnimalSummary,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.owner_id = owner_id
        self.animal = animal
        self.setObjectName("moveAnimal")
        self.setWindowTitle(tr("Move {0} to a new owner").format(animal.name))
        intro = QLabel(tr("{0} gets a new owner from the date below. The current owner "
                          "stays in the animal's history.").format(animal.name))
        intro.setWordWrap(True)
        self.picker = OwnerPicker(page, owner_id)
        self.picker.chosen.connect(lambda _id: self._validate())
        self.date = DateField()
        self.date.setObjectName("moveDate")
        self.date.set_date(clinic_today(page.ctx))
        self.date.textEdited.connect(lambda _t: self._validate())
        self.date_error = QLabel()
        self.date_error.setProperty("role", "fieldError")
        form = QFormLayout()
        form.addRow(tr("New &owner"), self.picker)
        form.addRow(tr("From &date"), self.date)
        form.addRow("", self.date_error)
        self.banner = ErrorBanner()
        self.change = ClientChange(self, page, self.banner, self._validate)
        self.buttons = FormButtons(self, save_text=tr("Move"))
        self.buttons.save_requested.connect(self.move_now)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 420)
        self.picker.setFocus()
        self._validate()

    def _validate(self) -> None:
        error = self.date.error() or ("" if self.date.date() else tr("Enter the date."))
        self.date_error.setText(error or "")
        if self.change.busy:
            reason = tr("Moving…")
        elif not self.picker.client_id():
            reason = tr("To move: find and choose the new owner.")
        elif error:
            reason = tr("To move: {0}").format(error)
        else:
            reason = ""
        self.buttons.set_ready(not reason, reason)

    def move_now(self) -> None:
        new_owner, day = self.picker.client_id(), self.date.date()
        if not new_owner or day is None or self.change.busy:
            return
        ctx, actor = self.page.ctx, self.page.actor
        animal_id, version = self.animal.animal_id, self.animal.version
        self.change.run(
            lambda: move_animal(ctx, actor, animal_id, new_owner, expected_version=version,
                                on=day))
