"""Moving, the status flow, next free slot, the change marker and who may do what (issue 11)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.conftest import make_user
from tests.support.calendar import kari_with_bamse, oslo, request, vet_column
from vetdesk.domain import permissions as permission_table
from vetdesk.domain.codes import AppointmentStatus, ResourceKind, Role
from vetdesk.domain.opening_hours import HoursRow
from vetdesk.errors import PermissionDenied, ValidationError
from vetdesk.services.conflicts import RecordChangedError
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission
from vetdesk.services.scheduling.booking import Booked, book_appointment
from vetdesk.services.scheduling.calendar_view import calendar_marker, calendar_period
from vetdesk.services.scheduling.changes import move_appointment, set_status
from vetdesk.services.scheduling.errors import ConfirmationNeeded, SlotTaken
from vetdesk.services.scheduling.free_slots import next_free_slot
from vetdesk.services.scheduling.resources import add_resource, set_hours

S = AppointmentStatus
MONDAY = dt.date(2026, 11, 23)


@pytest.fixture
def lie_column(ctx: ServiceContext, admin: Actor, vet: Actor) -> int:
    return vet_column(ctx, admin, vet)


def _book(ctx: ServiceContext, actor: Actor, column: int, hour: int, minute: int = 0
          ) -> Booked:
    client_id, animal_id = kari_with_bamse(ctx, actor)
    return book_appointment(ctx, actor, request(client_id, animal_id, column,
                                                oslo(2026, 11, 23, hour, minute)))


def test_the_status_flow_and_its_words(ctx: ServiceContext, receptionist: Actor,
                                       lie_column: int) -> None:
    booked = _book(ctx, receptionist, lie_column, 10)
    version = 1
    for status in (S.CONFIRMED, S.ARRIVED, S.IN_PROGRESS, S.DONE):
        version = set_status(ctx, receptionist, booked.appointment_id, version, status).version
    with pytest.raises(ValidationError, match="An appointment that is done cannot be set to "
                                              "cancelled"):
        set_status(ctx, receptionist, booked.appointment_id, version, S.CANCELLED,
                   reason="Syk")


def test_check_in_notes_the_time_and_cancelling_needs_a_reason(
    ctx: ServiceContext, receptionist: Actor, lie_column: int
) -> None:
    booked = _book(ctx, receptionist, lie_column, 10)
    with pytest.raises(ValidationError, match="reason for the cancellation"):
        set_status(ctx, receptionist, booked.appointment_id, 1, S.CANCELLED)
    arrived = set_status(ctx, receptionist, booked.appointment_id, 1, S.ARRIVED)
    today = calendar_period(ctx, receptionist, MONDAY, 1)
    assert [a.state for a in today.appointments] == ["arrived"]
    set_status(ctx, receptionist, booked.appointment_id, arrived.version, S.CANCELLED,
               reason="Eier syk")
    assert calendar_period(ctx, receptionist, MONDAY, 1).appointments == ()
    # The slot is free again.
    assert _book(ctx, receptionist, lie_column, 10).new


def test_the_second_desk_editing_the_same_appointment_is_told_who_changed_it(
    ctx: ServiceContext, receptionist: Actor, lie_column: int
) -> None:
    other_desk = make_user(ctx, "per", Role.RECEPTIONIST, full_name="Per Pedersen")
    booked = _book(ctx, receptionist, lie_column, 10)
    set_status(ctx, other_desk, booked.appointment_id, 1, S.CONFIRMED)
    with pytest.raises(RecordChangedError) as stale:
        move_appointment(ctx, receptionist, booked.appointment_id, 1,
                         starts_at=oslo(2026, 11, 23, 13), ends_at=oslo(2026, 11, 23, 13, 30))
    assert "changed by Per Pedersen at 22.11.2026 08:55" in stale.value.message


def test_moving_onto_a_booked_slot_is_refused_and_resizing_works(
    ctx: ServiceContext, receptionist: Actor, lie_column: int
) -> None:
    first = _book(ctx, receptionist, lie_column, 10)
    second = _book(ctx, receptionist, lie_column, 13)
    with pytest.raises(SlotTaken, match=r"Dr\. Lie is already booked 10:00–10:30"):
        move_appointment(ctx, receptionist, second.appointment_id, 1,
                         starts_at=oslo(2026, 11, 23, 10, 15), ends_at=oslo(2026, 11, 23, 10, 45))
    longer = move_appointment(ctx, receptionist, first.appointment_id, 1,
                              starts_at=oslo(2026, 11, 23, 10), ends_at=oslo(2026, 11, 23, 11))
    assert (longer.version, longer.ends_at) == (2, oslo(2026, 11, 23, 11))


def test_next_free_slot_skips_bookings_breaks_and_the_past(
    ctx: ServiceContext, receptionist: Actor, lie_column: int
) -> None:
    for hour, minute in ((8, 0), (8, 30), (9, 0), (9, 30), (10, 0), (10, 30), (11, 0)):
        _book(ctx, receptionist, lie_column, hour, minute)
    slot = next_free_slot(ctx, receptionist, 30, first_day=dt.date(2026, 11, 20),
                          last_day=dt.date(2026, 11, 27))
    # Friday 20.11 is past, the weekend closed, Monday full until the 11:30-12:00 break.
    assert (slot.resource_name, slot.starts_at) == ("Ingrid Lie", oslo(2026, 11, 23, 12, 0))


def test_next_free_slot_with_a_room_waits_for_the_room(
    ctx: ServiceContext, admin: Actor, receptionist: Actor, lie_column: int
) -> None:
    berg = add_resource(ctx, admin, ResourceKind.VETERINARIAN, "Per Berg")
    stue = add_resource(ctx, admin, ResourceKind.ROOM, "Operasjonsstue 1")
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    # Ingrid Lie operates in the room all Monday morning.
    book_appointment(ctx, receptionist, dataclasses.replace(
        request(client_id, animal_id, lie_column, oslo(2026, 11, 23, 8), minutes=180),
        room_id=stue))
    alone = next_free_slot(ctx, receptionist, 30, first_day=MONDAY, last_day=MONDAY,
                           resource_ids=(berg,))
    assert (alone.resource_name, alone.starts_at) == ("Per Berg", oslo(2026, 11, 23, 8))
    with_room = next_free_slot(ctx, receptionist, 30, first_day=MONDAY, last_day=MONDAY,
                               resource_ids=(berg,), room_id=stue)
    assert (with_room.resource_name, with_room.starts_at) == (
        "Per Berg", oslo(2026, 11, 23, 11))


def test_own_hours_replace_the_default_week(ctx: ServiceContext, manager: Actor,
                                            receptionist: Actor, lie_column: int) -> None:
    set_hours(ctx, manager, lie_column, [HoursRow(1, "open", dt.time(12), dt.time(20))])
    slot = next_free_slot(ctx, receptionist, 45, first_day=MONDAY,
                          last_day=dt.date(2026, 11, 27))
    assert slot.starts_at == oslo(2026, 11, 24, 12, 0)  # Tuesday only


def test_the_change_marker_moves_with_every_change(ctx: ServiceContext, receptionist: Actor,
                                                   lie_column: int) -> None:
    before = calendar_marker(ctx, receptionist)
    booked = _book(ctx, receptionist, lie_column, 10)
    after_booking = calendar_marker(ctx, receptionist)
    set_status(ctx, receptionist, booked.appointment_id, 1, S.ARRIVED)
    assert before < after_booking < calendar_marker(ctx, receptionist)


def test_booking_needs_the_permission(ctx: ServiceContext, receptionist: Actor,
                                      lie_column: int, monkeypatch: pytest.MonkeyPatch) -> None:
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    table = dict(permission_table.ROLE_PERMISSIONS)
    table[Role.RECEPTIONIST] = table[Role.RECEPTIONIST] - {Permission.BOOK_APPOINTMENTS}
    monkeypatch.setattr("vetdesk.services.permissions.ROLE_PERMISSIONS", table)
    with pytest.raises(PermissionDenied, match="may not book appointments"):
        book_appointment(ctx, receptionist, request(client_id, animal_id, lie_column,
                                                    oslo(2026, 11, 23, 10)))


def test_only_the_manager_sets_opening_hours(ctx: ServiceContext, receptionist: Actor,
                                             manager: Actor, lie_column: int) -> None:
    week = [HoursRow(0, "open", dt.time(9), dt.time(15))]
    with pytest.raises(PermissionDenied):
        set_hours(ctx, receptionist, lie_column, week)
    set_hours(ctx, manager, lie_column, week)


def test_a_vet_with_own_hours_is_booked_inside_them(ctx: ServiceContext, manager: Actor,
                                                     receptionist: Actor,
                                                     lie_column: int) -> None:
    """Her own hours are read back as times of day on both engines (SQLite once turned a
    stored '08:00:00' into 8 and the booking failed with a traceback)."""
    set_hours(ctx, manager, lie_column, [HoursRow(0, "open", dt.time(8), dt.time(12))])
    assert _book(ctx, receptionist, lie_column, 10).new
    with pytest.raises(ConfirmationNeeded) as asked:
        _book(ctx, receptionist, lie_column, 13)
    assert "outside Ingrid Lie's opening hours" in asked.value.message
