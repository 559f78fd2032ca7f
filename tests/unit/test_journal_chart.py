"""The chart: header, the paged timeline, its query count, "my day"."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.support.journal_data import (
    Patient,
    add_patient,
    consultation,
    seed_history,
    write_and_sign,
)
from tests.support.statements import count_statements
from vetdesk.clock import FixedClock
from vetdesk.db.models import Appointment, AuditEvent, ClientAlert, Resource
from vetdesk.domain.codes import JournalKind, Sex, Species
from vetdesk.errors import PermissionDenied
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import (
    DraftInput,
    TimelineFilter,
    chart_header,
    my_day,
    save_draft,
    timeline_page,
    void_entry,
)
from vetdesk.services.journal.chart import age_on
from vetdesk.services.permissions import Actor


@pytest.fixture
def patient(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx, chip="578077000012345", alert="Biter ved munnkurv")


def test_header_shows_the_animal_owner_weight_trend_and_alerts(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    assert isinstance(ctx.clock, FixedClock)
    for kilos in ("30.2", "31.0", "34.2"):
        form = dataclasses.replace(
            consultation(patient.animal_id, ctx.clock.now()), weight_kg=Decimal(kilos)
        )
        write_and_sign(ctx, vet, form)
        ctx.clock.advance(dt.timedelta(days=30))
    with ctx.db.transaction() as session:
        session.add(ClientAlert(client_id=patient.client_id, text="Betaler ikke",
                                severity="mandatory", created_at=ctx.clock.now()))
    header = chart_header(ctx, vet, patient.animal_id)
    assert header.name == "Bamse" and header.species is Species.DOG and header.sex is Sex.MALE
    assert header.age is not None and (header.age.years, header.age.months) == (10, 9)
    assert header.chip == "578077000012345"
    assert header.owner.name == "Kari Ødegård" and header.owner.phone == "+4791234567"
    assert [(a.text, a.about) for a in header.alerts] == [
        ("Betaler ikke", "owner"), ("Biter ved munnkurv", "animal")]
    assert header.current_weight_kg == Decimal("34.2")
    assert [p.weight_kg for p in header.weight_trend] == [
        Decimal("30.2"), Decimal("31.0"), Decimal("34.2")]


def test_opening_a_chart_is_audited_once_per_few_minutes(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    chart_header(ctx, vet, patient.animal_id)
    chart_header(ctx, vet, patient.animal_id)
    with ctx.db.reading() as session:
        views = session.execute(
            select(func.count()).select_from(AuditEvent).where(
                AuditEvent.action == "view", AuditEvent.entity_type == "animal",
                AuditEvent.client_id == patient.client_id,
            )
        ).scalar()
    assert views == 1


def test_a_receptionist_cannot_open_the_journal(
    ctx: ServiceContext, receptionist: Actor, patient: Patient
) -> None:
    with pytest.raises(PermissionDenied):
        chart_header(ctx, receptionist, patient.animal_id)
    with pytest.raises(PermissionDenied):
        timeline_page(ctx, receptionist, patient.animal_id)


def test_age_counts_whole_months() -> None:
    age = age_on(dt.date(2020, 3, 31), dt.date(2026, 3, 30))
    assert age is not None and (age.years, age.months) == (5, 11)
    assert age_on(None, dt.date(2026, 1, 1)) is None


def test_timeline_pages_newest_first_without_gaps_or_repeats(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    start = ctx.clock.now() - dt.timedelta(days=200)
    ids = seed_history(ctx.db, patient.animal_id, vet.user_id, 130, start=start)
    seen: list[uuid.UUID] = []
    cursor = None
    while True:
        page = timeline_page(ctx, vet, patient.animal_id, cursor=cursor, page_size=50)
        seen.extend(item.entry_id for item in page.items)
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert seen == list(reversed(ids))
    times = [item.event_time for item in timeline_page(ctx, vet, patient.animal_id).items]
    assert times == sorted(times, reverse=True)


def test_timeline_filters_by_kind_and_folded_text(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    seed_history(ctx.db, patient.animal_id, vet.user_id, 40,
                 start=ctx.clock.now() - dt.timedelta(days=100))
    found = write_and_sign(ctx, vet, consultation(
        patient.animal_id, ctx.clock.now() - dt.timedelta(days=150),
        diagnosis="Korsbåndsruptur, Ødegård-teknikk",
    ))
    notes = timeline_page(ctx, vet, patient.animal_id,
                          filters=TimelineFilter(kinds=frozenset({JournalKind.NOTE})))
    assert notes.items and all(i.kind is JournalKind.NOTE for i in notes.items)
    hits = timeline_page(ctx, vet, patient.animal_id,
                         filters=TimelineFilter(text="odegard TEKNIKK"), page_size=5)
    assert [i.entry_id for i in hits.items] == [found] and hits.next_cursor is None
    void_entry(ctx, vet, found, reason="feil dyr", expected_version_no=1)
    hidden = timeline_page(ctx, vet, patient.animal_id,
                           filters=TimelineFilter(text="odegard", include_voided=False))
    assert hidden.items == ()


def test_own_drafts_come_first_and_nobody_else_sees_them(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    from tests.conftest import make_user
    from vetdesk.domain.codes import Role

    seed_history(ctx.db, patient.animal_id, vet.user_id, 5,
                 start=ctx.clock.now() - dt.timedelta(days=10))
    nurse = make_user(ctx, "nina", Role.NURSE, full_name="Nina Sykepleier")
    mine = DraftInput(uuid.uuid4(), patient.animal_id, JournalKind.NOTE,
                      ctx.clock.now() - dt.timedelta(days=30), {"text": "Ringer i morgen"})
    save_draft(ctx, vet, mine)
    own = timeline_page(ctx, vet, patient.animal_id)
    assert own.items[0].entry_id == mine.id and own.items[0].is_draft and own.items[0].editable
    assert len(own.items) == 6
    # A draft is its author's alone until signed (issue 7; row-level security on a server).
    others = timeline_page(ctx, nurse, patient.animal_id)
    assert [item.is_draft for item in others.items] == [False] * 5


@pytest.mark.parametrize("history", [20, 300])
def test_the_first_page_takes_at_most_three_queries_whatever_the_history(
    ctx: ServiceContext, vet: Actor, patient: Patient, history: int
) -> None:
    seed_history(ctx.db, patient.animal_id, vet.user_id, history,
                 start=ctx.clock.now() - dt.timedelta(days=history + 1))
    save_draft(ctx, vet, DraftInput(uuid.uuid4(), patient.animal_id, JournalKind.NOTE,
                                    ctx.clock.now(), {"text": "Utkast"}))
    with count_statements(ctx.db.engine) as log:
        page = timeline_page(ctx, vet, patient.animal_id, page_size=50)
    assert len(page.items) == min(history, 50) + 1
    # Issue 4 allows three; drafts and entries come in one UNION ALL statement.
    assert len(log.queries) == 1, log.queries
    with count_statements(ctx.db.engine) as log:
        timeline_page(ctx, vet, patient.animal_id, cursor=page.next_cursor)
    assert len(log.queries) == 1
    with count_statements(ctx.db.engine) as log:
        found = timeline_page(ctx, vet, patient.animal_id,
                              filters=TimelineFilter(text="spiser godt"))
    assert len(found.items) == min(history // 2, 50) and len(log.queries) <= 3


def test_header_query_count_does_not_grow_with_history(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    counts = []
    for batch in (10, 200):
        seed_history(ctx.db, add_patient(ctx).animal_id, vet.user_id, batch,
                     start=ctx.clock.now() - dt.timedelta(days=300))
    for animal in (patient.animal_id, patient.animal_id):
        with count_statements(ctx.db.engine) as log:
            chart_header(ctx, vet, animal)
        counts.append(len(log.queries))
    # Three reads, then the coalesced audit view (its check, chain tip and insert).
    assert counts[0] <= 8 and counts[1] <= counts[0]


def test_my_day_lists_todays_appointments_of_the_signed_in_vet(
    ctx: ServiceContext, vet: Actor, manager: Actor, patient: Patient
) -> None:
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        mine = Resource(kind="veterinarian", name="Ingrid Lie", user_id=vet.user_id)
        other = Resource(kind="veterinarian", name="Per Berg")
        session.add_all([mine, other])
        session.flush()
        for resource, hours, status in (
            (mine, 2, "booked"), (mine, 1, "arrived"), (mine, 3, "cancelled"),
            (mine, 30, "booked"), (other, 2, "booked"),
        ):
            session.add(Appointment(
                client_id=patient.client_id, animal_id=patient.animal_id,
                resource_id=resource.id, starts_at=now + dt.timedelta(hours=hours),
                ends_at=now + dt.timedelta(hours=hours, minutes=30),
                appointment_type="consultation", status=status, created_at=now,
                updated_at=now,
            ))
    day = my_day(ctx, vet)
    assert [p.status for p in day] == ["arrived", "booked"]
    assert day[0].animal_name == "Bamse" and day[0].client_name == "Kari Ødegård"
    assert day[0].species is Species.DOG
    assert my_day(ctx, manager) == ()
