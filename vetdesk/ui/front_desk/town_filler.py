"""Fills in the town when a four-digit postal code is typed, unless the user typed a town of
their own (issue 8: the postal code did not fill in the town)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from vetdesk.services.addresses.postcodes import town_for_postcode
from vetdesk.ui.qt import QLineEdit, QObject

if TYPE_CHECKING:
    from vetdesk.ui.pages.registry import PageContext


class TownFiller(QObject):
    def __init__(self, page: PageContext, postal_code: QLineEdit, town: QLineEdit,
                 filled: Callable[[], None]) -> None:
        super().__init__(postal_code)
        self.page, self.postal_code, self.town, self.filled = page, postal_code, town, filled
        # The town as we last filled it: a town the user typed is never overwritten.
        self.ours: str | None = None
        postal_code.textEdited.connect(self._postal_code_edited)

    def _may_fill(self) -> bool:
        text = self.town.text()
        return not text.strip() or text == self.ours

    def _postal_code_edited(self, text: str) -> None:
        code = text.strip()
        if len(code) != 4 or not self._may_fill():
            return
        ctx, actor = self.page.ctx, self.page.actor
        self.page.ops.run(lambda: town_for_postcode(ctx, actor, code),
                          success=lambda town: self._found(code, town), parent=self.town)

    def _found(self, code: str, town: str | None) -> None:
        if town is None or self.postal_code.text().strip() != code or not self._may_fill():
            return
        self.ours = town
        self.town.setText(town)
        self.filled()
