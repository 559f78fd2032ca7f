"""The client form, for a new client and for editing one.

Checked as the user types (the message under the field), duplicates shown before saving, a
stale save explained with who changed the record and when, and nothing typed ever thrown away.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from vetdesk.domain.client_rules import ClientInput, PhoneInput
from vetdesk.domain.codes import ClientLanguage, PhoneKind
from vetdesk.domain.field_report import FieldReport
from vetdesk.domain.phones import phone_digits_for_search
from vetdesk.i18n import _
from vetdesk.services import front_desk_saving
from vetdesk.services.client_card import ClientCard, open_client_card
from vetdesk.services.clients import check_client_form
from vetdesk.ui.front_desk.alert_editor import AlertEditor
from vetdesk.ui.front_desk.animal_form import AnimalFormDialog
from vetdesk.ui.front_desk.conflict_bar import ConflictBar
from vetdesk.ui.front_desk.consent_grid import ConsentGrid
from vetdesk.ui.front_desk.date_field import DateField
from vetdesk.ui.front_desk.duplicate_panel import DuplicatePanel
from vetdesk.ui.front_desk.form_buttons import FormButtons
from vetdesk.ui.front_desk.form_saving import save_blocked_reason, show_save_failure
from vetdesk.ui.front_desk.formats import phone_kind_label, tr
from vetdesk.ui.front_desk.report_form import ReportForm
from vetdesk.ui.front_desk.town_filler import TownFiller
from vetdesk.ui.help import install_help_key
from vetdesk.ui.qt import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vetdesk.ui.widgets import discard_changes
from vetdesk.ui.widgets.error_banner import ErrorBanner
from vetdesk.ui.widgets.scrolling import scrolling

if TYPE_CHECKING:
    from vetdesk.ui.pages.registry import PageContext

TEXT_FIELDS = ("first_name", "last_name", "address", "postal_code", "city", "email",
               "org_number")
PHONE_ROWS = 2


class ClientFormDialog(QDialog):
    """``saved(ClientSaved)`` after a save; new clients open in their own card tab."""

    help_topic = "client_form"  # F1 (vetdesk.ui.help)

    saved = Signal(object)

    def __init__(self, page: PageContext, card: ClientCard | None = None, *,
                 prefill: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_help_key(self, page.actor)
        self.page = page
        self.card = card
        self.version = card.version if card is not None else None
        self.touched: set[str] = set()
        self.saving = False
        # One id per open form, sent with every attempt to register: a Save repeated after a
        # lost connection finds the client the first attempt saved instead of adding another.
        self.request_id = uuid.uuid4()
        self._kept: dict[str, Any] | None = None
        self.setObjectName("clientForm")
        self.setWindowTitle(tr("Edit {0}").format(card.name) if card else tr("New client"))

        self.form = ReportForm()
        self.edits: dict[str, QLineEdit] = {}
        captions = {
            "first_name": tr("&First name"), "last_name": tr("&Last name"),
            "address": tr("Add&ress"), "postal_code": tr("Postal &code"),
            "city": tr("&Town"), "email": tr("&E-mail"),
            "org_number": tr("Or&ganisation number"),
        }
        for name in ("first_name", "last_name", "address", "postal_code", "city"):
            self._add_edit(name, captions[name])
        self.edits["postal_code"].setMaxLength(4)
        self.edits["postal_code"].setMaximumWidth(80)
        self.town_filler = TownFiller(page, self.edits["postal_code"], self.edits["city"],
                                      lambda: self._edited("city"))
        self.phone_edits: list[QLineEdit] = []
        self.phone_kinds: list[QComboBox] = []
        rows = max(PHONE_ROWS, len(card.phones) if card else 0)
        for index in range(rows):
            self._add_phone_row(index)
        self._add_edit("email", captions["email"])
        self.birth_date = DateField()
        self.birth_date.setObjectName("birth_date")
        self.birth_date.textEdited.connect(lambda _t: self._edited("birth_date"))
        self.form.add_field("birth_date", tr("&Birth date"), self.birth_date)
        self._add_edit("org_number", captions["org_number"],
                       tr("Only for farms and companies; 9 digits."))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for language in ClientLanguage:
            self.language.addItem(_(language.label), language.value)
        self.language.currentIndexChanged.connect(lambda _i: self._edited("language"))
        self.form.add_field("language", tr("Lang&uage"), self.language,
                            tr("Messages, letters and the privacy export are written in it."))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(54)
        self.notes.textChanged.connect(lambda: self._edited("notes"))
        self.form.add_field("notes", tr("Notes"), self.notes)
        self.consents = ConsentGrid()
        for box in self.consents.boxes.values():
            box.toggled.connect(lambda _on: self._edited("consents"))
        self.form.add_field("consents", tr("Consents"), self.consents)
        self.alerts = AlertEditor()
        self.alerts.edited.connect(lambda: self._edited("alerts"))
        self.form.add_field("alerts", tr("Alerts"), self.alerts)

        self.banner = ErrorBanner()
        self.conflict_bar = ConflictBar()
        self.conflict_bar.reload_requested.connect(self.reload)
        self.conflict_bar.reapply_requested.connect(self.put_my_changes_back)
        self.duplicates = DuplicatePanel()
        self.duplicates.open_existing.connect(self.open_existing)
        self.duplicates.save_anyway.connect(lambda: self.save(anyway=True))
        self.buttons = FormButtons(self, extra=None if card else tr("Save and add &animal"))
        self.buttons.save_requested.connect(lambda: self.save())
        self.buttons.extra_requested.connect(lambda: self.save(then_add_animal=True))

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.form)
        body_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.conflict_bar)
        layout.addWidget(scrolling(body), 1)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.buttons)
        self.resize(620, 720)

        if card is not None:
            self._fill(card)
        else:
            self._prefill(prefill)
        self.edits["first_name"].setFocus()
        self._validate()

    # -- building -----------------------------------------------------------------------------

    def _add_edit(self, name: str, caption: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.textEdited.connect(lambda _text, field=name: self._edited(field))
        self.edits[name] = edit
        self.form.add_field(name, caption, edit, hint)
        return edit

    def _add_phone_row(self, index: int) -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit()
        edit.setObjectName(f"phone_{index}")
        if index == 0:
            edit.setPlaceholderText(tr("e.g. 912 34 567"))
        edit.textEdited.connect(lambda _t, field=f"phones.{index}": self._edited(field))
        kind = QComboBox()
        kind.setObjectName(f"phoneKind_{index}")
        for value in PhoneKind:
            kind.addItem(phone_kind_label(value.value), value.value)
        kind.currentIndexChanged.connect(lambda _i: self._edited("phones"))
        line.addWidget(edit, 1)
        line.addWidget(kind)
        row.setFocusProxy(edit)
        caption = tr("&Phone") if index == 0 else tr("Other phone")
        self.form.add_field(f"phones.{index}", caption, row)
        self.phone_edits.append(edit)
        self.phone_kinds.append(kind)

    def _fill(self, card: ClientCard) -> None:
        values = {"first_name": card.first_name, "last_name": card.last_name,
                  "address": card.address, "postal_code": card.postal_code, "city": card.city,
                  "email": card.email, "org_number": card.org_number}
        for name, value in values.items():
            self.edits[name].setText(value or "")
        for index, edit in enumerate(self.phone_edits):
            phone = card.phones[index] if index < len(card.phones) else None
            edit.setText(phone.display if phone else "")
            kind = self.phone_kinds[index]
            kind.setCurrentIndex(max(0, kind.findData(phone.kind if phone else "mobile")))
        self.birth_date.set_date(card.birth_date)
        self.notes.setPlainText(card.notes or "")
        self.language.setCurrentIndex(max(0, self.language.findData(card.language)))
        self.consents.load(card.consents)
        self.alerts.load(card.alerts)
        self.alerts.set_state(("", False, ()))
        self.touched.clear()

    def _prefill(self, text: str) -> None:
        """What was typed in the search becomes a phone or a name to start from."""
        text = text.strip()
        if not text:
            return
        if phone_digits_for_search(text):
            self.phone_edits[0].setText(text)
            self.touched.add("phones.0")
        elif "@" in text:
            self.edits["email"].setText(text)
            self.touched.add("email")
        else:
            parts = text.split()
            self.edits["last_name"].setText(parts[-1].title())
            if len(parts) > 1:
                self.edits["first_name"].setText(" ".join(parts[:-1]).title())

    # -- reading the form ---------------------------------------------------------------------

    def client_input(self) -> ClientInput:
        phones = [PhoneInput(edit.text(), PhoneKind(kind.currentData()))
                  for edit, kind in zip(self.phone_edits, self.phone_kinds, strict=True)]
        # Keep empty rows before a filled one, so "phones.1" still names the second row.
        while phones and not phones[-1].number.strip():
            phones.pop()
        return ClientInput(
            first_name=self.edits["first_name"].text(), last_name=self.edits["last_name"].text(),
            address=self.edits["address"].text(), postal_code=self.edits["postal_code"].text(),
            city=self.edits["city"].text(), phones=tuple(phones),
            email=self.edits["email"].text(), birth_date=self.birth_date.date(),
            org_number=self.edits["org_number"].text(), notes=self.notes.toPlainText(),
            language=str(self.language.currentData()),
        )

    def report(self) -> tuple[FieldReport, dict[str, str]]:
        # check_client_form is a pure rule check (no database), cheap on every keystroke.
        report = check_client_form(self.page.ctx, self.client_input())
        extra: dict[str, str] = {}
        if error := self.birth_date.error():
            extra["birth_date"] = error
        return report, extra

    def _state(self) -> dict[str, Any]:
        return {
            "edits": {name: edit.text() for name, edit in self.edits.items()},
            "phones": [(e.text(), k.currentIndex())
                       for e, k in zip(self.phone_edits, self.phone_kinds, strict=True)],
            "birth_date": self.birth_date.text(), "notes": self.notes.toPlainText(),
            "language": self.language.currentIndex(),
            "consents": self.consents.state(), "alerts": self.alerts.state(),
        }

    def _restore(self, state: dict[str, Any]) -> None:
        for name, text in state["edits"].items():
            self.edits[name].setText(text)
        for (text, kind), edit, combo in zip(state["phones"], self.phone_edits,
                                             self.phone_kinds, strict=False):
            edit.setText(text)
            combo.setCurrentIndex(kind)
        self.birth_date.setText(state["birth_date"])
        self.notes.setPlainText(state["notes"])
        self.language.setCurrentIndex(state["language"])
        self.consents.set_state(state["consents"])
        self.alerts.set_state(state["alerts"])

    # -- validation as typed ------------------------------------------------------------------

    def _edited(self, field: str) -> None:
        self.touched.add(field)
        self._validate()
        if self.card is None and field in {"first_name", "last_name", "address", "postal_code",
                                           "email"} | {f"phones.{i}" for i in range(9)}:
            self.duplicates.check_soon(self.page, self.client_input)

    def _validate(self) -> None:
        report, extra = self.report()
        self.form.show_report(report, only=self.touched, extra_errors=extra)
        for index, edit in enumerate(self.phone_edits):
            note = self.form.note_labels[f"phones.{index}"]
            if note.text() == edit.text().strip():
                note.setVisible(False)  # typed exactly as it is shown: nothing to add
        reason = save_blocked_reason(self.form, {**report.errors, **extra}, saving=self.saving,
                                     unchanged=self.card is not None and not self.touched)
        self.buttons.set_ready(not reason, reason)

    # -- duplicates ---------------------------------------------------------------------------

    def reject(self) -> None:
        # Esc, Cancel and the close button ask first when something was typed (UI.md).
        if self.touched and not discard_changes.ask(self):
            return
        super().reject()

    def done(self, result: int) -> None:
        self.duplicates.stop_checking()  # nothing more to check once the form is closed
        super().done(result)

    def open_existing(self, client_id: int) -> None:
        self.page.events.open_client.emit(client_id)
        # The user chose the existing client over this form: no question.
        QDialog.reject(self)

    # -- saving -------------------------------------------------------------------------------

    def save(self, *, anyway: bool = False, then_add_animal: bool = False) -> None:
        if self.saving:
            return
        report, extra = self.report()
        if not report.ok or extra:
            self.touched.update(report.errors, extra)
            self._validate()
            return
        ctx, actor, data = self.page.ctx, self.page.actor, self.client_input()
        self.saving = True
        self.banner.dismiss()
        self._validate()
        if self.card is None:
            consents = self.consents.choices(only_changed=False)
            alert = self.alerts.new_alert()
            alerts = (alert,) if alert else ()
            request_id = self.request_id
            self.page.ops.run(
                lambda: front_desk_saving.register_unless_duplicate(
                    ctx, actor, data, consents=consents, alerts=alerts, anyway=anyway,
                    request_id=request_id),
                success=lambda outcome: self._registered(outcome, then_add_animal),
                failure=self._failed, parent=self)
            return
        client_id, version = self.card.client_id, self.version or 0
        consents = self.consents.choices(only_changed=True)
        new_alert, removed = self.alerts.new_alert(), self.alerts.removed()
        self.page.ops.run(
            lambda: front_desk_saving.save_client_edits(
                ctx, actor, client_id, data, expected_version=version, consents=consents,
                new_alert=new_alert, removed_alerts=removed),
            success=self._saved, failure=self._failed, parent=self)

    def _registered(self, outcome: front_desk_saving.RegisterOutcome,
                    then_add_animal: bool) -> None:
        self.saving = False
        if outcome.saved is None:
            self.duplicates.set_candidates(outcome.duplicates)
            self._validate()
            self.duplicates.save_anyway_button.setFocus()
            return
        self._saved(outcome.saved)
        self.page.events.open_client.emit(outcome.saved.client_id)
        if then_add_animal:
            AnimalFormDialog(self.page, outcome.saved.client_id,
                             parent=self.parentWidget()).open()

    def _saved(self, saved: Any) -> None:
        self.saving = False
        self.saved.emit(saved)
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        self.saving = False
        self._validate()
        show_save_failure(error, form=self.form, touched=self.touched, banner=self.banner,
                          conflict_bar=self.conflict_bar, editing=self.card is not None)
        return True

    # -- after a conflict ---------------------------------------------------------------------

    def reload(self) -> None:
        if self.card is None:
            return
        self._kept = self._state()
        ctx, actor, client_id = self.page.ctx, self.page.actor, self.card.client_id
        self.page.ops.run(lambda: open_client_card(ctx, actor, client_id),
                          success=self._reloaded, failure=self._failed, parent=self)

    def _reloaded(self, card: ClientCard) -> None:
        self.card = card
        self.version = card.version
        self._fill(card)
        self.conflict_bar.show_reloaded()
        self._validate()

    def put_my_changes_back(self) -> None:
        if self._kept is not None:
            self._restore(self._kept)
            self.touched.update(self.form.fields)
        self.conflict_bar.hide()
        self._validate()
