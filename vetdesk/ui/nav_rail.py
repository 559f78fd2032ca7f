"""The narrow navigation rail on the left of the main window."""

from __future__ import annotations

from vetdesk.ui.pages.registry import PageSpec
from vetdesk.ui.qt import QListWidget, QListWidgetItem, Qt, QWidget, Signal

_KEY_ROLE = Qt.ItemDataRole.UserRole


class NavigationRail(QListWidget):
    """One row per page the signed-in role may use; emits ``page_selected(key)``."""

    page_selected = Signal(str)

    def __init__(self, pages: list[PageSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navRail")
        self.setAccessibleName(self.tr("Navigation"))
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for spec in pages:
            item = QListWidgetItem(spec.title())
            item.setData(_KEY_ROLE, spec.key)
            self.addItem(item)
        # Narrow, but wide enough for the longest title in either language.
        self.setFixedWidth(max(150, self.sizeHintForColumn(0) + 36))
        self.currentItemChanged.connect(self._changed)

    def page_keys(self) -> list[str]:
        return [self.item(row).data(_KEY_ROLE) for row in range(self.count())]

    def select(self, key: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(_KEY_ROLE) == key:
                self.setCurrentRow(row)
                return

    def _changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.page_selected.emit(str(current.data(_KEY_ROLE)))
