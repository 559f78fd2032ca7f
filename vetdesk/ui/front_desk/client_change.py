"""How the short front-desk dialogs that change who owns what (merge two records, move an
animal) carry out their one action: once at a time, the reason line saying so meanwhile, a
failure in the banner with the choices left as they were, and afterwards every card showing
either client reloaded (the result says which clients changed; ui/ops.py announces it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

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

    def run(self, work: Callable[[], R]) -> None:
        """Run ``work`` off the GUI thread; its result says which clients it changed."""
        self.busy = True
        self.refresh()
        self.page.ops.run(work, success=lambda _result: self._done(),
                          failure=self._failed, parent=self.dialog)

    def _done(self) -> None:
        self.busy = False
        self.dialog.accept()

    def _failed(self, error: BaseException) -> bool:
        self.busy = False
        self.refresh()
        self.banner.show_failure(describe_failure(error))
        return True
