"""Rooms and equipment cannot be double-booked either (issue 11): the room an appointment
holds is refused to any other active appointment at the same time, whether it is booked in
the room's own column or chosen for a vet's appointment, by the database on PostgreSQL and
by the locked overlap check on SQLite."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from tests.support.calendar import kari_with_bamse, oslo, request, vet_column
from tests.support.front_desk import add_animal, add_client
from tests.support.statements import count_statements
from vetdesk.db.models import Appointment
from vetdesk.domain.codes import AppointmentStatus, ResourceKind
from vetdesk.errors import ValidationError
from vetdesk.i18n import language
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.scheduling import changes
from vetdesk.services.scheduling.booking import book_appointment
from vetdesk.services.scheduling.changes import move_appointment, set_status
from vetdesk.services.scheduling.errors import SlotTaken
from vetdesk.services.scheduling.resources import add_resource

MONDAY_10 = oslo(2026, 11, 23, 10, 0)  # the test clock is Sunday 22.11.2026 08:55 in Oslo


@pytest.fixture
def columns(ctx: ServiceContext, admin: Actor, vet: Actor) -> dict[str, int]:
    return {
        "lie": vet_column(ctx, admin, vet),
        "berg": add_resource(ctx, admin, ResourceKind.VETERINARIAN, "Per Berg"),
        "stue": add_resource(ctx, admin, ResourceKind.ROOM, "Operasjonsstue 1"),
        "rtg": add_resource(ctx, admin, ResourceKind.EQUIPMENT, "Røntgen"),
    }


def _ola(ctx: ServiceContext, actor: Actor) -> tuple[int, int]:
    client = add_client(ctx, actor, "Ola", "Nordmann", phone="98765432")
    return client.client_id, add_animal(ctx, actor, client.client_id, "Pus").animal_id


def _with_room(client_id: int, animal_id: int, column: int, room: int | None,
               starts: dt.datetime, minutes: int = 30):  # type: ignore[no-untyped-def]
    base = request(client_id, animal_id, column, starts, minutes)
    return type(base)(**{**base.__dict__, "room_id": room})


def _held(ctx: ServiceContext, appointment_id: int) -> int | None:
    with ctx.db.reading() as session:
        row = session.get(Appointment, appointment_id)
        assert row is not None
        return row.room_id


def test_two_vets_cannot_hold_one_room_at_once(ctx: ServiceContext, receptionist: Actor,
                                               columns: dict[str, int]) -> None:
    kari = kari_with_bamse(ctx, receptionist)
    ola = _ola(ctx, receptionist)
    first = book_appointment(ctx, receptionist,
                             _with_room(*kari, columns["lie"], columns["stue"], MONDAY_10))
    assert _held(ctx, first.appointment_id) == columns["stue"]
    with pytest.raises(SlotTaken) as taken:
        book_appointment(ctx, receptionist, _with_room(
            *ola, columns["berg"], columns["stue"], MONDAY_10 + dt.timedelta(minutes=15)))
    assert taken.value.message.startswith(
        "Operasjonsstue 1 is already booked 10:00–10:30 (Kari Ødegård)")
    with language("nb"), pytest.raises(SlotTaken) as taken:
        book_appointment(ctx, receptionist, _with_room(
            *ola, columns["berg"], columns["stue"], MONDAY_10 + dt.timedelta(minutes=15)))
    assert taken.value.message.startswith(
        "Operasjonsstue 1 er allerede booket 10:00–10:30 (Kari Ødegård)")
    # Dr. Berg without the room, and the room right after, are free.
    book_appointment(ctx, receptionist, _with_room(*ola, columns["berg"], None, MONDAY_10))
    book_appointment(ctx, receptionist, _with_room(
        *ola, columns["lie"], columns["stue"], MONDAY_10 + dt.timedelta(minutes=30)))


def test_a_booking_in_the_rooms_own_column_holds_the_room(
    ctx: ServiceContext, receptionist: Actor, columns: dict[str, int]
) -> None:
    kari = kari_with_bamse(ctx, receptionist)
    ola = _ola(ctx, receptionist)
    own = book_appointment(ctx, receptionist, request(*kari, columns["rtg"], MONDAY_10))
    assert _held(ctx, own.appointment_id) == columns["rtg"]
    with pytest.raises(SlotTaken) as taken:
        book_appointment(ctx, receptionist,
                         _with_room(*ola, columns["lie"], columns["rtg"], MONDAY_10))
    assert taken.value.message.startswith("Røntgen is already booked 10:00–10:30 (Kari Ødegård)")


def test_a_room_that_is_not_one_or_a_second_room_is_one_sentence(
    ctx: ServiceContext, receptionist: Actor, columns: dict[str, int]
) -> None:
    kari = kari_with_bamse(ctx, receptionist)
    with pytest.raises(ValidationError) as wrong:
        book_appointment(ctx, receptionist,
                         _with_room(*kari, columns["lie"], columns["berg"], MONDAY_10))
    assert wrong.value.message == ("Choose a room or a piece of equipment that is in the "
                                   "calendar, or no room.")
    with pytest.raises(ValidationError) as second:
        book_appointment(ctx, receptionist,
                         _with_room(*kari, columns["stue"], columns["rtg"], MONDAY_10))
    assert second.value.message.startswith("Operasjonsstue 1 is itself a room or equipment")


def test_moving_or_restoring_into_a_held_room_is_refused_and_a_no_show_frees_it(
    ctx: ServiceContext, receptionist: Actor, columns: dict[str, int]
) -> None:
    kari = kari_with_bamse(ctx, receptionist)
    ola = _ola(ctx, receptionist)
    first = book_appointment(ctx, receptionist,
                             _with_room(*kari, columns["lie"], columns["stue"], MONDAY_10))
    later = book_appointment(ctx, receptionist, _with_room(
        *ola, columns["berg"], columns["stue"], MONDAY_10 + dt.timedelta(hours=1)))
    with pytest.raises(SlotTaken) as taken:
        move_appointment(ctx, receptionist, later.appointment_id, 1,
                         starts_at=MONDAY_10 + dt.timedelta(minutes=20),
                         ends_at=MONDAY_10 + dt.timedelta(minutes=50))
    assert taken.value.message.startswith(
        "Operasjonsstue 1 is already booked 10:00–10:30 (Kari Ødegård)")
    # Without the room the move goes through; the room is no longer held by it.
    moved = move_appointment(ctx, receptionist, later.appointment_id, 1,
                             starts_at=MONDAY_10 + dt.timedelta(minutes=20),
                             ends_at=MONDAY_10 + dt.timedelta(minutes=50), clear_room=True)
    assert _held(ctx, moved.appointment_id) is None
    set_status(ctx, receptionist, first.appointment_id, None, AppointmentStatus.NO_SHOW)
    again = move_appointment(ctx, receptionist, later.appointment_id, None,
                             starts_at=MONDAY_10, ends_at=MONDAY_10 + dt.timedelta(minutes=30),
                             room_id=columns["stue"])
    assert _held(ctx, again.appointment_id) == columns["stue"]
    with pytest.raises(SlotTaken) as restored:
        # Kari came after all: her room is Ola's now.
        set_status(ctx, receptionist, first.appointment_id, None, AppointmentStatus.ARRIVED)
    assert restored.value.message.startswith(
        "Operasjonsstue 1 is already booked 10:00–10:30 (Ola Nordmann)")


@pytest.mark.pg_only
def test_a_no_show_taken_back_after_another_desk_took_the_room_is_one_sentence(
    ctx: ServiceContext, receptionist: Actor, columns: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The other desk books the room between our check and our commit: the database's
    constraint refuses, and the person reads who holds it, not a raw error."""
    kari = kari_with_bamse(ctx, receptionist)
    ola = _ola(ctx, receptionist)
    first = book_appointment(ctx, receptionist,
                             _with_room(*kari, columns["lie"], columns["stue"], MONDAY_10))
    set_status(ctx, receptionist, first.appointment_id, None, AppointmentStatus.NO_SHOW)
    book_appointment(ctx, receptionist,
                     _with_room(*ola, columns["berg"], columns["stue"], MONDAY_10))
    # As if the check had run just before Ola's booking went in.
    monkeypatch.setattr(changes, "check_free", lambda *args, **kwargs: None)
    with pytest.raises(SlotTaken) as taken:
        set_status(ctx, receptionist, first.appointment_id, None, AppointmentStatus.ARRIVED)
    assert taken.value.message.startswith(
        "Operasjonsstue 1 is already booked 10:00–10:30 (Ola Nordmann)")


DESKS = 8
ROUNDS = 3


def test_many_desks_taking_one_room_for_different_vets_one_wins_each_round(
    ctx: ServiceContext, admin: Actor, receptionist: Actor, columns: dict[str, int]
) -> None:
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    vets = [add_resource(ctx, admin, ResourceKind.VETERINARIAN, f"Vet Nummer{n}")
            for n in range(DESKS)]
    for starts, shown in ((oslo(2026, 11, 23, 8, 0), "08:00–08:30"),
                          (oslo(2026, 11, 23, 9, 5), "09:05–09:35"),
                          (oslo(2026, 11, 23, 13, 15), "13:15–13:45")):
        won: list[int] = []
        refused: list[str] = []
        other: list[BaseException] = []
        start = threading.Barrier(DESKS)

        def desk(column: int, starts: dt.datetime = starts, won: list[int] = won,
                 refused: list[str] = refused, other: list[BaseException] = other,
                 start: threading.Barrier = start) -> None:
            start.wait()
            try:
                won.append(book_appointment(ctx, receptionist, _with_room(
                    client_id, animal_id, column, columns["stue"], starts)).appointment_id)
            except SlotTaken as exc:
                refused.append(exc.message)
            except BaseException as exc:  # collected: a thread's exception would be lost
                other.append(exc)

        threads = [threading.Thread(target=desk, args=(vet,)) for vet in vets]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert other == []
        assert len(won) == 1
        assert len(refused) == DESKS - 1
        assert all(message.startswith(
            f"Operasjonsstue 1 is already booked {shown} (Kari Ødegård)")
            for message in refused), refused[:1]
    with ctx.db.reading() as session:
        assert len(session.execute(select(Appointment.id)).all()) == ROUNDS


@pytest.mark.pg_only
def test_the_database_itself_refuses_a_held_room(
    ctx: ServiceContext, receptionist: Actor, columns: dict[str, int]
) -> None:
    """Past the service: a row written straight into the table is refused by the constraint,
    and a row in a room's column holds the room by the trigger."""
    kari = kari_with_bamse(ctx, receptionist)
    book_appointment(ctx, receptionist, request(*kari, columns["stue"], MONDAY_10))
    insert = text(
        "INSERT INTO appointments (client_id, animal_id, resource_id, room_id, starts_at, "
        "ends_at, appointment_type, status, version, created_at, updated_at) VALUES "
        "(:client, :animal, :vet, :room, :starts, :ends, 'Konsultasjon', 'booked', 1, "
        ":starts, :starts) RETURNING room_id")
    values = {"client": kari[0], "animal": kari[1], "starts": MONDAY_10 + dt.timedelta(
        minutes=10), "ends": MONDAY_10 + dt.timedelta(minutes=20)}
    with pytest.raises(IntegrityError) as refused, ctx.db.transaction() as session:
        session.execute(insert, {**values, "vet": columns["lie"], "room": columns["stue"]})
    assert "no_double_booked_room" in str(refused.value)
    with ctx.db.transaction() as session:
        held = session.execute(insert, {**values, "vet": columns["rtg"], "room": None}).scalar()
    assert held == columns["rtg"]


@pytest.mark.pg_only
def test_a_booking_with_a_room_is_still_two_statements(
    ctx: ServiceContext, receptionist: Actor, columns: dict[str, int]
) -> None:
    """The room is checked in the booking's one read and held by its one write."""
    kari = kari_with_bamse(ctx, receptionist)
    with count_statements(ctx.db.engine) as log:
        booked = book_appointment(ctx, receptionist,
                                  _with_room(*kari, columns["lie"], columns["stue"], MONDAY_10))
    assert len(log.statements) == 2, log.statements
    assert _held(ctx, booked.appointment_id) == columns["stue"]
