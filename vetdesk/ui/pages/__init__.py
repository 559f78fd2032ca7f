"""The pages of the main window and the registry that lists them."""

from __future__ import annotations

import importlib

from vetdesk.services.permissions import Permission
from vetdesk.ui.pages.registry import (
    PageContext,
    PageFactory,
    PageRegistry,
    PageSpec,
    ShellEvents,
)
from vetdesk.ui.qt import QCoreApplication, QWidget

__all__ = ["PageContext", "PageRegistry", "PageSpec", "ShellEvents", "default_registry"]


def _page(module: str, name: str) -> PageFactory:
    """A factory that imports the page's module when the page is first shown: the window
    builds only the first page at start, so only its module is imported then (issue 9)."""

    def build(context: PageContext) -> QWidget:
        page: QWidget = getattr(importlib.import_module(f"vetdesk.ui.pages.{module}"), name)(
            context)
        return page

    return build


def default_registry() -> PageRegistry:
    """The built-in pages. Titles are looked up when shown, so they follow the language."""
    registry = PageRegistry()
    registry.register(PageSpec(
        "front_desk", lambda: QCoreApplication.translate("pages", "Front desk"),
        _page("front_desk", "FrontDeskPage"), Permission.VIEW_CLIENTS, order=10,
    ))
    registry.register(PageSpec(
        "calendar", lambda: QCoreApplication.translate("pages", "Calendar"),
        _page("calendar_page", "CalendarPage"), Permission.BOOK_APPOINTMENTS, order=20,
    ))
    registry.register(PageSpec(
        "patients", lambda: QCoreApplication.translate("pages", "Patients"),
        _page("patients", "PatientsPage"), Permission.VIEW_CLIENTS, order=30,
    ))
    registry.register(PageSpec(
        "reminders", lambda: QCoreApplication.translate("pages", "Reminders"),
        _page("reminders", "RemindersPage"), Permission.SEND_REMINDERS, order=40,
    ))
    registry.register(PageSpec(
        "vetreg", lambda: QCoreApplication.translate("pages", "VetReg"),
        _page("vetreg", "VetRegPage"), Permission.REPORT_MEDICINE, order=45,
    ))
    registry.register(PageSpec(
        "privacy", lambda: QCoreApplication.translate("pages", "Privacy"),
        _page("privacy", "PrivacyPage"), Permission.MANAGE_PRIVACY, order=50,
    ))
    registry.register(PageSpec(
        "settings", lambda: QCoreApplication.translate("pages", "Settings"),
        _page("settings_page", "SettingsPage"), Permission.MANAGE_SETTINGS, order=60,
    ))
    return registry
