"""Parts every list page is built from: its action buttons, and the stack that shows either
the list or what the page is for while the list is empty."""

from __future__ import annotations

from vetdesk.ui.qt import QPushButton, QStackedWidget, QWidget
from vetdesk.ui.widgets.empty_state import EmptyState


def action_button(name: str, text: str) -> QPushButton:
    """A page's button, named for tests and style. Not an auto-default: Enter in a field on
    the page must not press whichever button last had the focus."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)
    return button


def list_or_empty(empty: EmptyState, content: QWidget) -> QStackedWidget:
    """The list, or its empty state: switch with ``stack.setCurrentWidget``."""
    stack = QStackedWidget()
    stack.addWidget(empty)
    stack.addWidget(content)
    return stack
