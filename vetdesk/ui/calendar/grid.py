"""The calendar's day or week: one painted widget with a column per resource and day.

Painted, not built from item widgets, so a week of 8 vets with 600 appointments lays out and
draws in a few milliseconds (tests/bench/bench_calendar.py). Each appointment's local day and
minutes are worked out once per period (``_spans``), its box and its text once per layout, and
the layout is made when it is first needed after the period or the width changed, not on
every resize or paint; painting draws only what the exposed rectangle touches, each text cut
to what its box can show.

Keyboard (UI.md): arrows move the selection; Enter books a free slot or opens the selected
appointment's client; Shift+Up/Down change the selected appointment's length; Alt+arrows move
it (another column with Alt+Left/Right). Mouse: double-click a free slot to book, drag an
appointment to move it, drag its bottom edge to change its length.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from vetdesk.domain.opening_hours import DayHours
from vetdesk.services.scheduling.calendar_view import CalendarAppointment, CalendarPeriod
from vetdesk.services.scheduling.resources import ResourceView
from vetdesk.ui.calendar import look
from vetdesk.ui.qt import (
    QBrush,
    QCoreApplication,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPoint,
    QRect,
    QResizeEvent,
    QSize,
    Qt,
    QWidget,
    Signal,
)

STEP_MINUTES = 15  # the keyboard's step, and a row of the grid
DRAG_MINUTES = 5  # what a drag snaps to
EDGE_PIXELS = 6  # the bottom edge that resizes instead of moving
MIN_COLUMN = 26


@dataclass(frozen=True)
class Column:
    day: dt.date
    resource: ResourceView


@dataclass
class _Placed:
    item: CalendarAppointment
    column: int
    rect: QRect
    # Text drawn in the box, made once per layout rather than on every paint, and no longer
    # than the box can show (Qt shapes every character it is given, clipped or not).
    line: str = ""
    detail: str = ""
    # Drawn in the column of the room it holds, not of its vet: shown (the room is taken),
    # selectable, but moved from its own column only.
    held: bool = False


# An appointment in the clinic's zone: its day, and its start and end in minutes after
# midnight (an end past midnight counts as 24:00).
_Span = tuple[dt.date, int, int]


def local_span(item: CalendarAppointment, zone: ZoneInfo) -> _Span:
    start = item.starts_at.astimezone(zone)
    end = item.ends_at.astimezone(zone)
    start_min = start.hour * 60 + start.minute
    end_min = end.hour * 60 + end.minute if end.date() == start.date() else 24 * 60
    return start.date(), start_min, max(end_min, start_min + 5)


class CalendarGrid(QWidget):
    book_requested = Signal(int, object)  # resource id, start (UTC)
    # appointment id, version, resource id, start, end (UTC)
    move_requested = Signal(int, int, int, object, object)
    open_requested = Signal(object)  # CalendarAppointment
    selection_changed = Signal()

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Calendar"))
        self.zone = zone
        self.period: CalendarPeriod | None = None
        self.columns: list[Column] = []
        self.first_minute = 7 * 60
        self.last_minute = 19 * 60
        self.pixels_per_minute = 1.4
        self.header_height = 44
        self.gutter = 46
        self._laid_out: list[_Placed] = []
        self._layout_width: int | None = None  # the width laid out for; None: lay out again
        self._spans: dict[int, _Span] = {}  # appointment id -> its local day and minutes
        self.cursor_column = 0
        self.cursor_minute = 8 * 60
        self.selected: CalendarAppointment | None = None
        self._drag: tuple[str, _Placed, int] | None = None  # mode, placed, grab offset (min)
        self._preview: tuple[int, int, int] | None = None  # column, start min, end min
        self.setMinimumHeight(self._content_height())

    # -- data -------------------------------------------------------------------------------

    def set_period(self, period: CalendarPeriod) -> None:
        self.period = period
        self.columns = [Column(day, r) for day in period.days for r in period.resources]
        zone = self.zone
        self._spans = {item.appointment_id: local_span(item, zone)
                       for item in period.appointments}
        self._fit_hours(period)
        keep = self.selected.appointment_id if self.selected is not None else None
        self.selected = next((a for a in period.appointments if a.appointment_id == keep), None)
        self.cursor_column = min(self.cursor_column, max(len(self.columns) - 1, 0))
        self.setMinimumHeight(self._content_height())
        self._layout_width = None
        if self.selected is None:
            self.selected = self.appointments_in(self.cursor_column, self.cursor_minute)
        self.update()

    def _fit_hours(self, period: CalendarPeriod) -> None:
        """From the earliest opening to the latest closing (07-19 at least), whole hours."""
        first, last = 7 * 60, 19 * 60
        for hours in period.hours.values():
            for span in hours.open:
                first = min(first, span.starts.hour * 60)
                last = max(last, span.ends.hour * 60 + (60 if span.ends.minute else 0))
        if self._spans:
            first = min(first, min(start for _day, start, _end in self._spans.values())
                        // 60 * 60)
            last = max(last, min(24 * 60, (max(end for _day, _start, end in self._spans.values())
                                           + 59) // 60 * 60))
        self.first_minute, self.last_minute = first, last

    def _local_minutes(self, item: CalendarAppointment) -> tuple[int, int]:
        span = self._spans.get(item.appointment_id) or local_span(item, self.zone)
        return span[1], span[2]

    # -- geometry ---------------------------------------------------------------------------

    def _content_height(self) -> int:
        minutes = self.last_minute - self.first_minute
        return self.header_height + int(minutes * self.pixels_per_minute) + 2

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(900, self._content_height())

    def column_width(self) -> float:
        count = max(len(self.columns), 1)
        return max(MIN_COLUMN, (self.width() - self.gutter) / count)

    def column_x(self, index: int) -> int:
        return self.gutter + int(index * self.column_width())

    def y_of(self, minute: int) -> int:
        return self.header_height + int((minute - self.first_minute) * self.pixels_per_minute)

    def minute_at(self, y: int, snap: int = STEP_MINUTES) -> int:
        raw = self.first_minute + (y - self.header_height) / self.pixels_per_minute
        snapped = int(raw // snap * snap)
        return max(self.first_minute, min(self.last_minute - snap, snapped))

    def column_at(self, x: int) -> int:
        index = int((x - self.gutter) // self.column_width())
        return max(0, min(len(self.columns) - 1, index))

    @property
    def _placed(self) -> list[_Placed]:
        """Every appointment's box and text, laid out now if the period or width changed."""
        if self._layout_width != self.width():
            self._layout()
        return self._laid_out

    def _layout(self) -> None:
        self._layout_width = self.width()
        self._laid_out = placed = []
        if self.period is None:
            return
        index = {(c.day, c.resource.resource_id): n for n, c in enumerate(self.columns)}
        width = self.column_width()
        box_width = max(int(width) - 2, 4)
        # The most characters a box's text can show: its inner width over the narrowest glyph.
        metrics = QFontMetrics(self.font())
        narrowest = max(1, min(metrics.horizontalAdvance(c) for c in " .,:;'!|ilj1"))
        fits = (box_width - 8) // narrowest + 2
        gutter, top_y, scale = self.gutter, self.header_height, self.pixels_per_minute
        first_minute = self.first_minute
        signs, spans = look.STATUS_SIGNS, self._spans
        restricted_words = self.tr("Processing restricted")
        names = {c.resource.resource_id: c.resource.name for c in self.columns}
        for item in self.period.appointments:
            day, start, end = spans[item.appointment_id]
            column = index.get((day, item.resource_id))
            if column is None:
                continue
            top = top_y + int((start - first_minute) * scale)
            bottom = top_y + int((end - first_minute) * scale)
            who = item.animal_name or item.client_name
            line = f"{signs.get(item.state, '')} {start // 60:02d}:{start % 60:02d} {who}"
            detail = f"{item.client_name} · {item.reason or item.appointment_type}"
            if item.restricted:
                # Restricted processing (GDPR art. 18): a sign on the box, words below it.
                line = f"⚠ {line}"
                detail = f"{restricted_words} · {detail}"
            height = max(bottom - top - 1, 6)
            placed.append(_Placed(item, column, QRect(
                gutter + int(column * width) + 1, top, box_width, height),
                line[:fits], detail[:fits]))
            room = (index.get((day, item.room_id))
                    if item.room_id is not None and item.room_id != item.resource_id else None)
            if room is not None:
                held = "{} · {}".format(names.get(item.resource_id, ""),
                                        item.reason or item.appointment_type)
                placed.append(_Placed(item, room, QRect(
                    gutter + int(room * width) + 1, top, box_width, height),
                    line[:fits], held[:fits], held=True))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # A new height changes nothing laid out; a new width is laid out when next needed.
        if event.size().width() != event.oldSize().width():
            self._layout_width = None

    def appointment_at(self, point: QPoint) -> _Placed | None:
        for placed in reversed(self._placed):
            if placed.rect.contains(point):
                return placed
        return None

    def appointments_in(self, column: int, minute: int) -> CalendarAppointment | None:
        for placed in self._placed:
            start, end = self._local_minutes(placed.item)
            if placed.column == column and start <= minute < end:
                return placed.item
        return None

    def cursor_start(self) -> tuple[int, dt.datetime] | None:
        """The resource and UTC start of the selected slot."""
        if not self.columns:
            return None
        column = self.columns[self.cursor_column]
        local = dt.datetime.combine(column.day, dt.time(self.cursor_minute // 60,
                                                        self.cursor_minute % 60), self.zone)
        return column.resource.resource_id, local.astimezone(dt.UTC)

    def hours_of(self, column: Column) -> DayHours | None:
        if self.period is None:
            return None
        return self.period.hours.get((column.resource.resource_id, column.day))

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        exposed = event.rect()
        palette = self.palette()
        painter.fillRect(exposed, palette.color(QPalette.ColorRole.Base))
        self._paint_hours(painter, exposed)
        self._paint_lines(painter, exposed, palette)
        self._paint_appointments(painter, exposed, palette)
        self._paint_cursor(painter, palette)
        self._paint_header(painter, palette)
        painter.end()

    def _paint_hours(self, painter: QPainter, exposed: QRect) -> None:
        width = int(self.column_width())
        bottom = self.y_of(self.last_minute)
        closed, pause = look.closed_fill(), look.break_fill()
        for index, column in enumerate(self.columns):
            x = self.column_x(index)
            if x > exposed.right() or x + width < exposed.left():
                continue
            painter.fillRect(QRect(x, self.header_height, width, bottom - self.header_height),
                             closed)
            hours = self.hours_of(column)
            if hours is None:
                continue
            base = self.palette().color(QPalette.ColorRole.Base)
            for span in hours.open:
                top = self.y_of(span.starts.hour * 60 + span.starts.minute)
                end = self.y_of(span.ends.hour * 60 + span.ends.minute)
                painter.fillRect(QRect(x, top, width, end - top), base)
            for span in hours.breaks:
                top = self.y_of(span.starts.hour * 60 + span.starts.minute)
                end = self.y_of(span.ends.hour * 60 + span.ends.minute)
                painter.fillRect(QRect(x, top, width, end - top), pause)

    def _paint_lines(self, painter: QPainter, exposed: QRect, palette: QPalette) -> None:
        grid = palette.color(QPalette.ColorRole.Mid)
        faint = look.blend(grid, palette.color(QPalette.ColorRole.Base), 0.3)
        text = palette.color(QPalette.ColorRole.Text)
        right = self.column_x(len(self.columns))
        for minute in range(self.first_minute, self.last_minute + 1, STEP_MINUTES):
            y = self.y_of(minute)
            if y < exposed.top() - 20 or y > exposed.bottom() + 20:
                continue
            painter.setPen(grid if minute % 60 == 0 else faint)
            painter.drawLine(self.gutter, y, right, y)
            if minute % 60 == 0 and minute < self.last_minute:
                painter.setPen(text)
                painter.drawText(QRect(0, y + 1, self.gutter - 6, 16),
                                 Qt.AlignmentFlag.AlignRight, f"{minute // 60:02d}:00")
        per_day = max(len(self.period.resources), 1) if self.period else 1
        for index in range(len(self.columns) + 1):
            x = self.column_x(index)
            painter.setPen(grid if index % per_day == 0 else faint)
            painter.drawLine(x, self.header_height // 2 if index % per_day else 0, x,
                             self.y_of(self.last_minute))

    def _paint_appointments(self, painter: QPainter, exposed: QRect, palette: QPalette) -> None:
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        line_height, ascent = metrics.height(), metrics.ascent()
        text_colour = palette.color(QPalette.ColorRole.Text)
        colours = look.Colours()
        selected_id = self.selected.appointment_id if self.selected else None
        painter.setPen(text_colour)
        for placed in self._placed:
            rect = placed.rect
            if not rect.intersects(exposed):
                continue
            item = placed.item
            if placed.held:
                # The room's copy: hatched, so it reads as "taken by a booking elsewhere".
                fill = colours.fill(item.appointment_type)
                painter.fillRect(rect, fill.lighter(106))
                painter.fillRect(rect, QBrush(fill.darker(125), Qt.BrushStyle.BDiagPattern))
            else:
                painter.fillRect(rect, colours.fill(item.appointment_type))
            left, top, height = rect.left(), rect.top(), rect.height()
            painter.fillRect(left, top, 4, height, colours.stripe(item.state))
            if item.appointment_id == selected_id:
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
                painter.setPen(text_colour)
            # Clipped to the box rather than elided (the layout already cut each text to
            # what the box can show); drawn at its baseline, which skips Qt's text layout.
            painter.setClipRect(left + 6, top + 1, rect.width() - 8, height - 2)
            painter.drawText(left + 6, top + 1 + ascent, placed.line)
            if height - 2 > 2 * line_height:
                painter.drawText(left + 6, top + 1 + line_height + ascent, placed.detail)
            painter.setClipping(False)
        if self._preview is not None:
            column, first, last = self._preview
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2,
                                Qt.PenStyle.DashLine))
            top = self.y_of(first)
            painter.drawRect(QRect(self.column_x(column) + 1, top,
                                   int(self.column_width()) - 2, self.y_of(last) - top))

    def _paint_cursor(self, painter: QPainter, palette: QPalette) -> None:
        if not self.columns or self.selected is not None:
            return
        pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
        if not self.hasFocus():
            pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        top = self.y_of(self.cursor_minute)
        painter.drawRect(QRect(self.column_x(self.cursor_column) + 1, top,
                               int(self.column_width()) - 2,
                               self.y_of(self.cursor_minute + STEP_MINUTES) - top))

    def _paint_header(self, painter: QPainter, palette: QPalette) -> None:
        if self.period is None:
            return
        top = max(0, self.visibleRegion().boundingRect().top())
        painter.fillRect(QRect(0, top, self.width(), self.header_height),
                         palette.color(QPalette.ColorRole.Window))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        per_day = max(len(self.period.resources), 1)
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(self.font())
        half = self.header_height // 2
        for day_index, day in enumerate(self.period.days):
            x = self.column_x(day_index * per_day)
            width = self.column_x((day_index + 1) * per_day) - x
            holiday = next((h.holiday for (rid, d), h in self.period.hours.items()
                            if d == day and h.holiday), None)
            label = day_label(day) + (f" · {holiday}" if holiday else "")
            painter.setFont(bold)
            painter.drawText(QRect(x + 4, top, width - 8, half),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             QFontMetrics(bold).elidedText(label, Qt.TextElideMode.ElideRight,
                                                           width - 8))
            painter.setFont(self.font())
            for offset, resource in enumerate(self.period.resources):
                cx = self.column_x(day_index * per_day + offset)
                cw = int(self.column_width())
                painter.drawText(QRect(cx + 3, top + half, cw - 6, half),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 metrics.elidedText(resource.name, Qt.TextElideMode.ElideRight,
                                                    cw - 6))

    # -- keyboard ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, mods = int(event.key()), event.modifiers()
        arrows: dict[int, tuple[int, int]] = {
            Qt.Key.Key_Up.value: (0, -1), Qt.Key.Key_Down.value: (0, 1),
            Qt.Key.Key_Left.value: (-1, 0), Qt.Key.Key_Right.value: (1, 0)}
        if key in arrows and self.columns:
            dx, dy = arrows[key]
            if mods & Qt.KeyboardModifier.ShiftModifier and self.selected is not None and dy:
                self._resize_selected(dy * STEP_MINUTES)
            elif mods & Qt.KeyboardModifier.AltModifier and self.selected is not None:
                self._move_selected(dx, dy * STEP_MINUTES)
            else:
                self._move_cursor(dx, dy)
            event.accept()
            return
        if key in (Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value):
            self.activate()
            event.accept()
            return
        super().keyPressEvent(event)

    def activate(self) -> None:
        """Enter: open the selected appointment, or book the selected free slot."""
        if self.selected is not None:
            self.open_requested.emit(self.selected)
            return
        start = self.cursor_start()
        if start is not None:
            self.book_requested.emit(*start)

    def _move_cursor(self, dx: int, dy: int) -> None:
        if self.selected is not None and dy:
            start, end = self._local_minutes(self.selected)
            self.cursor_minute = start if dy < 0 else end - STEP_MINUTES
        self.cursor_column = max(0, min(len(self.columns) - 1, self.cursor_column + dx))
        self.cursor_minute = max(self.first_minute, min(
            self.last_minute - STEP_MINUTES, self.cursor_minute + dy * STEP_MINUTES))
        self.selected = self.appointments_in(self.cursor_column, self.cursor_minute)
        self.selection_changed.emit()
        self.update()

    def _resize_selected(self, delta: int) -> None:
        assert self.selected is not None
        item = self.selected
        ends = item.ends_at + dt.timedelta(minutes=delta)
        if ends - item.starts_at >= dt.timedelta(minutes=DRAG_MINUTES):
            self.move_requested.emit(item.appointment_id, item.version, item.resource_id,
                                     item.starts_at, ends)

    def _move_selected(self, dx: int, minutes: int) -> None:
        assert self.selected is not None
        item = self.selected
        placed = next((p for p in self._placed if p.item is item and not p.held), None)
        if placed is None:
            return
        column = max(0, min(len(self.columns) - 1, placed.column + dx))
        self._emit_move(item, column, self._local_minutes(item)[0] + minutes,
                        self._local_minutes(item)[1] + minutes)

    def _emit_move(self, item: CalendarAppointment, column: int, start: int, end: int) -> None:
        target = self.columns[column]
        starts = dt.datetime.combine(target.day, dt.time(0), self.zone) + dt.timedelta(
            minutes=start)
        ends = dt.datetime.combine(target.day, dt.time(0), self.zone) + dt.timedelta(
            minutes=end)
        self.move_requested.emit(item.appointment_id, item.version,
                                 target.resource.resource_id, starts.astimezone(dt.UTC),
                                 ends.astimezone(dt.UTC))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.update()

    # -- mouse ------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        point = event.position().toPoint()
        if point.y() < self.header_height or not self.columns:
            return
        placed = self.appointment_at(point)
        self.cursor_column = self.column_at(point.x())
        self.cursor_minute = self.minute_at(point.y())
        self.selected = placed.item if placed is not None else None
        if (placed is not None and not placed.held
                and event.button() == Qt.MouseButton.LeftButton):
            mode = "resize" if placed.rect.bottom() - point.y() <= EDGE_PIXELS else "move"
            grab = self.minute_at(point.y(), 1) - self._local_minutes(placed.item)[0]
            self._drag = (mode, placed, grab)
        self.selection_changed.emit()
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        point = event.position().toPoint()
        if self._drag is None:
            placed = self.appointment_at(point)
            near_edge = placed is not None and placed.rect.bottom() - point.y() <= EDGE_PIXELS
            self.setCursor(Qt.CursorShape.SizeVerCursor if near_edge
                           else Qt.CursorShape.ArrowCursor)
            return
        mode, placed, grab = self._drag
        start, end = self._local_minutes(placed.item)
        minute = self.minute_at(point.y(), DRAG_MINUTES)
        if mode == "resize":
            self._preview = (placed.column, start, max(start + DRAG_MINUTES,
                                                       minute + DRAG_MINUTES))
        else:
            # Keep the point that was grabbed under the pointer, then snap the start.
            raw = self.minute_at(point.y(), 1) - grab
            new_start = round(raw / DRAG_MINUTES) * DRAG_MINUTES
            self._preview = (self.column_at(point.x()), new_start, new_start + end - start)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        drag, preview = self._drag, self._preview
        self._drag, self._preview = None, None
        if drag is not None and preview is not None:
            placed = drag[1]
            start, end = self._local_minutes(placed.item)
            if preview != (placed.column, start, end):
                self._emit_move(placed.item, *preview)
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        point = event.position().toPoint()
        if point.y() >= self.header_height and self.columns:
            self.activate()


def day_label(day: dt.date) -> str:
    names = (QCoreApplication.translate("calendar", "Mon"),
             QCoreApplication.translate("calendar", "Tue"),
             QCoreApplication.translate("calendar", "Wed"),
             QCoreApplication.translate("calendar", "Thu"),
             QCoreApplication.translate("calendar", "Fri"),
             QCoreApplication.translate("calendar", "Sat"),
             QCoreApplication.translate("calendar", "Sun"))
    return f"{names[day.weekday()]} {day.strftime('%d.%m.')}"
