"""The booking's confirmation (with an .ics invitation by e-mail) and the reminder the rule's
hours before, once each (issue 11)."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from tests.support.mail_server import MailServer
from tests.support.outbox import messages, use_mail_server
from tests.support.recalls import owner_with_recall
from vetdesk.db.models import Appointment, Resource
from vetdesk.domain.codes import RecallRuleKind
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging.appointments import (
    queue_appointment_reminders,
    queue_confirmation,
)
from vetdesk.services.messaging.channels import send_outbox
from vetdesk.services.messaging.recall_rules import RuleInput, save_rule
from vetdesk.services.messaging.secrets import MessagingSecrets
from vetdesk.services.permissions import Actor


def _book(ctx: ServiceContext, client_id: int, animal_id: int, starts: dt.datetime) -> int:
    with ctx.db.transaction() as session:
        vet = session.query(Resource).filter_by(name="Dr. Lie").one_or_none()
        if vet is None:
            vet = Resource(kind="veterinarian", name="Dr. Lie", active=True)
            session.add(vet)
            session.flush()
        booking = Appointment(client_id=client_id, animal_id=animal_id, resource_id=vet.id,
                              starts_at=starts, ends_at=starts + dt.timedelta(minutes=30),
                              appointment_type="consultation", status="booked",
                              created_at=ctx.clock.now(), updated_at=ctx.clock.now())
        session.add(booking)
        session.flush()
        return booking.id


def test_a_confirmation_by_email_carries_the_invitation(
    ctx: ServiceContext, receptionist: Actor, manager: Actor
) -> None:
    per = owner_with_recall(ctx, receptionist, "Per", "Olsen", "Pusur", dt.date(2027, 5, 1),
                            email="per@example.no", species="cat")
    starts = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)  # 10:00 in Oslo
    booking = _book(ctx, per.client_id, per.animal_id, starts)
    assert queue_confirmation(ctx, receptionist, booking) == "email"
    assert queue_confirmation(ctx, receptionist, booking) is None  # confirmed once
    stored = messages(ctx)[f"appointment:{booking}:confirm"]
    assert stored.subject == "Timebekreftelse 24.11.2026 kl. 10:00"
    assert "Pusur har time hos Dr. Lie 24.11.2026 kl. 10:00." in stored.body
    with MailServer() as server:
        use_mail_server(ctx, manager, server.port)
        assert send_outbox(ctx, receptionist, MessagingSecrets(environ={})).sent == 1
    [arrival] = server.inbox.arrivals
    part = next(p for p in arrival.message.walk() if p.get_content_type() == "text/calendar")
    [event] = Calendar.from_ical(part.get_payload(decode=True)).walk("VEVENT")
    assert str(event["uid"]) == f"appointment-{booking}@vetdesk"
    assert event.decoded("dtstart") == starts
    assert event.decoded("dtend") == starts + dt.timedelta(minutes=30)
    assert str(event["summary"]) == "Timebekreftelse 24.11.2026 kl. 10:00"


def test_reminders_go_the_rule_hours_before(ctx: ServiceContext, receptionist: Actor,
                                            vet: Actor) -> None:
    kari = owner_with_recall(ctx, receptionist, "Kari", "Ødegård", "Bamse",
                             dt.date(2027, 5, 1), phone="912 34 567")
    now = ctx.clock.now()
    soon = _book(ctx, kari.client_id, kari.animal_id, now + dt.timedelta(hours=20))
    _book(ctx, kari.client_id, kari.animal_id, now + dt.timedelta(hours=30))  # later
    assert queue_appointment_reminders(ctx, receptionist) == {"sms": 1}
    assert queue_appointment_reminders(ctx, receptionist) == {}  # once
    # The key holds the start (UTC): 23.11.2026 04:55 in Oslo.
    body = messages(ctx)[f"appointment:{soon}:remind:202611230355"].body
    assert body.startswith("Påminnelse: Bamse har time hos Dr. Lie 23.11.2026 kl. 04:55.")
    save_rule(ctx, vet, RuleInput(RecallRuleKind.APPOINTMENT, 48))
    assert queue_appointment_reminders(ctx, receptionist) == {"sms": 1}  # now the later one
