"""An animal's referrals and lab requests with their state (sent, accepted, answered): send a
new one, mark one accepted, attach the report or result into the journal, save the letter."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission
from vetdesk.services.referrals.letter import referral_letter
from vetdesk.services.referrals.sending import accept_referral, attach_report, list_referrals
from vetdesk.services.referrals.types import ReferralSummary
from vetdesk.ui.chart.prompts import FileChooser, choose_files
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vetdesk.ui.referrals.referral_dialog import ReferralDialog
from vetdesk.ui.widgets.animal_records_window import AnimalRecordsWindow, PathChooser


class ReferralsWindow(AnimalRecordsWindow[ReferralSummary]):
    saved = Signal(str)  # a PDF's path
    journal_changed = Signal()  # a report was attached as a journal entry

    def __init__(self, ops: Operations, ctx: ServiceContext, actor: Actor, animal_id: int,
                 animal_name: str, *, choose_path: PathChooser,
                 choose_files: FileChooser = choose_files,
                 parent: QWidget | None = None) -> None:
        self.choose_files = choose_files
        super().__init__(ops, ctx, actor, animal_id, animal_name, [
            self.tr("Sent"), self.tr("Recipient"), self.tr("Reason"), self.tr("State")],
            choose_path=choose_path, parent=parent)
        self.setWindowTitle(self.tr("Referrals and lab requests for {name}").format(
            name=animal_name))
        self.resize(760, 380)
        self.empty = QLabel(self.tr("No referrals yet. Use “New referral…” to send one."))
        self.empty.setProperty("role", "hint")
        can_refer = actor.can(Permission.REFER)
        self.new_button = QPushButton(self.tr("New referral…"))
        self.new_button.setVisible(can_refer)
        self.accept_button = QPushButton(self.tr("Mark accepted"))
        self.accept_button.setVisible(can_refer)
        self.report_button = QPushButton(self.tr("Attach report…"))
        self.report_button.setVisible(can_refer and actor.can(Permission.SIGN_JOURNAL))
        self.letter_button = QPushButton(self.tr("Save letter as PDF…"))
        self.letter_button.setVisible(actor.can(Permission.PRINT_JOURNAL))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        for button in (self.accept_button, self.report_button, self.letter_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(self.new_referral)
        self.accept_button.clicked.connect(self.accept_selected)
        self.report_button.clicked.connect(self.attach_selected)
        self.letter_button.clicked.connect(self.save_letter)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.load()

    def fetch(self) -> Callable[[], list[ReferralSummary]]:
        ctx, actor, animal = self.ctx, self.actor, self.animal_id
        return lambda: list_referrals(ctx, actor, animal)

    def cells(self, item: ReferralSummary) -> Sequence[str]:
        zone: ZoneInfo = self.ctx.zone
        states = {"sent": self.tr("Sent"), "accepted": self.tr("Accepted"),
                  "answered": self.tr("Report received"), "draft": self.tr("Draft")}
        return (item.sent_at.astimezone(zone).strftime("%d.%m.%Y") if item.sent_at
                else "—", item.recipient, item.reason, states.get(item.status, item.status))

    def listed(self, summaries: list[ReferralSummary]) -> None:
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty.setVisible(not summaries)

    def update_buttons(self) -> None:
        chosen = self.selected()
        self.accept_button.setEnabled(chosen is not None and chosen.status == "sent")
        self.report_button.setEnabled(chosen is not None and chosen.report_entry_id is None)
        self.letter_button.setEnabled(chosen is not None)

    def new_referral(self) -> None:
        dialog = ReferralDialog(self.ops, self.ctx, self.actor, self.animal_id,
                                self.animal_name, choose_path=self.choose_path,
                                choose_files=self.choose_files, parent=self)
        dialog.sent.connect(lambda _summary: self.load())
        dialog.saved.connect(self.saved)
        dialog.journal_changed.connect(self.journal_changed)
        self._open(dialog)

    def accept_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        ctx, actor = self.ctx, self.actor
        self.ops.run(lambda: accept_referral(ctx, actor, chosen.id),
                     success=lambda _r: self.load(), failure=self._failed, parent=self)

    def attach_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = ReportDialog(self, chosen.recipient)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        text, ctx, actor = dialog.text.toPlainText(), self.ctx, self.actor
        self.ops.run(lambda: attach_report(ctx, actor, chosen.id, text),
                     success=self._attached, failure=self._failed, parent=self)

    def _attached(self, _entry: object) -> None:
        self.journal_changed.emit()
        self.load()

    def save_letter(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        path_text = self.choose_path(self, self.tr("referral-{name}.pdf").format(
            name=self.animal_name))
        if not path_text:
            return
        path, ctx, actor = Path(path_text), self.ctx, self.actor

        def work() -> str:
            path.write_bytes(referral_letter(ctx, actor, chosen.id))
            return str(path)

        self.ops.run(work, success=self.saved.emit, failure=self._failed, parent=self)


class ReportDialog(QDialog):
    """The specialist's report or the lab's result, pasted in; it becomes a signed entry."""

    def __init__(self, parent: QWidget, recipient: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report from {name}").format(name=recipient))
        self.resize(520, 360)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("The report"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save = buttons.addButton(self.tr("Attach to the journal"),
                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setEnabled(False)
        self.text.textChanged.connect(
            lambda: self.save.setEnabled(bool(self.text.toPlainText().strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Paste the report or result; it is signed into the "
                                        "journal in your name.")))
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
