"""The animal form, new and edit: checked as typed, the chip decoded and checked against the
register (a chip already on another animal is refused, with a link to that animal's owner)."""

from __future__ import annotations

import html
import uuid
from typing import TYPE_CHECKING, Any

from vetdesk.domain.field_report import FieldReport
from vetdesk.services import front_desk_saving
from vetdesk.services.animals import (
    AnimalSaved,
    ChipCheck,
    check_animal_form,
    check_microchip,
    register_animal,
)
from vetdesk.services.front_desk_views import AnimalDetails, animal_details
from vetdesk.ui.front_desk.animal_fields import AnimalFields
from vetdesk.ui.front_desk.conflict_bar import ConflictBar
from vetdesk.ui.front_desk.form_buttons import FormButtons
from vetdesk.ui.front_desk.form_saving import save_blocked_reason, show_save_failure
from vetdesk.ui.front_desk.formats import tr
from vetdesk.ui.front_desk.opening import open_animal
from vetdesk.ui.front_desk.report_form import ReportForm
from vetdesk.ui.help import install_help_key
from vetdesk.ui.qt import QDialog, QLabel, QTimer, QVBoxLayout, QWidget, Signal
from vetdesk.ui.widgets import discard_changes
from vetdesk.ui.widgets.error_banner import ErrorBanner

if TYPE_CHECKING:
    from vetdesk.ui.pages.registry import PageContext

CHIP_CHECK_MS = 250


def chip_note(value: str, origin: str | None) -> str:
    """"France (250)", "manufacturer Datamars (981)": the name and the digits it came from."""
    if origin and value[:3].isdigit() and len(value) == 15:
        return f"{origin} ({value[:3]})"
    return origin or ""


def errors_now(report: FieldReport, extra: dict[str, str]) -> dict[str, str]:
    return {**report.errors, **extra}


class AnimalFormDialog(QDialog):
    help_topic = "animal_form"  # F1 (vetdesk.ui.help)

    saved = Signal(object)  # AnimalSaved

    def __init__(self, page: PageContext, owner_id: int, *, animal_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_help_key(self, page.actor)
        self.page = page
        self.owner_id = owner_id
        self.animal_id = animal_id
        self.version: int | None = None
        self.loaded: AnimalDetails | None = None
        self.touched: set[str] = set()
        self.saving = False
        # One id per registration in this form, kept across retries of its Save: a Save
        # repeated after a lost connection finds the animal instead of adding a second one.
        self.request_id = uuid.uuid4()
        self.chip: ChipCheck | None = None
        self._chip_generation = 0
        self._kept: dict[str, Any] | None = None
        self.saved_count = 0
        self.setObjectName("animalForm")
        self.setWindowTitle(tr("Edit animal") if animal_id else tr("New animal"))

        self.form = ReportForm()
        self.fields = AnimalFields(self.form, self._edited)
        self.form.note_labels["microchip"].linkActivated.connect(self._open_chip_owner)
        self.banner = ErrorBanner()
        self.status_label = QLabel()
        self.status_label.setObjectName("animalFormStatus")
        self.status_label.setProperty("role", "hint")
        self.conflict_bar = ConflictBar()
        self.conflict_bar.reload_requested.connect(self.reload)
        self.conflict_bar.reapply_requested.connect(self.put_my_changes_back)
        self.buttons = FormButtons(
            self, extra=None if animal_id else tr("Save and add anot&her"))
        self.buttons.save_requested.connect(lambda: self.save())
        self.buttons.extra_requested.connect(lambda: self.save(another=True))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.conflict_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 620)
        self._chip_timer = QTimer(self)
        self._chip_timer.setSingleShot(True)
        self._chip_timer.setInterval(CHIP_CHECK_MS)
        self._chip_timer.timeout.connect(self._check_chip)
        self.fields.name.setFocus()
        if animal_id is not None:
            self.form.setEnabled(False)
            self.status_label.setText(tr("Loading the animal…"))
            self.reload()
        self._validate()

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        if self.animal_id is None:
            return
        if self.conflict_bar.isVisible():
            self._kept = self.fields.state()
        ctx, actor, animal_id = self.page.ctx, self.page.actor, self.animal_id
        self.page.ops.run(lambda: animal_details(ctx, actor, animal_id), success=self._loaded,
                          failure=self._failed, parent=self)

    def _loaded(self, animal: AnimalDetails) -> None:
        self.loaded = animal
        self.version = animal.version
        self.fields.fill(animal)
        self.form.setEnabled(True)
        self.status_label.setText("")
        self.touched.clear()
        if self._kept is not None:
            self.conflict_bar.show_reloaded()
        self._validate()
        self.fields.name.setFocus()

    def put_my_changes_back(self) -> None:
        if self._kept is not None:
            self.fields.restore(self._kept)
            self.touched.update(self.form.fields)
            self._kept = None
        self.conflict_bar.hide()
        self._validate()
        self._chip_timer.start()

    # -- validation as typed ------------------------------------------------------------------

    def _edited(self, field: str) -> None:
        self.touched.add(field)
        if field in ("estimated_age_years", "birth_date"):
            self.touched.update(("estimated_age_years", "birth_date"))
        if field == "microchip":
            self.chip = None
            self._chip_timer.start()
        self.status_label.setText("")
        self._validate()

    def report(self) -> tuple[FieldReport, dict[str, str]]:
        # check_animal_form is a pure rule check (no database): cheap on every keystroke.
        report = check_animal_form(self.page.ctx, self.fields.animal_input())
        extra = self.fields.date_errors()
        if "estimated_age_years" in report.errors:
            extra.setdefault("birth_date", report.errors["estimated_age_years"])
        if self.chip is not None and self.chip.taken_by is not None:
            extra["microchip"] = self.chip.error or tr("This chip is on another animal.")
        return report, extra

    def _validate(self) -> None:
        report, extra = self.report()
        self.form.show_report(report, only=self.touched, extra_errors=extra)
        chip_value = self.fields.microchip.text()
        note = self.form.note_labels["microchip"]
        if self.chip is not None and self.chip.taken_by is not None:
            owner = self.chip.taken_by
            link = tr("Open {0} (owner {1}, client {2})").format(
                owner.name, owner.owner_name, owner.client_no)
            note.setText(f'<a href="animal:{owner.animal_id}:{owner.owner_id}">'
                         f'{html.escape(link)}</a>')
            note.setStyleSheet("")
            note.setVisible(True)
        elif "microchip" in report.notes and "microchip" not in errors_now(report, extra):
            value = "".join((self.chip.value if self.chip and self.chip.value else chip_value
                             ).split())
            understood = chip_note(value, report.notes["microchip"])
            warning = report.warnings.get("microchip")
            note.setText(f"{understood} · ⚠ {warning}" if warning else understood)
        errors = {**report.errors, **extra}
        errors.pop("estimated_age_years", None)
        reason = save_blocked_reason(
            self.form, errors, saving=self.saving,
            loading=self.animal_id is not None and self.loaded is None,
            unchanged=self.loaded is not None and not self.touched)
        self.buttons.set_ready(not reason, reason)

    def reject(self) -> None:
        # Esc, Cancel and the close button ask first when something was typed (UI.md).
        if self.touched and not discard_changes.ask(self):
            return
        super().reject()

    def done(self, result: int) -> None:
        self._chip_timer.stop()  # nothing more to check once the form is closed
        super().done(result)

    def _check_chip(self) -> None:
        if not self.isVisible():
            return
        text = self.fields.microchip.text()
        self._chip_generation += 1
        generation = self._chip_generation
        if not text.strip():
            self.chip = None
            return
        ctx, actor, animal_id = self.page.ctx, self.page.actor, self.animal_id
        self.page.ops.run(lambda: check_microchip(ctx, actor, text, animal_id=animal_id),
                          success=lambda check: self._chip_checked(generation, text, check),
                          parent=self)

    def _chip_checked(self, generation: int, text: str, check: ChipCheck) -> None:
        # The field may have changed while the check was away, also without a keystroke
        # ("Save and add another" empties it): an answer about other text is stale.
        if generation != self._chip_generation or text != self.fields.microchip.text():
            return
        self.chip = check
        self.touched.add("microchip")
        self._validate()

    def _open_chip_owner(self, link: str) -> None:
        # The other animal itself: its chart for vets and nurses, its owner's card otherwise.
        animal_id, owner_id = link.removeprefix("animal:").split(":")
        open_animal(self.page, int(animal_id), int(owner_id))

    # -- saving -------------------------------------------------------------------------------

    def save(self, *, another: bool = False) -> None:
        if self.saving:
            return
        report, extra = self.report()
        if not report.ok or extra:
            self.touched.update(report.errors, extra)
            self._validate()
            return
        ctx, actor, data = self.page.ctx, self.page.actor, self.fields.animal_input()
        alert, removed = self.fields.alerts.new_alert(), self.fields.alerts.removed()
        owner_id, animal_id, version = self.owner_id, self.animal_id, self.version or 0
        request_id = self.request_id
        self.saving = True
        self.banner.dismiss()
        self._validate()

        def work() -> AnimalSaved:
            if animal_id is None:
                return register_animal(ctx, actor, owner_id, data,
                                       alerts=(alert,) if alert else (), request_id=request_id)
            return front_desk_saving.save_animal_edits(
                ctx, actor, animal_id, data, expected_version=version, new_alert=alert,
                removed_alerts=removed)

        self.page.ops.run(work, success=lambda saved: self._saved(saved, another, data.name),
                          failure=self._failed, parent=self)

    def _saved(self, saved: AnimalSaved, another: bool, name: str) -> None:
        self.saving = False
        self.saved_count += 1
        self.saved.emit(saved)
        if not another:
            self.accept()
            return
        # Ready for the next animal of the same owner, keyboard still in the form; that one is
        # a registration of its own.
        self.request_id = uuid.uuid4()
        self.fields.fill(None)
        self.chip = None
        self.touched.clear()
        self.status_label.setText(tr("Saved {0}. Register the next animal.").format(name))
        self._validate()
        self.fields.name.setFocus()

    def _failed(self, error: BaseException) -> bool:
        self.saving = False
        self._validate()
        if not show_save_failure(error, form=self.form, touched=self.touched,
                                 banner=self.banner, conflict_bar=self.conflict_bar,
                                 editing=self.animal_id is not None):
            self.status_label.setText("")
        return True
