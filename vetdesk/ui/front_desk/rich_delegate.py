"""Paints a row from its HTML role, so a hit can show an alert in red beside muted details."""

from __future__ import annotations

import re

from vetdesk.ui.qt import (
    QAbstractTextDocumentLayout,
    QModelIndex,
    QObject,
    QPainter,
    QPalette,
    QPersistentModelIndex,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextDocument,
)

_Index = QModelIndex | QPersistentModelIndex
_COLOUR = re.compile(r"color:\s*#[0-9a-fA-F]{3,8};?")


class RichTextDelegate(QStyledItemDelegate):
    def __init__(self, html_role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.html_role = html_role

    def _document(self, option: QStyleOptionViewItem, index: _Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(3)
        text = str(index.data(self.html_role) or "")
        if option.state & QStyle.StateFlag.State_Selected:
            # On the selection colour only the highlighted-text colour is readable; the words
            # ("Alert:", "deceased") still say what the colours said.
            text = _COLOUR.sub("", text)
        document.setHtml(text)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        option.text = text
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text,
                                 option.palette.color(group))
        painter.save()
        rect = option.rect
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))
