"""Several desks at once (issue 8): client numbers for eight desks registering together, the
lost-update race after the version check, and a connection cut while it sat idle.

Real concurrency: threads, each unit of work on its own session and connection.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from tests.conftest import make_user
from tests.support import databases
from tests.support.front_desk import add_animal, add_client
from vetdesk.db import engine as engine_module
from vetdesk.db.models import Animal, Client
from vetdesk.domain.animal_rules import AnimalInput
from vetdesk.domain.client_rules import ClientInput, PhoneInput
from vetdesk.domain.codes import Role
from vetdesk.errors import ConnectionLost
from vetdesk.services import animals as animals_service
from vetdesk.services import clients as clients_service
from vetdesk.services.alerts import AlertInput
from vetdesk.services.client_card import open_client_card
from vetdesk.services.clients import ClientSaved, register_client, update_client
from vetdesk.services.conflicts import RecordChangedError
from vetdesk.services.context import ServiceContext
from vetdesk.services.front_desk_saving import save_client_edits
from vetdesk.services.permissions import Actor
from vetdesk.services.search import search

DESKS = 8
CLIENTS_PER_DESK = 15


def _person(desk: int, n: int) -> ClientInput:
    return ClientInput(first_name=f"Desk{desk}", last_name=f"Client{n}",
                       phones=(PhoneInput(f"9{desk}{n:06d}"),))


def test_eight_desks_registering_at_once_are_all_saved(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    """With a bare max + 1, 71 of 120 saves were refused on PostgreSQL after three tries."""
    saved: list[ClientSaved] = []
    errors: list[BaseException] = []
    start = threading.Barrier(DESKS)

    def desk(number: int) -> None:
        start.wait()
        try:
            for n in range(CLIENTS_PER_DESK):
                saved.append(register_client(ctx, receptionist, _person(number, n)))
        except BaseException as exc:  # collected: a thread's exception would be lost
            errors.append(exc)

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(DESKS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    total = DESKS * CLIENTS_PER_DESK
    assert sorted(s.client_no for s in saved) == list(range(1, total + 1))


def test_generated_numbers_follow_numbers_given_by_hand(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    """An import keeps the old system's numbers; new clients continue above them."""
    register_client(ctx, receptionist, _person(1, 1), client_no=5000)
    assert register_client(ctx, receptionist, _person(1, 2)).client_no == 5001


# -- the lost update: the version check passed, another desk committed first -----------------


def _other_desk_commits_right_after_the_check(
    monkeypatch: pytest.MonkeyPatch, module: Any, other_desk: Callable[[], object]
) -> list[object]:
    """Let the real version check pass, then have another desk save the same record (on its
    own thread and connection) before this desk writes."""
    real_check = module.check_version
    started: list[bool] = []
    done: list[object] = []

    def check_then_lose_the_race(*args: Any) -> None:
        real_check(*args)
        if started:  # the other desk's own check, or a later save
            return
        started.append(True)
        worker = threading.Thread(target=lambda: done.append(other_desk()))
        worker.start()
        worker.join(30)
        assert done, "the other desk did not finish"

    monkeypatch.setattr(module, "check_version", check_then_lose_the_race)
    return done


@pytest.mark.pg_only  # SQLite lets one writer in at a time: there the race cannot happen
def test_a_client_saved_by_another_desk_after_the_check_is_not_overwritten(
    ctx: ServiceContext, receptionist: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    ola = make_user(ctx, "ola", Role.RECEPTIONIST, full_name="Ola Nordmann")
    kari = add_client(ctx, receptionist, "Kari", "Ødegård", city="Oslo")
    theirs = ClientInput(first_name="Kari", last_name="Ødegård", city="Bergen")
    mine = ClientInput(first_name="Kari", last_name="Ødegård", city="Trondheim")
    done = _other_desk_commits_right_after_the_check(
        monkeypatch, clients_service,
        lambda: update_client(ctx, ola, kari.client_id, theirs, expected_version=kari.version),
    )
    with pytest.raises(RecordChangedError) as refused:
        update_client(ctx, receptionist, kari.client_id, mine, expected_version=kari.version)
    assert refused.value.changed_by == "Ola Nordmann"
    assert len(done) == 1
    with ctx.db.reading() as session:
        city, version = session.execute(
            select(Client.city, Client.version).where(Client.id == kari.client_id)).one()
    assert (city, version) == ("Bergen", kari.version + 1)


@pytest.mark.pg_only
def test_the_forms_save_that_loses_the_race_writes_none_of_its_steps(
    ctx: ServiceContext, receptionist: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The client form's Save (details and a new alert in one transaction): the details
    are refused by the version column at flush, and the alert goes with them."""
    ola = make_user(ctx, "ola", Role.RECEPTIONIST, full_name="Ola Nordmann")
    kari = add_client(ctx, receptionist, "Kari", "Ødegård", city="Oslo")
    theirs = ClientInput(first_name="Kari", last_name="Ødegård", city="Bergen")
    mine = ClientInput(first_name="Kari", last_name="Ødegård", city="Trondheim")
    _other_desk_commits_right_after_the_check(
        monkeypatch, clients_service,
        lambda: update_client(ctx, ola, kari.client_id, theirs, expected_version=kari.version),
    )
    with pytest.raises(RecordChangedError) as refused:
        save_client_edits(ctx, receptionist, kari.client_id, mine,
                          expected_version=kari.version, new_alert=AlertInput("Pays late"))
    assert refused.value.changed_by == "Ola Nordmann"
    card = open_client_card(ctx, receptionist, kari.client_id)
    assert (card.city, card.alerts) == ("Bergen", ())


@pytest.mark.pg_only
def test_an_animal_saved_by_another_desk_after_the_check_is_not_overwritten(
    ctx: ServiceContext, receptionist: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    ola = make_user(ctx, "ola", Role.RECEPTIONIST, full_name="Ola Nordmann")
    owner = add_client(ctx, receptionist, "Kari", "Ødegård")
    rex = add_animal(ctx, receptionist, owner.client_id, "Rex")
    theirs = AnimalInput(name="Rex", species="dog", colour="black")
    mine = AnimalInput(name="Rex", species="dog", colour="brown")
    _other_desk_commits_right_after_the_check(
        monkeypatch, animals_service,
        lambda: animals_service.update_animal(ctx, ola, rex.animal_id, theirs,
                                              expected_version=rex.version),
    )
    with pytest.raises(RecordChangedError) as refused:
        animals_service.update_animal(ctx, receptionist, rex.animal_id, mine,
                                      expected_version=rex.version)
    assert refused.value.changed_by == "Ola Nordmann"
    with ctx.db.reading() as session:
        colour = session.execute(
            select(Animal.colour).where(Animal.id == rex.animal_id)).scalar_one()
    assert colour == "black"


# -- a connection cut while it sat idle in the pool -------------------------------------------


def _cut_the_idle_connections(ctx: ServiceContext) -> int:
    """What a firewall or a server restart does to connections left idle: gone."""
    database = ctx.db.engine.url.database
    with databases.pg_admin() as admin:
        rows = admin.execute(
            "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
            "WHERE datname = %s AND application_name = 'VetDesk' AND state = 'idle'",
            (database,),
        ).fetchall()
    return len(rows)


@pytest.mark.pg_only
def test_a_connection_cut_while_idle_is_replaced_before_use(
    ctx: ServiceContext, receptionist: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_client(ctx, receptionist, "Kari", "Ødegård")
    assert search(ctx, receptionist, "odeg").total == 1  # a connection now waits in the pool
    assert _cut_the_idle_connections(ctx) >= 1
    # As if it had sat idle long enough to be checked before use.
    monkeypatch.setattr(engine_module, "IDLE_BEFORE_PING_SECONDS", 0.0)
    assert search(ctx, receptionist, "odeg").total == 1  # no error: replaced transparently


@pytest.mark.pg_only
def test_a_connection_used_moments_ago_is_not_pinged(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    """The other half: no ping (and no round trip) for a connection just used, so a cut one
    is found only by the call itself, which reads as one sentence (and is retried by
    run_action, tested in test_lost_connections)."""
    add_client(ctx, receptionist, "Kari", "Ødegård")
    search(ctx, receptionist, "odeg")
    assert _cut_the_idle_connections(ctx) >= 1
    with pytest.raises(ConnectionLost):
        search(ctx, receptionist, "odeg")
