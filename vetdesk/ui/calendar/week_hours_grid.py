"""One resource's week as a small grid a manager types in: weekday, opens, closes, break
(issue 11). The cells are read with the domain's rules (vetdesk/domain/hours_text.py), so a
time may be typed 08:00 or 8.00 and the grid says which day breaks which rule."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from vetdesk.domain.hours_text import check_day, parse_span, parse_time, weekday_name
from vetdesk.domain.opening_hours import HoursRow
from vetdesk.errors import ValidationError
from vetdesk.ui.qt import (
    QAbstractItemView,
    QHeaderView,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


class WeekHoursGrid(QTableWidget):
    """Seven rows, Monday first; an empty "opens" and "closes" is a closed day."""

    DAY, OPENS, CLOSES, BREAK = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(7, 4, parent)
        self.setObjectName("weekHours")
        self.setHorizontalHeaderLabels([self.tr("Weekday"), self.tr("Opens"), self.tr("Closes"),
                                        self.tr("Break")])
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.setTabKeyNavigation(True)
        for weekday in range(7):
            day = QTableWidgetItem(weekday_name(weekday))
            day.setFlags(day.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(weekday, self.DAY, day)
            for column in (self.OPENS, self.CLOSES, self.BREAK):
                self.setItem(weekday, column, QTableWidgetItem(""))
        # Every row shown without scrolling: the header plus seven rows and the frame.
        rows = sum(self.rowHeight(r) for r in range(7))
        self.setMinimumHeight(header.sizeHint().height() + rows + 2 * self.frameWidth() + 4)
        self.setMaximumHeight(self.minimumHeight())
        self.setCurrentCell(0, self.OPENS)

    def fill(self, rows: Sequence[HoursRow]) -> None:
        """Show a week. A day opened twice (08-12 and 13-17, typed on the command line) shows
        as 08-17 with the gap as a break: the calendar treats the two the same."""
        blocked = self.blockSignals(True)
        try:
            for weekday in range(7):
                day = [r for r in rows if r.weekday == weekday]
                opens = sorted((r for r in day if r.kind == "open"), key=lambda r: r.starts)
                pauses = [(r.starts, r.ends) for r in day if r.kind == "break"]
                pauses += [(a.ends, b.starts) for a, b in pairwise(opens)
                           if a.ends < b.starts]
                self._cell(weekday, self.OPENS).setText(
                    f"{opens[0].starts:%H:%M}" if opens else "")
                self._cell(weekday, self.CLOSES).setText(
                    f"{max(r.ends for r in opens):%H:%M}" if opens else "")
                self._cell(weekday, self.BREAK).setText(", ".join(
                    f"{starts:%H:%M}-{ends:%H:%M}" for starts, ends in sorted(pauses)))
        finally:
            self.blockSignals(blocked)
        self.viewport().update()

    def _cell(self, weekday: int, column: int) -> QTableWidgetItem:
        item = self.item(weekday, column)
        if item is None:  # every cell gets an item in __init__; a cleared one comes back empty
            item = QTableWidgetItem("")
            self.setItem(weekday, column, item)
        return item

    def text(self, weekday: int, column: int) -> str:
        return self._cell(weekday, column).text().strip()

    def week(self) -> tuple[HoursRow, ...]:
        """The typed week, checked; raises ValidationError naming the first bad day."""
        rows: list[HoursRow] = []
        for weekday in range(7):
            try:
                rows.extend(self._day(weekday))
            except ValidationError as error:
                raise ValidationError(self.tr("{day}: {problem}").format(
                    day=weekday_name(weekday), problem=str(error))) from None
        if not any(r.kind == "open" for r in rows):
            raise ValidationError(self.tr("Give at least one day opening hours."))
        return tuple(rows)

    def _day(self, weekday: int) -> list[HoursRow]:
        opens, closes = self.text(weekday, self.OPENS), self.text(weekday, self.CLOSES)
        pause = self.text(weekday, self.BREAK)
        if not opens and not closes:
            if pause:
                raise ValidationError(self.tr("a closed day has no break; clear the break or "
                                              "give opening hours."))
            return []
        if not opens or not closes:
            raise ValidationError(self.tr("give both when it opens and when it closes, or "
                                          "neither for a closed day."))
        day = [HoursRow(weekday, "open", parse_time(opens), parse_time(closes))]
        day += [HoursRow(weekday, "break", *parse_span(span))
                for span in pause.split(",") if span.strip()]
        check_day(day)
        return day
