"""Booking (issue 11): the database refuses a double booking, a retry finds the first
attempt, unusual times need a confirmation, bad input is one sentence."""

from __future__ import annotations

import datetime as dt
import threading
import uuid

import pytest
from sqlalchemy import select

from tests.support.calendar import kari_with_bamse, oslo, request, vet_column
from tests.support.front_desk import add_client
from tests.support.statements import count_statements
from vetdesk.db.models import Appointment, AuditEvent, Message
from vetdesk.domain.codes import Channel, ConsentPurpose
from vetdesk.errors import NotFound, ValidationError
from vetdesk.services.clients import ConsentChoice, record_consents
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging.appointments import queue_confirmation
from vetdesk.services.permissions import Actor
from vetdesk.services.scheduling.booking import book_appointment
from vetdesk.services.scheduling.errors import ConfirmationNeeded, SlotTaken
from vetdesk.services.settings.store import change_setting

MONDAY_10 = oslo(2026, 11, 23, 10, 0)  # the test clock is Sunday 22.11.2026 08:55 in Oslo


@pytest.fixture
def lie_column(ctx: ServiceContext, admin: Actor, vet: Actor) -> int:
    return vet_column(ctx, admin, vet)


def test_a_booking_is_saved_and_audited(ctx: ServiceContext, receptionist: Actor,
                                        lie_column: int) -> None:
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    booked = book_appointment(ctx, receptionist,
                              request(client_id, animal_id, lie_column, MONDAY_10))
    assert booked.new and booked.resource_name == "Ingrid Lie"
    with ctx.db.reading() as session:
        row = session.get(Appointment, booked.appointment_id)
        assert row is not None
        assert (row.status, row.starts_at, row.ends_at) == (
            "booked", dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC),
            dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC))
        assert row.created_by_id == receptionist.user_id
        event = session.execute(
            select(AuditEvent).where(AuditEvent.entity_type == "appointment")).scalar_one()
        assert (event.action, event.entity_id, event.client_id, event.animal_id) == (
            "create", str(booked.appointment_id), client_id, animal_id)
        assert event.user_id == receptionist.user_id


def test_the_second_booking_of_a_slot_names_who_holds_it(
    ctx: ServiceContext, receptionist: Actor, lie_column: int
) -> None:
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    book_appointment(ctx, receptionist, request(client_id, animal_id, lie_column, MONDAY_10))
    with pytest.raises(SlotTaken) as taken:
        book_appointment(ctx, receptionist,
                         request(client_id, animal_id, lie_column, MONDAY_10 + dt.timedelta(
                             minutes=15)))
    assert taken.value.message.startswith(
        "Dr. Lie is already booked 10:00–10:30 (Kari Ødegård)")


def test_back_to_back_bookings_do_not_collide(ctx: ServiceContext, receptionist: Actor,
                                              lie_column: int) -> None:
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    book_appointment(ctx, receptionist, request(client_id, animal_id, lie_column, MONDAY_10))
    later = book_appointment(ctx, receptionist, request(
        client_id, animal_id, lie_column, MONDAY_10 + dt.timedelta(minutes=30)))
    assert later.new


DESKS = 8
ROUNDS = 4  # the four slots below


def test_many_desks_booking_one_slot_at_once_one_wins_each_round(
    ctx: ServiceContext, receptionist: Actor, lie_column: int
) -> None:
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    for starts, shown in ((oslo(2026, 11, 23, 8, 0), "08:00–08:30"),
                          (oslo(2026, 11, 23, 9, 5), "09:05–09:35"),
                          (oslo(2026, 11, 23, 12, 10), "12:10–12:40"),
                          (oslo(2026, 11, 23, 13, 15), "13:15–13:45")):
        won: list[int] = []
        refused: list[str] = []
        other: list[BaseException] = []
        start = threading.Barrier(DESKS)

        def desk(starts: dt.datetime = starts, won: list[int] = won,
                 refused: list[str] = refused, other: list[BaseException] = other,
                 start: threading.Barrier = start) -> None:
            start.wait()
            try:
                won.append(book_appointment(ctx, receptionist, request(
                    client_id, animal_id, lie_column, starts)).appointment_id)
            except SlotTaken as exc:
                refused.append(exc.message)
            except BaseException as exc:  # collected: a thread's exception would be lost
                other.append(exc)

        threads = [threading.Thread(target=desk) for _ in range(DESKS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert other == []
        assert len(won) == 1
        assert len(refused) == DESKS - 1
        assert all(message.startswith(f"Dr. Lie is already booked {shown} (Kari Ødegård)")
                   for message in refused), refused[:1]
    with ctx.db.reading() as session:
        assert len(session.execute(select(Appointment.id)).all()) == ROUNDS


def test_a_retry_with_the_same_request_id_finds_the_first_booking(
    ctx: ServiceContext, receptionist: Actor, lie_column: int
) -> None:
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    same = uuid.uuid4()
    first = book_appointment(ctx, receptionist, request(client_id, animal_id, lie_column,
                                                        MONDAY_10, request_id=same))
    again = book_appointment(ctx, receptionist, request(client_id, animal_id, lie_column,
                                                        MONDAY_10, request_id=same))
    assert (again.appointment_id, again.new) == (first.appointment_id, False)


def test_outside_hours_in_a_break_on_a_holiday_or_in_the_past_asks_first(
    ctx: ServiceContext, receptionist: Actor, lie_column: int
) -> None:
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    for starts, words in (
        (oslo(2026, 11, 23, 18, 0), "outside Ingrid Lie's opening hours"),
        (oslo(2026, 11, 23, 11, 40), "in a break"),
        (oslo(2026, 12, 25, 10, 0), "closed on Første juledag"),
        (oslo(2026, 11, 20, 10, 0), "20.11.2026 10:00 has already passed"),
        (oslo(2026, 11, 28, 10, 0), "outside"),  # a Saturday
    ):
        with pytest.raises(ConfirmationNeeded) as asked:
            book_appointment(ctx, receptionist, request(client_id, animal_id, lie_column,
                                                        starts))
        assert words in asked.value.message
    confirmed = book_appointment(ctx, receptionist, request(
        client_id, animal_id, lie_column, oslo(2026, 11, 23, 18, 0)), confirmed=True)
    assert confirmed.new


def test_bad_input_is_one_sentence(ctx: ServiceContext, receptionist: Actor,
                                   lie_column: int) -> None:
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    backwards = request(client_id, animal_id, lie_column, MONDAY_10, minutes=-30)
    with pytest.raises(ValidationError, match="must end after it starts"):
        book_appointment(ctx, receptionist, backwards)
    with pytest.raises(NotFound, match="not in the calendar"):
        book_appointment(ctx, receptionist, request(client_id, animal_id, 999, MONDAY_10))
    other = kari_with_bamse(ctx, receptionist)
    with pytest.raises(ValidationError, match="does not belong"):
        book_appointment(ctx, receptionist, request(client_id, other[1], lie_column, MONDAY_10))
    with pytest.raises(ValidationError, match="type of appointment"):
        book_appointment(ctx, receptionist, request(client_id, animal_id, lie_column,
                                                    MONDAY_10, kind="  "))


@pytest.mark.pg_only
def test_booking_takes_two_statements_on_the_server(
    ctx: ServiceContext, receptionist: Actor, lie_column: int
) -> None:
    """Each statement is a round trip in autocommit: one read, one write (no BEGIN/COMMIT)."""
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    with count_statements(ctx.db.engine) as log:
        booked = book_appointment(ctx, receptionist, request(client_id, animal_id,
                                                             lie_column, MONDAY_10))
    assert len(log.statements) == 2, log.statements
    # ... and the confirmation was queued within those two.
    assert set(_confirmations(ctx)) == {f"appointment:{booked.appointment_id}:confirm"}


def _confirmations(ctx: ServiceContext) -> dict[str, tuple[object, ...]]:
    with ctx.db.reading() as session:
        return {row.idempotency_key: tuple(row[1:]) for row in session.execute(select(
            Message.idempotency_key, Message.appointment_id, Message.channel,
            Message.recipient, Message.status, Message.subject, Message.body,
            Message.created_by_id, Message.calendar))}


def test_a_booking_queues_its_confirmation_once_however_often_it_is_retried(
    ctx: ServiceContext, receptionist: Actor, lie_column: int
) -> None:
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    same = uuid.uuid4()
    booked = book_appointment(ctx, receptionist, request(client_id, animal_id, lie_column,
                                                         MONDAY_10, request_id=same))
    again = book_appointment(ctx, receptionist, request(client_id, animal_id, lie_column,
                                                        MONDAY_10, request_id=same))
    assert again.appointment_id == booked.appointment_id
    assert (booked.confirmation, again.confirmation) == ("sms", None)
    assert queue_confirmation(ctx, receptionist, booked.appointment_id) is None  # queued
    number = booked.appointment_id
    assert _confirmations(ctx) == {f"appointment:{number}:confirm": (
        number, "sms", "+4791234567", "queued", None,
        "Bekreftelse: Bamse har time hos Ingrid Lie 23.11.2026 kl. 10:00. "
        "Hilsen Dyreklinikken Ødegård, tlf. ", receptionist.user_id, None)}
    with ctx.db.reading() as session:
        event = session.execute(
            select(AuditEvent).where(AuditEvent.entity_type == "appointment")).scalar_one()
        assert event.details == {"resource_id": lie_column, "confirmation": "sms"}


def test_an_email_confirmation_carries_the_appointment_in_its_invitation(
    ctx: ServiceContext, receptionist: Actor, lie_column: int
) -> None:
    per = add_client(ctx, receptionist, "Per", "Olsen", email="per@example.no")
    booked = book_appointment(ctx, receptionist, request(per.client_id, None, lie_column,
                                                         MONDAY_10))
    number = booked.appointment_id
    [(key, stored)] = _confirmations(ctx).items()
    assert key == f"appointment:{number}:confirm"
    assert stored[:5] == (number, "email", "per@example.no", "queued",
                          "Timebekreftelse 23.11.2026 kl. 10:00")
    calendar = str(stored[7])
    assert f"UID:appointment-{number}@vetdesk" in calendar and "@@id@@" not in calendar


def test_no_confirmation_when_the_clinic_switched_them_off_or_the_client_refused(
    ctx: ServiceContext, receptionist: Actor, manager: Actor, lie_column: int
) -> None:
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    record_consents(ctx, receptionist, client_id, [ConsentChoice(
        ConsentPurpose.SERVICE, Channel.SMS, granted=False)])
    refused = book_appointment(ctx, receptionist, request(client_id, animal_id, lie_column,
                                                          MONDAY_10))
    assert refused.new and _confirmations(ctx) == {}
    change_setting(ctx, manager, "appointments.confirm_bookings", "0")
    other, pet = kari_with_bamse(ctx, receptionist)
    book_appointment(ctx, receptionist, request(other, pet, lie_column,
                                                MONDAY_10 + dt.timedelta(hours=1)))
    assert _confirmations(ctx) == {}
