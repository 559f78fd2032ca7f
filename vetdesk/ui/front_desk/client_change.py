"""How the short front-desk dialogs that change who owns what (merge two records, move an
animal) carry out their one action: once at a time, the reason line saying so meanwhile, a
failure in the banner with the choices left as they were, and afterwards every card showing
either client reloaded before the dialog closes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from vetdesk.ui.front_desk.changes import record_changes
from vetdesk.ui.ops import describe_failure
from vetdesk.ui.qt import QDialog
from vetdesk.ui.widgets.error_banner import ErrorBanner

if TYPE_CHECKING:
    from vetdesk.ui.pages.registry import PageContext

R = TypeVar("R")


class ClientChange:
    """``busy`` is True while the action runs; ``refresh`` (the dialog's check of its own
    fields) runs whenever that changes."""

    def __init__(self, dialog: QDialog, page: PageContext, banner: ErrorBanner,
                 refresh: Callable[[], None]) -> None:
        self.dialog = dialog
        self.page = page
        self.banner = banner
        self.refresh = refresh
        self.busy = False

    def run(self, work: Callable[[], R], changed: Callable[[R], tuple[int, int]]) -> None:
        """Run ``work`` off the GUI thread; ``changed(result)`` names the two clients touched."""
        self.busy = True
        self.refresh()
        self.page.ops.run(work, success=lambda result: self._done(changed(result)),
                          failure=self._failed, parent=self.dialog)

    def _done(self, client_ids: tuple[int, int]) -> None:
        self.busy = False
        for client_id in client_ids:
            record_changes().client_changed.emit(client_id)
        self.dialog.accept()

    def _failed(self, error: BaseException) -> bool:
        self.busy = False
        self.refresh()
        self.banner.show_failure(describe_failure(error))
        return True
