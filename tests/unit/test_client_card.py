"""The client card: everything in a fixed number of queries, one coalesced audit view."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import func, select

from tests.support.front_desk import add_animal, add_client
from tests.support.statements import count_statements
from vetdesk.clock import FixedClock
from vetdesk.db.models import (
    Appointment,
    AuditEvent,
    ClientPhone,
    Consent,
    Invoice,
    Message,
    Reminder,
    Resource,
)
from vetdesk.domain.codes import AlertSeverity
from vetdesk.services.alerts import (
    AlertInput,
    add_animal_alert,
    add_client_alert,
    deactivate_client_alert,
)
from vetdesk.services.client_card import (
    age_on,
    open_client_card,
)
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor

NOW = dt.datetime(2026, 11, 22, 7, 55, tzinfo=dt.UTC)


def _reads(statements: list[str]) -> list[str]:
    """The card's own queries: SELECTs that are not the audit log's bookkeeping."""
    return [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))
            and "audit_events" not in s and "vetdesk_audit_append" not in s]


def _history(ctx: ServiceContext, client_id: int, animal_id: int, years: int) -> None:
    """Ten years of visits is a few hundred rows per section; scale by ``years``."""
    with ctx.db.transaction() as session:
        vet = Resource(kind="veterinarian", name="Dr. Lie", active=True)
        session.add(vet)
        session.flush()
        next_no = (session.execute(select(func.max(Invoice.invoice_no))).scalar() or 0) + 1
        for n in range(years * 12):
            when = NOW - dt.timedelta(days=30 * n) + dt.timedelta(days=60)
            session.add(Appointment(
                client_id=client_id, animal_id=animal_id, resource_id=vet.id, starts_at=when,
                ends_at=when + dt.timedelta(minutes=30), appointment_type="kontroll",
                status="booked" if when > NOW else "done", created_at=NOW, updated_at=NOW,
            ))
            session.add(Reminder(animal_id=animal_id, client_id=client_id, kind="vaccination",
                                 title="Vaksine", due_on=when.date(),
                                 status="due" if n < 2 else "done", created_at=NOW))
            session.add(Message(
                id=uuid.uuid4(), idempotency_key=str(uuid.uuid4()), client_id=client_id,
                channel="sms", purpose="service", recipient="+4791234567", body=f"Hei {n}",
                status="delivered", queued_at=when - dt.timedelta(days=90),
            ))
            session.add(Invoice(invoice_no=next_no + n, client_id=client_id,
                                issued_at=when - dt.timedelta(days=90), total_ore=50_000 + n,
                                vat_ore=10_000, status="paid"))
            session.add(Consent(client_id=client_id, purpose="marketing", channel="sms",
                                granted=n % 2 == 0, method="form",
                                recorded_at=when - dt.timedelta(days=90)))


@pytest.fixture
def owner(ctx: ServiceContext, receptionist: Actor) -> tuple[int, list[int]]:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård", phone="91234567")
    animals = [add_animal(ctx, receptionist, kari.client_id, name,
                          birth_date=dt.date(2016, 3, 1)).animal_id
               for name in ("Bamse", "Pus", "Tassen", "Luna", "Max", "Molly")]
    return kari.client_id, animals


@pytest.mark.parametrize("years", [1, 10])
def test_card_needs_the_same_few_queries_whatever_the_history(
    ctx: ServiceContext, receptionist: Actor, owner: tuple[int, list[int]], years: int
) -> None:
    client_id, animals = owner
    _history(ctx, client_id, animals[0], years)
    with count_statements(ctx.db.engine) as log:
        statements = log.statements
        card = open_client_card(ctx, receptionist, client_id)
    # the client with its animals, and the history feed (+ the audit view)
    assert len(_reads(statements)) == 2
    if ctx.db.dialect == "postgresql":
        # the view is logged in one statement, and no BEGIN/COMMIT around the reads
        assert len(statements) == 3
    else:
        # the log's tip and recent views in one statement, the event's INSERT, the two reads;
        # BEGIN IMMEDIATE and BEGIN DEFERRED besides (in-process, no round trip)
        assert len(log.queries) == 4, log.queries
    assert len(card.animals) == 6
    assert card.animals[0].age == (10, 8)
    assert [a.appointment_type for a in card.upcoming] == ["kontroll", "kontroll"]
    assert len(card.recalls) == 2
    assert len(card.messages) == 10
    assert len(card.purchases) == 10
    assert card.purchases[0].issued_at > card.purchases[-1].issued_at
    assert len(card.consent_history) == years * 12
    assert len(card.consents) == 1
    assert card.consents[0].granted is True  # the newest decision (n == 0)


def test_opening_writes_one_view_event_per_few_minutes(
    ctx: ServiceContext, receptionist: Actor, owner: tuple[int, list[int]], clock: FixedClock
) -> None:
    client_id, _ = owner

    def views() -> int:
        with ctx.db.reading() as session:
            return len(session.execute(
                select(AuditEvent.id).where(AuditEvent.action == "view",
                                            AuditEvent.client_id == client_id)
            ).all())

    open_client_card(ctx, receptionist, client_id)
    open_client_card(ctx, receptionist, client_id)
    assert views() == 1
    clock.advance(dt.timedelta(minutes=6))
    open_client_card(ctx, receptionist, client_id)
    assert views() == 2


def test_age_counts_whole_months() -> None:
    assert age_on(dt.date(2020, 5, 31), dt.date(2026, 5, 30)) == (5, 11)
    assert age_on(dt.date(2020, 5, 31), dt.date(2026, 5, 31)) == (6, 0)
    assert age_on(None, dt.date(2026, 1, 1)) is None


def test_opening_again_within_minutes_logs_one_view(
    ctx: ServiceContext, receptionist: Actor, owner: tuple[int, list[int]]
) -> None:
    client_id, _ = owner
    _history(ctx, client_id, owner[1][0], 2)
    first = open_client_card(ctx, receptionist, client_id)
    with count_statements(ctx.db.engine) as log:
        statements = log.statements
        again = open_client_card(ctx, receptionist, client_id)
    assert again == first
    assert len(_reads(statements)) == 2
    with ctx.db.reading() as session:
        views = session.execute(
            select(func.count()).where(AuditEvent.action == "view")).scalar_one()
    assert views == 1


def test_card_statement_gives_phones_alerts_and_chips_in_order(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    """The owner and animals come from one statement with JSON lists (issue 9): each list in
    its order, switched-off alerts left out, deceased animals last, an owner without animals."""
    kari = add_client(ctx, receptionist, "Kari", "Ødegård", phone="91234567").client_id
    with ctx.db.transaction() as session:
        session.add(ClientPhone(client_id=kari, e164="+4722334455", digits="22334455",
                                kind="work", position=1))
    old = add_client_alert(ctx, receptionist, kari, AlertInput("Gammel merknad"))
    deactivate_client_alert(ctx, receptionist, old)
    add_client_alert(ctx, receptionist, kari, AlertInput("Biter", AlertSeverity.MANDATORY))
    add_client_alert(ctx, receptionist, kari, AlertInput("Foretrekker SMS"))
    gone = add_animal(ctx, receptionist, kari, "Aksel", deceased_on=dt.date(2024, 1, 2))
    bamse = add_animal(ctx, receptionist, kari, "Bamse", chip="578093000123456").animal_id
    add_animal_alert(ctx, receptionist, bamse, AlertInput("Redd for dyrlegen"))
    card = open_client_card(ctx, receptionist, kari)
    assert [(p.e164, p.kind) for p in card.phones] == [("+4791234567", "mobile"),
                                                       ("+4722334455", "work")]
    assert [(a.text, a.severity) for a in card.alerts] == [
        ("Biter", AlertSeverity.MANDATORY), ("Foretrekker SMS", AlertSeverity.WARNING)]
    assert [a.animal_id for a in card.animals] == [bamse, gone.animal_id]
    first = card.animals[0]
    assert (first.microchip, first.chip_origin) == ("578093000123456", "Norway")
    assert [(a.text, a.animal_id, a.animal_name) for a in first.alerts] == [
        ("Redd for dyrlegen", bamse, "Bamse")]
    assert card.animals[1].deceased_on == dt.date(2024, 1, 2)
    assert card.animals[1].alerts == () and card.animals[1].microchip is None
    alone = add_client(ctx, receptionist, "Per", "Olsen").client_id
    empty = open_client_card(ctx, receptionist, alone)
    assert (empty.name, empty.animals, empty.phones, empty.alerts) == ("Per Olsen", (), (), ())
