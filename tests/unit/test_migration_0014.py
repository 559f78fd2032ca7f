"""Migration 0014 over a clinic's existing rows (issue 11): the post-operative controls stored
as check-ups become their own kind, a booking in a room's column comes to hold its room, and
a room two active appointments held at once stays with the earlier one."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, text

from tests.support.calendar import kari_with_bamse, oslo, vet_column
from tests.support.migrations import run_migration
from vetdesk.db.models import Appointment, Reminder
from vetdesk.domain.codes import ResourceKind
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.scheduling.resources import add_resource

_APPOINTMENT = text(
    "INSERT INTO appointments (client_id, animal_id, resource_id, room_id, starts_at, ends_at, "
    "appointment_type, status, version, created_at, updated_at) VALUES (:client, :animal, "
    ":column, :room, :starts, :ends, 'Operasjon', :status, 1, :starts, :starts)")
_REMINDER = text(
    "INSERT INTO reminders (animal_id, client_id, kind, title, due_on, status, created_at) "
    "VALUES (:animal, :client, 'checkup', :title, '2026-12-07', 'due', '2026-11-20 10:00:00')")


def test_existing_rows_are_moved_over(ctx: ServiceContext, admin: Actor, vet: Actor,
                                      receptionist: Actor) -> None:
    lie = vet_column(ctx, admin, vet)
    stue = add_resource(ctx, admin, ResourceKind.ROOM, "Operasjonsstue 1")
    client, animal = kari_with_bamse(ctx, receptionist)
    run_migration(ctx.db.engine, "0014_rooms_notices_postop.py", "downgrade")
    ten = oslo(2026, 11, 23, 10)
    rows = (  # column, room, start (minutes after ten), status
        # Dr. Lie's booking holds the room at 12:00, and a later booking in the room's own
        # column overlaps it: the room's own booking cannot let go of its room, so hers does.
        (lie, stue, 120, "booked"),
        (stue, None, 135, "booked"),
        (stue, None, 0, "booked"),  # the room's own booking
        (lie, stue, 15, "booked"),  # the same room, later, for Dr. Lie: loses the room
        (lie, stue, 60, "booked"),  # free at 11:00: keeps it
        (lie, stue, 0, "cancelled"),  # cancelled: holds nothing, keeps its record
    )
    with ctx.db.transaction() as session:
        for column, room, after, status in rows:
            starts = ten + dt.timedelta(minutes=after)
            session.execute(_APPOINTMENT, {
                "client": client, "animal": animal, "column": column, "room": room,
                "starts": starts, "ends": starts + dt.timedelta(minutes=30), "status": status})
        for title in ("Post-operative check: Kastrering", "Annual check-up"):
            session.execute(_REMINDER, {"animal": animal, "client": client, "title": title})
    run_migration(ctx.db.engine, "0014_rooms_notices_postop.py", "upgrade")
    with ctx.db.reading() as session:
        held = session.execute(select(Appointment.resource_id, Appointment.room_id)
                               .order_by(Appointment.id)).all()
        kinds = session.execute(select(Reminder.title, Reminder.kind)
                                .order_by(Reminder.id)).all()
    assert [tuple(r) for r in held] == [(lie, None), (stue, stue), (stue, stue), (lie, None),
                                        (lie, stue), (lie, stue)]
    assert [tuple(r) for r in kinds] == [("Post-operative check: Kastrering", "postop"),
                                         ("Annual check-up", "checkup")]

