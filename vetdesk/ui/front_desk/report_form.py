"""The shared ValidatedForm plus a line under each field for what was understood (notes, such
as "France (250)") and for warnings that do not block saving (amber, with a ⚠ sign)."""

from __future__ import annotations

from collections.abc import Mapping

from vetdesk.domain.field_report import FieldReport
from vetdesk.ui.front_desk import look
from vetdesk.ui.qt import QLabel, QWidget
from vetdesk.ui.widgets.form import ValidatedForm


class ReportForm(ValidatedForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note_labels: dict[str, QLabel] = {}
        self.captions: dict[str, str] = {}

    def add_field(self, name: str, label: str, field: QWidget, hint: str = "") -> QWidget:
        added = super().add_field(name, label, field, hint)
        holder = self.error_labels[name].parentWidget()
        note = QLabel()
        note.setObjectName(f"note_{name}")
        note.setWordWrap(True)
        note.setOpenExternalLinks(False)
        note.setVisible(False)
        if holder is not None and holder.layout() is not None:
            holder.layout().addWidget(note)  # type: ignore[union-attr]
        self.note_labels[name] = note
        self.captions[name] = label.replace("&", "")
        return added

    def show_report(self, report: FieldReport, only: set[str] | None = None,
                    extra_errors: Mapping[str, str] | None = None) -> None:
        errors = {**report.errors, **(extra_errors or {})}
        self.show_errors(errors, only=only)
        for name, label in self.note_labels.items():
            if name in errors and (only is None or name in only):
                label.setVisible(False)
                continue
            if name in report.warnings:
                look.mark_warning(label)
                understood = report.notes.get(name)
                warning = "⚠ " + report.warnings[name]
                label.setText(f"{understood} · {warning}" if understood else warning)
                label.setVisible(True)
            elif name in report.notes:
                label.setStyleSheet(f"color: {look.muted()};")
                label.setText(report.notes[name])
                label.setVisible(True)
            else:
                label.setVisible(False)

    def note_text(self, name: str) -> str:
        label = self.note_labels[name]
        return "" if label.isHidden() else label.text()
