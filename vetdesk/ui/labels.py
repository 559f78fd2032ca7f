"""Translated names for the code lists the UI shows (the domain keeps English labels)."""

from __future__ import annotations

from vetdesk.domain.codes import Role
from vetdesk.ui.qt import QCoreApplication


def role_label(role: Role) -> str:
    labels = {
        Role.RECEPTIONIST: QCoreApplication.translate("labels", "Receptionist"),
        Role.NURSE: QCoreApplication.translate("labels", "Nurse"),
        Role.VETERINARIAN: QCoreApplication.translate("labels", "Veterinarian"),
        Role.MANAGER: QCoreApplication.translate("labels", "Practice manager"),
        Role.ADMINISTRATOR: QCoreApplication.translate("labels", "Administrator"),
    }
    return labels[role]
