"""Alerts in a form: the active ones (untick to remove) and one new alert to add."""

from __future__ import annotations

from vetdesk.domain.alert_view import AlertView
from vetdesk.domain.codes import AlertSeverity
from vetdesk.services.alerts import AlertInput
from vetdesk.ui.front_desk.formats import tr
from vetdesk.ui.qt import QCheckBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget, Signal


class AlertEditor(QWidget):
    """The alerts of a client or animal: existing ones as ticked boxes (untick to switch one
    off) and a line for a new one. ``edited`` fires on anything the user changes here."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.existing: dict[int, QCheckBox] = {}
        self.existing_column = QVBoxLayout()
        self.existing_column.setContentsMargins(0, 0, 0, 0)
        self.new_text = QLineEdit()
        self.new_text.setObjectName("newAlert")
        self.new_text.setPlaceholderText(tr("New alert, e.g. bites when muzzled"))
        self.new_text.setMaxLength(500)
        self.mandatory = QCheckBox(tr("Must be read when the card opens"))
        self.mandatory.setObjectName("newAlertMandatory")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.new_text, 1)
        row.addWidget(self.mandatory)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.existing_column)
        layout.addLayout(row)
        self.setFocusProxy(self.new_text)
        self.new_text.textEdited.connect(lambda _text: self.edited.emit())
        self.mandatory.toggled.connect(lambda _on: self.edited.emit())

    def load(self, alerts: tuple[AlertView, ...]) -> None:
        for box in self.existing.values():
            box.deleteLater()
        self.existing = {}
        for alert in alerts:
            prefix = tr("⚠ Must read:") if alert.mandatory else tr("!")
            box = QCheckBox(f"{prefix} {alert.text}")
            box.setChecked(True)
            box.setToolTip(tr("Untick to remove this alert when saving."))
            box.toggled.connect(lambda _on: self.edited.emit())
            self.existing[alert.alert_id] = box
            self.existing_column.addWidget(box)

    def new_alert(self) -> AlertInput | None:
        text = self.new_text.text().strip()
        if not text:
            return None
        severity = AlertSeverity.MANDATORY if self.mandatory.isChecked() else (
            AlertSeverity.WARNING)
        return AlertInput(text, severity)

    def removed(self) -> tuple[int, ...]:
        return tuple(alert_id for alert_id, box in self.existing.items() if not box.isChecked())

    def state(self) -> tuple[str, bool, tuple[int, ...]]:
        return self.new_text.text(), self.mandatory.isChecked(), self.removed()

    def set_state(self, state: tuple[str, bool, tuple[int, ...]]) -> None:
        text, mandatory, removed = state
        self.new_text.setText(text)
        self.mandatory.setChecked(mandatory)
        for alert_id, box in self.existing.items():
            box.setChecked(alert_id not in removed)

    def changed(self) -> bool:
        return self.new_alert() is not None or bool(self.removed())
