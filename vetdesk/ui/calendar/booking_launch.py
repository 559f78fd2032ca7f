"""Open the booking dialog from anywhere (Ctrl+B, "Book" on the client card and an animal
row): the calendar's columns are loaded first, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission
from vetdesk.services.scheduling.booking import Booked
from vetdesk.services.scheduling.resources import ResourceView, list_resources
from vetdesk.ui.calendar.booking_dialog import BookingDialog, Preset
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import QWidget


def open_booking(ops: Operations, ctx: ServiceContext, actor: Actor, parent: QWidget,
                 preset: Preset, on_booked: Callable[[Booked], None] | None = None) -> None:
    if not actor.can(Permission.BOOK_APPOINTMENTS):
        return

    def show(resources: tuple[ResourceView, ...]) -> None:
        dialog = BookingDialog(ops, ctx, actor, resources, preset, parent)
        if on_booked is not None:
            dialog.booked.connect(on_booked)
        dialog.open()

    ops.run(lambda: list_resources(ctx, actor), success=show, parent=parent)
