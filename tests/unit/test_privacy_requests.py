"""The register of privacy requests: due dates, extension, refusal, the front's counts, who may.

The test clock stands at 22.11.2026 08:55 in Oslo (tests/conftest.py START).
"""

from __future__ import annotations

import datetime as dt
import uuid

import psycopg
import pytest
from sqlalchemy import select

from tests.support.front_desk import add_client
from tests.support.permission_world import changed_tables, database_snapshot
from tests.support.staff import raw_connection, signed_in
from vetdesk.db.models import AuditEvent, PrivacyRequest
from vetdesk.domain import privacy_rules as rules
from vetdesk.domain.codes import PrivacyRequestKind, PrivacyRequestStatus
from vetdesk.errors import NotFound, PermissionDenied, ValidationError
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.privacy.requests import (
    RequestInput,
    complete_request,
    extend_request,
    refuse_request,
    register_request,
    request_register,
)

D = dt.date
TODAY = D(2026, 11, 22)
EARLY_NOVEMBER = D(2026, 11, 2)


# -- the due date, written down ------------------------------------------------------------------

@pytest.mark.parametrize(("received", "due"), [
    (D(2027, 1, 31), D(2027, 2, 28)),  # one calendar month is earlier: the example
    (D(2028, 1, 31), D(2028, 2, 29)),  # leap year
    (D(2027, 1, 30), D(2027, 2, 28)),
    (D(2027, 2, 1), D(2027, 3, 1)),  # a month is 28 days here: earlier than 30
    (D(2027, 3, 15), D(2027, 4, 14)),  # 30 days is earlier
    (D(2027, 1, 1), D(2027, 1, 31)),
    (D(2027, 3, 31), D(2027, 4, 30)),  # both the same day
    (D(2026, 12, 31), D(2027, 1, 30)),  # over the new year
])
def test_due_is_the_earlier_of_30_days_and_one_calendar_month(received: D, due: D) -> None:
    assert rules.due_date(received) == due


@pytest.mark.parametrize(("received", "latest"), [
    (D(2027, 1, 31), D(2027, 4, 28)),
    (D(2027, 3, 15), D(2027, 6, 14)),
    (D(2026, 11, 30), D(2027, 2, 28)),
])
def test_an_extension_adds_at_most_two_months(received: D, latest: D) -> None:
    assert rules.latest_extended_due(received) == latest


# -- registering ---------------------------------------------------------------------------------

def _input(kind: PrivacyRequestKind | None = PrivacyRequestKind.ACCESS, *,
           received: D = EARLY_NOVEMBER, client_no: int | None = None,
           name: str = "") -> RequestInput:
    return RequestInput(kind=kind, received_on=received, request_id=uuid.uuid4(),
                        client_no=client_no, subject_name=name, channel="e-post")


def test_a_request_gets_its_due_date_and_handler(ctx: ServiceContext, manager: Actor,
                                                 receptionist: Actor) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Østmo", phone="912 34 567")
    row = register_request(ctx, manager, _input(received=D(2026, 10, 31),
                                                client_no=kari.client_no))
    assert (row.subject_name, row.client_no, row.due_on) == ("Kari Østmo", kari.client_no,
                                                             D(2026, 11, 30))
    assert (row.status, row.handler, row.days_left) == (PrivacyRequestStatus.OPEN,
                                                        "Mona Manager", 8)
    with ctx.db.reading() as session:
        event = session.execute(select(
            AuditEvent.action, AuditEvent.client_id, AuditEvent.details).where(
            AuditEvent.entity_type == "privacy_request")).one()
    # Ids and field names only: never the person's name.
    assert tuple(event) == ("create", kari.client_id, {"kind": "access"})


def test_a_retry_finds_the_first_save(ctx: ServiceContext, manager: Actor) -> None:
    given = _input(name="Per Hansen")
    first = register_request(ctx, manager, given)
    assert register_request(ctx, manager, given).id == first.id
    with ctx.db.reading() as session:
        assert len(session.execute(select(PrivacyRequest)).all()) == 1


def test_the_front_counts_open_nearly_due_and_overdue(ctx: ServiceContext,
                                                      manager: Actor) -> None:
    register_request(ctx, manager, _input(received=D(2026, 10, 1), name="A"))  # due 31.10: late
    register_request(ctx, manager, _input(received=D(2026, 10, 20), name="B"))  # due 19.11: late
    register_request(ctx, manager, _input(received=D(2026, 10, 25), name="C"))  # due 24.11
    register_request(ctx, manager, _input(received=D(2026, 11, 20), name="D"))  # due 20.12
    done = register_request(ctx, manager, _input(received=D(2026, 9, 1), name="E"))
    complete_request(ctx, manager, done.id, outcome="Innsyn gitt.")
    front = request_register(ctx, manager)
    assert (front.open_count, front.nearly_due_count, front.overdue_count) == (4, 1, 2)
    assert [r.subject_name for r in front.rows] == ["A", "B", "C", "D", "E"]
    assert [r.overdue for r in front.rows] == [True, True, False, False, False]
    assert front.rows[0].days_left == -22


def test_an_extension_within_the_first_month(ctx: ServiceContext, manager: Actor) -> None:
    row = register_request(ctx, manager, _input(received=D(2026, 11, 2), name="Per"))
    assert row.due_on == D(2026, 12, 2)
    longer = extend_request(ctx, manager, row.id, new_due_on=D(2027, 2, 2),
                            reason="Mange journaler å gå gjennom.", told_on=D(2026, 11, 20))
    assert (longer.due_on, longer.first_due_on, longer.extended) == (D(2027, 2, 2),
                                                                      D(2026, 12, 2), True)
    assert longer.extension_told_on == D(2026, 11, 20)


@pytest.mark.parametrize(("new_due", "told", "field"), [
    (D(2027, 2, 3), D(2026, 11, 20), "new_due_on"),  # more than two more months
    (D(2026, 12, 1), D(2026, 11, 20), "new_due_on"),  # not later than the first due date
    (D(2027, 1, 2), D(2026, 11, 1), "told_on"),  # told before the request came
    (D(2027, 1, 2), D(2026, 11, 23), "told_on"),  # told in the future
])
def test_a_wrong_extension_is_refused_and_nothing_changes(
    ctx: ServiceContext, manager: Actor, new_due: D, told: D, field: str
) -> None:
    row = register_request(ctx, manager, _input(received=D(2026, 11, 2), name="Per"))
    before = database_snapshot(ctx)
    with pytest.raises(ValidationError) as refused:
        extend_request(ctx, manager, row.id, new_due_on=new_due, reason="Mye arbeid.",
                       told_on=told)
    assert set(refused.value.field_errors) == {field}
    assert changed_tables(before, database_snapshot(ctx)) == []


def test_a_refusal_gives_its_reason_and_the_right_to_complain(
    ctx: ServiceContext, manager: Actor
) -> None:
    row = register_request(ctx, manager, _input(PrivacyRequestKind.ERASURE, name="Per"))
    refused = refuse_request(ctx, manager, row.id, reason="Journalen må oppbevares i 10 år")
    assert refused.status is PrivacyRequestStatus.REJECTED
    assert refused.refusal_reason == "Journalen må oppbevares i 10 år"
    assert refused.outcome is not None
    assert "Journalen må oppbevares i 10 år." in refused.outcome
    assert "Datatilsynet" in refused.outcome
    with pytest.raises(ValidationError):
        complete_request(ctx, manager, row.id, outcome="Slettet.")  # closed already


# -- bad input: one sentence, nothing changed ------------------------------------------------

def test_a_request_without_a_kind(ctx: ServiceContext, manager: Actor) -> None:
    before = database_snapshot(ctx)
    with pytest.raises(ValidationError) as refused:
        register_request(ctx, manager, _input(None, name="Per"))
    assert "Choose what the person asks for" in refused.value.message
    assert set(refused.value.field_errors) == {"kind"}
    assert changed_tables(before, database_snapshot(ctx)) == []


def test_an_unknown_client_number(ctx: ServiceContext, manager: Actor) -> None:
    before = database_snapshot(ctx)
    with pytest.raises(NotFound) as refused:
        register_request(ctx, manager, _input(client_no=4711))
    assert refused.value.message == "There is no client number 4711; check the number."
    assert changed_tables(before, database_snapshot(ctx)) == []


def test_a_request_from_nobody_or_from_the_future(ctx: ServiceContext, manager: Actor) -> None:
    with pytest.raises(ValidationError) as nobody:
        register_request(ctx, manager, _input())
    assert set(nobody.value.field_errors) == {"subject_name"}
    with pytest.raises(ValidationError) as future:
        register_request(ctx, manager, _input(received=TODAY + dt.timedelta(days=1), name="P"))
    assert set(future.value.field_errors) == {"received_on"}


# -- who may: the program and the server ---------------------------------------------------------

def test_front_desk_and_vets_may_not(ctx: ServiceContext, receptionist: Actor,
                                     vet: Actor) -> None:
    for actor in (receptionist, vet):
        with pytest.raises(PermissionDenied):
            register_request(ctx, actor, _input(name="Per"))
        with pytest.raises(PermissionDenied):
            request_register(ctx, actor)


@pytest.mark.pg_only
def test_the_server_lets_the_manager_in(ctx: ServiceContext, manager: Actor,
                                        admin: Actor) -> None:
    for actor in (manager, admin):
        with signed_in(ctx, actor) as desk:
            row = register_request(desk, actor, _input(name=f"Per {actor.username}"))
            extend_request(desk, actor, row.id, new_due_on=D(2027, 1, 2), reason="Mye.",
                           told_on=D(2026, 11, 20))
            assert request_register(desk, actor).open_count >= 1
            assert complete_request(desk, actor, row.id, outcome="Gitt.").handler == (
                actor.full_name)


@pytest.mark.pg_only
def test_the_server_keeps_the_register_from_everyone_else(
    ctx: ServiceContext, manager: Actor, receptionist: Actor, vet: Actor
) -> None:
    register_request(ctx, manager, _input(name="Per Hansen"))
    for username in ("kari", "lie"):
        with raw_connection(ctx, username) as conn:
            for statement in (
                "SELECT subject_name FROM privacy_requests",
                "UPDATE privacy_requests SET status = 'done'",
                "INSERT INTO privacy_erasures (client_ref, pseudonym, identity_sha256, "
                "plan_sha256, erased_at, counts) VALUES (1, 'x', 'x', 'x', now(), '{}')",
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(statement)
    with raw_connection(ctx, "mona") as conn:
        assert conn.execute("SELECT subject_name FROM privacy_requests").fetchall() == [
            ("Per Hansen",)]
