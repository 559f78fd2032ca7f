"""An animal's medicine given without a prescription, from the chart's *Medicine given…*:
when, what, how much, by whom and whether voided; a vet records a new one or voids a wrong
one (issue 12)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from vetdesk.domain.codes import Species
from vetdesk.services.context import ServiceContext
from vetdesk.services.local_time import shown_moment
from vetdesk.services.permissions import Actor, Permission
from vetdesk.services.pharmacy.giving import list_given
from vetdesk.services.pharmacy.types import GivenSummary
from vetdesk.ui.ops import Operations
from vetdesk.ui.pharmacy.given_dialog import MedicineGivenDialog
from vetdesk.ui.pharmacy.void_given_dialog import VoidGivenDialog
from vetdesk.ui.qt import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vetdesk.ui.widgets.animal_records_window import AnimalRecordsWindow, PathChooser
from vetdesk.ui.widgets.empty_state import EmptyState


class MedicineGivenWindow(AnimalRecordsWindow[GivenSummary]):
    journal_changed = Signal()  # a record (and its journal note) was written or voided

    def __init__(self, ops: Operations, ctx: ServiceContext, actor: Actor, animal_id: int,
                 animal_name: str, species: Species, *, choose_path: PathChooser,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, ctx, actor, animal_id, animal_name, [
            self.tr("Given"), self.tr("Medicine"), self.tr("Amount"), self.tr("Given by"),
            self.tr("State")], choose_path=choose_path, parent=parent)
        self.species = species
        self.can_give = actor.can(Permission.GIVE_MEDICINE)
        self.setWindowTitle(self.tr("Medicine given to {name}").format(name=animal_name))
        self.resize(760, 400)
        self.empty = EmptyState(
            self.tr("No medicine given is recorded"),
            self.tr("Record an injection or other medicine you gave without a prescription.")
            if self.can_give else self.tr("A veterinarian records it from the chart."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        self.new_button = QPushButton(self.tr("Record medicine given…"))
        self.new_button.setVisible(self.can_give)
        self.void_button = QPushButton(self.tr("Void…"))
        self.void_button.setVisible(self.can_give)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(self.record_new)
        self.void_button.clicked.connect(self.void_selected)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.update_buttons()
        self.load()

    def fetch(self) -> Callable[[], list[GivenSummary]]:
        ctx, actor, animal_id = self.ctx, self.actor, self.animal_id
        return lambda: list_given(ctx, actor, animal_id)

    def cells(self, item: GivenSummary) -> Sequence[str]:
        amount = format(item.amount.normalize(), "f").replace(".", ",")
        state = (self.tr("Void: {reason}").format(reason=item.voided_reason)
                 if item.voided_reason else self.tr("Recorded"))
        return (shown_moment(item.given_at, self.ctx.zone), item.product_name,
                f"{amount} {item.amount_unit}", item.given_by_name, state)

    def listed(self, summaries: list[GivenSummary]) -> None:
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.stack.setCurrentWidget(self.table if summaries else self.empty)

    def update_buttons(self) -> None:
        chosen = self.selected()
        self.void_button.setEnabled(chosen is not None and chosen.voided_reason is None)

    def record_new(self) -> None:
        if not self.can_give:
            return
        dialog = MedicineGivenDialog(self.ops, self.ctx, self.actor, self.animal_id,
                                     self.animal_name, self.species, parent=self)
        dialog.recorded.connect(self._changed)
        self._open(dialog)

    def void_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not self.can_give:
            return
        dialog = VoidGivenDialog(self.ops, self.ctx, self.actor, chosen.id,
                                 chosen.product_name, parent=self)
        dialog.voided.connect(self._changed)
        self._open(dialog)

    def _changed(self, *_args: object) -> None:
        self.load()
        self.journal_changed.emit()
