"""The calendar on PostgreSQL as real staff roles (issue 11): the server refuses a double
booking even from psql, the grants decide who edits opening hours, and the migration's
btree_gist extension is created by a database owner who is not a superuser."""

from __future__ import annotations

import io
import uuid

import psycopg
import pytest
from sqlalchemy import select

from tests.support import databases
from tests.support.calendar import kari_with_bamse, oslo, request, vet_column
from tests.support.staff import raw_connection, signed_in
from vetdesk.db.models import Message
from vetdesk.domain.codes import AppointmentStatus
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.scheduling.booking import book_appointment
from vetdesk.services.scheduling.changes import set_status
from vetdesk.services.scheduling.errors import SlotTaken

pytestmark = pytest.mark.pg_only


def test_a_receptionist_signed_in_as_herself_books_and_checks_in(
    ctx: ServiceContext, admin: Actor, vet: Actor, receptionist: Actor
) -> None:
    column = vet_column(ctx, admin, vet)
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    with signed_in(ctx, receptionist) as desk:
        booked = book_appointment(desk, receptionist, request(client_id, animal_id, column,
                                                              oslo(2026, 11, 23, 10)))
        with pytest.raises(SlotTaken, match=r"Dr\. Lie is already booked 10:00–10:30"):
            book_appointment(desk, receptionist, request(client_id, animal_id, column,
                                                         oslo(2026, 11, 23, 10, 10)))
        arrived = set_status(desk, receptionist, booked.appointment_id, 1,
                             AppointmentStatus.ARRIVED)
    assert arrived.status == "arrived"
    # Her own role queued the booking's confirmation in the same call, stamped as hers.
    with ctx.db.reading() as session:
        queued = session.execute(select(
            Message.idempotency_key, Message.appointment_id, Message.created_by_id)).all()
    assert [tuple(row) for row in queued] == [
        (f"appointment:{booked.appointment_id}:confirm", booked.appointment_id,
         receptionist.user_id)]


def test_psql_as_a_staff_member_cannot_double_book_or_edit_hours(
    ctx: ServiceContext, admin: Actor, vet: Actor, receptionist: Actor, manager: Actor
) -> None:
    column = vet_column(ctx, admin, vet)
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    book_appointment(ctx, receptionist, request(client_id, animal_id, column,
                                                oslo(2026, 11, 23, 10)))
    with raw_connection(ctx, "kari") as conn:
        with pytest.raises(psycopg.errors.ExclusionViolation):
            conn.execute(
                "INSERT INTO appointments (client_id, resource_id, starts_at, ends_at, "
                "appointment_type, status, version, created_at, updated_at) VALUES "
                "(%s, %s, '2026-11-23 09:20Z', '2026-11-23 09:40Z', 'Konsultasjon', "
                "'confirmed', 1, now(), now())", (client_id, column))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO resource_hours (resource_id, weekday, kind, starts, ends) "
                         "VALUES (%s, 0, 'open', '07:00', '22:00')", (column,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE calendar_marker SET change_no = 0")
        # A cancelled booking gives the slot back, even from psql.
        conn.execute("INSERT INTO appointments (client_id, resource_id, starts_at, ends_at, "
                     "appointment_type, status, version, created_at, updated_at) VALUES "
                     "(%s, %s, '2026-11-23 09:20Z', '2026-11-23 09:40Z', 'Konsultasjon', "
                     "'cancelled', 1, now(), now())", (client_id, column))
    with raw_connection(ctx, "mona") as conn:
        conn.execute("INSERT INTO resource_hours (resource_id, weekday, kind, starts, ends) "
                     "VALUES (%s, 0, 'open', '07:00', '22:00')", (column,))


def test_db_upgrade_as_an_owner_who_is_not_a_superuser_creates_the_constraint(
    pg_template: str,
) -> None:
    from vetdesk.cli import main
    from vetdesk.cli.environment import CliEnvironment
    from vetdesk.security.credentials import MemoryCredentialStore

    suffix = uuid.uuid4().hex[:6]
    owner, name = f"vetdesk_calowner_{suffix}", f"{pg_template.split('_tmpl_')[0]}_cal_{suffix}"
    with databases.pg_admin() as conn:
        conn.execute(f'CREATE ROLE "{owner}" LOGIN CREATEROLE NOSUPERUSER')
        conn.execute(f'CREATE DATABASE "{name}" OWNER "{owner}"')
    try:
        out, err = io.StringIO(), io.StringIO()
        env = CliEnvironment(out=out, err=err, stdin=io.StringIO(""),
                             credentials=MemoryCredentialStore(), environ={})
        code = main(["--database", databases.pg_url(name, user=owner), "db", "upgrade"],
                    env=env)
        assert code == 0, err.getvalue()
        with psycopg.connect(databases.pg_url(name).replace("+psycopg", "")) as conn:
            found = conn.execute(
                "SELECT (SELECT count(*) FROM pg_extension WHERE extname = 'btree_gist'), "
                "(SELECT count(*) FROM pg_constraint WHERE conname = 'no_double_booking' "
                "AND contype = 'x')").fetchone()
        assert found == (1, 1)
    finally:
        databases.drop_pg_database(name)
        with databases.pg_admin() as conn:
            conn.execute(f'DROP ROLE IF EXISTS "{owner}"')
