"""Choosing a role: the five roles by their translated names, and one line on what each may do."""

from __future__ import annotations

from vetdesk.domain.codes import Role
from vetdesk.ui.labels import role_label
from vetdesk.ui.qt import QComboBox, QCoreApplication, QLabel, QVBoxLayout, QWidget, Signal


def role_description(role: Role) -> str:
    descriptions = {
        Role.RECEPTIONIST: QCoreApplication.translate(
            "users", "Finds and registers clients and animals, books appointments and sends "
                     "reminders."),
        Role.NURSE: QCoreApplication.translate(
            "users", "What a receptionist does, and reads, writes and signs journal entries."),
        Role.VETERINARIAN: QCoreApplication.translate(
            "users", "What a nurse does, and prescribes and refers. Needs an HPR number."),
        Role.MANAGER: QCoreApplication.translate(
            "users", "Clients, imports, privacy requests, the audit log and the clinic's "
                     "settings; reads journals but does not write them."),
        Role.ADMINISTRATOR: QCoreApplication.translate(
            "users", "What a manager does, and manages users; writes no clinical records."),
    }
    return descriptions[role]


class RoleField(QWidget):
    """A role list with the chosen role's description under it. Focus goes to the list."""

    changed = Signal(object)  # the Role chosen

    def __init__(self, role: Role = Role.RECEPTIONIST, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("role")
        for each in Role:
            self.combo.addItem(role_label(each), each.value)
        self.description = QLabel()
        self.description.setProperty("role", "hint")
        self.description.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.combo)
        column.addWidget(self.description)
        self.setFocusProxy(self.combo)
        self.set_role(role)
        self.combo.currentIndexChanged.connect(lambda _index: self._chosen())

    def role(self) -> Role:
        return Role(self.combo.currentData())

    def set_role(self, role: Role) -> None:
        self.combo.setCurrentIndex(self.combo.findData(role.value))
        self.description.setText(role_description(role))

    def _chosen(self) -> None:
        self.description.setText(role_description(self.role()))
        self.changed.emit(self.role())
