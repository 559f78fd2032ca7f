"""Equal matches are ranked by activity: an appointment today first, then the latest visit,
then by name (issue 8: for "odeg" the caller Kari Ødegård was 12th, behind eleven namesakes
sorted by first name)."""

from __future__ import annotations

import datetime as dt

from tests.support.front_desk import add_client
from vetdesk.db.models import Appointment, Resource
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.search import search

FIRST_NAMES = ("Anne", "Berit", "Cecilie", "Dag", "Eva", "Finn", "Geir", "Hilde", "Ida",
               "Jon", "Kari", "Lars")


def _appointment(ctx: ServiceContext, client_id: int, resource_id: int, when: dt.datetime,
                 status: str) -> None:
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        session.add(Appointment(
            client_id=client_id, resource_id=resource_id, starts_at=when,
            ends_at=when + dt.timedelta(minutes=30), appointment_type="Kontroll",
            status=status, created_at=now, updated_at=now))


def test_the_caller_with_an_appointment_today_comes_first_then_the_latest_visit(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    ids = {name: add_client(ctx, receptionist, name, "Ødegård").client_id
           for name in FIRST_NAMES}
    with ctx.db.transaction() as session:
        vet = Resource(kind="veterinarian", name="Ingrid Lie", active=True)
        session.add(vet)
        session.flush()
        vet_id = vet.id
    now = ctx.clock.now()  # 08:55 in Oslo
    _appointment(ctx, ids["Kari"], vet_id, now + dt.timedelta(hours=3), "booked")
    _appointment(ctx, ids["Lars"], vet_id, now - dt.timedelta(days=10), "done")
    _appointment(ctx, ids["Jon"], vet_id, now - dt.timedelta(days=100), "done")
    # A cancelled appointment today and a no-show are not activity.
    _appointment(ctx, ids["Ida"], vet_id, now + dt.timedelta(hours=1), "cancelled")
    _appointment(ctx, ids["Hilde"], vet_id, now - dt.timedelta(days=2), "no_show")
    # Tomorrow is not today.
    _appointment(ctx, ids["Geir"], vet_id, now + dt.timedelta(days=1), "booked")

    results = search(ctx, receptionist, "odeg")
    order = [owner.first_name for owner in results.owners]
    assert order[:3] == ["Kari", "Lars", "Jon"]
    assert order[3:] == sorted(order[3:])  # the rest by name, as before
