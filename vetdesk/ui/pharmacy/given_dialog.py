"""Record medicine a vet gave without a prescription (an injection in the clinic or on a farm
visit), from the chart: the product from the catalogue, the amount in ml or g, when, the
withdrawal period and, for food-producing animals and horses, what VetReg needs. Recording
writes the journal note too; the record then waits on the VetReg worklist.

The form makes the record's id when it opens, so a retry finds the first attempt. Problems
appear under the field they concern; nothing typed is lost (UI.md)."""

from __future__ import annotations

import uuid

from vetdesk.domain import vetreg
from vetdesk.domain.codes import Species
from vetdesk.domain.prescription_rules import needs_withdrawal, withdrawal_text
from vetdesk.i18n import _
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy.giving import record_given
from vetdesk.services.pharmacy.types import DrugInfo, GivenInput, GivenSummary
from vetdesk.ui.chart.request_time import clock_edit, show_moment, wall_clock_of
from vetdesk.ui.labels import role_label
from vetdesk.ui.ops import Operations
from vetdesk.ui.pharmacy.drug_search import DrugSearch
from vetdesk.ui.pharmacy.item_row import typed_decimal
from vetdesk.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QShortcut,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vetdesk.ui.widgets.error_banner import ErrorBanner, show_refusal
from vetdesk.ui.widgets.form import ValidatedForm


class MedicineGivenDialog(QDialog):
    recorded = Signal(object)  # GivenSummary

    def __init__(self, ops: Operations, ctx: ServiceContext, actor: Actor, animal_id: int,
                 animal_name: str, species: Species, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.ctx, self.actor = ops, ctx, actor
        self.animal_id, self.species = animal_id, species
        self.record_id = uuid.uuid4()
        self.drug: DrugInfo | None = None
        self.saving = False
        self.reportable = vetreg.reportable(species)
        self.setWindowTitle(self.tr("Medicine given to {name}").format(name=animal_name))
        self.resize(640, 520)
        self._build()
        self._lay_out()
        self._connect()
        self.update_state()
        self.catalogue.field.setFocus()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = ErrorBanner()
        self.giver = QLabel(self.tr("Given by: {name} ({role})").format(
            name=self.actor.full_name, role=role_label(self.actor.role).lower()))
        self.hint = QLabel(
            self.tr("Medicine given without a prescription, such as an injection in the clinic "
                    "or on a farm visit. It is written in the journal and, for food-producing "
                    "animals and horses, put on the VetReg list.") if self.reportable else
            self.tr("Medicine given without a prescription, such as an injection in the clinic. "
                    "It is written in the journal."))
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.catalogue = DrugSearch(self.ops, self.ctx, self.actor, self)
        self.product = QLabel(self.tr("No product chosen: search above and press Enter."))
        self.product.setObjectName("givenProduct")
        self.product.setWordWrap(True)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 45"))
        self.amount.setAccessibleName(self.tr("Amount given"))
        self.amount_unit = QComboBox()
        self.amount_unit.addItems(list(vetreg.UNITS))
        self.amount_unit.setAccessibleName(self.tr("Unit"))
        self.given_at = clock_edit()
        show_moment(self.given_at, self.ctx.clock.now(), self.ctx.zone)
        self.withdrawal = QLineEdit()
        self.withdrawal.setPlaceholderText(
            self.tr("Required for food-producing animals, even 0 days")
            if needs_withdrawal(self.species) else self.tr("Not a food-producing animal"))
        self.category = QComboBox()
        self.category.addItem(self.tr("not stated"), "")
        for code in vetreg.CATEGORIES.get(self.species, ()):
            self.category.addItem(_(vetreg.CATEGORY_NAMES[code]), code)
        self.producer = QLineEdit()
        self.producer.setMaxLength(20)
        self.notes = QLineEdit()
        self.why_disabled = QLabel()
        self.why_disabled.setProperty("role", "hint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = self.buttons.addButton(self.tr("Record (Ctrl+Enter)"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.setAutoDefault(False)

    def _lay_out(self) -> None:
        product = QWidget()
        column = QVBoxLayout(product)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.catalogue.field)
        column.addWidget(self.catalogue.results)
        column.addWidget(self.product)
        amount = QWidget()
        row = QHBoxLayout(amount)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.amount, 1)
        row.addWidget(self.amount_unit)
        self.form = ValidatedForm()
        self.form.add_field("drug", self.tr("Product *"), product)
        self.form.add_field("amount", self.tr("Amount *"), amount)
        self.form.add_field("given_at", self.tr("Given at *"), self.given_at)
        self.form.add_field("withdrawal_period", self.tr("Withdrawal period *")
                            if needs_withdrawal(self.species) else self.tr("Withdrawal period"),
                            self.withdrawal)
        if self.reportable:
            self.form.add_field("production_category", self.tr("Production category"),
                                self.category)
            self.form.add_field("producer_number", self.tr("Producer number"), self.producer)
        self.form.add_field("notes", self.tr("Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.giver)
        layout.addWidget(self.hint)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(self.why_disabled)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.catalogue.picked.connect(self._picked)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.submit)

    # -- state and recording -------------------------------------------------------------------

    def _picked(self, drug: DrugInfo) -> None:
        self.drug = drug
        title = drug.name + (f" ({drug.active_substances})" if drug.active_substances else "")
        facts = ", ".join(p for p in (drug.form, drug.strength) if p)
        if drug.product_number:
            facts += " · " + self.tr("varenr. {number}").format(number=drug.product_number)
        if drug.sample:
            facts += " · " + self.tr("sample data")
        self.product.setText(f"<b>{_escape(title)}</b><br>{_escape(facts)}")
        # The catalogue's withdrawal period for this species, for the vet to check; a period
        # already typed is kept.
        if not self.withdrawal.text().strip():
            self.withdrawal.setText(withdrawal_text(drug.withdrawal_days, self.species))
        self.amount.setFocus()
        self.update_state()

    def update_state(self) -> None:
        why = "" if self.drug is not None else self.tr("Choose a product to record.")
        self.why_disabled.setText(why)
        self.record_button.setToolTip(why)
        self.record_button.setEnabled(not why and not self.saving)

    def value(self) -> GivenInput:
        return GivenInput(
            id=self.record_id, animal_id=self.animal_id,
            drug_id=self.drug.id if self.drug else None,
            amount=typed_decimal(self.amount.text()),
            amount_unit=self.amount_unit.currentText(),
            given_at=wall_clock_of(self.given_at),
            withdrawal_period=self.withdrawal.text(),
            production_category=self.category.currentData() if self.reportable else "",
            producer_number=self.producer.text() if self.reportable else "",
            notes=self.notes.text(),
        )

    def submit(self) -> None:
        if self.saving or not self.record_button.isEnabled():
            return
        form, ctx, actor = self.value(), self.ctx, self.actor
        self.saving = True
        self.update_state()
        self.ops.run(lambda: record_given(ctx, actor, form), success=self._done,
                     failure=self._failed, parent=self)

    def _done(self, summary: GivenSummary) -> None:
        self.saving = False
        self.recorded.emit(summary)
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        self.saving = False
        self.update_state()
        return show_refusal(self.banner, error, self.show_problems)

    def show_problems(self, problems: dict[str, str]) -> None:
        self.form.show_errors(problems)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
