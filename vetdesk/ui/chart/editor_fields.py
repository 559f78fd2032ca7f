"""The typed parts of an entry: kind-specific fields, and weight and temperature with their
plausibility message beside them. No saving here; :mod:`editor` does that."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from vetdesk.domain.codes import JournalKind, Species
from vetdesk.services.journal import FieldSpec, fields_of
from vetdesk.services.journal.plausibility import check_measurements
from vetdesk.ui.chart.colours import chart_colours
from vetdesk.ui.chart.formatting import (
    choice_label,
    decimal_text,
    field_label,
    parse_decimal,
    tr,
)
from vetdesk.ui.qt import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
    Signal,
)
from vetdesk.ui.widgets.form import ValidatedForm


def iso_date(text: str) -> str | None:
    """"24.12.2026" (or ISO) → "2026-12-24"; None when it is not a date."""
    cleaned = text.strip()
    for pattern in ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y"):
        try:
            return dt.datetime.strptime(cleaned, pattern).date().isoformat()
        except ValueError:
            continue
    return None


def shown_date(stored: str) -> str:
    try:
        return dt.date.fromisoformat(stored).strftime("%d.%m.%Y")
    except ValueError:
        return stored


class ContentFields(ValidatedForm):
    """One kind's fields; ``changed`` fires on every keystroke."""

    changed = Signal()

    def __init__(self, kind: JournalKind, values: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.specs: tuple[FieldSpec, ...] = fields_of(kind)
        for spec in self.specs:
            label = field_label(kind, spec.name) + (" *" if spec.required else "")
            widget = self._widget_for(spec, values.get(spec.name, ""))
            widget.setObjectName(f"field_{spec.name}")
            widget.setAccessibleName(field_label(kind, spec.name))
            hint = self.tr("dd.mm.yyyy") if spec.is_date else ""
            self.add_field(spec.name, label, widget, hint)

    def _widget_for(self, spec: FieldSpec, value: str) -> QWidget:
        if spec.choices:
            box = QComboBox()
            box.addItem("", "")
            for choice in spec.choices:
                box.addItem(choice_label(choice), choice)
            box.setCurrentIndex(max(0, box.findData(value)))
            box.currentIndexChanged.connect(lambda _i: self.changed.emit())
            return box
        if spec.multiline:
            edit = QPlainTextEdit(value)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(54)
            edit.setMaximumHeight(110)
            edit.textChanged.connect(self.changed)
            return edit
        line = QLineEdit(shown_date(value) if spec.is_date else value)
        line.setMaxLength(spec.max_length)
        line.textChanged.connect(lambda _t: self.changed.emit())
        return line

    def values(self) -> dict[str, str]:
        """The content as stored: dates as ISO text when they parse, else as typed."""
        result: dict[str, str] = {}
        for spec in self.specs:
            widget = self.fields[spec.name]
            if isinstance(widget, QComboBox):
                text = str(widget.currentData() or "")
            elif isinstance(widget, QPlainTextEdit):
                text = widget.toPlainText()
            else:
                assert isinstance(widget, QLineEdit)
                text = widget.text()
                if spec.is_date and text.strip():
                    text = iso_date(text) or text
            result[spec.name] = text
        return result

    def problems(self) -> dict[str, str]:
        """What stops signing, by field (checked here as the vet types)."""
        found: dict[str, str] = {}
        values = self.values()
        for spec in self.specs:
            value = values[spec.name].strip()
            if spec.required and not value:
                found[spec.name] = self.tr("Required.")
            elif spec.is_date and value and iso_date(value) is None:
                found[spec.name] = self.tr("Enter a date as dd.mm.yyyy.")
        return found

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.fields.values():
            if isinstance(widget, QPlainTextEdit | QLineEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)


class MeasurementField(QWidget):
    """A number with its unit and a message beside it: amber warning, red error, with a mark."""

    changed = Signal()

    def __init__(self, unit: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setMaximumWidth(90)
        self.edit.setAccessibleName(accessible)
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.unit_label = QLabel(unit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.level = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.unit_label)
        row.addWidget(self.message, 1)

    def value(self) -> Decimal | None:
        """The number, or None when empty or not a number (see :meth:`is_number`)."""
        try:
            return parse_decimal(self.edit.text())
        except ValueError:
            return None

    def is_number(self) -> bool:
        try:
            parse_decimal(self.edit.text())
        except ValueError:
            return False
        return True

    def set_value(self, value: Decimal | None, places: int) -> None:
        self.edit.setText(decimal_text(value, places))

    def show_message(self, level: str, text: str) -> None:
        """``level`` is "error", "warning" or "" (nothing to say)."""
        self.level = level if text else ""
        colours = chart_colours()
        if not text:
            self.message.clear()
            return
        mark, colour = ("✖", colours.error) if level == "error" else ("⚠", colours.warning)
        self.message.setText(f"{mark} {text}")
        self.message.setStyleSheet(f"color: {colour};")


def measurement_messages(
    species: Species, is_group: bool, weight: MeasurementField, temperature: MeasurementField
) -> dict[str, tuple[str, str]]:
    """(level, message) per field, from the same rules the service signs with."""
    messages: dict[str, tuple[str, str]] = {}
    for name, field in (("weight_kg", weight), ("temperature_c", temperature)):
        if not field.is_number():
            messages[name] = ("error", tr("Not a number; type e.g. 31,4."))
    findings = check_measurements(species, weight.value(), temperature.value(),
                                  is_group=is_group)
    for name, text in findings.warnings.items():
        messages.setdefault(name, ("warning", text))
    for name, text in findings.errors.items():
        messages[name] = ("error", text)
    return messages
