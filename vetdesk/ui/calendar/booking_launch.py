"""Open the booking dialog from anywhere (Ctrl+B, "Book" on the client card and an animal
row): the calendar's columns are loaded first, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from vetdesk.services.permissions import Permission
from vetdesk.services.scheduling.booking import Booked
from vetdesk.services.scheduling.resources import ResourceView, list_resources
from vetdesk.ui.calendar.booking_dialog import BookingDialog, Preset
from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.qt import QWidget


def open_booking(page: PageContext, parent: QWidget, preset: Preset,
                 on_booked: Callable[[Booked], None] | None = None) -> None:
    ctx, actor = page.ctx, page.actor
    if not actor.can(Permission.BOOK_APPOINTMENTS):
        return

    def show(resources: tuple[ResourceView, ...]) -> None:
        dialog = BookingDialog(page, resources, preset, parent)
        if on_booked is not None:
            dialog.booked.connect(on_booked)
        dialog.open()

    page.ops.run(lambda: list_resources(ctx, actor), success=show, parent=parent)
