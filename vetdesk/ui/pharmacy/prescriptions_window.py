"""An animal's prescriptions and their state (valid, expired, cancelled), from the chart:
print one to PDF, cancel one, or write a new one (Ctrl+P)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from vetdesk.domain.codes import Species
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission
from vetdesk.services.pharmacy.printing import print_prescription
from vetdesk.services.pharmacy.reading import list_prescriptions
from vetdesk.services.pharmacy.types import PrescriptionState, PrescriptionSummary
from vetdesk.ui.ops import Operations
from vetdesk.ui.pharmacy.cancel_dialog import CancelPrescriptionDialog
from vetdesk.ui.pharmacy.prescription_dialog import PrescriptionDialog
from vetdesk.ui.qt import (
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QPushButton,
    QShortcut,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vetdesk.ui.widgets.animal_records_window import AnimalRecordsWindow, PathChooser
from vetdesk.ui.widgets.empty_state import EmptyState
from vetdesk.ui.widgets.page_parts import list_or_empty


class PrescriptionsWindow(AnimalRecordsWindow[PrescriptionSummary]):
    saved = Signal(str)  # a PDF's path

    def __init__(self, ops: Operations, ctx: ServiceContext, actor: Actor, animal_id: int,
                 animal_name: str, species: Species, *, choose_path: PathChooser,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, ctx, actor, animal_id, animal_name, [
            self.tr("Issued"), self.tr("Products"), self.tr("Prescriber"),
            self.tr("Valid until"), self.tr("State")], choose_path=choose_path, parent=parent)
        self.species = species
        self.can_prescribe = actor.can(Permission.PRESCRIBE)
        self.setWindowTitle(self.tr("Prescriptions for {name}").format(name=animal_name))
        self.resize(760, 420)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = EmptyState(
            self.tr("No prescriptions yet"),
            self.tr("Press Ctrl+P to write one.") if self.can_prescribe
            else self.tr("A veterinarian writes them from the chart."))
        self.stack = list_or_empty(self.empty, self.table)
        self.new_button = QPushButton(self.tr("New prescription (Ctrl+P)"))
        self.new_button.setVisible(self.can_prescribe)
        self.print_button = QPushButton(self.tr("Save as PDF…"))
        self.print_button.setVisible(actor.can(Permission.PRINT_JOURNAL))
        self.cancel_button = QPushButton(self.tr("Cancel prescription…"))
        self.cancel_button.setVisible(self.can_prescribe)
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(self.new_prescription)
        self.print_button.clicked.connect(self.print_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        shortcut = QShortcut(QKeySequence("Ctrl+P"), self)
        shortcut.activated.connect(self.new_prescription)
        self.update_buttons()
        self.load()

    def fetch(self) -> Callable[[], list[PrescriptionSummary]]:
        ctx, actor, animal_id = self.ctx, self.actor, self.animal_id
        return lambda: list_prescriptions(ctx, actor, animal_id)

    def cells(self, item: PrescriptionSummary) -> Sequence[str]:
        zone: ZoneInfo = self.ctx.zone
        states = {PrescriptionState.VALID: self.tr("Valid"),
                  PrescriptionState.EXPIRED: self.tr("Expired"),
                  PrescriptionState.CANCELLED: self.tr("Cancelled")}
        return (
            item.issued_at.astimezone(zone).strftime("%d.%m.%Y %H:%M"),
            ", ".join(item.products), item.prescriber_name,
            item.expires_on.strftime("%d.%m.%Y") if item.expires_on else "—",
            states[item.state] + (f": {item.cancelled_reason}" if item.cancelled_reason
                                  else ""),
        )

    def listed(self, summaries: list[PrescriptionSummary]) -> None:
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.stack.setCurrentWidget(self.table if summaries else self.empty)

    def update_buttons(self) -> None:
        chosen = self.selected()
        self.print_button.setEnabled(chosen is not None)
        self.cancel_button.setEnabled(chosen is not None
                                      and chosen.state is not PrescriptionState.CANCELLED)

    def new_prescription(self) -> None:
        if not self.can_prescribe:
            return
        dialog = PrescriptionDialog(self.ops, self.ctx, self.actor, self.animal_id,
                                    self.animal_name, self.species, parent=self)
        dialog.issued.connect(lambda _summary: self.load())
        self._open(dialog)

    def cancel_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = CancelPrescriptionDialog(self.ops, self.ctx, self.actor, chosen.id,
                                          ", ".join(chosen.products), parent=self)
        dialog.cancelled.connect(self.load)
        self._open(dialog)

    def print_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        suggested = self.tr("prescription-{name}-{date}.pdf").format(
            name=self.animal_name, date=chosen.issued_at.strftime("%Y-%m-%d"))
        path_text = self.choose_path(self, suggested)
        if not path_text:
            return
        path, ctx, actor, pid = Path(path_text), self.ctx, self.actor, chosen.id

        def work() -> Path:
            path.write_bytes(print_prescription(ctx, actor, pid))
            return path

        self.status.setText(self.tr("Making the PDF…"))
        self.ops.run(work, success=self._printed, failure=self._failed, parent=self)

    def _printed(self, path: Path) -> None:
        self.status.setText("")
        self.saved.emit(str(path))

    def _failed(self, error: BaseException) -> bool:
        self.status.setText("")
        if isinstance(error, OSError):
            self.banner.show_message(self.tr("The PDF could not be saved there; choose "
                                             "another folder."))
            return True
        return super()._failed(error)
