"""Correct a signed entry: the text editable, a mandatory reason, who asked (UI.md: a dialog
for a short, focused task). Saving adds a version; nothing typed is lost if it is refused."""

from __future__ import annotations

import datetime as dt

from vetdesk.domain.codes import Requester, Species
from vetdesk.domain.event_time import check_help_requested_at
from vetdesk.services import journal
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import Correction, ImplausibleValues, NewVersion, TimelineItem
from vetdesk.services.permissions import Actor
from vetdesk.ui.chart.editor_fields import ContentFields, MeasurementField, measurement_messages
from vetdesk.ui.chart.formatting import date_time_text, kind_label
from vetdesk.ui.chart.prompts import Confirm, confirm_warnings
from vetdesk.ui.chart.request_time import RequestTimeField, clock_problem
from vetdesk.ui.help import install_help_key
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QShortcut,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vetdesk.ui.widgets import discard_changes
from vetdesk.ui.widgets.error_banner import ErrorBanner, show_refusal


class CorrectDialog(QDialog):
    help_topic = "correct_dialog"  # F1 (vetdesk.ui.help)

    corrected = Signal(object)  # NewVersion

    def __init__(
        self, ops: Operations, ctx: ServiceContext, actor: Actor, item: TimelineItem, *,
        species: Species, is_group: bool, confirm: Confirm = confirm_warnings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        install_help_key(self, actor)
        self.ops, self.ctx, self.actor, self.item = ops, ctx, actor, item
        self.species, self.is_group, self.confirm = species, is_group, confirm
        self.result_version: NewVersion | None = None
        self.saving = False
        self.setWindowTitle(self.tr("Correct entry"))
        self.resize(620, 620)
        intro = QLabel(self.tr(
            "{kind} of {when} by {author}. The signed text stays readable in the history; "
            "your correction becomes the current version."
        ).format(kind=kind_label(item.kind), when=date_time_text(item.event_time, ctx.zone),
                 author=item.author_name))
        intro.setWordWrap(True)
        self.banner = ErrorBanner()
        self.fields = ContentFields(item.kind, dict(item.content))
        self.weight = MeasurementField(self.tr("kg"), self.tr("Weight in kilograms"))
        self.weight.set_value(item.weight_kg, 3)
        self.temperature = MeasurementField(self.tr("°C"), self.tr("Temperature in °C"))
        self.temperature.set_value(item.temperature_c, 1)
        # The owner may have rung earlier than the entry says: correctable like the text.
        self.help_requested = RequestTimeField(ctx.zone)
        self.help_requested.set_times(item.event_time, item.help_requested_at)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("correctionReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(70)
        self.reason.setPlaceholderText(self.tr("For example: wrong side, right hind leg"))
        self.reason_error = QLabel()
        self.reason_error.setProperty("role", "fieldError")
        self.by_clinic = QRadioButton(self.tr("The clinic"))
        self.by_owner = QRadioButton(self.tr("The owner"))
        self.by_clinic.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_clinic)
        group.addButton(self.by_owner)
        who = QHBoxLayout()
        who.addWidget(self.by_clinic)
        who.addWidget(self.by_owner)
        who.addStretch(1)
        extra = QFormLayout()
        extra.addRow(self.tr("Help asked for"), self.help_requested)
        extra.addRow(self.tr("Weight"), self.weight)
        extra.addRow(self.tr("Temperature"), self.temperature)
        extra.addRow(self.tr("Reason *"), self.reason)
        extra.addRow("", self.reason_error)
        extra.addRow(self.tr("Asked for by"), who)
        self.why_disabled = QLabel()
        self.why_disabled.setProperty("role", "hint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("Save correction"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setProperty("primary", True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.fields, 1)
        layout.addLayout(extra)
        layout.addWidget(self.why_disabled)
        layout.addWidget(self.buttons)
        self._reason_touched = False
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # UI.md: Ctrl+Enter saves
            QShortcut(QKeySequence(keys), self).activated.connect(lambda: self.submit())
        self.fields.changed.connect(self.update_state)
        self.weight.changed.connect(self.update_state)
        self.temperature.changed.connect(self.update_state)
        self.help_requested.changed.connect(self.update_state)
        self.reason.textChanged.connect(self._reason_changed)
        self.update_state()

    def _reason_changed(self) -> None:
        self._reason_touched = True
        self.update_state()

    def problems(self) -> dict[str, str]:
        found = dict(self.fields.problems())
        for name, (level, text) in measurement_messages(
                self.species, self.is_group, self.weight, self.temperature).items():
            if level == "error":
                found[name] = text
        # The domain's rules and sentences, as correct_entry will check them.
        if skipped := clock_problem(self.help_requested.edit, self.ctx.zone):
            found["help_requested_at"] = skipped
        elif error := check_help_requested_at(self.help_time(), self.item.event_time):
            found["help_requested_at"] = error
        if not self.reason.toPlainText().strip():
            found["reason"] = self.tr("Give the reason for the correction; it is kept with "
                                      "the entry.")
        return found

    def changed_anything(self) -> bool:
        before = {k: v for k, v in self.item.content.items() if v.strip()}
        after = {k: v for k, v in self.fields.values().items() if v.strip()}
        return (before != after or self.weight.value() != self.item.weight_kg
                or self.temperature.value() != self.item.temperature_c
                or self.help_time() != self.item.help_requested_at)

    def help_time(self) -> dt.datetime:
        """The time help was asked for as corrected; the stored one while the field shows it
        (the field holds whole minutes, a stored time may have seconds)."""
        shown = self.help_requested.moment()
        stored = self.item.help_requested_at
        return stored if shown == stored.replace(second=0, microsecond=0) else shown

    def reject(self) -> None:
        # Esc, Cancel and the close button ask first when something was typed (UI.md).
        typed = self.changed_anything() or bool(self.reason.toPlainText().strip())
        if typed and not discard_changes.ask(self):
            return
        super().reject()

    def update_state(self) -> None:
        problems = self.problems()
        self.fields.show_errors(problems)
        for name, field in (("weight_kg", self.weight), ("temperature_c", self.temperature)):
            level, text = measurement_messages(
                self.species, self.is_group, self.weight, self.temperature).get(name, ("", ""))
            field.show_message(level, text)
        self.help_requested.show_error(problems.get("help_requested_at", ""))
        shown_reason = problems.get("reason", "") if self._reason_touched else ""
        self.reason_error.setText(shown_reason)
        self.reason_error.setVisible(bool(shown_reason))
        why = ""
        if not self.changed_anything():
            why = self.tr("Change the text to correct it.")
        elif problems:
            why = self.tr("To save: {what}").format(what=" ".join(dict.fromkeys(
                problems.values())))
        self.why_disabled.setText(why)
        self.save_button.setEnabled(not why and not self.saving)
        self.save_button.setToolTip(why)

    def submit(self, *, accept_warnings: bool = False) -> None:
        """Refused here (keeping every word typed) until the reason is given."""
        self._reason_touched = True
        self.update_state()
        if self.problems() or not self.changed_anything() or self.saving:
            self.reason.setFocus()
            return
        correction = Correction(
            entry_id=self.item.entry_id, expected_version_no=self.item.version_no,
            event_time=self.item.event_time, content=self.fields.values(),
            reason=self.reason.toPlainText().strip(),
            requested_by=Requester.OWNER if self.by_owner.isChecked() else Requester.CLINIC,
            weight_kg=self.weight.value(), temperature_c=self.temperature.value(),
            confidential=self.item.confidential,
            help_requested_at=self.help_time(),
        )
        ctx, actor = self.ctx, self.actor
        self.saving = True
        self.update_state()
        self.ops.run(
            lambda: journal.correct_entry(ctx, actor, correction,
                                          accept_warnings=accept_warnings),
            success=self._saved, failure=self._failed, parent=self,
        )

    def _saved(self, version: NewVersion) -> None:
        self.saving = False
        self.result_version = version
        self.corrected.emit(version)
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        self.saving = False
        self.update_state()
        if isinstance(error, ImplausibleValues):
            if self.confirm(self, error.message):
                self.submit(accept_warnings=True)
            return True
        return show_refusal(self.banner, error, self.fields.show_errors)

