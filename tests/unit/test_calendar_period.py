"""The calendar's week in one statement (issue 11): resources in order, each one's hours per
day with breaks, holidays closed unless opened (for one resource or the whole clinic), the
appointments with their states and restriction mark, cancelled ones only when asked for, and
the change marker, all from one round trip on both engines."""

from __future__ import annotations

import datetime as dt

from tests.support.calendar import kari_with_bamse, oslo, request
from tests.support.statements import count_statements
from vetdesk.db.models import Client
from vetdesk.domain.codes import AppointmentStatus, ResourceKind
from vetdesk.domain.opening_hours import HoursRow, Span
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.scheduling.booking import book_appointment
from vetdesk.services.scheduling.calendar_view import calendar_marker, calendar_period
from vetdesk.services.scheduling.changes import set_status
from vetdesk.services.scheduling.resources import add_resource, open_holiday, set_hours

T = dt.time
CHRISTMAS_WEEK = dt.date(2026, 12, 21)  # Monday; 25.12 and 26.12 are public holidays


def test_the_week_comes_in_one_statement(ctx: ServiceContext, admin: Actor, manager: Actor,
                                         vet: Actor, receptionist: Actor) -> None:
    room = add_resource(ctx, admin, ResourceKind.ROOM, "Operasjonsstue")
    lie = add_resource(ctx, admin, ResourceKind.VETERINARIAN, "Ingrid Lie", user_id=vet.user_id)
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    kept = book_appointment(ctx, receptionist, request(client_id, animal_id, lie,
                                                       oslo(2026, 12, 21, 10)))
    dropped = book_appointment(ctx, receptionist, request(client_id, None, room,
                                                          oslo(2026, 12, 22, 13), 60))
    set_hours(ctx, manager, lie, [HoursRow(0, "open", T(8), T(16)),
                                  HoursRow(0, "break", T(11, 30), T(12)),
                                  HoursRow(1, "open", T(12), T(20))])
    open_holiday(ctx, manager, dt.date(2026, 12, 26), T(10), T(14), resource_id=lie)
    open_holiday(ctx, manager, dt.date(2026, 12, 25), T(9), T(12))  # the whole clinic
    set_status(ctx, receptionist, dropped.appointment_id, 1, AppointmentStatus.CANCELLED,
               reason="Eier syk")
    with ctx.db.transaction() as session:
        session.get(Client, client_id).restricted_at = ctx.clock.now()

    with count_statements(ctx.db.engine) as log:
        week = calendar_period(ctx, receptionist, CHRISTMAS_WEEK, 7)
    assert len(log.queries) == 1, log.queries

    assert [(r.name, r.kind) for r in week.resources] == [
        ("Ingrid Lie", "veterinarian"), ("Operasjonsstue", "room")]
    assert week.marker == calendar_marker(ctx, receptionist)
    assert week.days[0] == CHRISTMAS_WEEK and len(week.days) == 7
    monday, tuesday, wednesday = (dt.date(2026, 12, d) for d in (21, 22, 23))
    christmas, boxing_day, sunday = (dt.date(2026, 12, d) for d in (25, 26, 27))
    hours = {(rid, day): (h.open, h.breaks, h.holiday) for (rid, day), h in week.hours.items()}
    assert hours[(lie, monday)] == ((Span(T(8), T(16)),), (Span(T(11, 30), T(12)),), None)
    assert hours[(lie, tuesday)] == ((Span(T(12), T(20)),), (), None)
    assert hours[(lie, wednesday)] == ((), (), None)  # her own week has no Wednesday
    assert hours[(room, wednesday)] == ((Span(T(8), T(16)),), (Span(T(11, 30), T(12)),),
                                        None)  # the clinic's default week
    assert hours[(lie, christmas)] == ((Span(T(9), T(12)),), (), "Første juledag")
    # An opened holiday keeps the day's break (the default week's, for the room).
    assert hours[(room, christmas)] == ((Span(T(9), T(12)),), (Span(T(11, 30), T(12)),),
                                        "Første juledag")
    assert hours[(lie, boxing_day)] == ((Span(T(10), T(14)),), (), "Andre juledag")
    assert hours[(room, boxing_day)] == ((), (), "Andre juledag")
    assert hours[(room, sunday)] == ((), (), None)
    assert len(hours) == 14

    (only,) = week.appointments
    assert (only.appointment_id, only.version, only.resource_id, only.client_id,
            only.client_name, only.animal_id, only.animal_name, only.appointment_type,
            only.reason, only.status, only.state, only.restricted) == (
        kept.appointment_id, 1, lie, client_id, "Kari Ødegård", animal_id, "Bamse",
        "Konsultasjon", "Halter", "booked", "coming", True)
    assert (only.starts_at, only.ends_at) == (oslo(2026, 12, 21, 10), oslo(2026, 12, 21, 10, 30))
    assert only.starts_at.tzinfo == dt.UTC

    everything = calendar_period(ctx, receptionist, CHRISTMAS_WEEK, 7, include_cancelled=True)
    assert [(a.resource_id, a.status, a.animal_id, a.restricted)
            for a in everything.appointments] == [
        (lie, "booked", animal_id, True), (room, "cancelled", None, True)]
    day = calendar_period(ctx, receptionist, tuesday, 1)
    assert (day.days, day.appointments, list(day.hours)) == (
        (tuesday,), (), [(lie, tuesday), (room, tuesday)])
