"""At sign-in, a vet's or nurse's unsigned drafts are pointed out with a link to each chart:
after a crash or a closed program the text was kept, but nobody said so (issue 8)."""

from __future__ import annotations

import html
import uuid
from typing import TYPE_CHECKING

from vetdesk.services.journal.unsigned import UnsignedDraft, unsigned_drafts
from vetdesk.services.permissions import Permission
from vetdesk.ui.qt import QFrame, QHBoxLayout, QLabel, QPushButton, Qt, QWidget

if TYPE_CHECKING:
    from vetdesk.ui.pages.registry import PageContext

SHOWN_DRAFTS = 5


class DraftsNotice(QFrame):
    def __init__(self, page: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.setObjectName("draftsNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.drafts: tuple[UnsignedDraft, ...] = ()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.RichText)
        self.message_label.linkActivated.connect(self._open)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.message_label, 1)
        row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)
        page.events.draft_closed.connect(self.forget)

    def forget(self, draft_id: object) -> None:
        """A draft signed or discarded since sign-in is no longer offered."""
        if any(d.draft_id == draft_id for d in self.drafts):
            self.show_drafts(tuple(d for d in self.drafts if d.draft_id != draft_id))

    def load(self) -> None:
        if not self.page.actor.can(Permission.WRITE_JOURNAL):
            return
        ctx, actor = self.page.ctx, self.page.actor
        self.page.ops.run(lambda: unsigned_drafts(ctx, actor), success=self.show_drafts,
                          parent=self)

    def show_drafts(self, drafts: tuple[UnsignedDraft, ...]) -> None:
        self.drafts = drafts
        if not drafts:
            self.hide()
            return
        # The chart's formats only when there is something to show: most sign-ins have no
        # drafts, and the first screen does not need the module (issue 9).
        from vetdesk.ui.chart.formatting import date_time_text, kind_label

        saved = self.tr("saved {0}")
        links = [
            f'<a href="draft:{d.animal_id}:{d.draft_id}">{html.escape(d.animal_name)}</a> '
            f"({html.escape(kind_label(d.kind))}, "
            f"{html.escape(saved.format(date_time_text(d.saved_at, self.page.ctx.zone)))})"
            for d in drafts[:SHOWN_DRAFTS]
        ]
        more = len(drafts) - SHOWN_DRAFTS
        if more > 0:
            links.append(html.escape(self.tr("and %n more", "", more)))
        heading = self.tr("You have %n unsigned journal drafts, kept from before; open each "
                          "to sign it or discard it:", "", len(drafts))
        self.message_label.setText(f"{html.escape(heading)} {' · '.join(links)}")
        self.show()

    def _open(self, link: str) -> None:
        # The draft itself opens, ready to sign or discard, not only its animal's chart.
        animal_id, draft_id = link.removeprefix("draft:").split(":", 1)
        self.page.events.open_entry.emit(int(animal_id), uuid.UUID(draft_id))
