"""A connection lost in the middle of an action (issue 8): a retry never duplicates a record,
the action is run again once where that is safe, and the person reads one sentence.

The faults are real where they can be: on PostgreSQL the backend is terminated with
``pg_terminate_backend``, and a COMMIT "whose answer is lost" has really committed.
"""

from __future__ import annotations

import uuid

import psycopg
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from tests.support.faults import (
    commit_answer_lost,
    connection_breaks,
    statement_fails,
    terminate_when_running,
)
from tests.support.front_desk import add_client
from vetdesk.db.models import Animal, Client
from vetdesk.domain.animal_rules import AnimalInput
from vetdesk.domain.client_rules import ClientInput, PhoneInput
from vetdesk.errors import ConnectionLost
from vetdesk.services.animals import register_animal
from vetdesk.services.clients import ClientSaved, register_client, update_client
from vetdesk.services.context import ServiceContext
from vetdesk.services.front_desk_saving import register_unless_duplicate
from vetdesk.services.permissions import Actor
from vetdesk.services.search import search

KARI = ClientInput(first_name="Kari", last_name="Ødegård", phones=(PhoneInput("912 34 567"),),
                   city="Oslo")
TRYING_AGAIN = "The connection to the server was lost; trying again."


def _count(ctx: ServiceContext, model: type[Client] | type[Animal]) -> int:
    with ctx.db.reading() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


# -- a retry finds the first attempt ----------------------------------------------------------


def test_a_client_whose_commit_answer_was_lost_is_found_by_the_retry(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    form_id = uuid.uuid4()  # made when the form opened; the same for every attempt
    with commit_answer_lost(ctx.db) as broken, pytest.raises(ConnectionLost) as lost:
        register_client(ctx, receptionist, KARI, request_id=form_id)
    assert broken == [1]
    assert lost.value.retry_safe
    assert _count(ctx, Client) == 1  # the COMMIT did go through

    again = register_client(ctx, receptionist, KARI, request_id=form_id)
    assert _count(ctx, Client) == 1
    assert again.client_no == 1


def test_an_animal_whose_commit_answer_was_lost_is_found_by_the_retry(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    owner = add_client(ctx, receptionist, "Kari", "Ødegård")
    rex = AnimalInput(name="Rex", species="dog", microchip="578000000000125")
    form_id = uuid.uuid4()
    with commit_answer_lost(ctx.db), pytest.raises(ConnectionLost):
        register_animal(ctx, receptionist, owner.client_id, rex, request_id=form_id)
    assert _count(ctx, Animal) == 1

    # Not "this chip is already registered on Rex": the retry is the same registration.
    again = register_animal(ctx, receptionist, owner.client_id, rex, request_id=form_id)
    assert _count(ctx, Animal) == 1
    assert again.owner_id == owner.client_id


def test_the_save_is_retried_once_and_the_person_is_told(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    """What the client form's Save runs: the retry gets the saved client back, not the
    client it saved offered as its own duplicate."""
    told: list[str] = []
    form_id = uuid.uuid4()
    with commit_answer_lost(ctx.db):
        outcome = ctx.db.run_action(
            lambda: register_unless_duplicate(ctx, receptionist, KARI, request_id=form_id),
            on_retry=told.append,
        )
    assert told == [TRYING_AGAIN]
    assert outcome.saved is not None and outcome.duplicates == ()
    assert _count(ctx, Client) == 1


def test_the_first_attempt_committing_during_the_retry_is_found_too(
    ctx: ServiceContext, receptionist: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The retry's own look-up came too early; the unique id refuses its insert, and the
    client the first attempt saved is returned instead of an error."""
    from vetdesk.services import clients

    form_id = uuid.uuid4()
    first = register_client(ctx, receptionist, KARI, request_id=form_id)
    original = clients._registered_by
    looked: list[int] = []

    def too_early(session: Session, request_id: uuid.UUID) -> ClientSaved | None:
        looked.append(1)
        return None if len(looked) == 1 else original(session, request_id)

    monkeypatch.setattr(clients, "_registered_by", too_early)
    again = clients.register_client(ctx, receptionist, KARI, request_id=form_id)
    assert again.client_id == first.client_id
    assert _count(ctx, Client) == 1


def test_a_write_without_its_own_id_is_not_repeated(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    """An edit (and a registration without the form's id) is not retried: the person is told
    the connection was lost and decides."""
    saved = add_client(ctx, receptionist, "Kari", "Ødegård")
    told: list[str] = []
    with commit_answer_lost(ctx.db), pytest.raises(ConnectionLost) as lost:
        ctx.db.run_action(
            lambda: update_client(ctx, receptionist, saved.client_id, KARI,
                                  expected_version=saved.version),
            on_retry=told.append,
        )
    assert not lost.value.retry_safe
    assert told == []
    with commit_answer_lost(ctx.db), pytest.raises(ConnectionLost):
        ctx.db.run_action(lambda: register_client(ctx, receptionist, KARI),
                          on_retry=told.append)
    assert told == []
    assert _count(ctx, Client) == 2  # the one saved first, and the one whose answer was lost


# -- reads are retried; a search killed mid-query ---------------------------------------------


@pytest.mark.pg_only
def test_a_read_on_a_terminated_backend_is_retried(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    add_client(ctx, receptionist, "Kari", "Ødegård")
    told: list[str] = []
    attempts: list[int] = []

    def slow_read() -> int:
        attempts.append(1)
        seconds = 30 if len(attempts) == 1 else 0
        with ctx.db.reading() as session:
            session.execute(text("SELECT pg_sleep(:s) /* vetdesk-slow-read */"), {"s": seconds})
            return session.execute(select(func.count()).select_from(Client)).scalar_one()

    killer = terminate_when_running("%vetdesk-slow-read%")
    assert ctx.db.run_action(slow_read, on_retry=told.append) == 1
    killer.join()
    assert told == [TRYING_AGAIN]
    assert len(attempts) == 2


@pytest.mark.pg_only
def test_a_read_after_a_committed_edit_is_not_retried(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    """Running the action again would save the edit twice."""
    saved = add_client(ctx, receptionist, "Kari", "Ødegård")
    told: list[str] = []

    def edit_then_search() -> object:
        update_client(ctx, receptionist, saved.client_id, KARI, expected_version=saved.version)
        return search(ctx, receptionist, "kari")

    with (statement_fails(ctx.db, connection_breaks("postgresql"), matching="search_key"),
          pytest.raises(ConnectionLost) as lost):
        ctx.db.run_action(edit_then_search, on_retry=told.append)
    assert not lost.value.retry_safe
    assert told == []


def _backend_pid(ctx: ServiceContext) -> int:
    with ctx.db.reading() as session:
        return int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())


@pytest.mark.pg_only
def test_a_search_killed_while_its_pattern_compiles_reads_as_a_lost_connection(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    """pg_trgm compiles the search's regular expression for its index; a backend terminated
    meanwhile answers "invalid regular expression: operation cancelled" (SQLSTATE 2201B)
    before it closes the connection (reproduced on PostgreSQL 15 by terminating a backend
    while it compiled a slow pattern). That is an interruption, not a bad pattern."""
    add_client(ctx, receptionist, "Kari", "Ødegård")

    def cancelled(_connection: object) -> BaseException:
        return psycopg.errors.InvalidRegularExpression(
            "invalid regular expression: operation cancelled")

    before = _backend_pid(ctx)
    with statement_fails(ctx.db, cancelled, matching="search_key"), \
            pytest.raises(ConnectionLost) as lost:
        search(ctx, receptionist, "odeg")
    assert lost.value.retry_safe
    # The connection is thrown away, not pooled for the retry to fail on.
    assert _backend_pid(ctx) != before

    told: list[str] = []
    with statement_fails(ctx.db, cancelled, matching="search_key"):
        results = ctx.db.run_action(lambda: search(ctx, receptionist, "odeg"),
                                    on_retry=told.append)
    assert [owner.name for owner in results.owners] == ["Kari Ødegård"]
    assert told == [TRYING_AGAIN]


@pytest.mark.pg_only
def test_a_second_loss_is_reported_not_retried_again(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    told: list[str] = []
    with (statement_fails(ctx.db, connection_breaks("postgresql"), times=2,
                          matching="search_key"),
          pytest.raises(ConnectionLost, match="connection to the database server was lost")):
        ctx.db.run_action(lambda: search(ctx, receptionist, "odeg"), on_retry=told.append)
    assert told == [TRYING_AGAIN]
