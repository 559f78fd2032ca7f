"""Opens client cards as work-area tabs (one per client) and the new-client form.

The card and the form (with the animal form, help and the card's services behind them) are
imported when the first one opens: the program starts on the search, not on a card (issue 9).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vetdesk.services.permissions import Permission
from vetdesk.ui.front_desk.formats import tr
from vetdesk.ui.qt import QObject, QWidget, qt_object_alive

if TYPE_CHECKING:
    from vetdesk.ui.front_desk.client_card_view import ClientCardView
    from vetdesk.ui.front_desk.client_form import ClientFormDialog
    from vetdesk.ui.pages.registry import PageContext


class ClientTabs(QObject):
    def __init__(self, page: PageContext, host: QWidget) -> None:
        super().__init__(host)
        self.page = page
        self.host = host
        self.cards: dict[int, ClientCardView] = {}
        self.form: ClientFormDialog | None = None

    def open_client(self, client_id: int, animal_id: int | None = None) -> ClientCardView:
        from vetdesk.ui.front_desk.client_card_view import ClientCardView

        card = self.cards.get(client_id)
        if card is None or not qt_object_alive(card):
            card = ClientCardView(self.page, client_id)
            card.destroyed.connect(lambda _obj=None, cid=client_id: self.cards.pop(cid, None))
            self.cards[client_id] = card
            title = tr("Client…")
        else:
            title = card.card.name if card.card else tr("Client…")
        self.page.events.open_tab.emit(card, title)
        if animal_id:
            card.select_animal(animal_id)
        else:
            card.animals.setFocus()
        return card

    def new_client(self, prefill: str = "") -> ClientFormDialog | None:
        if not self.page.actor.can(Permission.EDIT_CLIENTS):
            return None
        if self.form is not None and qt_object_alive(self.form) and self.form.isVisible():
            self.form.raise_()
            self.form.activateWindow()
            return self.form
        from vetdesk.ui.front_desk.client_form import ClientFormDialog

        self.form = ClientFormDialog(self.page, prefill=prefill, parent=self.host)
        self.form.open()
        return self.form
