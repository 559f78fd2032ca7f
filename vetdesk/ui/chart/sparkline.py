"""A small weight trend drawn with QPainter: the last weighings as a line, the latest as a dot."""

from __future__ import annotations

import itertools

from vetdesk.ui.qt import (
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPointF,
    QSize,
    Qt,
    QWidget,
)


class WeightSparkline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[float] = []
        self.setFixedSize(self.sizeHint())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(84, 20)

    def set_values(self, values: list[float]) -> None:
        self.values = list(values)
        self.setVisible(len(self.values) >= 2)
        self.update()

    def points(self) -> list[QPointF]:
        """Where each value is drawn (oldest on the left); flat when all are equal."""
        if len(self.values) < 2:
            return []
        margin = 3.0
        width = self.width() - 2 * margin
        height = self.height() - 2 * margin
        low, high = min(self.values), max(self.values)
        span = high - low
        step = width / (len(self.values) - 1)
        return [
            QPointF(
                margin + i * step,
                margin + (height / 2 if span == 0 else height * (1 - (v - low) / span)),
            )
            for i, v in enumerate(self.values)
        ]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        points = self.points()
        if not points:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        pen = QPen(colour, 1.5)
        painter.setPen(pen)
        for start, end in itertools.pairwise(points):
            painter.drawLine(start, end)
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(points[-1], 2.5, 2.5)
        painter.end()
