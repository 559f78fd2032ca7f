"""Paints one timeline row: a bold first line (kind, event time, author, status marks) and the
summary under it. A voided entry is struck through and muted, never only greyed."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from vetdesk.services.journal import TimelineItem
from vetdesk.ui.chart.colours import chart_colours
from vetdesk.ui.chart.formatting import asked_text, date_time_text, kind_label, tr
from vetdesk.ui.chart.timeline_model import ITEM_ROLE
from vetdesk.ui.qt import (
    QColor,
    QCoreApplication,
    QFont,
    QFontMetrics,
    QModelIndex,
    QObject,
    QPainter,
    QPalette,
    QPersistentModelIndex,
    QRect,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
)

_PAD = 6


def status_marks(item: TimelineItem) -> list[str]:
    """The words shown after the author: never colour alone."""
    marks = [tr("Draft") if item.is_draft else tr("Signed")]
    if item.auto_locked:
        marks.append(tr("auto-locked"))
    if item.corrected:
        marks.append(tr("✎ corrected"))
    if item.voided:
        marks.append(tr("voided"))
    if item.confidential:
        marks.append(tr("confidential"))
    if item.attachment_count:
        # Words, not 📎: the bundled DejaVu Sans has no paperclip, which showed as a box.
        marks.append(tr("{n} attached").format(n=item.attachment_count))
    return marks


def marks_and_author(item: TimelineItem, metrics: QFontMetrics, width: int,
                     zone: ZoneInfo) -> str:
    """"Signed · ✎ corrected · Martine Olsen-Kristiansen" for the second line: the marks are
    shortened before the name is, so who signed is always readable (issue 8: "Signert ·
    Marti…")."""
    listed = status_marks(item)
    # When help was asked for, if earlier than the event (a phone call, a call-out); on this
    # line rather than after the bold time, where it would be cut first.
    if asked := asked_text(item.event_time, item.help_requested_at, zone):
        listed.append(asked)
    marks = " · ".join(listed)
    author = item.author_name
    whole = f"{marks} · {author}"
    if metrics.horizontalAdvance(whole) <= width:
        return whole
    room = width - metrics.horizontalAdvance(f" · {author}")
    if room >= metrics.horizontalAdvance("…") * 4:
        return f"{metrics.elidedText(marks, Qt.TextElideMode.ElideRight, room)} · {author}"
    return metrics.elidedText(author, Qt.TextElideMode.ElideRight, width)


class TimelineDelegate(QStyledItemDelegate):
    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone  # the clinic's, for the times shown

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 3 + 3 * _PAD)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = index.data(ITEM_ROLE)
        if not isinstance(item, TimelineItem):
            return
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(chart_colours().muted) if not selected else text_colour
        rect = option.rect.adjusted(_PAD + 2, _PAD, -_PAD, -_PAD)
        line = QFontMetrics(option.font).height()

        bold = QFont(option.font)
        bold.setBold(True)
        bold.setStrikeOut(item.voided)
        head = f"{kind_label(item.kind)} · {date_time_text(item.event_time, self.zone)}"
        painter.setFont(bold)
        painter.setPen(muted if item.voided else text_colour)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(head, Qt.TextElideMode.ElideRight,
                                                       rect.width()))
        plain = QFont(option.font)
        painter.setFont(plain)
        # Marks and signer on a line of their own, so neither is cut for the other.
        painter.setPen(muted)
        painter.drawText(QRect(rect.left(), rect.top() + line, rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         marks_and_author(item, QFontMetrics(plain), rect.width(), self.zone))
        summary_font = QFont(option.font)
        summary_font.setStrikeOut(item.voided)
        if item.is_draft:
            summary_font.setItalic(True)
        painter.setFont(summary_font)
        painter.setPen(muted if item.voided else text_colour)
        summary_rect = QRect(rect.left(), rect.top() + 2 * line + _PAD // 2, rect.width(),
                             line)
        summary = item.summary or next(
            (" ".join(v.split()) for v in item.content.values() if v.strip()),
            QCoreApplication.translate("chart", "(empty)"))
        painter.drawText(summary_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(summary_font).elidedText(
                             summary, Qt.TextElideMode.ElideRight, summary_rect.width()))
        painter.restore()
