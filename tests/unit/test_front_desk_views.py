"""The front desk's small reads: today's list, an animal's edit details, a client's brief."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.front_desk import add_animal, add_client
from tests.support.statements import count_statements
from vetdesk.db.models import Appointment, Resource
from vetdesk.domain.codes import AlertSeverity
from vetdesk.errors import NotFound
from vetdesk.services import front_desk_views
from vetdesk.services.alerts import AlertInput, add_animal_alert, add_client_alert
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor

# START in tests/conftest.py is 2026-11-22 07:55 UTC, 08:55 in Oslo.
UTC = dt.UTC


def _book(ctx: ServiceContext, client_id: int, animal_id: int | None, starts: dt.datetime,
          status: str = "booked") -> int:
    with ctx.db.transaction() as session:
        resource = Resource(kind="veterinarian", name="Dr. Lie")
        session.add(resource)
        session.flush()
        appointment = Appointment(
            client_id=client_id, animal_id=animal_id, resource_id=resource.id,
            starts_at=starts, ends_at=starts + dt.timedelta(minutes=30),
            appointment_type="consultation", reason="limping", status=status,
            created_at=starts, updated_at=starts,
        )
        session.add(appointment)
        session.flush()
        return appointment.id


def test_todays_list_says_who_is_coming_arrived_and_late(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård", phone="912 34 567")
    bamse = add_animal(ctx, receptionist, kari.client_id, "Bamse")
    late = _book(ctx, kari.client_id, bamse.animal_id, dt.datetime(2026, 11, 22, 7, 30, tzinfo=UTC))
    arrived = _book(ctx, kari.client_id, None, dt.datetime(2026, 11, 22, 7, 45, tzinfo=UTC),
                    status="arrived")
    coming = _book(ctx, kari.client_id, bamse.animal_id,
                   dt.datetime(2026, 11, 22, 13, 0, tzinfo=UTC))
    # Yesterday, tomorrow (Oslo time) and a cancelled one stay off today's list.
    _book(ctx, kari.client_id, None, dt.datetime(2026, 11, 21, 22, 30, tzinfo=UTC))
    _book(ctx, kari.client_id, None, dt.datetime(2026, 11, 22, 23, 0, tzinfo=UTC))
    _book(ctx, kari.client_id, None, dt.datetime(2026, 11, 22, 9, 0, tzinfo=UTC),
          status="cancelled")

    today = front_desk_views.todays_appointments(ctx, receptionist)

    assert [(a.appointment_id, a.state) for a in today] == [
        (late, "late"), (arrived, "arrived"), (coming, "coming"),
    ]
    assert today[0].client_name == "Kari Ødegård"
    assert today[0].animal_name == "Bamse"
    assert today[0].with_whom == "Dr. Lie"
    assert today[1].animal_name is None


def test_todays_list_is_empty_without_appointments(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    assert front_desk_views.todays_appointments(ctx, receptionist) == ()


def test_animal_details_include_notes_and_chip(ctx: ServiceContext, receptionist: Actor) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård")
    bamse = add_animal(ctx, receptionist, kari.client_id, "Bamse", chip="578097000012345")
    details = front_desk_views.animal_details(ctx, receptionist, bamse.animal_id)
    assert details.name == "Bamse"
    assert details.microchip == "578097000012345"
    assert details.owner_id == kari.client_id
    assert details.version == bamse.version
    with pytest.raises(NotFound):
        front_desk_views.animal_details(ctx, receptionist, bamse.animal_id + 99)


def test_client_brief_counts_animals(ctx: ServiceContext, receptionist: Actor) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård", address="Fjellveien 22B")
    add_animal(ctx, receptionist, kari.client_id, "Bamse")
    add_animal(ctx, receptionist, kari.client_id, "Pus", species="cat")
    brief = front_desk_views.client_brief(ctx, receptionist, kari.client_id)
    assert (brief.name, brief.animals, brief.address) == ("Kari Ødegård", 2, "Fjellveien 22B")
    assert brief.version == kari.version


def test_state_follows_status_and_clock(ctx: ServiceContext) -> None:
    now = ctx.clock.now()
    state = front_desk_views.appointment_state
    assert state("booked", now - dt.timedelta(minutes=30), now) == "late"
    assert state("confirmed", now - dt.timedelta(minutes=2), now) == "coming"
    assert state("booked", now + dt.timedelta(hours=1), now) == "coming"
    assert state("arrived", now - dt.timedelta(minutes=30), now) == "arrived"
    assert state("no_show", now - dt.timedelta(minutes=30), now) == "no_show"


def test_search_brings_the_alerts_of_the_hits(ctx: ServiceContext, receptionist: Actor) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård", phone="912 34 567")
    bamse = add_animal(ctx, receptionist, kari.client_id, "Bamse")
    add_animal_alert(ctx, receptionist, bamse.animal_id,
                     AlertInput("Bites when muzzled", AlertSeverity.MANDATORY))
    add_animal_alert(ctx, receptionist, bamse.animal_id, AlertInput("Nervous", AlertSeverity.INFO))
    add_client_alert(ctx, receptionist, kari.client_id, AlertInput("Pays late"))

    with count_statements(ctx.db.engine) as log:
        screen = front_desk_views.search_with_alerts(ctx, receptionist, "odeg")
    assert len(log.queries) == 1  # the alerts come with the hits: one round trip

    assert [o.name for o in screen.results.owners] == ["Kari Ødegård"]
    assert screen.animal_alerts[bamse.animal_id] == (
        front_desk_views.HitAlert("Bites when muzzled", AlertSeverity.MANDATORY),
    )
    assert [a.text for a in screen.client_alerts[kari.client_id]] == ["Pays late"]
    assert front_desk_views.search_with_alerts(ctx, receptionist, "zzzz").client_alerts == {}
