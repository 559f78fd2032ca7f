"""The search box: Norwegian folding, phones, chips, numbers, ranking, capping, marking."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.front_desk import add_animal, add_client
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.search import search

CHIP = "578093000123456"


@pytest.fixture
def kari(ctx: ServiceContext, receptionist: Actor) -> int:
    saved = add_client(ctx, receptionist, "Kari", "Ødegård", phone="912 34 567",
                       email="kari.odegard@example.no", address="Fjellveien 22B",
                       postal_code="0150", city="Oslo")
    add_animal(ctx, receptionist, saved.client_id, "Bamse", chip=CHIP)
    add_animal(ctx, receptionist, saved.client_id, "Pus", species="cat",
               deceased_on=dt.date(2024, 5, 1))
    return saved.client_id


def _names(ctx: ServiceContext, actor: Actor, text: str) -> list[str]:
    return [owner.name for owner in search(ctx, actor, text).owners]


@pytest.mark.parametrize(
    "typed", ["odegard", "oedegaard", "Ødegård", "ØDEGÅRD", "odeg", "kari ode"]
)
def test_norwegian_spellings_find_odegard(
    ctx: ServiceContext, receptionist: Actor, kari: int, typed: str
) -> None:
    results = search(ctx, receptionist, typed)
    assert [o.client_id for o in results.owners] == [kari]
    assert [a.name for a in results.owners[0].animals] == ["Bamse", "Pus"]


def test_aase_finds_ase_and_double_names_match_each_part(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    add_client(ctx, receptionist, "Åse", "Strøm-Hansen")
    add_client(ctx, receptionist, "Per", "Olsen")
    assert _names(ctx, receptionist, "aase") == ["Åse Strøm-Hansen"]
    assert _names(ctx, receptionist, "hansen") == ["Åse Strøm-Hansen"]
    assert _names(ctx, receptionist, "strom") == ["Åse Strøm-Hansen"]


@pytest.mark.parametrize("typed", ["+47 912 34 567", "91234567", "4567", "0047 912 34 567",
                                   "912 34", "2345"])
def test_phone_in_any_format_and_any_four_digits(
    ctx: ServiceContext, receptionist: Actor, kari: int, typed: str
) -> None:
    assert [o.client_id for o in search(ctx, receptionist, typed).owners] == [kari]


def test_chip_full_is_exact_and_partial_by_suffix(
    ctx: ServiceContext, receptionist: Actor, kari: int
) -> None:
    full = search(ctx, receptionist, CHIP)
    assert full.owners[0].exact
    hit = full.hits[0]
    assert hit.animal is not None
    assert (hit.animal.name, hit.animal.microchip) == ("Bamse", CHIP)
    partial = search(ctx, receptionist, "123456")
    assert [a.name for o in partial.owners for a in o.animals if a.matched] == ["Bamse"]
    assert search(ctx, receptionist, "5780930").owners == ()


def test_client_number_and_email(ctx: ServiceContext, receptionist: Actor, kari: int) -> None:
    number = search(ctx, receptionist, "1")
    assert number.owners[0].client_no == 1
    assert number.owners[0].exact
    assert _names(ctx, receptionist, "kari.odegard@example.no") == ["Kari Ødegård"]
    assert _names(ctx, receptionist, "@example.no") == ["Kari Ødegård"]


def test_animal_name_hit_is_grouped_under_owner_and_deceased_marked(
    ctx: ServiceContext, receptionist: Actor, kari: int
) -> None:
    results = search(ctx, receptionist, "pus")
    owner = results.owners[0]
    assert owner.client_id == kari
    assert not owner.matched
    (pus,) = [a for a in owner.animals if a.matched]
    assert pus.deceased


def test_ranking_exact_then_prefix_then_substring(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    add_client(ctx, receptionist, "Anne", "Johansen")  # "hans" inside a word: substring
    add_client(ctx, receptionist, "Hans", "Berg")  # prefix
    results = search(ctx, receptionist, "hans")
    assert [o.name for o in results.owners] == ["Hans Berg", "Anne Johansen"]
    assert [o.rank for o in results.owners] == [1, 2]


def test_capped_with_count_of_more(ctx: ServiceContext, receptionist: Actor) -> None:
    for n in range(7):
        add_client(ctx, receptionist, f"Ola{n}", "Nordmann")
    results = search(ctx, receptionist, "nordmann", limit=5)
    assert results.shown == 5
    assert results.total == 7
    assert results.more == 2


def test_inactive_and_erased_clients_are_marked(
    ctx: ServiceContext, receptionist: Actor, kari: int
) -> None:
    with ctx.db.transaction() as session:
        from vetdesk.db.models import Client

        client = session.get(Client, kari)
        assert client is not None
        client.status = "inactive"
    (owner,) = search(ctx, receptionist, "odegard").owners
    assert owner.inactive
    assert owner.status.value == "inactive"


@pytest.mark.parametrize("typed", ["", " ", "a", "%", "_", "\\", "'; DROP TABLE clients; --",
                                   "\"", "😀", "x" * 10_000, "100%", "o'neil", "a_b%c\\"])
def test_odd_input_never_fails(ctx: ServiceContext, receptionist: Actor, kari: int,
                               typed: str) -> None:
    # A second client that none of these should find: a "%" or "_" taken as a wildcard, or
    # a query that matched everything, would list her.
    other = add_client(ctx, receptionist, "Tone", "Wik", phone="22 11 00 99").client_id
    results = search(ctx, receptionist, typed)
    assert other not in {o.client_id for o in results.owners}
    assert all(o.client_id == kari for o in results.owners)
