"""The results under the global search field: grouped owner → animals, an empty state, and
how many more matched than are shown. It never takes the focus: typing goes on in the field."""

from __future__ import annotations

from vetdesk.domain.phones import phone_digits_for_search
from vetdesk.domain.search_query import MIN_PHONE_DIGITS, digits_only
from vetdesk.services.front_desk_views import SearchScreen
from vetdesk.ui.front_desk.formats import tr
from vetdesk.ui.front_desk.rich_delegate import RichTextDelegate
from vetdesk.ui.front_desk.search_model import (
    ANIMAL_ROLE,
    CLIENT_ROLE,
    HTML_ROLE,
    SearchResultsModel,
)
from vetdesk.ui.qt import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QModelIndex,
    QPoint,
    QRect,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

MAX_HEIGHT_SHARE = 0.7


class SearchPanel(QFrame):
    """``activated(client_id, animal_id or 0)`` when a hit is opened with Enter or a click."""

    help_topic = "search"  # F1 (vetdesk.ui.help)

    activated = Signal(int, int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.model = SearchResultsModel(self)
        self.view = QListView()
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setItemDelegate(RichTextDelegate(HTML_ROLE, self.view))
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.view.setAccessibleName(tr("Search results"))
        self.view.clicked.connect(self._open_index)
        self.message = QLabel()
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setContentsMargins(10, 8, 10, 8)
        self.footer = QLabel()
        self.footer.setObjectName("searchFooter")
        self.footer.setProperty("role", "hint")
        self.footer.setContentsMargins(10, 2, 10, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.footer)
        self.shown: SearchScreen | None = None
        self.hide()

    # -- content ----------------------------------------------------------------------------

    def show_screen(self, screen: SearchScreen) -> None:
        self.shown = screen
        self.model.set_screen(screen)
        results = screen.results
        if not results.owners:
            digits = phone_digits_for_search(results.query) or ""
            if digits_only(results.query) and len(digits) < MIN_PHONE_DIGITS:
                # "912" is read as a client number only: say why no phone matched (issue 8).
                self.message.setText(tr(
                    "No client has number {0}. To search by phone, type at least {1} digits."
                ).format(results.query, MIN_PHONE_DIGITS))
            else:
                self.message.setText(tr(
                    "No client or animal matches “{0}”. Press Ctrl+N to register a new client."
                ).format(results.query))
            self.message.show()
            self.view.hide()
            self.footer.hide()
        else:
            self.message.hide()
            self.view.show()
            self.view.setCurrentIndex(self.model.index(0, 0))
            more = results.more
            if more or results.total_is_lower_bound:
                template = (tr("Showing {0}; more than {1} others match: type more to narrow "
                               "the search.") if results.total_is_lower_bound
                            else tr("Showing {0}; {1} more match: type more to narrow the "
                                    "search."))
                self.footer.setText(template.format(results.shown, more))
            else:
                self.footer.setText(tr("↑↓ to choose, Enter to open, Esc to clear."))
            self.footer.show()

    def clear(self) -> None:
        self.shown = None
        self.model.set_screen(None)
        self.hide()

    @property
    def has_rows(self) -> bool:
        return self.model.rowCount() > 0

    # -- keyboard, driven from the search field ---------------------------------------------

    def step(self, steps: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        current = self.view.currentIndex().row()
        row = max(0, min(rows - 1, (current if current >= 0 else -1) + steps))
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def current_hit(self) -> tuple[int, int | None] | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return int(index.data(CLIENT_ROLE)), index.data(ANIMAL_ROLE)

    def open_current(self) -> bool:
        hit = self.current_hit()
        if hit is None:
            return False
        self.activated.emit(hit[0], hit[1] or 0)
        return True

    def _open_index(self, index: QModelIndex) -> None:
        self.view.setCurrentIndex(index)
        self.open_current()

    # -- placement under the field ----------------------------------------------------------

    def place_under(self, anchor: QWidget) -> None:
        host = self.parentWidget()
        if host is None:
            return
        top_left = anchor.mapTo(host, QPoint(0, anchor.height() + 2))
        width = max(anchor.width(), 560)
        left = min(top_left.x(), max(0, host.width() - width))
        rows_height = sum(self.view.sizeHintForRow(r) for r in range(self.model.rowCount()))
        wanted = rows_height + 12
        for label in (self.message, self.footer):
            if not label.isHidden():
                wanted += label.heightForWidth(width) if label.wordWrap() else label.sizeHint(
                ).height()
        limit = int((host.height() - top_left.y()) * MAX_HEIGHT_SHARE) + 40
        height = max(48, min(wanted + 8, limit))
        self.setGeometry(QRect(left, top_left.y(), width, height))
        self.raise_()
