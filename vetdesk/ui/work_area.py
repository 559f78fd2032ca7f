"""The work area: the current page in the first tab, then one closable tab per open record."""

from __future__ import annotations

from vetdesk.ui.pages.registry import PageContext, PageSpec
from vetdesk.ui.qt import QStackedWidget, QTabWidget, QWidget


class WorkArea(QTabWidget):
    """Tab 0 shows the page chosen in the rail; records opened later get their own tabs, so the
    receptionist can keep two callers open (UI.md). Pages are built the first time they are
    shown, so a page nobody opens costs nothing."""

    def __init__(self, pages: list[PageSpec], page_context: PageContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workArea")
        self.setDocumentMode(True)
        self.setTabsClosable(True)
        self.setMovable(True)
        self.tabCloseRequested.connect(self.close_tab)
        self._specs = {spec.key: spec for spec in pages}
        self._context = page_context
        self.page_widgets: dict[str, QWidget] = {}
        self.page_stack = QStackedWidget()
        self.addTab(self.page_stack, "")
        # The page tab is not a record: it cannot be closed.
        self.tabBar().setTabButton(0, self.tabBar().ButtonPosition.RightSide, None)
        self.tabBar().setTabButton(0, self.tabBar().ButtonPosition.LeftSide, None)
        self.current_page: str | None = None

    def show_page(self, key: str) -> None:
        spec = self._specs[key]
        widget = self.page_widgets.get(key)
        if widget is None:
            widget = spec.factory(self._context)
            widget.setObjectName(f"page_{key}")
            self.page_widgets[key] = widget
            self.page_stack.addWidget(widget)
        self.page_stack.setCurrentWidget(widget)
        self.setTabText(0, spec.title())
        self.setCurrentIndex(0)
        self.current_page = key

    def open_tab(self, widget: QWidget, title: str) -> None:
        index = self.indexOf(widget)
        if index < 0:
            index = self.addTab(widget, title)
        self.setCurrentIndex(index)

    def close_tab(self, index: int) -> None:
        if index <= 0:
            return
        widget = self.widget(index)
        self.removeTab(index)
        if widget is not None:
            widget.deleteLater()

    def close_current_tab(self) -> None:
        self.close_tab(self.currentIndex())
