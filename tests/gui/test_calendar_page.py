"""The calendar page (issue 11): the day and week grid, booking from a free slot with the
keyboard, moving with Alt+arrows, resizing with Shift+arrows, and check-in."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.support.calendar import kari_with_bamse, oslo, request, vet_column
from tests.support.front_desk_gui import WAIT_MS, isolate_settings, visible_dialog, wait_idle
from vetdesk.db.models import Appointment
from vetdesk.domain.codes import AppointmentStatus, ResourceKind
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.scheduling.booking import book_appointment
from vetdesk.services.scheduling.calendar_view import calendar_period
from vetdesk.services.scheduling.resources import add_resource, list_resources
from vetdesk.ui.calendar.booking_dialog import BookingDialog, Preset
from vetdesk.ui.ops import Operations
from vetdesk.ui.pages.calendar_page import CalendarPage
from vetdesk.ui.pages.registry import PageContext, ShellEvents
from vetdesk.ui.qt import (
    QApplication,
    QEvent,
    QMouseEvent,
    QPoint,
    QPointF,
    Qt,
    QWidget,
)

SHOTS = os.environ.get("VETDESK_SHOTS")  # a folder to save screenshots in, when looking


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path)


def _page(qtbot: QtBot, ctx: ServiceContext, ops: Operations, actor: Actor) -> CalendarPage:
    page = CalendarPage(PageContext(ctx, ops, actor, ShellEvents()))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.period is not None, timeout=WAIT_MS)
    return page


def _drag_to(grid: QWidget, point: QPoint) -> None:
    """A mouse move with the left button held (QTest's mouseMove carries no buttons)."""
    QApplication.sendEvent(grid, QMouseEvent(
        QEvent.Type.MouseMove, QPointF(point), grid.mapToGlobal(QPointF(point)),
        Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def _shot(page: CalendarPage, name: str) -> None:
    if SHOTS:
        page.grab().save(str(Path(SHOTS) / name))


@pytest.mark.sqlite_only
def test_the_day_shows_each_vet_and_books_from_the_keyboard(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, admin: Actor, vet: Actor,
    receptionist: Actor,
) -> None:
    column = vet_column(ctx, admin, vet)
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    book_appointment(ctx, receptionist, request(client_id, animal_id, column,
                                                oslo(2026, 11, 23, 10), minutes=30))
    page = _page(qtbot, ctx, db_ops, receptionist)
    page.step(1)  # Monday; the test clock is Sunday 22.11.2026 08:55
    qtbot.waitUntil(lambda: page.period is not None and len(page.period.appointments) == 1,
                    timeout=WAIT_MS)
    _shot(page, "calendar-day.png")
    grid = page.grid
    grid.setFocus()
    grid.cursor_minute = 9 * 60 + 45
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # 10:00: onto the booking
    assert grid.selected is not None and grid.selected.animal_name == "Bamse"
    assert page.status_buttons  # the status buttons act on the selection
    page.change_status(AppointmentStatus.ARRIVED)
    wait_idle(qtbot, db_ops)
    qtbot.waitUntil(lambda: page.grid.selected is not None
                    and page.grid.selected.status == "arrived", timeout=WAIT_MS)
    # Shift+Down makes it 15 minutes longer, Alt+Down moves it a quarter later.
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, db_ops)
    qtbot.waitUntil(lambda: page.grid.selected is not None
                    and page.grid.selected.ends_at == oslo(2026, 11, 23, 10, 45),
                    timeout=WAIT_MS)
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    wait_idle(qtbot, db_ops)
    qtbot.waitUntil(lambda: page.grid.selected is not None
                    and page.grid.selected.starts_at == oslo(2026, 11, 23, 10, 15),
                    timeout=WAIT_MS)
    # Down past it to a free slot, Enter opens the booking dialog there.
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.selected is None
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: visible_dialog("bookingDialog") is not None, timeout=WAIT_MS)
    dialog = visible_dialog("bookingDialog")
    assert isinstance(dialog, BookingDialog)
    assert dialog.time.time().toString("HH:mm") == "11:00"
    dialog.search_field.setText("odeg")
    dialog._search()
    qtbot.waitUntil(lambda: dialog.hits.count() == 2, timeout=WAIT_MS)
    assert dialog.chosen.text() == "Bamse – Kari Ødegård (1)"
    dialog.reason.setText("Kontroll av pote")
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "booking-dialog.png"))
    dialog.book()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.period is not None and len(page.period.appointments) == 2,
                    timeout=WAIT_MS)
    saved = calendar_period(ctx, receptionist, dt.date(2026, 11, 23), 1).appointments
    assert [(a.starts_at, a.reason) for a in saved][1] == (oslo(2026, 11, 23, 11),
                                                         "Kontroll av pote")
    page.show_days(7)
    qtbot.waitUntil(lambda: page.period is not None and len(page.period.days) == 7,
                    timeout=WAIT_MS)
    _shot(page, "calendar-week.png")


@pytest.mark.sqlite_only
def test_dragging_moves_and_the_bottom_edge_resizes(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, admin: Actor, vet: Actor,
    receptionist: Actor,
) -> None:
    column = vet_column(ctx, admin, vet)
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    book_appointment(ctx, receptionist, request(client_id, animal_id, column,
                                                oslo(2026, 11, 23, 13), minutes=30))
    page = _page(qtbot, ctx, db_ops, receptionist)
    page.step(1)
    qtbot.waitUntil(lambda: page.period is not None and len(page.period.appointments) == 1,
                    timeout=WAIT_MS)
    grid = page.grid
    box = grid._placed[0].rect
    # Drag the middle of the box down by one hour (60 minutes at the grid's scale).
    start = box.center()
    hour = int(60 * grid.pixels_per_minute)
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    _drag_to(grid, start + QPoint(0, hour // 2))
    _drag_to(grid, start + QPoint(0, hour))
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=start + QPoint(0, hour))
    qtbot.waitUntil(lambda: page.period is not None
                    and page.period.appointments[0].starts_at == oslo(2026, 11, 23, 14),
                    timeout=WAIT_MS)
    # The move queued the client's notice (issue 11), and the page says how it goes.
    assert page.notice_label.text() == "The client is told by SMS."
    _shot(page, "calendar-moved.png")
    # Drag the bottom edge 30 minutes further: the appointment lasts an hour.
    wait_idle(qtbot, db_ops)
    box = grid._placed[0].rect
    edge = QPoint(box.center().x(), box.bottom() - 2)
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=edge)
    _drag_to(grid, edge + QPoint(0, hour // 2))
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=edge + QPoint(0, hour // 2))
    qtbot.waitUntil(lambda: page.period is not None
                    and page.period.appointments[0].ends_at == oslo(2026, 11, 23, 15),
                    timeout=WAIT_MS)


@pytest.mark.sqlite_only
def test_the_booking_dialog_takes_a_room_and_a_rooms_column_holds_itself(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, admin: Actor, vet: Actor,
    receptionist: Actor,
) -> None:
    column = vet_column(ctx, admin, vet)
    stue = add_resource(ctx, admin, ResourceKind.ROOM, "Operasjonsstue 1")
    kari = kari_with_bamse(ctx, receptionist)
    page = PageContext(ctx, db_ops, receptionist, ShellEvents())
    resources = list_resources(ctx, receptionist)
    dialog = BookingDialog(page, resources, Preset(
        resource_id=column, starts_at=oslo(2026, 11, 23, 10), client_id=kari[0],
        animal_id=kari[1], who="Bamse – Kari Ødegård (1)"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.room.itemText(i) for i in range(dialog.room.count())] == [
        "No room", "Operasjonsstue 1"]
    assert dialog.room.isEnabled() and dialog.room.currentData() is None
    dialog.room.setCurrentIndex(1)
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "booking-dialog-room.png"))
    # The room's own column: the choice shows the room and cannot be changed.
    dialog.vet.setCurrentIndex(dialog.vet.findData(stue))
    assert not dialog.room.isEnabled() and dialog.room.currentData() == stue
    dialog.vet.setCurrentIndex(dialog.vet.findData(column))
    assert dialog.room.isEnabled() and dialog.room.currentData() is None
    dialog.room.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.booked, timeout=WAIT_MS) as booked:
        dialog.book()
    with ctx.db.reading() as session:
        row = session.get(Appointment, booked.args[0].appointment_id)
        assert row is not None and (row.resource_id, row.room_id) == (column, stue)


@pytest.mark.sqlite_only
def test_a_room_held_by_a_vets_booking_shows_it_in_the_rooms_column(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, admin: Actor, vet: Actor,
    receptionist: Actor,
) -> None:
    column = vet_column(ctx, admin, vet)
    stue = add_resource(ctx, admin, ResourceKind.ROOM, "Operasjonsstue 1")
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    book_appointment(ctx, receptionist, dataclasses.replace(request(
        client_id, animal_id, column, oslo(2026, 11, 23, 10), minutes=60), room_id=stue))
    page = _page(qtbot, ctx, db_ops, receptionist)
    page.step(1)  # Monday
    qtbot.waitUntil(lambda: page.period is not None and len(page.period.appointments) == 1,
                    timeout=WAIT_MS)
    assert page.period is not None and page.period.appointments[0].room_id == stue
    grid = page.grid
    names = [c.resource.name for c in grid.columns]
    shown = sorted((names[p.column], p.held, p.detail) for p in grid._placed)
    # In the vet's column as booked, and in the room's column too, so the room never looks
    # free (the database would refuse a second booking there).
    assert shown == [("Ingrid Lie", False, "Kari Ødegård · Halter"),
                     ("Operasjonsstue 1", True, "Ingrid Lie · Halter")], shown
    _shot(page, "calendar-room-held.png")
    # The room's copy selects the booking but is not dragged from there.
    held = next(p for p in grid._placed if p.held)
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     held.rect.center())
    assert grid.selected is not None and grid.selected.appointment_id == held.item.appointment_id
    assert grid._drag is None
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       held.rect.center())


@pytest.mark.sqlite_only
def test_a_long_selection_line_does_not_widen_the_window(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, admin: Actor, vet: Actor,
    receptionist: Actor,
) -> None:
    """Selecting a booking with a long client name made the main window grow by itself: the
    line under the grid asked for its whole text's width."""
    page = _page(qtbot, ctx, db_ops, receptionist)
    before = page.minimumSizeHint().width()
    text = "12:40–13:10 Bamse (Kari Ødegård-Strøm-Hansen Bakke Kristiansen) · " * 4
    page.selection_label.setText(text)
    page.notice_label.setText("Kunden får beskjed på SMS.")
    qtbot.wait(20)  # the layout takes the new texts in on the event loop
    assert page.minimumSizeHint().width() <= before + page.notice_label.sizeHint().width()
    assert page.minimumSizeHint().width() < page.selection_label.fontMetrics(
        ).horizontalAdvance(text)
    # Where it is narrow the line wraps rather than being cut mid-word.
    label = page.selection_label
    assert label.heightForWidth(300) > 2 * label.fontMetrics().height()


@pytest.mark.sqlite_only
def test_after_a_refused_booking_enter_books_again_instead_of_cancelling(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, admin: Actor, vet: Actor,
    receptionist: Actor,
) -> None:
    """Clicking Book disabled it while it worked, so the focus went on to Cancel: after "Dr.
    Lie is already booked", Enter closed the dialog and the booking typed was gone."""
    column = vet_column(ctx, admin, vet)
    kari = kari_with_bamse(ctx, receptionist)
    book_appointment(ctx, receptionist, request(kari[0], kari[1], column,
                                                oslo(2026, 11, 23, 10), minutes=30))
    page = PageContext(ctx, db_ops, receptionist, ShellEvents())
    dialog = BookingDialog(page, list_resources(ctx, receptionist), Preset(
        resource_id=column, starts_at=oslo(2026, 11, 23, 10), client_id=kari[0],
        animal_id=kari[1], who="Bamse – Kari Ødegård (1)"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.reason.setText("Halter på høyre bakbein")
    dialog.book_button.setFocus()
    qtbot.keyClick(dialog.book_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "already booked" in dialog.message.text(), timeout=WAIT_MS)
    focused = QApplication.focusWidget()
    [cancel] = [b for b in dialog.buttons.buttons()
                if dialog.buttons.buttonRole(b) == dialog.buttons.ButtonRole.RejectRole]
    assert focused is not cancel
    qtbot.keyClick(focused or dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.reason.text() == "Halter på høyre bakbein"
