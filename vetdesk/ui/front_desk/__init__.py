"""The front desk's screens: search results under the global field, the client card tab, the
client and animal forms, and the move and merge dialogs.

:func:`install_front_desk` wires them into a main window in one call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vetdesk.ui.front_desk.client_tabs import ClientTabs
from vetdesk.ui.front_desk.opening import opens_chart
from vetdesk.ui.front_desk.search_controller import SearchController
from vetdesk.ui.qt import QKeySequence, QLineEdit, QObject, QShortcut, QWidget

if TYPE_CHECKING:
    from vetdesk.ui.pages.registry import PageContext


class FrontDesk(QObject):
    """What one main window holds of the front desk."""

    def __init__(self, page: PageContext, search_field: QLineEdit, host: QWidget,
                 window: QWidget) -> None:
        super().__init__(window)
        self.page = page
        self.tabs = ClientTabs(page, window)
        self.search = SearchController(page, search_field, host, self)
        self.search.open_requested.connect(self.open_hit)
        page.events.open_client.connect(self.open_client)
        self.new_client_shortcut = QShortcut(QKeySequence("Ctrl+N"), window)
        self.new_client_shortcut.activated.connect(self.new_client)
        self.search_field = search_field

    def open_client(self, client_id: int, animal_id: int = 0) -> None:
        self.search.panel.hide()
        self.tabs.open_client(client_id, animal_id or None)

    def open_hit(self, client_id: int, animal_id: int = 0) -> None:
        """A search hit: an animal opens its chart for vets and nurses, its owner's card (with
        the animal picked out) for the front desk."""
        if animal_id and opens_chart(self.page):
            self.search.panel.hide()
            self.page.events.open_animal.emit(animal_id)
            return
        self.open_client(client_id, animal_id)

    def new_client(self) -> None:
        # What was typed in the search (a phone, a name) is where the new client starts.
        typed = self.search_field.text() if self.search.panel.isVisible() else ""
        self.search.clear()
        self.tabs.new_client(typed)


def install_front_desk(page: PageContext, search_field: QLineEdit, host: QWidget,
                       window: QWidget) -> FrontDesk:
    """Search results float over ``host`` under ``search_field``; cards open as tabs."""
    return FrontDesk(page, search_field, host, window)
