"""One product on the prescription form: the catalogue fills form, strength, packs and the
withdrawal period; the vet writes quantity, dosage, duration and warnings. Each field shows
its own problem underneath; nothing typed is cleared by an error."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from vetdesk.domain import vetreg
from vetdesk.domain.codes import Species
from vetdesk.domain.prescription_rules import (
    PRUDENT_USE_WARNING,
    needs_withdrawal,
    withdrawal_text,
)
from vetdesk.i18n import _
from vetdesk.services.pharmacy.types import DrugInfo, ItemInput
from vetdesk.ui.qt import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    Signal,
)

FIELDS = ("drug", "quantity", "dosage", "duration_days", "withdrawal_period", "warnings",
          "amount")


class ItemRow(QFrame):
    remove_requested = Signal(object)  # self
    changed = Signal()

    def __init__(self, drug: DrugInfo, species: Species, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drug = drug
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("prescriptionItem")
        title = drug.name + (f" ({drug.active_substances})" if drug.active_substances else "")
        self.title = QLabel(f"<b>{_escape(title)}</b>")
        facts = ", ".join(p for p in (drug.form, drug.strength) if p)
        if drug.product_number:
            facts += " · " + self.tr("varenr. {number}").format(number=drug.product_number)
        if drug.antimicrobial:
            facts += " · " + self.tr("antimicrobial: valid 5 days")
        if drug.sample:
            facts += " · " + self.tr("sample data")
        self.facts = QLabel(facts)
        self.facts.setProperty("role", "hint")
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove {name}").format(name=drug.name))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

        self.packs = QSpinBox()
        self.packs.setRange(0, 999)
        self.packs.setValue(1)
        self.packs.setAccessibleName(self.tr("Number of packs"))
        self.pack_size = QComboBox()
        self.pack_size.addItems(list(drug.pack_sizes))
        self.pack_size.setEditable(True)
        self.pack_size.setAccessibleName(self.tr("Pack size"))
        self.dosage = QLineEdit()
        self.dosage.setPlaceholderText(self.tr("How much, how often, how it is given"))
        self.duration = QSpinBox()
        self.duration.setRange(0, 365)
        self.duration.setSpecialValueText(self.tr("not stated"))
        self.duration.setSuffix(self.tr(" days"))
        self.withdrawal = QLineEdit(withdrawal_text(drug.withdrawal_days, species))
        self.withdrawal.setPlaceholderText(
            self.tr("Required for food-producing animals, even 0 days")
            if needs_withdrawal(species) else self.tr("Not a food-producing animal"))
        self.warnings = QLineEdit(_(PRUDENT_USE_WARNING) if drug.antimicrobial else "")
        # Medicine reporting (VetReg) needs the amount in ml or g for food animals and horses.
        self.reportable = vetreg.reportable(species)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("For medicine reporting, e.g. 45"))
        self.amount_unit = QComboBox()
        self.amount_unit.addItems(list(vetreg.UNITS))
        self.errors = {name: _error_label() for name in FIELDS}

        quantity = QHBoxLayout()
        quantity.addWidget(self.packs)
        quantity.addWidget(QLabel("×"))
        quantity.addWidget(self.pack_size, 1)
        form = QFormLayout()
        form.addRow(self.tr("Quantity *"), _with_error(quantity, self.errors["quantity"]))
        form.addRow(self.tr("Dosage *"), _with_error(self.dosage, self.errors["dosage"]))
        form.addRow(self.tr("Duration"), _with_error(self.duration,
                                                     self.errors["duration_days"]))
        withdrawal_label = (self.tr("Withdrawal period *") if needs_withdrawal(species)
                            else self.tr("Withdrawal period"))
        form.addRow(withdrawal_label, _with_error(self.withdrawal,
                                                  self.errors["withdrawal_period"]))
        form.addRow(self.tr("Warnings") + (" *" if drug.antimicrobial else ""),
                    _with_error(self.warnings, self.errors["warnings"]))
        if self.reportable:
            amount = QHBoxLayout()
            amount.addWidget(self.amount, 1)
            amount.addWidget(self.amount_unit)
            form.addRow(self.tr("Amount used"), _with_error(amount, self.errors["amount"]))
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.facts)
        layout.addWidget(self.errors["drug"])
        layout.addLayout(form)
        for signal in (self.dosage.textChanged, self.withdrawal.textChanged,
                       self.warnings.textChanged, self.pack_size.currentTextChanged):
            signal.connect(self.changed)
        self.packs.valueChanged.connect(self.changed)

    def value(self) -> ItemInput:
        return ItemInput(
            drug_id=self.drug.id, packs=self.packs.value(),
            pack_size=self.pack_size.currentText(), dosage=self.dosage.text(),
            duration_days=self.duration.value() or None,
            withdrawal_period=self.withdrawal.text(), warnings=self.warnings.text(),
            amount=typed_decimal(self.amount.text()) if self.reportable else None,
            amount_unit=self.amount_unit.currentText() if self.reportable else "",
        )

    def show_errors(self, problems: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)


def typed_decimal(text: str) -> Decimal | None:
    """"45" or "4,5" as typed; anything else is left for the service to refuse as 0."""
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return Decimal(0)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _error_label() -> QLabel:
    label = QLabel()
    label.setProperty("role", "fieldError")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def _with_error(field: QWidget | QHBoxLayout, error: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    if isinstance(field, QHBoxLayout):
        layout.addLayout(field)
    else:
        layout.addWidget(field)
    layout.addWidget(error)
    return box
