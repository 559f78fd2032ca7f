"""A body that scrolls when the window is short, without a frame of its own (a page, a form)."""

from __future__ import annotations

from vetdesk.ui.qt import QScrollArea, QVBoxLayout, QWidget


def scrolling(body: QWidget) -> QScrollArea:
    """``body`` in a frameless scroll area that lets it take the full width."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll


def fill_with_scrolling(owner: QWidget, body: QWidget) -> QScrollArea:
    """Make a scrolling ``body`` the whole of ``owner``, edge to edge."""
    scroll = scrolling(body)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return scroll
