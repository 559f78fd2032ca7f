"""The pages of the main window and the registry that lists them."""

from __future__ import annotations

from vetdesk.services.permissions import Permission
from vetdesk.ui.pages.calendar_page import CalendarPage
from vetdesk.ui.pages.front_desk import FrontDeskPage
from vetdesk.ui.pages.patients import PatientsPage
from vetdesk.ui.pages.privacy import PrivacyPage
from vetdesk.ui.pages.registry import PageContext, PageRegistry, PageSpec, ShellEvents
from vetdesk.ui.pages.reminders import RemindersPage
from vetdesk.ui.pages.settings_page import SettingsPage
from vetdesk.ui.qt import QCoreApplication

__all__ = ["PageContext", "PageRegistry", "PageSpec", "ShellEvents", "default_registry"]


def default_registry() -> PageRegistry:
    """The built-in pages. Titles are looked up when shown, so they follow the language."""
    registry = PageRegistry()
    registry.register(PageSpec(
        "front_desk", lambda: QCoreApplication.translate("pages", "Front desk"), FrontDeskPage,
        Permission.VIEW_CLIENTS, order=10,
    ))
    registry.register(PageSpec(
        "calendar", lambda: QCoreApplication.translate("pages", "Calendar"), CalendarPage,
        Permission.BOOK_APPOINTMENTS, order=20,
    ))
    registry.register(PageSpec(
        "patients", lambda: QCoreApplication.translate("pages", "Patients"), PatientsPage,
        Permission.VIEW_CLIENTS, order=30,
    ))
    registry.register(PageSpec(
        "reminders", lambda: QCoreApplication.translate("pages", "Reminders"), RemindersPage,
        Permission.SEND_REMINDERS, order=40,
    ))
    registry.register(PageSpec(
        "privacy", lambda: QCoreApplication.translate("pages", "Privacy"), PrivacyPage,
        Permission.MANAGE_PRIVACY, order=50,
    ))
    registry.register(PageSpec(
        "settings", lambda: QCoreApplication.translate("pages", "Settings"), SettingsPage,
        Permission.MANAGE_SETTINGS, order=60,
    ))
    return registry
