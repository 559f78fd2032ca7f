"""Settings → Opening hours: each vet's, room's and equipment's week, and the public holidays
the clinic opens after all (issue 11). For whoever may change settings (practice manager,
administrator); the services check it again, and on PostgreSQL the grants."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from vetdesk.domain.hours_text import parse_span
from vetdesk.domain.opening_hours import HoursRow, public_holidays
from vetdesk.errors import ValidationError
from vetdesk.services.scheduling.hours import (
    HolidayOpeningView,
    ResourceWeek,
    close_holiday,
    holiday_openings,
    resource_weeks,
)
from vetdesk.services.scheduling.resources import open_holiday, set_hours
from vetdesk.ui.calendar.week_hours_grid import WeekHoursGrid
from vetdesk.ui.ops import describe_failure
from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QShowEvent,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from vetdesk.ui.widgets.error_banner import ErrorBanner


class HoursSettings(QWidget):
    help_topic = "settings"

    def __init__(self, page: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.loaded = False
        self.weeks: tuple[ResourceWeek, ...] = ()
        self.holidays: tuple[tuple[dt.date, str], ...] = ()
        self.openings: tuple[HolidayOpeningView, ...] = ()
        self._baseline: frozenset[HoursRow] | None = None
        self._build()
        self._lay_out()
        self._connect()
        self.setMaximumWidth(900)  # a week's four columns read badly stretched over a wide screen

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Opening hours"))
        self.heading.setProperty("role", "heading")
        self.hint = QLabel(self.tr(
            "Type times like 08:00 or 8.00 and a break like 11:30-12:00. Leave opens and closes "
            "empty for a closed day. The calendar asks before booking outside these hours."))
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.banner = ErrorBanner()
        self.resource_box = QComboBox()
        self.resource_box.setObjectName("hoursResource")
        self.resource_label = QLabel(self.tr("&Vet, room or equipment"))
        self.resource_label.setBuddy(self.resource_box)
        self.grid = WeekHoursGrid()
        self.problem_label = QLabel()
        self.problem_label.setObjectName("hoursProblem")
        self.problem_label.setProperty("role", "fieldError")
        self.problem_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setProperty("role", "hint")
        self.status_label.setWordWrap(True)
        self.revert_button = QPushButton(self.tr("&Undo changes"))
        self.save_button = QPushButton(self.tr("&Save week"))
        self.save_button.setObjectName("saveWeek")
        self.save_button.setProperty("primary", True)

        self.holiday_heading = QLabel(self.tr("Public holidays"))
        self.holiday_heading.setProperty("role", "heading")
        self.holiday_hint = QLabel(self.tr(
            "Public holidays are closed. Choose one and open it for the whole clinic or for one "
            "vet or room."))
        self.holiday_hint.setProperty("role", "hint")
        self.holiday_hint.setWordWrap(True)
        self.holiday_table = QTableWidget(0, 3)
        self.holiday_table.setObjectName("holidays")
        self.holiday_table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Holiday"), self.tr("Open")])
        self.holiday_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.holiday_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holiday_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.holiday_table.verticalHeader().hide()
        header = self.holiday_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.holiday_table.setMinimumHeight(200)
        self.holiday_hours = QLineEdit()
        self.holiday_hours.setObjectName("holidayHours")
        self.holiday_hours.setPlaceholderText(self.tr("e.g. 10:00-14:00"))
        self.holiday_hours.setMaximumWidth(160)
        self.hours_label = QLabel(self.tr("&Hours"))
        self.hours_label.setBuddy(self.holiday_hours)
        self.holiday_for = QComboBox()
        self.holiday_for.setObjectName("holidayFor")
        self.for_label = QLabel(self.tr("&For"))
        self.for_label.setBuddy(self.holiday_for)
        self.open_button = QPushButton(self.tr("&Open holiday"))
        self.open_button.setObjectName("openHoliday")
        self.close_button = QPushButton(self.tr("&Close again"))
        self.close_button.setObjectName("closeHoliday")
        self.holiday_problem = QLabel()
        self.holiday_problem.setProperty("role", "fieldError")
        self.holiday_problem.setWordWrap(True)

    def _lay_out(self) -> None:
        chooser = QHBoxLayout()
        chooser.addWidget(self.resource_label)
        chooser.addWidget(self.resource_box, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        opening = QHBoxLayout()
        opening.addWidget(self.hours_label)
        opening.addWidget(self.holiday_hours)
        opening.addWidget(self.for_label)
        opening.addWidget(self.holiday_for, 1)
        opening.addWidget(self.close_button)
        opening.addWidget(self.open_button)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.hint)
        column.addWidget(self.banner)
        column.addLayout(chooser)
        column.addWidget(self.grid)
        column.addWidget(self.problem_label)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addWidget(self.holiday_heading)
        column.addWidget(self.holiday_hint)
        column.addWidget(self.holiday_table)
        column.addLayout(opening)
        column.addWidget(self.holiday_problem)
        column.addStretch(1)

    def _connect(self) -> None:
        self.resource_box.currentIndexChanged.connect(lambda _i: self._show_week())
        self.grid.itemChanged.connect(lambda _item: self._validate())
        self.revert_button.clicked.connect(self._show_week)
        self.save_button.clicked.connect(self.save_week)
        self.holiday_table.currentCellChanged.connect(lambda *_a: self._holiday_chosen())
        self.holiday_hours.textChanged.connect(lambda _t: self._validate_holiday())
        self.holiday_for.currentIndexChanged.connect(lambda _i: self._holiday_chosen())
        self.open_button.clicked.connect(self.open_chosen_holiday)
        self.close_button.clicked.connect(self.close_chosen_holiday)

    # -- loading ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.loaded:
            self.reload()

    def reload(self, then: Callable[[Any], None] | None = None) -> None:
        ctx, actor = self.page.ctx, self.page.actor
        today = ctx.clock.now().astimezone(ctx.zone).date()
        # The holidays of the coming twelve months: this year's left and next year's first.
        self.holidays = tuple(
            (day, name) for year in (today.year, today.year + 1)
            for day, name in public_holidays(year)
            if today <= day < today.replace(year=today.year + 1))
        first, last = today, today.replace(year=today.year + 1)
        self._run(lambda: (resource_weeks(ctx, actor), holiday_openings(ctx, actor, first, last)),
                  then or self._show)

    def _run(self, work: Callable[[], Any], success: Callable[[Any], None]) -> None:
        self.page.ops.run(work, success=success, failure=self._failed, parent=self)

    def _show(self, loaded: tuple[tuple[ResourceWeek, ...],
                                  tuple[HolidayOpeningView, ...]]) -> None:
        chosen, chosen_for = self.resource_box.currentData(), self.holiday_for.currentData()
        self.weeks, self.openings = loaded
        self.loaded = True
        for box, whole in ((self.resource_box, None), (self.holiday_for, self.tr("The whole "
                                                                                  "clinic"))):
            blocked = box.blockSignals(True)
            box.clear()
            if whole is not None:
                box.addItem(whole, None)
            for week in self.weeks:
                box.addItem(week.resource.name, week.resource.resource_id)
            box.blockSignals(blocked)
        self.resource_box.setCurrentIndex(max(0, self.resource_box.findData(chosen)))
        blocked = self.holiday_for.blockSignals(True)
        self.holiday_for.setCurrentIndex(max(0, self.holiday_for.findData(chosen_for)))
        self.holiday_for.blockSignals(blocked)
        self._show_week()
        self._show_holidays()

    def _failed(self, error: BaseException) -> bool:
        self.status_label.setText("")
        self._validate()  # gives the save button back; what was typed stays
        if isinstance(error, ValidationError):
            self.problem_label.setText(str(error))
            self.problem_label.setVisible(True)
            return True
        self.banner.show_failure(describe_failure(error))
        return True

    # -- the week -----------------------------------------------------------------------------

    def chosen_week(self) -> ResourceWeek | None:
        wanted = self.resource_box.currentData()
        return next((w for w in self.weeks if w.resource.resource_id == wanted), None)

    def _show_week(self) -> None:
        week = self.chosen_week()
        self.grid.fill(week.rows if week else ())
        # What the grid reads back right after filling: the week as the grid writes it.
        try:
            self._baseline = frozenset(self.grid.week())
        except ValidationError:
            self._baseline = None
        self.grid.setEnabled(week is not None)
        self.status_label.setText(self.tr("Follows the clinic's default week.")
                                  if week is not None and week.is_default else "")
        self._validate()

    def _validate(self) -> None:
        week = self.chosen_week()
        problem = ""
        changed = False
        try:
            typed = self.grid.week()
            changed = week is not None and frozenset(typed) != self._baseline
        except ValidationError as error:
            problem = str(error)
            changed = True
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.save_button.setEnabled(week is not None and changed and not problem)
        self.revert_button.setEnabled(week is not None and changed)
        if problem:
            self.save_button.setToolTip(self.tr("Fix the hours named below the grid to save."))
        elif not changed:
            self.save_button.setToolTip(self.tr("Nothing has changed since the last save."))
        else:
            self.save_button.setToolTip("")

    def save_week(self) -> None:
        week = self.chosen_week()
        if week is None:
            return
        try:
            rows = self.grid.week()
        except ValidationError:
            self._validate()
            return
        ctx, actor, resource_id = self.page.ctx, self.page.actor, week.resource.resource_id
        self.save_button.setEnabled(False)
        self.status_label.setText(self.tr("Saving…"))
        self._run(lambda: set_hours(ctx, actor, resource_id, rows), lambda _none: self._saved())

    def _saved(self) -> None:
        def show(loaded: Any) -> None:
            self._show(loaded)
            self.status_label.setText(self.tr("Saved."))
        self.reload(show)

    # -- holidays -----------------------------------------------------------------------------

    def _show_holidays(self) -> None:
        current = self.holiday_table.currentRow()
        clinic, closed = self.tr("the clinic"), self.tr("Closed")
        self.holiday_table.setRowCount(len(self.holidays))
        for row, (day, name) in enumerate(self.holidays):
            opened = [o for o in self.openings if o.day == day]
            state = "; ".join(
                f"{o.starts:%H:%M}-{o.ends:%H:%M} ({o.resource_name or clinic})"
                for o in opened) or closed
            for column, text in enumerate((f"{day:%d.%m.%Y}", name, state)):
                self.holiday_table.setItem(row, column, QTableWidgetItem(text))
        if self.holidays:
            self.holiday_table.setCurrentCell(max(0, current), 0)
        self._holiday_chosen()

    def chosen_holiday(self) -> dt.date | None:
        row = self.holiday_table.currentRow()
        return self.holidays[row][0] if 0 <= row < len(self.holidays) else None

    def _chosen_opening(self) -> HolidayOpeningView | None:
        day, who = self.chosen_holiday(), self.holiday_for.currentData()
        return next((o for o in self.openings if o.day == day and o.resource_id == who), None)

    def _holiday_chosen(self) -> None:
        opening = self._chosen_opening()
        if opening is not None:
            self.holiday_hours.setText(f"{opening.starts:%H:%M}-{opening.ends:%H:%M}")
        self.close_button.setEnabled(opening is not None)
        self._validate_holiday()

    def _validate_holiday(self) -> str:
        problem = ""
        text = self.holiday_hours.text().strip()
        if text:
            try:
                parse_span(text)
            except ValidationError as error:
                problem = str(error)
        self.holiday_problem.setText(problem)
        self.holiday_problem.setVisible(bool(problem))
        ready = self.chosen_holiday() is not None and bool(text) and not problem
        self.open_button.setEnabled(ready)
        self.open_button.setToolTip("" if ready else self.tr(
            "Choose a holiday and type its hours, like 10:00-14:00."))
        return problem

    def open_chosen_holiday(self) -> None:
        day = self.chosen_holiday()
        if day is None or self._validate_holiday():
            return
        starts, ends = parse_span(self.holiday_hours.text())
        ctx, actor, who = self.page.ctx, self.page.actor, self.holiday_for.currentData()
        self._run(lambda: open_holiday(ctx, actor, day, starts, ends, resource_id=who),
                  lambda _none: self.reload())

    def close_chosen_holiday(self) -> None:
        opening = self._chosen_opening()
        if opening is None:
            return
        ctx, actor = self.page.ctx, self.page.actor
        self._run(lambda: close_holiday(ctx, actor, opening.day,
                                        resource_id=opening.resource_id),
                  lambda _closed: self.reload())
