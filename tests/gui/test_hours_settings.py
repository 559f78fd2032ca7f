"""Settings → Opening hours: the practice manager edits a vet's week in the grid and opens a
public holiday; the grid refuses a break outside the hours as she types (issue 11)."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from pytestqt.qtbot import QtBot

from tests.support.calendar import vet_column
from tests.support.chart_screens import page_context
from tests.support.english import english_lines
from vetdesk.domain import permissions as permission_table
from vetdesk.domain.codes import Role
from vetdesk.domain.opening_hours import HoursRow
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission
from vetdesk.services.scheduling.hours import holiday_openings, resource_weeks
from vetdesk.services.scheduling.resources import set_hours
from vetdesk.ui.calendar.hours_settings import HoursSettings
from vetdesk.ui.calendar.week_hours_grid import WeekHoursGrid
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.pages.settings_page import SettingsPage
from vetdesk.ui.qt import Qt

WAIT_MS = 10_000
SHOTS = os.environ.get("VETDESK_SHOTS")
SATURDAY = 5
T = dt.time


def _shot(widget: object, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))  # type: ignore[attr-defined]


def _type(grid: WeekHoursGrid, weekday: int, column: int, text: str) -> None:
    grid.item(weekday, column).setText(text)  # type: ignore[union-attr]


def _open_section(qtbot: QtBot, window: MainWindow) -> HoursSettings:
    window.show()
    window.rail.select("settings")
    page = window.work_area.page_widgets["settings"]
    assert isinstance(page, SettingsPage) and page.tabs is not None and page.hours is not None
    section = page.hours
    for index in range(page.tabs.count()):
        if section.isAncestorOf(page.tabs.widget(index)) or page.tabs.widget(index
                                                                            ).isAncestorOf(section):
            page.tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: section.loaded and section.resource_box.count() == 1,
                    timeout=WAIT_MS)
    return section


def test_the_manager_edits_a_week_and_opens_a_holiday(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, windows: list[MainWindow],
    admin: Actor, vet: Actor, manager: Actor,
) -> None:
    column = vet_column(ctx, admin, vet)
    window = MainWindow(ctx, db_ops, manager)
    windows.append(window)
    section = _open_section(qtbot, window)
    grid = section.grid
    assert [grid.text(0, c) for c in range(4)] == ["Monday", "08:00", "16:00", "11:30-12:00"]
    assert [grid.text(SATURDAY, c) for c in range(4)] == ["Saturday", "", "", ""]
    assert not section.save_button.isEnabled()

    _type(grid, SATURDAY, grid.OPENS, "9.00")
    assert section.problem_label.text() == (
        "Saturday: give both when it opens and when it closes, or neither for a closed day.")
    _type(grid, SATURDAY, grid.CLOSES, "13")
    _type(grid, SATURDAY, grid.BREAK, "12:30-13:30")
    assert section.problem_label.text() == (
        "Saturday: The break 12:30-13:30 must lie inside the opening hours.")
    assert not section.save_button.isEnabled()
    _type(grid, SATURDAY, grid.BREAK, "11-11.15")
    assert section.problem_label.text() == "" and section.save_button.isEnabled()
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.status_label.text() == "Saved.", timeout=WAIT_MS)
    (week,) = resource_weeks(ctx, manager)
    assert week.day(SATURDAY) == (HoursRow(5, "open", T(9), T(13)),
                                  HoursRow(5, "break", T(11), T(11, 15)))
    assert week.day(0) == (HoursRow(0, "open", T(8), T(16)),
                           HoursRow(0, "break", T(11, 30), T(12)))

    # The holidays of the coming year, closed until opened: 26.12.2026 for Dr. Lie.
    table = section.holiday_table
    assert [table.item(r, 0).text() for r in range(2)] == ["25.12.2026", "26.12.2026"]
    table.setCurrentCell(1, 0)
    section.holiday_for.setCurrentIndex(section.holiday_for.findData(column))
    section.holiday_hours.setText("14-10")
    assert not section.open_button.isEnabled()
    assert "ends before it starts" in section.holiday_problem.text()
    section.holiday_hours.setText("10-14")
    qtbot.mouseClick(section.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table.item(1, 2).text() == "10:00-14:00 (Ingrid Lie)",
                    timeout=WAIT_MS)
    assert [(o.day, o.resource_id) for o in holiday_openings(
        ctx, manager, dt.date(2026, 12, 26), dt.date(2026, 12, 26))] == [
            (dt.date(2026, 12, 26), column)]
    assert section.close_button.isEnabled()
    qtbot.mouseClick(section.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table.item(1, 2).text() == "Closed", timeout=WAIT_MS)


def test_a_receptionist_has_no_opening_hours_tab(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
) -> None:
    page = SettingsPage(page_context(ctx, db_ops, receptionist))
    qtbot.addWidget(page)
    assert page.hours is None


@pytest.mark.sqlite_only
def test_the_section_speaks_bokmal(
    bokmal: None, qtbot: QtBot, ctx: ServiceContext, db_ops: Operations,
    windows: list[MainWindow], admin: Actor, vet: Actor, manager: Actor,
) -> None:
    vet_column(ctx, admin, vet)
    window = MainWindow(ctx, db_ops, manager)
    windows.append(window)
    window.resize(1280, 900)
    section = _open_section(qtbot, window)
    _type(section.grid, SATURDAY, section.grid.OPENS, "9")
    assert section.problem_label.text() == (
        "Lørdag: oppgi både når den åpner og når den stenger, eller ingen av dem for en "
        "stengt dag.")
    _type(section.grid, SATURDAY, section.grid.CLOSES, "13")
    _type(section.grid, SATURDAY, section.grid.BREAK, "13-14")
    assert section.problem_label.text() == "Lørdag: Pausen 13:00-14:00 må ligge innenfor " \
                                           "åpningstiden."
    texts = [section.heading.text(), section.hint.text(), section.resource_label.text(),
             section.save_button.text(), section.revert_button.text(),
             section.save_button.toolTip(), section.holiday_heading.text(),
             section.holiday_hint.text(), section.open_button.text(),
             section.close_button.text(), section.hours_label.text(),
             section.for_label.text(), section.holiday_for.itemText(0)]
    grid, table = section.grid, section.holiday_table
    texts += [str(grid.horizontalHeaderItem(c).text()) for c in range(4)]  # type: ignore[union-attr]
    texts += [str(table.horizontalHeaderItem(c).text()) for c in range(3)]  # type: ignore[union-attr]
    texts += [table.item(r, 2).text() for r in range(table.rowCount())]  # type: ignore[union-attr]
    assert english_lines("\n".join(texts)) == []
    assert grid.text(0, 0) == "Mandag" and table.item(0, 1).text() == "Første juledag"
    _shot(window, "hours-settings-nb")


def test_a_day_opened_twice_shows_the_gap_as_a_break(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, windows: list[MainWindow],
    admin: Actor, vet: Actor, manager: Actor,
) -> None:
    column = vet_column(ctx, admin, vet)
    set_hours(ctx, manager, column, [HoursRow(3, "open", T(8), T(12)),
                                     HoursRow(3, "open", T(13), T(19)),
                                     HoursRow(3, "break", T(16), T(16, 15))])
    window = MainWindow(ctx, db_ops, manager)
    windows.append(window)
    section = _open_section(qtbot, window)
    assert [section.grid.text(3, c) for c in range(1, 4)] == [
        "08:00", "19:00", "12:00-13:00, 16:00-16:15"]
    assert [section.grid.text(0, c) for c in range(1, 4)] == ["", "", ""]
    assert not section.save_button.isEnabled()
    _type(section.grid, 0, section.grid.OPENS, "8")
    _type(section.grid, 0, section.grid.CLOSES, "15")
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.status_label.text() == "Saved.", timeout=WAIT_MS)
    (week,) = resource_weeks(ctx, manager)
    assert week.day(3) == (HoursRow(3, "open", T(8), T(19)),
                           HoursRow(3, "break", T(12), T(13)),
                           HoursRow(3, "break", T(16), T(16, 15)))
    assert week.day(0) == (HoursRow(0, "open", T(8), T(15)),)


def test_a_refused_save_keeps_what_was_typed(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, windows: list[MainWindow],
    admin: Actor, vet: Actor, manager: Actor, monkeypatch: pytest.MonkeyPatch,
) -> None:
    vet_column(ctx, admin, vet)
    window = MainWindow(ctx, db_ops, manager)
    windows.append(window)
    section = _open_section(qtbot, window)
    _type(section.grid, SATURDAY, section.grid.OPENS, "9")
    _type(section.grid, SATURDAY, section.grid.CLOSES, "13")
    # The manager's role loses the settings permission while the page is open.
    table = dict(permission_table.ROLE_PERMISSIONS)
    table[Role.MANAGER] = table[Role.MANAGER] - {Permission.MANAGE_SETTINGS}
    monkeypatch.setattr("vetdesk.services.permissions.ROLE_PERMISSIONS", table)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not section.banner.isHidden(), timeout=WAIT_MS)
    assert "settings" in section.banner.message_label.text()
    assert [section.grid.text(SATURDAY, c) for c in range(1, 3)] == ["9", "13"]
    assert section.save_button.isEnabled()
    assert resource_weeks(ctx, manager)[0].is_default
