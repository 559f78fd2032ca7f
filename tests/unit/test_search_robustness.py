"""Any text in the search box gives results or none, never an error, and every result really
matches what was typed; an exact phone, chip, e-mail, client number or name is always found.

The searches run against one populated database per engine (built once for this module):
owners with Norwegian names, phones, e-mails and animals with chips. What each record should
be found by is written down by hand below (the folded keys too), not computed by the search.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ENGINES, START, RecordingSleep, make_user
from tests.support import databases
from vetdesk.clock import FixedClock
from vetdesk.db.opening import open_database
from vetdesk.domain.animal_rules import AnimalInput
from vetdesk.domain.client_rules import ClientInput, PhoneInput
from vetdesk.domain.codes import Role
from vetdesk.domain.search_query import SearchQuery, parse_query
from vetdesk.services.animals import register_animal
from vetdesk.services.clients import register_client
from vetdesk.services.clinic import ClinicDetails, ensure_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.search import SearchResults, search


@dataclass(frozen=True)
class Pet:
    name: str
    key: str  # the name folded by hand: lower-case ASCII, ø/å/æ as o/a/ae, oe/aa as o/a
    species: str
    chip: str = ""


@dataclass(frozen=True)
class Owner:
    client_no: int  # given in this order, from 1
    first: str
    last: str
    key: str
    phone: str  # the national number as stored
    email: str
    pets: tuple[Pet, ...]


OWNERS = (
    Owner(1, "Kari", "Ødegård", "kari odegard", "91234567", "kari.odegard@example.no",
          (Pet("Bamse", "bamse", "dog", "578000000000125"),
           Pet("Pus", "pus", "cat", "578000000004711"))),
    Owner(2, "Ola", "Nordmann", "ola nordmann", "41234568", "ola@nordmann.no",
          (Pet("Rex", "rex", "dog", "578000000000226"),)),
    Owner(3, "Åse", "Strøm-Hansen", "ase strom hansen", "92345678", "ase.strom@example.no",
          (Pet("Mons", "mons", "cat", "578000000000337"),)),
    Owner(4, "Per", "Bækkelund", "per baekkelund", "93456789", "per@bakkelund.no",
          (Pet("Fido", "fido", "dog", "578000000000448"),)),
    Owner(5, "Ingrid", "Lie", "ingrid lie", "94567890", "ingrid.lie@example.com",
          (Pet("Tassen", "tassen", "dog", "578000000000559"),
           Pet("Snøfrid", "snofrid", "horse", "578000000000660"))),
    Owner(6, "Bjørn", "Håkonsen", "bjorn hakonsen", "45678901", "bjorn.h@example.no",
          (Pet("Kvikk", "kvikk", "rabbit"),)),
    Owner(7, "Sigrid", "Aasen", "sigrid asen", "46789012", "sigrid@aasen.no",
          (Pet("Luna", "luna", "cat", "578000000000771"),)),
    Owner(8, "Jørgen", "Øverby", "jorgen overby", "47890123", "jorgen.overby@example.no",
          (Pet("Bella", "bella", "dog", "578000000000882"),)),
    Owner(9, "Marit", "Ødegaard", "marit odegard", "48901234", "marit.o@example.no",
          (Pet("Tiger", "tiger", "cat", "578000000000993"),)),
    Owner(10, "Nils", "Ås", "nils as", "90011223", "nils@as.no",
          (Pet("Maja", "maja", "dog"),)),
    Owner(11, "Liv", "Kristiansen", "liv kristiansen", "98877665", "liv.k@example.no",
          (Pet("Max", "max", "dog", "578000000001004"),)),
    Owner(12, "Tore", "Dæhli", "tore daehli", "97766554", "tore@daehli.no",
          (Pet("Kira", "kira", "dog", "578000000001115"),)),
)
BY_NO = {owner.client_no: owner for owner in OWNERS}


@dataclass(frozen=True)
class Populated:
    ctx: ServiceContext
    actor: Actor
    client_ids: dict[int, int]  # client number -> id
    animal_ids: dict[int, Pet]  # id -> pet


@pytest.fixture(scope="module", params=ENGINES)
def populated(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
              ) -> Iterator[Populated]:
    """The owners above in a database of their own, made once per engine for this module."""
    if request.param == "sqlite":
        folder: Path = tmp_path_factory.mktemp("search")
        urls: Iterator[str] = iter(
            [databases.sqlite_copy(request.getfixturevalue("sqlite_template"), folder)])
    else:
        urls = databases.pg_copy(request.getfixturevalue("pg_template"))
    url = next(urls)
    db = open_database(url, now=START)
    clock = FixedClock(START)
    ctx = ServiceContext(db=db, clock=clock, workstation="test-desk-1",
                         sleep=RecordingSleep(clock))
    ensure_clinic(ctx, ClinicDetails(name="Dyreklinikken", postal_code="0150", city="Oslo"))
    actor = make_user(ctx, "kari", Role.RECEPTIONIST, full_name="Kari Resepsjon")
    client_ids: dict[int, int] = {}
    animal_ids: dict[int, Pet] = {}
    for owner in OWNERS:
        saved = register_client(ctx, actor, ClientInput(
            first_name=owner.first, last_name=owner.last, phones=(PhoneInput(owner.phone),),
            email=owner.email))
        assert saved.client_no == owner.client_no
        client_ids[owner.client_no] = saved.client_id
        for pet in owner.pets:
            animal = register_animal(ctx, actor, saved.client_id, AnimalInput(
                name=pet.name, species=pet.species, microchip=pet.chip,
                birth_date=dt.date(2020, 5, 1)))
            animal_ids[animal.animal_id] = pet
    yield Populated(ctx, actor, client_ids, animal_ids)
    db.dispose()
    for _rest in urls:  # drops the PostgreSQL copy
        pass


# -- what "matches" means, from the query's parts (parse_query is tested on its own) ---------

def _name_matches(words: tuple[str, ...], key: str) -> bool:
    """Every word starts a word of the key; or, when a word has 3+ letters, those words occur
    anywhere in the key (shorter ones still start a word)."""
    if not words:
        return False

    def starts_a_word(word: str) -> bool:
        return any(part.startswith(word) for part in key.split()) or (" " + word) in key

    if all(starts_a_word(w) for w in words):
        return True
    return any(len(w) >= 3 for w in words) and all(
        (w in key) if len(w) >= 3 else starts_a_word(w) for w in words)


def _owner_matches(query: SearchQuery, owner: Owner) -> bool:
    email = owner.email.lower()
    return (
        query.client_no == owner.client_no
        or (query.phone_digits is not None and query.phone_digits in owner.phone)
        or (query.email is not None and (
            email == query.email
            or (query.email in email if "@" in query.email else email.startswith(query.email))))
        or _name_matches(query.words, owner.key)
    )


def _pet_matches(query: SearchQuery, pet: Pet) -> bool:
    return (
        (query.chip_exact is not None and pet.chip == query.chip_exact)
        or (query.chip_suffix is not None and bool(pet.chip)
            and pet.chip.endswith(query.chip_suffix))
        or _name_matches(query.words, pet.key)
    )


def assert_every_hit_matches(populated: Populated, typed: str, results: SearchResults) -> None:
    query = parse_query(typed)
    by_id = {client_id: BY_NO[no] for no, client_id in populated.client_ids.items()}
    for owner_hit in results.owners:
        owner = by_id[owner_hit.client_id]
        if owner_hit.matched:
            assert _owner_matches(query, owner), f"{typed!r} found {owner.key!r}"
        for animal_hit in owner_hit.animals:
            pet = populated.animal_ids[animal_hit.animal_id]
            if animal_hit.matched:
                assert _pet_matches(query, pet), f"{typed!r} found the animal {pet.key!r}"
        assert owner_hit.matched or any(a.matched for a in owner_hit.animals)


# -- the searches ----------------------------------------------------------------------------

NASTY = st.one_of(
    st.text(max_size=60),
    st.text(alphabet="%_\\'\"; -–—()[]*?.+^$|{}@/0123456789æøåÆØÅ😀\x00\t\n", max_size=40),
    st.sampled_from(["' OR 1=1 --", "'; DROP TABLE clients; --", "%%%", "\\\\", "_" * 30,
                     "x" * 10_000, "ø" * 5_000, "0" * 300, "+47" + "9" * 100, "o%d", "a_e",
                     "9123%", "578_00"]),
)
# What people type: pieces of the stored values, as written or folded, in odd case or spacing.
VALUES = sorted({
    text for owner in OWNERS
    for text in (owner.first, owner.last, owner.key, owner.phone, owner.email,
                 *(pet.name for pet in owner.pets), *(pet.chip for pet in owner.pets if pet.chip))
})


@st.composite
def pieces(draw: st.DrawFn) -> str:
    value = draw(st.sampled_from(VALUES))
    start = draw(st.integers(0, max(0, len(value) - 1)))
    end = draw(st.integers(start + 1, len(value)))
    piece = value[start:end]
    return draw(st.sampled_from([piece, piece.upper(), f"  {piece} ", piece.replace(" ", "  ")]))


@given(typed=st.one_of(NASTY, pieces()))
@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_text_searches_without_error_and_finds_only_matches(
    populated: Populated, typed: str
) -> None:
    results = search(populated.ctx, populated.actor, typed)
    assert results.shown <= 50
    assert results.more >= 0
    assert_every_hit_matches(populated, typed, results)


def _found_owners(results: SearchResults) -> set[int]:
    return {hit.client_id for hit in results.owners if hit.matched}


def _found_animals(results: SearchResults) -> set[str]:
    return {pet.name for hit in results.owners for pet in hit.animals if pet.matched}


@pytest.mark.parametrize("owner", OWNERS, ids=lambda owner: owner.key)
def test_each_owner_is_found_by_each_exact_detail(populated: Populated, owner: Owner) -> None:
    client_id = populated.client_ids[owner.client_no]
    spaced_phone = f"{owner.phone[:3]} {owner.phone[3:5]} {owner.phone[5:]}"
    for typed in (owner.phone, f"+47 {spaced_phone}", owner.email, owner.email.upper(),
                  str(owner.client_no), f"{owner.first} {owner.last}", owner.key,
                  owner.last.upper()):
        results = search(populated.ctx, populated.actor, typed)
        assert client_id in _found_owners(results), typed
        assert_every_hit_matches(populated, typed, results)
    for pet in owner.pets:
        typed_values = [pet.name, pet.key] + ([pet.chip, pet.chip[-6:]] if pet.chip else [])
        for typed in typed_values:
            results = search(populated.ctx, populated.actor, typed)
            assert pet.name in _found_animals(results), typed
            assert_every_hit_matches(populated, typed, results)


@pytest.mark.parametrize(("typed", "owners", "animals"), [
    # Norwegian letters as typed without them, and the two-letter spellings.
    ("odeg", {"Ødegård", "Ødegaard"}, set()),
    ("Oedegaard", {"Ødegård", "Ødegaard"}, set()),
    ("baekk", {"Bækkelund"}, set()),
    ("aasen", {"Aasen"}, set()),
    ("snøf", set(), {"Snøfrid"}),
    ("kari ødeg", {"Ødegård"}, set()),
    # A chip's last digits, a full chip, part of a phone, an e-mail's start.
    ("0000993", set(), {"Tiger"}),
    ("578000000000125", set(), {"Bamse"}),
    ("6655", {"Dæhli"}, set()),
    ("3456", {"Ødegård", "Nordmann", "Strøm-Hansen", "Bækkelund"}, set()),
    ("sigrid@", {"Aasen"}, set()),
    # Nothing: too short, or not there.
    ("912", set(), set()),
    ("zzz", set(), set()),
    ("%", set(), set()),
])
def test_these_queries_find_exactly_these(
    populated: Populated, typed: str, owners: set[str], animals: set[str]
) -> None:
    results = search(populated.ctx, populated.actor, typed)
    last_names = {BY_NO[no].last for no, cid in populated.client_ids.items()
                  if cid in _found_owners(results)}
    assert (last_names, _found_animals(results)) == (owners, animals)


@given(typed=st.text(max_size=300))
def test_query_parsing_never_fails_and_stays_bounded(typed: str) -> None:
    query = parse_query(typed)
    assert len(query.text) <= 200
    assert all(word.isalnum() and word.isascii() for word in query.words)
    assert not re.search(r"[%_\\]", "".join(query.words))
