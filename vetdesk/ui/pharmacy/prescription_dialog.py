"""Write a prescription from the chart (Ctrl+P): search the catalogue, add products, fill in
quantity and dosage, and issue (Ctrl+Enter). The form makes the prescription's id when it
opens, so a retry after a lost connection finds the first attempt. Problems appear under the
field they concern and the issue button says why it is disabled; nothing typed is lost."""

from __future__ import annotations

import uuid

from vetdesk.domain import vetreg
from vetdesk.domain.codes import Species
from vetdesk.i18n import _
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy.issuing import issue_prescription, prescriber_status
from vetdesk.services.pharmacy.types import (
    DrugInfo,
    PrescriberStatus,
    PrescriptionInput,
    PrescriptionSummary,
)
from vetdesk.ui.ops import Operations
from vetdesk.ui.pharmacy.drug_search import DrugSearch
from vetdesk.ui.pharmacy.item_row import ItemRow
from vetdesk.ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QShortcut,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vetdesk.ui.widgets.error_banner import ErrorBanner, show_refusal
from vetdesk.ui.widgets.form import resize_within_screen


class PrescriptionDialog(QDialog):
    issued = Signal(object)  # PrescriptionSummary

    def __init__(self, ops: Operations, ctx: ServiceContext, actor: Actor, animal_id: int,
                 animal_name: str, species: Species, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.ctx, self.actor = ops, ctx, actor
        self.animal_id, self.species = animal_id, species
        self.prescription_id = uuid.uuid4()
        self.status: PrescriberStatus | None = None
        self.saving = False
        self.rows: list[ItemRow] = []
        self.setWindowTitle(self.tr("New prescription for {name}").format(name=animal_name))
        resize_within_screen(self, 720, 760)
        self._build()
        self._lay_out()
        self._connect()
        self.update_state()
        self.ops.run(lambda: prescriber_status(ctx, actor), success=self._status_arrived,
                     parent=self)
        self.search.setFocus()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = ErrorBanner()
        self.prescriber = QLabel()
        self.prescriber.setWordWrap(True)
        self.catalogue = DrugSearch(self.ops, self.ctx, self.actor, self)
        self.search, self.results = self.catalogue.field, self.catalogue.results
        self.items_box = QWidget()
        self.items_layout = QVBoxLayout(self.items_box)
        self.items_layout.setContentsMargins(0, 0, 0, 0)
        self.no_items = QLabel(self.tr("No products yet: search above and press Enter to add "
                                       "one."))
        self.no_items.setProperty("role", "hint")
        self.items_layout.addWidget(self.no_items)
        self.items_layout.addStretch(1)
        self.items_error = QLabel()
        self.items_error.setProperty("role", "fieldError")
        self.items_error.setVisible(False)
        self.items_scroll = QScrollArea()
        self.items_scroll.setWidgetResizable(True)
        self.items_scroll.setWidget(self.items_box)
        self.valid_days = QSpinBox()
        self.valid_days.setRange(1, 365)
        self.valid_days.setValue(365)
        self.valid_days.setSuffix(self.tr(" days"))
        self.validity_note = QLabel()
        self.validity_note.setProperty("role", "hint")
        self.cascade = QCheckBox(self.tr("Prescribed under the cascade (art. 112–114)"))
        self.cascade_text = QPlainTextEdit()
        self.cascade_text.setTabChangesFocus(True)
        self.cascade_text.setMaximumHeight(54)
        self.cascade_text.setEnabled(False)
        self.art107 = QLineEdit()
        self.art107.setPlaceholderText(self.tr("Only when prescribed under art. 107(3) or (4)"))
        self.notes = QLineEdit()
        # Medicine reporting (VetReg): only for food-producing animals and horses.
        self.reportable = vetreg.reportable(self.species)
        self.category = QComboBox()
        self.category.addItem(self.tr("not stated"), "")
        for code in vetreg.CATEGORIES.get(self.species, ()):
            self.category.addItem(_(vetreg.CATEGORY_NAMES[code]), code)
        self.producer = QLineEdit()
        self.producer.setMaxLength(20)
        self.given_by = QComboBox()
        self.given_by.addItem(self.tr("not stated"), "")
        self.given_by.addItem(self.tr("the veterinarian"), "vet")
        self.given_by.addItem(self.tr("the keeper"), "keeper")
        self.why_disabled = QLabel()
        self.why_disabled.setProperty("role", "hint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.issue_button = self.buttons.addButton(self.tr("Issue (Ctrl+Enter)"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.issue_button.setAutoDefault(False)

    def _lay_out(self) -> None:
        statements = QFormLayout()
        statements.addRow(self.tr("Valid for"), self.valid_days)
        statements.addRow("", self.validity_note)
        statements.addRow(self.cascade)
        statements.addRow(self.tr("Cascade statement"), self.cascade_text)
        statements.addRow(self.tr("Art. 107(3)/(4)"), self.art107)
        statements.addRow(self.tr("Notes"), self.notes)
        if self.reportable:
            statements.addRow(self.tr("Production category"), self.category)
            statements.addRow(self.tr("Producer number"), self.producer)
            statements.addRow(self.tr("Medicine given by"), self.given_by)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.prescriber)
        layout.addWidget(QLabel(self.tr("Add a product")))
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.items_error)
        layout.addWidget(self.items_scroll, 1)
        layout.addLayout(statements)
        layout.addWidget(self.why_disabled)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.catalogue.picked.connect(self._add_item)
        self.cascade.toggled.connect(self._cascade_toggled)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.submit)

    # -- the products ----------------------------------------------------------------------

    def _add_item(self, drug: DrugInfo) -> None:
        row = ItemRow(drug, self.species)
        row.remove_requested.connect(self._remove_row)
        row.changed.connect(self.update_state)
        self.rows.append(row)
        self.items_layout.insertWidget(len(self.rows) - 1, row)
        self.no_items.setVisible(False)
        row.dosage.setFocus()
        self.update_state()

    def _remove_row(self, row: ItemRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        self.no_items.setVisible(not self.rows)
        self.update_state()

    def _cascade_toggled(self, on: bool) -> None:
        self.cascade_text.setEnabled(on)
        if on and not self.cascade_text.toPlainText().strip():
            self.cascade_text.setPlainText(self.tr(
                "No authorised product for this species and indication; prescribed under the "
                "cascade (Regulation (EU) 2019/6 art. 113)."))

    # -- state and issuing ---------------------------------------------------------------------

    def _status_arrived(self, status: PrescriberStatus) -> None:
        self.status = status
        hpr = (self.tr("HPR no. {number}").format(number=status.hpr_number)
               if status.hpr_number else self.tr("no HPR number in your profile"))
        self.prescriber.setText(self.tr("Prescriber: {name}, {hpr}").format(
            name=status.name, hpr=hpr))
        if status.reason:
            self.banner.show_message(status.reason)
        self.update_state()

    def update_state(self) -> None:
        antimicrobial = any(row.drug.antimicrobial for row in self.rows)
        self.valid_days.setEnabled(not antimicrobial)
        self.validity_note.setText(
            self.tr("An antimicrobial is on it: valid 5 days from today, whatever is set.")
            if antimicrobial else self.tr("At most one year."))
        why = ""
        if self.status is not None and not self.status.can_issue:
            why = self.status.reason or ""
        elif not self.rows:
            why = self.tr("Add at least one product to issue.")
        self.why_disabled.setText(why)
        self.issue_button.setToolTip(why)
        self.issue_button.setEnabled(not why and not self.saving and self.status is not None)

    def value(self) -> PrescriptionInput:
        antimicrobial = any(row.drug.antimicrobial for row in self.rows)
        return PrescriptionInput(
            id=self.prescription_id, animal_id=self.animal_id,
            items=tuple(row.value() for row in self.rows),
            cascade_statement=self.cascade_text.toPlainText() if self.cascade.isChecked()
            else "",
            art107_statement=self.art107.text(),
            valid_days=None if antimicrobial or self.valid_days.value() >= 365
            else self.valid_days.value(),
            notes=self.notes.text(),
            production_category=self.category.currentData() if self.reportable else "",
            producer_number=self.producer.text() if self.reportable else "",
            administered_by=self.given_by.currentData() if self.reportable else "",
        )

    def submit(self) -> None:
        if self.saving or not self.issue_button.isEnabled():
            return
        form, ctx, actor = self.value(), self.ctx, self.actor
        self.saving = True
        self.update_state()
        self.ops.run(lambda: issue_prescription(ctx, actor, form), success=self._done,
                     failure=self._failed, parent=self)

    def _done(self, summary: PrescriptionSummary) -> None:
        self.saving = False
        self.issued.emit(summary)
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        self.saving = False
        self.update_state()
        return show_refusal(self.banner, error, self.show_problems)

    def show_problems(self, problems: dict[str, str]) -> None:
        for index, row in enumerate(self.rows):
            prefix = f"items.{index}."
            row.show_errors({k[len(prefix):]: v for k, v in problems.items()
                             if k.startswith(prefix)})
        self.items_error.setText(problems.get("items", ""))
        self.items_error.setVisible("items" in problems)
