"""The client is told when a booking is moved or cancelled (issue 11): queued in the same
transaction, by SMS or e-mail per consent, never twice, and never a stale time: what still
waits in the outbox is withdrawn when the appointment changes again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from icalendar import Calendar
from sqlalchemy import select, update

from tests.support.calendar import oslo, request, vet_column
from tests.support.outbox import messages
from tests.support.recalls import owner_with_recall
from tests.support.sms_gateway import Gateway
from vetdesk.db.models import Client, Clinic, Message
from vetdesk.domain.codes import AppointmentStatus, Channel
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging.appointments import queue_appointment_reminders
from vetdesk.services.messaging.channels import send_outbox
from vetdesk.services.messaging.secrets import MessagingSecrets
from vetdesk.services.permissions import Actor
from vetdesk.services.scheduling.booking import book_appointment
from vetdesk.services.scheduling.changes import move_appointment, set_status
from vetdesk.services.settings.store import change_setting

MONDAY_10 = oslo(2026, 11, 23, 10)  # the test clock is Sunday 22.11.2026 08:55 in Oslo
TOKEN = MessagingSecrets(environ={"VETDESK_SMS_TOKEN": "t0ken"})


@pytest.fixture
def lie(ctx: ServiceContext, admin: Actor, vet: Actor) -> int:
    return vet_column(ctx, admin, vet)


def _kari(ctx: ServiceContext, actor: Actor, **reach: object) -> tuple[int, int]:
    owner = owner_with_recall(ctx, actor, "Kari", "Ødegård", "Bamse", dt.date(2027, 5, 1),
                              **reach)  # type: ignore[arg-type]
    return owner.client_id, owner.animal_id


def _book(ctx: ServiceContext, actor: Actor, who: tuple[int, int], column: int) -> int:
    return book_appointment(ctx, actor, request(*who, column, MONDAY_10)).appointment_id


def _move(ctx: ServiceContext, actor: Actor, booking: int, hour: int, minute: int = 0
          ) -> str | None:
    starts = oslo(2026, 11, 23, hour, minute)
    return move_appointment(ctx, actor, booking, None, starts_at=starts,
                            ends_at=starts + dt.timedelta(minutes=30)).notice


def _as_sent(ctx: ServiceContext) -> None:
    """Whatever is queued went out (as a sender would have recorded it)."""
    with ctx.db.transaction() as session:
        session.execute(update(Message).where(Message.status == "queued")
                        .values(status="sent", sent_at=ctx.clock.now()))


def _by_status(ctx: ServiceContext, booking: int) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for key, message in sorted(messages(ctx).items()):
        if message.appointment_id == booking:
            found.setdefault(message.status, []).append(key.split("~")[0])
    return found


def test_a_move_after_the_confirmation_went_tells_the_new_time(
    ctx: ServiceContext, receptionist: Actor, lie: int
) -> None:
    booking = _book(ctx, receptionist, _kari(ctx, receptionist, phone="912 34 567"), lie)
    _as_sent(ctx)
    assert _move(ctx, receptionist, booking, 13) == "sms"
    notice = messages(ctx)[f"appointment:{booking}:moved:2"]
    assert (notice.channel, notice.recipient, notice.status, notice.purpose) == (
        "sms", "+4791234567", "queued", "service")
    # (The test clinic has no phone number.)
    assert notice.body == ("Ny tid: Bamse har nå time hos Ingrid Lie 23.11.2026 kl. 13:00. "
                           "Passer det ikke, ring . Hilsen Dyreklinikken Ødegård")
    # Moved again before the sender ran: the 13:00 notice is withdrawn, one notice waits.
    assert _move(ctx, receptionist, booking, 14, 30) == "sms"
    assert _by_status(ctx, booking) == {
        "sent": [f"appointment:{booking}:confirm"],
        "withdrawn": [f"appointment:{booking}:moved:2"],
        "queued": [f"appointment:{booking}:moved:3"]}
    assert "23.11.2026 kl. 14:30" in messages(ctx)[f"appointment:{booking}:moved:3"].body


def test_a_move_before_the_confirmation_went_sends_the_confirmation_with_the_new_time(
    ctx: ServiceContext, receptionist: Actor, lie: int
) -> None:
    booking = _book(ctx, receptionist, _kari(ctx, receptionist, phone="912 34 567"), lie)
    assert _move(ctx, receptionist, booking, 13) == "sms"
    assert _by_status(ctx, booking) == {
        "withdrawn": [f"appointment:{booking}:confirm"],
        "queued": [f"appointment:{booking}:confirm"]}
    waiting = next(m for m in messages(ctx).values() if m.status == "queued")
    assert waiting.body.startswith("Bekreftelse: Bamse har time hos Ingrid Lie 23.11.2026 kl. "
                                   "13:00.")


def test_cancelling_withdraws_what_waits_and_tells_the_client(
    ctx: ServiceContext, receptionist: Actor, lie: int
) -> None:
    booking = _book(ctx, receptionist, _kari(ctx, receptionist, phone="912 34 567"), lie)
    _as_sent(ctx)
    _move(ctx, receptionist, booking, 13)
    changed = set_status(ctx, receptionist, booking, None, AppointmentStatus.CANCELLED,
                         reason="Eier ringte")
    assert changed.notice == "sms"
    assert _by_status(ctx, booking) == {
        "sent": [f"appointment:{booking}:confirm"],
        "withdrawn": [f"appointment:{booking}:moved:2"],
        "queued": [f"appointment:{booking}:cancelled"]}
    body = messages(ctx)[f"appointment:{booking}:cancelled"].body
    assert body.startswith("Timen til Bamse hos Ingrid Lie 23.11.2026 kl. 13:00 er avlyst.")
    assert "Eier ringte" not in body  # the reason is the clinic's note, not the client's text


def test_a_message_a_sender_has_taken_is_left_alone(
    ctx: ServiceContext, receptionist: Actor, lie: int
) -> None:
    booking = _book(ctx, receptionist, _kari(ctx, receptionist, phone="912 34 567"), lie)
    with ctx.db.transaction() as session:
        session.execute(update(Message).values(claimed_at=ctx.clock.now(), claim_token="x"))
    _move(ctx, receptionist, booking, 13)
    assert _by_status(ctx, booking) == {
        "queued": [f"appointment:{booking}:confirm", f"appointment:{booking}:moved:2"]}


def test_a_move_to_where_it_already_is_tells_nothing(
    ctx: ServiceContext, receptionist: Actor, lie: int
) -> None:
    booking = _book(ctx, receptionist, _kari(ctx, receptionist, phone="912 34 567"), lie)
    _as_sent(ctx)
    assert _move(ctx, receptionist, booking, 13) == "sms"
    assert _move(ctx, receptionist, booking, 13) is None  # the command run again
    assert len(messages(ctx)) == 2


def test_no_notice_where_the_client_may_not_or_cannot_get_one(
    ctx: ServiceContext, receptionist: Actor, manager: Actor, lie: int
) -> None:
    refused = _book(ctx, receptionist, _kari(ctx, receptionist, phone="912 34 567",
                                             refuses=(Channel.SMS,)), lie)
    restricted_client = owner_with_recall(ctx, receptionist, "Ola", "Nordmann", "Pus",
                                          dt.date(2027, 5, 1), phone="987 65 432")
    restricted = book_appointment(ctx, receptionist, request(
        restricted_client.client_id, restricted_client.animal_id, lie,
        MONDAY_10 + dt.timedelta(hours=1))).appointment_id
    with ctx.db.transaction() as session:
        session.execute(update(Client).where(Client.id == restricted_client.client_id)
                        .values(restricted_at=ctx.clock.now()))
    _as_sent(ctx)
    before = len(messages(ctx))
    assert _move(ctx, receptionist, refused, 13) is None
    assert _move(ctx, receptionist, restricted, 14) is None
    assert set_status(ctx, receptionist, restricted, None, AppointmentStatus.CANCELLED,
                      reason="Syk").notice is None
    # Switched off by the clinic: nothing either.
    switched = _book(ctx, receptionist, _kari(ctx, receptionist, phone="955 55 555"), lie)
    _as_sent(ctx)
    change_setting(ctx, manager, "appointments.notify_changes", "0")
    assert _move(ctx, receptionist, switched, 15) is None
    assert len(messages(ctx)) == before + 1  # the last booking's confirmation only


def test_by_email_the_calendar_entry_moves_and_is_removed(
    ctx: ServiceContext, receptionist: Actor, lie: int
) -> None:
    booking = _book(ctx, receptionist, _kari(ctx, receptionist, email="kari@example.no"), lie)
    _as_sent(ctx)
    assert _move(ctx, receptionist, booking, 13) == "email"
    moved = messages(ctx)[f"appointment:{booking}:moved:2"]
    assert moved.subject == "Timen er flyttet til 23.11.2026 kl. 13:00"
    [event] = Calendar.from_ical(moved.calendar).walk("VEVENT")
    assert (str(event["uid"]), int(event["sequence"])) == (f"appointment-{booking}@vetdesk", 2)
    assert event.decoded("dtstart") == oslo(2026, 11, 23, 13)
    _as_sent(ctx)
    set_status(ctx, receptionist, booking, None, AppointmentStatus.CANCELLED, reason="Syk")
    cancelled = messages(ctx)[f"appointment:{booking}:cancelled"]
    calendar = Calendar.from_ical(cancelled.calendar)
    [event] = calendar.walk("VEVENT")
    assert (str(calendar["method"]), str(event["status"]), int(event["sequence"])) == (
        "CANCEL", "CANCELLED", 3)


@pytest.fixture
def gateway(ctx: ServiceContext, manager: Actor) -> Iterator[Gateway]:
    with Gateway() as running:
        change_setting(ctx, manager, "sms.url", running.url)
        change_setting(ctx, manager, "sms.sender", "Fjellstad")
        yield running


def test_the_gateway_gets_one_sms_with_the_last_time(
    ctx: ServiceContext, receptionist: Actor, lie: int, gateway: Gateway
) -> None:
    booking = _book(ctx, receptionist, _kari(ctx, receptionist, phone="912 34 567"), lie)
    assert send_outbox(ctx, receptionist, TOKEN).sent == 1
    for hour in (12, 13, 14):
        _move(ctx, receptionist, booking, hour)
    assert send_outbox(ctx, receptionist, TOKEN).sent == 1
    assert send_outbox(ctx, receptionist, TOKEN).sent == 0
    texts = [r.json["message"] for r in gateway.received]
    assert len(texts) == 2
    assert texts[0].startswith("Bekreftelse: Bamse har time hos Ingrid Lie 23.11.2026 kl. 10:00")
    assert texts[1].startswith("Ny tid: Bamse har nå time hos Ingrid Lie 23.11.2026 kl. 14:00")
    with ctx.db.reading() as session:
        assert session.execute(select(Message.status).where(
            Message.appointment_id == booking).order_by(Message.queued_at)).scalars().all() \
            .count("withdrawn") == 2


def test_the_clinic_s_number_is_written_as_people_read_it(
    ctx: ServiceContext, receptionist: Actor, lie: int
) -> None:
    # Stored as +47… (the demo's clinic, or typed so in Settings), it went into every SMS as
    # "+4763801234"; the letters already wrote 63 80 12 34.
    with ctx.db.transaction() as session:
        session.execute(update(Clinic).values(phone="+4763801234"))
    booking = _book(ctx, receptionist, _kari(ctx, receptionist, phone="912 34 567"), lie)
    set_status(ctx, receptionist, booking, None, AppointmentStatus.CANCELLED, reason="Syk")
    sent = messages(ctx)
    assert sent[f"appointment:{booking}:cancelled"].body == (
        "Timen til Bamse hos Ingrid Lie 23.11.2026 kl. 10:00 er avlyst. Ring 63 80 12 34 for "
        "ny time. Hilsen Dyreklinikken Ødegård")


def test_a_booking_moved_after_its_reminder_went_is_reminded_of_the_new_time(
    ctx: ServiceContext, receptionist: Actor, lie: int
) -> None:
    who = _kari(ctx, receptionist, phone="912 34 567")
    booking = book_appointment(ctx, receptionist, request(
        *who, lie, oslo(2026, 11, 23, 8))).appointment_id  # within the 24 hours
    assert queue_appointment_reminders(ctx, receptionist) == {"sms": 1}
    _as_sent(ctx)
    assert _move(ctx, receptionist, booking, 8, 30) == "sms"
    assert queue_appointment_reminders(ctx, receptionist) == {"sms": 1}
    assert queue_appointment_reminders(ctx, receptionist) == {}  # once per time
    assert _by_status(ctx, booking) == {
        "sent": [f"appointment:{booking}:confirm",
                 f"appointment:{booking}:remind:202611230700"],
        "queued": [f"appointment:{booking}:moved:2",
                   f"appointment:{booking}:remind:202611230730"]}
    reminder = messages(ctx)[f"appointment:{booking}:remind:202611230730"]
    assert "23.11.2026 kl. 08:30" in reminder.body
