"""The pages of the navigation rail, registered in one place.

A later issue adds a page with one call::

    registry.register(PageSpec("invoices", lambda: translate("pages", "Invoices"),
                               InvoicesPage, Permission.VIEW_INVOICES, order=45))

The main window builds its rail from :meth:`PageRegistry.pages_for` the signed-in actor, so a page
the role may not use is not shown (and its services refuse the role anyway).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import QObject, QWidget, Signal


class ShellEvents(QObject):
    """What pages may tell the main window, without holding a reference to it."""

    clinic_changed = Signal(object)  # ClinicDetails after a saved change
    open_tab = Signal(QWidget, str)  # a widget to show as its own tab, and its title
    # Requests to open a record in its own tab; whoever owns that screen connects to these,
    # so the client card can open a chart (and back) without importing each other.
    open_client = Signal(int)  # client id → client card
    open_animal = Signal(int)  # animal id → the animal's chart
    open_entry = Signal(int, object)  # animal id, entry or draft id → the chart, open at it
    # A journal draft signed or discarded (its id): the sign-in's list of drafts drops it.
    draft_closed = Signal(object)


@dataclass(frozen=True)
class PageContext:
    """Everything a page needs, injected: no page reaches for a global main window."""

    ctx: ServiceContext
    ops: Operations
    actor: Actor
    events: ShellEvents


PageFactory = Callable[[PageContext], QWidget]


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]  # called when shown, so the title follows the loaded language
    factory: PageFactory
    permission: Permission | None = None
    order: int = 100
    shortcut: str = ""


class PageRegistry:
    def __init__(self) -> None:
        self._pages: dict[str, PageSpec] = {}

    def register(self, spec: PageSpec) -> None:
        if spec.key in self._pages:
            raise ValueError(f"A page called {spec.key!r} is already registered")
        self._pages[spec.key] = spec

    def pages_for(self, actor: Actor) -> list[PageSpec]:
        allowed = [
            spec for spec in self._pages.values()
            if spec.permission is None or actor.can(spec.permission)
        ]
        return sorted(allowed, key=lambda spec: (spec.order, spec.key))

    def __contains__(self, key: object) -> bool:
        return key in self._pages
