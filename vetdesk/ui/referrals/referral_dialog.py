"""Refer from the chart: recipient, referral or lab request, reason, urgency, clinical summary,
the journal entries and files to enclose (confidential ones unticked until chosen; a file from
disk is stored in the journal when sent), and the owner's consent, which must be ticked.
Sending shares the record with a third party, so the button says so; the letter can then be
saved as PDF."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from vetdesk.db.sqlite_files import read_chosen_file
from vetdesk.domain.codes import ReferralKind, Urgency
from vetdesk.errors import ValidationError
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import TimelinePage, timeline_page
from vetdesk.services.permissions import Actor, Permission, roles_that_may
from vetdesk.services.referrals.attachments import attachable_files
from vetdesk.services.referrals.letter import referral_letter
from vetdesk.services.referrals.parties import list_parties
from vetdesk.services.referrals.sending import send_referral
from vetdesk.services.referrals.types import (
    FileToSend,
    PartyInfo,
    ReferralInput,
    ReferralSummary,
)
from vetdesk.ui.chart.prompts import FileChooser, choose_files
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vetdesk.ui.referrals.files_picker import FilesPicker
from vetdesk.ui.referrals.new_recipient_dialog import NewRecipientDialog
from vetdesk.ui.widgets.error_banner import ErrorBanner, show_refusal
from vetdesk.ui.widgets.form import resize_within_screen

PathChooser = Callable[[QWidget, str], str]
_ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class ReferralDialog(QDialog):
    sent = Signal(object)  # ReferralSummary
    saved = Signal(str)  # the letter's path
    journal_changed = Signal()  # a file from disk was stored in the journal

    def __init__(self, ops: Operations, ctx: ServiceContext, actor: Actor, animal_id: int,
                 animal_name: str, *, choose_path: PathChooser,
                 choose_files: FileChooser = choose_files,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.ctx, self.actor = ops, ctx, actor
        self.animal_id, self.animal_name = animal_id, animal_name
        self.choose_path, self.choose_files = choose_path, choose_files
        self.referral_id = uuid.uuid4()
        self.parties: list[PartyInfo] = []
        self.saving = False
        self.stored_files = False
        self.setWindowTitle(self.tr("Refer {name}").format(name=animal_name))
        resize_within_screen(self, 660, 820)
        self.banner = ErrorBanner()
        self.as_referral = QRadioButton(self.tr("Referral to a specialist"))
        self.as_lab = QRadioButton(self.tr("Lab request"))
        self.as_referral.setChecked(True)
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Recipient"))
        # A missing recipient is added here, without leaving the referral, by whoever may
        # keep the register; anyone else is told whom to ask.
        self.may_add_recipient = actor.can(Permission.MANAGE_RECIPIENTS)
        self.new_recipient_button = QPushButton(self.tr("New recipient…"))
        self.new_recipient_button.setAutoDefault(False)
        self.new_recipient_button.setVisible(self.may_add_recipient)
        self.who_adds = QLabel(self.tr(
            "Recipient missing? Ask a {roles} to add it under Settings → Referral "
            "recipients.").format(roles=roles_that_may(Permission.MANAGE_RECIPIENTS)))
        self.who_adds.setProperty("role", "hint")
        self.who_adds.setWordWrap(True)
        self.who_adds.setVisible(not self.may_add_recipient)
        self.new_recipient: QDialog | None = None
        self.urgency = QComboBox()
        for code, label in ((Urgency.ROUTINE, self.tr("Routine")),
                            (Urgency.SOON, self.tr("Soon (within days)")),
                            (Urgency.URGENT, self.tr("Urgent"))):
            self.urgency.addItem(label, code.value)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.samples = QPlainTextEdit()
        self.samples.setTabChangesFocus(True)
        self.question = QPlainTextEdit()
        self.question.setTabChangesFocus(True)
        for box in (self.reason, self.summary, self.samples, self.question):
            box.setMaximumHeight(64)
        self.entries = QListWidget()
        self.entries.setAccessibleName(self.tr("Journal entries to enclose"))
        # A file from disk is stored in the journal as a signed note: whoever signs adds one.
        self.file_picker = FilesPicker(choose_files,
                                       may_add=actor.can(Permission.SIGN_JOURNAL))
        self.files, self.add_file_button = self.file_picker.list, self.file_picker.add_button
        self.consent = QCheckBox(self.tr("The owner agreed to sharing this with the "
                                         "recipient *"))
        self.errors = {name: self._error() for name in (
            "recipient_id", "reason", "samples", "question", "owner_consented")}
        self.errors["file"] = self.file_picker.error
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(self.tr("Send to the recipient"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setAutoDefault(False)
        self._lay_out()
        self.as_lab.toggled.connect(self._kind_changed)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.new_recipient_button.clicked.connect(self.add_recipient)
        self.consent.toggled.connect(self._consent_toggled)
        self._kind_changed(False)
        ctx_, actor_, animal = ctx, actor, animal_id
        self.ops.run(lambda: list_parties(ctx_, actor_), success=self._parties_arrived,
                     parent=self)
        self.ops.run(lambda: timeline_page(ctx_, actor_, animal, page_size=200),
                     success=self._entries_arrived, parent=self)
        self.ops.run(lambda: attachable_files(ctx_, actor_, animal),
                     success=lambda found: self.file_picker.show_journal_files(found, ctx_.zone),
                     parent=self)

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
        layout.addWidget(field)
        layout.addWidget(self.errors[name])
        return box

    def _lay_out(self) -> None:
        kinds = QHBoxLayout()
        kinds.addWidget(self.as_referral)
        kinds.addWidget(self.as_lab)
        kinds.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), kinds)
        recipient_row = QHBoxLayout()
        recipient_row.addWidget(self._with_error(self.recipient, "recipient_id"), 1)
        recipient_row.addWidget(self.new_recipient_button, 0, Qt.AlignmentFlag.AlignTop)
        recipient_box = QVBoxLayout()
        recipient_box.addLayout(recipient_row)
        recipient_box.addWidget(self.who_adds)
        form.addRow(self.tr("Recipient *"), recipient_box)
        form.addRow(self.tr("Urgency"), self.urgency)
        form.addRow(self.tr("Reason *"), self._with_error(self.reason, "reason"))
        form.addRow(self.tr("Clinical summary"), self.summary)
        self.samples_label = QLabel(self.tr("Samples or images *"))
        self.question_label = QLabel(self.tr("What is asked *"))
        form.addRow(self.samples_label, self._with_error(self.samples, "samples"))
        form.addRow(self.question_label, self._with_error(self.question, "question"))
        self.samples_row = form.rowCount() - 2
        self.form = form
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        hint = QLabel(self.tr("Journal entries to enclose (confidential ones are left out "
                              "unless you tick them):"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.entries, 1)
        layout.addWidget(self.file_picker)
        layout.addWidget(self.consent)
        layout.addWidget(self.errors["owner_consented"])
        layout.addWidget(self.buttons)

    def _kind_changed(self, lab: bool) -> None:
        for widget in (self.samples_label, self.question_label, self.samples, self.question):
            widget.setVisible(lab)
        self._fill_recipients()

    def _parties_arrived(self, parties: list[PartyInfo]) -> None:
        self.parties = parties
        self._fill_recipients()

    def add_recipient(self) -> None:
        """The register's form in a small dialog; the new recipient is selected after."""
        if not self.may_add_recipient:
            return
        dialog = NewRecipientDialog(self.ops, self.ctx, self.actor,
                                    laboratory=self.as_lab.isChecked(), parent=self)
        dialog.added.connect(self._recipient_added)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.new_recipient = dialog
        dialog.open()

    def _recipient_added(self, party: PartyInfo) -> None:
        self.parties = sorted([*self.parties, party], key=lambda p: p.name)
        # A laboratory goes with a lab request, a specialist with a referral.
        if party.is_laboratory != self.as_lab.isChecked():
            (self.as_lab if party.is_laboratory else self.as_referral).setChecked(True)
        self._fill_recipients()
        self.recipient.setCurrentIndex(self.recipient.findData(party.id))
        self.errors["recipient_id"].setVisible(False)

    def _fill_recipients(self) -> None:
        lab = self.as_lab.isChecked()
        self.recipient.clear()
        for party in self.parties:
            if party.is_laboratory == lab:
                label = party.name + (f" ({party.speciality})" if party.speciality else "")
                self.recipient.addItem(label, party.id)

    def _entries_arrived(self, page: TimelinePage) -> None:
        zone: ZoneInfo = self.ctx.zone
        for item in page.items:
            if item.is_draft or item.voided:
                continue
            text = "{when}  {summary}".format(
                when=item.event_time.astimezone(zone).strftime("%d.%m.%Y"),
                summary=item.summary or item.kind.value)
            if item.confidential:
                text += "  " + self.tr("[confidential]")
            row = QListWidgetItem(text)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            row.setData(_ENTRY_ROLE, (item.entry_id, item.confidential))
            self.entries.addItem(row)

    def add_files(self) -> None:
        self.file_picker.add_files()

    def chosen_paths(self) -> list[str]:
        return self.file_picker.chosen_paths()

    def value(self) -> ReferralInput:
        """The form as typed; files from disk are read when it is sent (``submit``)."""
        chosen: list[uuid.UUID] = []
        confidential = False
        for index in range(self.entries.count()):
            row = self.entries.item(index)
            if row.checkState() == Qt.CheckState.Checked:
                entry_id, secret = row.data(_ENTRY_ROLE)
                chosen.append(entry_id)
                confidential = confidential or secret
        attachments, secret_file = self.file_picker.chosen_journal_files()
        confidential = confidential or secret_file
        lab = self.as_lab.isChecked()
        return ReferralInput(
            id=self.referral_id, animal_id=self.animal_id,
            recipient_id=self.recipient.currentData() or 0,
            kind=ReferralKind.LAB if lab else ReferralKind.REFERRAL,
            reason=self.reason.toPlainText(), owner_consented=self.consent.isChecked(),
            urgency=Urgency(self.urgency.currentData()),
            clinical_summary=self.summary.toPlainText(), entry_ids=tuple(chosen),
            # A confidential entry goes only because the vet ticked it.
            include_confidential=confidential,
            samples=self.samples.toPlainText() if lab else "",
            question=self.question.toPlainText() if lab else "",
            attachment_ids=attachments)

    def submit(self) -> None:
        if self.saving:
            return
        form, ctx, actor = self.value(), self.ctx, self.actor
        paths = self.chosen_paths()
        unreadable = self.tr("“{name}” cannot be read any more; choose it again.")
        self.saving = True
        self.stored_files = bool(paths)
        self.send_button.setEnabled(False)

        database = ctx.db.target.sqlite_file

        def work() -> ReferralSummary:
            return send_referral(ctx, actor, dataclasses.replace(
                form, files=tuple(_read(path, unreadable, database) for path in paths)))

        self.ops.run(work, success=self._done, failure=self._failed, parent=self)

    def _done(self, summary: ReferralSummary) -> None:
        self.saving = False
        self.sent.emit(summary)
        if self.stored_files:
            self.journal_changed.emit()
        path_text = self.choose_path(self, self.tr("referral-{name}.pdf").format(
            name=self.animal_name))
        if path_text:
            path, ctx, actor = Path(path_text), self.ctx, self.actor

            def work() -> str:
                path.write_bytes(referral_letter(ctx, actor, summary.id))
                return str(path)

            def written(saved_path: str) -> None:
                self.saved.emit(saved_path)
                self.accept()

            def not_written(_error: BaseException) -> bool:
                self.accept()
                return False  # the main window's banner says why

            # The dialog closes (and is deleted) once the letter is written: its ``saved``
            # signal needs it alive, so it does not close before.
            self.ops.run(work, success=written, failure=not_written, parent=self)
            return
        self.accept()

    def _consent_toggled(self, agreed: bool) -> None:
        # The sentence asking for the consent goes once the box is ticked.
        label = self.errors["owner_consented"]
        if agreed and not label.isHidden():
            if self.banner.isVisible() and self.banner.message_label.text() == label.text():
                self.banner.dismiss()
            label.clear()
            label.setVisible(False)

    def _failed(self, error: BaseException) -> bool:
        self.saving = False
        self.send_button.setEnabled(True)
        # Send was disabled while it worked, which passed the focus on to Cancel: Enter then
        # closed the form and lost what was written. Back on Send, Enter tries again.
        self.send_button.setFocus()
        return show_refusal(self.banner, error, self._show_field_errors)

    def _show_field_errors(self, problems: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)


def _read(path: str, unreadable: str, database: Path | None) -> FileToSend:
    """A picked file's bytes, read off the GUI thread when the referral is sent."""
    try:
        return FileToSend(Path(path).name, read_chosen_file(Path(path), database))
    except OSError:
        message = unreadable.format(name=Path(path).name)
        raise ValidationError(message, {"file": message}) from None
