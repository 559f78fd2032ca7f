"""The left side of the chart: kind and text filters over the lazily paged timeline."""

from __future__ import annotations

from vetdesk.domain.codes import JournalKind
from vetdesk.services.journal import TimelineFilter, TimelineItem
from vetdesk.ui.chart.formatting import kind_label
from vetdesk.ui.chart.timeline_delegate import TimelineDelegate
from vetdesk.ui.chart.timeline_model import ITEM_ROLE, TimelineModel
from vetdesk.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QItemSelection,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

FILTER_DELAY_MS = 300


class TimelineList(QListView):
    """Enter opens the selected entry, as in every VetDesk list (UI.md)."""

    activated_item = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_item.emit(self.currentIndex().data(ITEM_ROLE))
            return
        super().keyPressEvent(event)


class TimelinePanel(QWidget):
    item_selected = Signal(object)  # TimelineItem
    item_activated = Signal(object)  # TimelineItem (Enter / double-click)

    def __init__(self, model: TimelineModel, *, can_write: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        # Room for "kind · date  Signert · author" in the longer Norwegian words.
        self.setMinimumWidth(380)
        self.kind_box = QComboBox()
        # The longest kind name ("Eiers krav om innsyn eller retting") must not squeeze the filter.
        self.kind_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_box.setMinimumContentsLength(14)
        self.kind_box.setAccessibleName(self.tr("Kind of entry"))
        self.kind_box.addItem(self.tr("All kinds"), None)
        for kind in JournalKind:
            self.kind_box.addItem(kind_label(kind), kind.value)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Filter entries by text…"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setAccessibleName(self.tr("Filter entries by text"))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filters)
        self.text_filter.textChanged.connect(lambda _t: self._filter_timer.start())
        self.kind_box.currentIndexChanged.connect(lambda _i: self.apply_filters())

        self.list = TimelineList()
        self.list.setModel(model)
        self.list.setItemDelegate(TimelineDelegate(model.zone, self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setAccessibleName(self.tr("Journal timeline"))
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.list.doubleClicked.connect(lambda index: self.item_activated.emit(
            index.data(ITEM_ROLE)))
        self.list.activated_item.connect(self.item_activated)

        hint = self.tr("Press Ctrl+J to write the first entry.") if can_write else ""
        self._empty_text = self.tr("No journal entries yet.") + " " + hint
        self.empty_label = QLabel(self._empty_text)
        self.empty_label.setProperty("role", "emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty_label)
        self.status_label = QLabel()
        self.status_label.setProperty("role", "hint")

        filters = QHBoxLayout()
        filters.addWidget(self.kind_box)
        filters.addWidget(self.text_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status_label)
        model.loading_changed.connect(self._update_status)
        model.page_loaded.connect(lambda _n: self._update_status())
        model.modelReset.connect(self._update_status)

    def current_filters(self) -> TimelineFilter:
        kind = self.kind_box.currentData()
        text = self.text_filter.text().strip()
        return TimelineFilter(
            kinds=frozenset({JournalKind(kind)}) if kind else None,
            text=text or None,
        )

    def apply_filters(self) -> None:
        self._filter_timer.stop()
        self.model.reload(self.current_filters())

    def select_entry(self, entry_id: object) -> bool:
        row = self.model.row_of(entry_id)
        if row < 0:
            return False
        self.list.setCurrentIndex(self.model.index(row))
        return True

    def selected_item(self) -> TimelineItem | None:
        index = self.list.currentIndex()
        item = index.data(ITEM_ROLE) if index.isValid() else None
        return item if isinstance(item, TimelineItem) else None

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.item_selected.emit(indexes[0].data(ITEM_ROLE))

    def _update_status(self, *_args: object) -> None:
        model = self.model
        filtered = model.filters.kinds is not None or bool(model.filters.text)
        if model.loaded_once and not model.items:
            self.empty_label.setText(
                self.tr("No entries match the filter; clear it to see the whole journal.")
                if filtered else self._empty_text
            )
            self.stack.setCurrentWidget(self.empty_label)
        else:
            self.stack.setCurrentWidget(self.list)
        if model.loading:
            text = self.tr("Loading entries…") if not model.items else self.tr(
                "Loading older entries…")
        elif model.next_cursor is not None:
            text = self.tr("%n entries shown; scroll down for older ones", "", len(model.items))
        elif filtered:
            text = self.tr("%n matching entries", "", len(model.items))
        else:
            text = self.tr("%n entries, the whole journal", "", len(model.items))
        self.status_label.setText(text)
