"""Vaccination and check-up recalls, appointment reminders, and every message they sent.

Each message has a unique idempotency key, as the real sender writes it, and the channel the
client accepted for service messages (SMS, else e-mail, else a printed letter).
"""

from __future__ import annotations

import datetime as dt
import uuid

from vetdesk.domain.text import fold
from vetdesk.services.demo.animals import AnimalPlan
from vetdesk.services.demo.calendar import Booking
from vetdesk.services.demo.journal import Visit
from vetdesk.services.demo.random_tools import OSLO, oslo_date, oslo_moment
from vetdesk.services.demo.state import ClientInfo, DemoState
from vetdesk.services.journal.recalls import postop_title

CLINIC_SIGNATURE = "Hilsen Dyreklinikken Fjellstad, tlf. 63 80 12 34"
RECALL_LEAD = dt.timedelta(days=21)
# The demo clinic's post-op rule (clinic_rules below): the control 14 days after an operation.
POSTOP_DAYS = 14
# A control that fell due up to this long ago is still open (the desk has to ring the
# owner); older ones were done.
POSTOP_STILL_OPEN = dt.timedelta(days=10)
HISTORY = dt.timedelta(days=3 * 365)
_FAILURES = ("Ukjent mottakernummer", "Mottakers postkasse er full", "Nummeret er ikke i bruk")
# Marketing sends, days before today; only clients who had consented by then receive them.
CAMPAIGNS = ((700, "Vårtilbud: 20 % på tannrens i april og mai."),
             (400, "Nyhet: vi har fått ny ultralyd. Spør oss ved neste besøk."),
             (210, "Høsttilbud: rabatt på helsesjekk for seniordyr."),
             (30, "Julekalender: vinn gavekort på dyrefôr."))


def for_animal(state: DemoState, plan: AnimalPlan, visits: list[Visit]) -> None:
    rng, now, today = state.rng, state.now, state.today
    animal = plan.info
    vaccinations = [v for v in visits if v.kind == "vaccination" and v.next_due is not None]
    for index, visit in enumerate(vaccinations):
        assert visit.next_due is not None
        # A recall belongs to whoever owns the animal when it is sent (or now, while it is
        # still ahead), not to the owner at the vaccination: animals change hands.
        owner = animal.owner_on(min(today, visit.next_due - RECALL_LEAD))
        title = f"Vaksinasjon: {visit.vaccine}"
        if index + 1 < len(vaccinations):
            if now - visit.signed_at > HISTORY:
                continue
            done_at = vaccinations[index + 1].signed_at
            reminder = _reminder(state, animal.id, owner.id, visit, "vaccination", title,
                                 visit.next_due, "done", visit.signed_at, done_at)
            _recall_message(state, owner, reminder, animal.name, visit.next_due)
            continue
        if animal.deceased_on is not None:
            status = "cancelled"
        else:
            status = "due" if visit.next_due - RECALL_LEAD > today else "sent"
        reminder = _reminder(state, animal.id, owner.id, visit, "vaccination", title,
                             visit.next_due, status, visit.signed_at, None)
        if status == "sent":
            _recall_message(state, owner, reminder, animal.name, visit.next_due)
    _postop_controls(state, plan, visits)
    if animal.deceased_on is None and rng.chance(0.12 if _age(plan, today) < 8 else 0.35):
        due = today + dt.timedelta(days=rng.randint(5, 75))
        created = max(now - dt.timedelta(days=rng.randint(20, 300)), animal.registered_at)
        _reminder(state, animal.id, animal.owner.id, None, "checkup", "Årlig helsekontroll",
                  due, "due", created, None)


def _postop_controls(state: DemoState, plan: AnimalPlan, visits: list[Visit]) -> None:
    """The control after each operation, as signing it makes one (journal/recalls.py): the
    title signing stores, due POSTOP_DAYS later. Draws nothing from the random stream, so
    the rest of the demo stays as it was for a seed."""
    animal, today = plan.info, state.today
    for visit in visits:
        if visit.procedure is None or state.now - visit.signed_at > HISTORY:
            continue
        due = oslo_date(visit.event_time) + dt.timedelta(days=POSTOP_DAYS)
        completed = None
        if animal.deceased_on is not None and animal.deceased_on <= due:
            status = "cancelled"
        elif due >= today - POSTOP_STILL_OPEN:
            status = "due"
        else:
            status, completed = "done", oslo_moment(due, 10)
        _reminder(state, animal.id, animal.owner_on(min(today, due)).id, visit, "postop",
                  postop_title(visit.procedure)[:200], due, status, visit.signed_at, completed)


def for_booking(state: DemoState, booking: Booking, owner: ClientInfo) -> None:
    """Confirmation when booked, and a reminder the day before."""
    local = booking.starts_at.astimezone(OSLO)
    when = local.strftime("%d.%m.%Y")
    body = (f"Bekreftelse: {booking.animal_name} har time {when} kl. {local:%H:%M}. "
            f"Avbestill senest 24 timer før. {CLINIC_SIGNATURE}")
    if owner.mobile is not None and owner.sms_service:
        _message(state, owner.id, None, booking.appointment_id, "sms", "service", owner.mobile,
                 None, body, booking.created_at, f"appointment:{booking.appointment_id}:confirm")
    due = oslo_date(booking.starts_at) - dt.timedelta(days=1)
    status = "due" if due > state.today else "sent"
    writer = state.writer
    reminder_id = writer.next_id("reminders")
    writer.add("reminders", {
        "id": reminder_id, "animal_id": booking.animal_id, "client_id": owner.id,
        "appointment_id": booking.appointment_id, "journal_entry_id": None,
        "kind": "appointment", "title": f"Timepåminnelse {when}", "due_on": due,
        "status": status, "created_at": booking.created_at, "completed_at": None,
    })
    if status == "sent" and owner.mobile is not None and owner.sms_service:
        # Reminders due today are going out right now: their messages are still queued.
        queued = state.now - dt.timedelta(seconds=state.rng.randint(5, 200)) \
            if due == state.today else oslo_moment(due, 9)
        _message(state, owner.id, reminder_id, booking.appointment_id, "sms", "service",
                 owner.mobile, None,
                 f"Påminnelse: {booking.animal_name} har time {when} kl. {local:%H:%M}. "
                 f"{CLINIC_SIGNATURE}", queued, f"reminder:{reminder_id}:sms")


def marketing(state: DemoState, client: ClientInfo) -> None:
    """Campaigns, only on channels the client had accepted marketing on by then."""
    for number, (days_ago, text) in enumerate(CAMPAIGNS, start=1):
        sent = oslo_moment(state.today - dt.timedelta(days=days_ago), 10)
        sms_since, email_since = client.marketing_sms_since, client.marketing_email_since
        if sms_since is not None and client.mobile is not None and sent > sms_since:
            _message(state, client.id, None, None, "sms", "marketing", client.mobile, None,
                     f"{text} Svar STOPP for å avslutte. {CLINIC_SIGNATURE}", sent,
                     f"campaign:{number}:{client.id}:sms")
        if email_since is not None and client.email is not None and sent > email_since:
            _message(state, client.id, None, None, "email", "marketing", client.email,
                     "Nytt fra Dyreklinikken Fjellstad",
                     f"{text}\n\nVil du ikke lenger få nyhetsbrev, svar på denne e-posten."
                     f"\n\n{CLINIC_SIGNATURE}", sent, f"campaign:{number}:{client.id}:email")


def _age(plan: AnimalPlan, today: dt.date) -> float:
    return (today - plan.birth_date).days / 365.25


def _reminder(
    state: DemoState, animal_id: int, client_id: int, visit: Visit | None, kind: str, title: str,
    due: dt.date, status: str, created: dt.datetime, completed: dt.datetime | None,
) -> int:
    writer = state.writer
    reminder_id = writer.next_id("reminders")
    writer.add("reminders", {
        "id": reminder_id, "animal_id": animal_id, "client_id": client_id,
        "appointment_id": None, "journal_entry_id": visit.entry_id if visit else None,
        "kind": kind, "title": title, "due_on": due, "status": status, "created_at": created,
        "completed_at": completed,
    })
    return reminder_id


def _recall_message(
    state: DemoState, owner: ClientInfo, reminder_id: int, animal_name: str, due: dt.date
) -> None:
    sent = oslo_moment(due - RECALL_LEAD, 9, state.rng.randint(0, 59))
    if sent >= state.now:
        sent = state.now - dt.timedelta(minutes=state.rng.randint(1, 600))
    text = (f"Hei! {animal_name} skal vaksineres innen {due.strftime('%d.%m.%Y')}. "
            f"Bestill time på fjellstad.example.com eller ring oss. {CLINIC_SIGNATURE}")
    if owner.mobile is not None and owner.sms_service:
        channel, recipient, subject = "sms", owner.mobile, None
    elif owner.email is not None and owner.email_service:
        channel, recipient, subject = "email", owner.email, f"Vaksinasjon av {animal_name}"
    else:
        channel, recipient, subject = "letter", owner.address, f"Vaksinasjon av {animal_name}"
    _message(state, owner.id, reminder_id, None, channel, "service", recipient, subject, text,
             sent, f"recall:{reminder_id}:{channel}")


def _message(
    state: DemoState, client_id: int, reminder_id: int | None, appointment_id: int | None,
    channel: str, purpose: str, recipient: str, subject: str | None, body: str,
    queued: dt.datetime, key: str,
) -> None:
    rng, now = state.rng, state.now
    status, sent, delivered, failed, reason = "delivered", None, None, None, None
    roll = rng.random()
    if now - queued < dt.timedelta(minutes=5):
        status = "queued"
    else:
        sent = queued + dt.timedelta(seconds=rng.randint(1, 30))
        if channel == "letter":
            status = "sent"
        elif roll < 0.03:
            status, failed, reason = "failed", sent + dt.timedelta(seconds=5), rng.pick(_FAILURES)
        elif roll < 0.05:
            status = "sent"
        else:
            delivered = sent + dt.timedelta(seconds=rng.randint(2, 90))
    message_id = rng.uuid()
    state.writer.add("messages", {
        "id": message_id, "idempotency_key": key, "client_id": client_id,
        "reminder_id": reminder_id, "appointment_id": appointment_id, "channel": channel,
        "purpose": purpose, "recipient": recipient[:254], "subject": subject, "body": body,
        "status": status,
        "provider_id": None if status == "queued" else f"msg-{rng.getrandbits(48):012x}",
        "failure_reason": reason, "attempts": 0 if status == "queued" else 1, "queued_at": queued,
        "sent_at": sent, "delivered_at": delivered, "failed_at": failed, "reviewed_at": None,
        "reviewed_by_id": None, "created_by_id": state.staff.receptionist,
        # What the sender fixes when it claims a message (services/messaging/outbox.py).
        "claimed_at": None, "claim_token": None, "uncertain_at": None,
        "reference": None if status == "queued" else _reference(channel, message_id),
        "next_attempt_at": None, "stage": 1 if key.startswith("recall:") else None,
        "calendar": None,
    })


def _reference(channel: str, message_id: uuid.UUID) -> str:
    return f"<{message_id.hex}@fjellstad.example.com>" if channel == "email" else message_id.hex


# The demo clinic's recall rules (products as the demo journal gives them) and settings.
_VACCINATION_RULES = (
    ("Nobivac DHPPi", "dog", "DHPPi", 36), ("Nobivac L4", "dog", "L4", 12),
    ("Nobivac KC", "dog", "KC", 12), ("Purevax RCP", "cat", "RCP", 12),
    ("Nobivac Tricat Trio", "cat", "RCP", 12), ("Nobivac Myxo-RHD PLUS", "rabbit", "RHD", 12),
    ("Equilis Prequenza Te", "horse", "Influensa", 12), ("ProteqFlu-Te", "horse", "Influensa", 12),
)
_SETTINGS = (
    ("smtp.host", "smtp.example.com"), ("smtp.port", "587"), ("smtp.security", "starttls"),
    ("smtp.sender", "post@fjellstad.example.com"), ("smtp.username", "fjellstad"),
    ("sms.url", "https://sms.example.com/send"), ("sms.sender", "Fjellstad"),
)


def clinic_rules(state: DemoState) -> None:
    """Recall rules and messaging settings, as a clinic would have set them up."""
    writer, now = state.writer, state.now
    for name, value in _SETTINGS:
        writer.add("clinic_settings", {"key": name, "value": value, "updated_at": now,
                                       "updated_by_id": state.staff.manager})
    rules: list[tuple[str, str | None, str, str | None, int | None, int | None, int | None]]
    rules = [("vaccination", product, species, group, months, None, None)
             for product, species, group, months in _VACCINATION_RULES]
    rules += [("checkup", None, "", None, 12, None, None),
              ("postop", None, "", None, None, POSTOP_DAYS, None),
              ("appointment", None, "", None, None, None, 24)]
    for kind, product, species, group, months, days, hours in rules:
        writer.add("recall_rules", {
            "id": writer.next_id("recall_rules"), "kind": kind, "product": product,
            "product_key": fold(product) if product else "", "species": species,
            "vaccine_group": group, "months": months, "days": days, "hours": hours,
            "active": True, "updated_at": now, "updated_by_id": state.staff.manager,
        })
