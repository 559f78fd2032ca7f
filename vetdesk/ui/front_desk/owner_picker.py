"""Find and choose another client (for moving an animal or merging): type, arrows, Enter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vetdesk.services.search import SearchResults, search
from vetdesk.ui.front_desk.formats import tr
from vetdesk.ui.qt import (
    QEvent,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QObject,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from vetdesk.ui.pages.registry import PageContext

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_MS = 250


class OwnerPicker(QWidget):
    """``chosen(client_id)`` when the selection changes (0 when nothing is selected)."""

    chosen = Signal(int)

    def __init__(self, page: PageContext, exclude_client_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.exclude = exclude_client_id
        self.generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_MS)
        self._timer.timeout.connect(self.search_now)
        self.query = QLineEdit()
        self.query.setObjectName("ownerQuery")
        self.query.setPlaceholderText(tr("Name, phone, client number…"))
        self.query.textEdited.connect(lambda _t: self._timer.start())
        self.query.installEventFilter(self)
        self.results = QListWidget()
        self.results.setObjectName("ownerResults")
        self.results.currentItemChanged.connect(lambda *_a: self.chosen.emit(self.client_id()))
        self.empty = QLabel()
        self.empty.setProperty("role", "hint")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.empty)
        self.setFocusProxy(self.query)
        self.empty.setText(tr("Type to find the other client."))

    def search_now(self) -> None:
        if not self.isVisible():
            return  # the dialog was closed while the pause was running
        self.generation += 1
        generation = self.generation
        text = self.query.text()
        ctx, actor = self.page.ctx, self.page.actor
        self.page.ops.run(lambda: search(ctx, actor, text, limit=30),
                          success=lambda found: self._show(generation, found), parent=self)

    def _show(self, generation: int, found: SearchResults) -> None:
        if generation != self.generation:
            return
        self.results.clear()
        for owner in found.owners:
            if owner.client_id == self.exclude or owner.inactive:
                continue
            place = ", ".join(p for p in (owner.address, owner.city) if p)
            animals = ", ".join(a.name for a in owner.animals if not a.deceased)
            text = tr("{0} (no. {1})").format(owner.name, owner.client_no)
            if place:
                text += f" — {place}"
            if animals:
                text += f" — {animals}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, owner.client_id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
            self.empty.setText("")
        else:
            self.empty.setText(tr("No other active client matches “{0}”.").format(found.query))
        self.chosen.emit(self.client_id())

    def client_id(self) -> int:
        item = self.results.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.results.count():
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
        return False
