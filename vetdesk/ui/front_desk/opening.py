"""Where "open this animal" leads: the chart for the clinical staff who write in it (vets and
nurses), the owner's card for the front desk (issue 8: Enter on an animal opened the card even
for a vet)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vetdesk.services.permissions import Permission

if TYPE_CHECKING:
    from vetdesk.ui.pages.registry import PageContext


def opens_chart(page: PageContext) -> bool:
    return page.actor.can(Permission.WRITE_JOURNAL)


def open_animal(page: PageContext, animal_id: int, owner_id: int) -> None:
    if opens_chart(page):
        page.events.open_animal.emit(animal_id)
    else:
        page.events.open_client.emit(owner_id)
