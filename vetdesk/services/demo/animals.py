"""Animals with breeds, sexes, colours, insurance, deaths, owner changes, chips and alerts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from vetdesk.domain.text import search_key
from vetdesk.services.demo import vocabulary as voc
from vetdesk.services.demo.random_tools import DemoRandom, add_years
from vetdesk.services.demo.state import AnimalInfo, ClientInfo, DemoState

# Chips: Norway's country code for most, manufacturer codes (900-999) and a few imports.
_MANUFACTURER_CODES = ("900", "941", "952", "956", "968", "977", "981", "985", "991")
_FOREIGN_CODES = ("250", "276")
HISTORY_YEARS = 10


@dataclass
class AnimalPlan:
    """An animal plus what its journal needs to stay consistent (weight, age, fate)."""

    info: AnimalInfo
    profile: voc.SpeciesProfile
    breed: voc.Breed
    birth_date: dt.date
    adult_kg: float
    kg_per_year: float
    group_size: int | None
    vaccinated: bool


def choose_species(rng: DemoRandom, *, farm: bool, horse_owner: bool) -> list[str]:
    if farm:
        herds = ["cattle"] * rng.randint(1, 2)
        extra = (["horse"] if rng.chance(0.4) else []) + (["dog"] if rng.chance(0.6) else [])
        return herds + extra
    if horse_owner:
        return ["horse"] * rng.randint(1, 2) + (["dog"] if rng.chance(0.5) else [])
    count = rng.choices((1, 2, 3, 4), weights=(60, 28, 9, 3))[0]
    return rng.choices(("dog", "cat", "rabbit"), weights=(52, 40, 8), k=count)


def make_animal(
    state: DemoState,
    owner: ClientInfo,
    species: str,
    *,
    previous_owner: ClientInfo | None = None,
    name: str | None = None,
    breed_name: str | None = None,
    age_days: int | None = None,
    alive: bool = False,
) -> AnimalPlan:
    rng, writer, now, today = state.rng, state.writer, state.now, state.today
    profile = voc.PROFILES[species]
    breed = next((b for b in profile.breeds if b.name == breed_name), None) or \
        rng.pick(profile.breeds)
    is_group = species == "cattle"
    if age_days is None:
        max_age = int(profile.lifespan * 365 * 1.1)
        age_days = rng.randint(60, max_age) if rng.chance(0.7) else rng.randint(60, 5 * 365)
    birth = today - dt.timedelta(days=age_days)
    acquired = birth + dt.timedelta(days=rng.randint(56, 120))
    earliest = (now - dt.timedelta(days=int(HISTORY_YEARS * 365.25))).date()
    first_seen = max(acquired, owner.created_at.date(), earliest)
    if previous_owner is not None:
        first_seen = max(acquired, previous_owner.created_at.date(), earliest)
    first_seen = min(first_seen, today - dt.timedelta(days=3))
    registered_at = rng.working_moment(first_seen)
    deceased_on = None
    if not is_group and not alive:
        life_end = birth + dt.timedelta(days=int(profile.lifespan * 365 * rng.uniform(0.65, 1.25)))
        if first_seen + dt.timedelta(days=60) < life_end < today - dt.timedelta(days=2):
            deceased_on = life_end
    animal_id = writer.next_id("animals")
    name = name or rng.pick(profile.names)
    sex = rng.choice(("male", "female"))
    insured = rng.chance(profile.insured_share)
    group_size = rng.randint(12, 80) if is_group else None
    info = AnimalInfo(id=animal_id, name=name, species=species, owner=owner,
                      registered_at=registered_at, deceased_on=deceased_on)
    writer.add("animals", {
        "id": animal_id, "owner_id": owner.id, "name": name, "species": species,
        "breed": breed.name, "sex": "female" if is_group else sex,
        "neutered": (not is_group) and species != "horse" and rng.chance(0.55),
        "birth_date": None if is_group else birth,
        "birth_date_estimated": (not is_group) and rng.chance(0.1),
        "colour": rng.pick(profile.colours),
        "insurance_company": rng.pick(voc.INSURERS) if insured else None,
        "insurance_policy": f"{rng.randint(10_000_000, 99_999_999)}" if insured else None,
        "deceased_on": deceased_on, "is_group": is_group, "group_size": group_size,
        "notes": None, "search_key": search_key(name), "version": 1, "request_id": None,
        "created_at": registered_at, "updated_at": registered_at,
        "updated_by_id": state.staff.receptionist,
    })
    _ownerships(state, info, first_seen, previous_owner)
    if not is_group:
        _identity(state, animal_id, species, birth, registered_at)
    if rng.chance(0.04):
        text, severity = rng.pick(voc.ANIMAL_ALERTS)
        add_animal_alert(state, animal_id, text, severity, registered_at)
    adult = rng.uniform(breed.min_kg, breed.max_kg)
    return AnimalPlan(
        info=info, profile=profile, breed=breed, birth_date=birth, adult_kg=adult,
        kg_per_year=adult * rng.uniform(-0.01, 0.025), group_size=group_size,
        vaccinated=species != "cattle" and rng.chance(0.85),
    )


def add_animal_alert(
    state: DemoState, animal_id: int, text: str, severity: str, at: dt.datetime
) -> None:
    writer = state.writer
    writer.add("animal_alerts", {
        "id": writer.next_id("animal_alerts"), "animal_id": animal_id, "text": text,
        "severity": severity, "active": True, "created_at": at,
        "created_by_id": state.staff.vets[0],
    })


def _ownerships(
    state: DemoState, info: AnimalInfo, first_seen: dt.date, previous: ClientInfo | None
) -> None:
    rng, writer = state.rng, state.writer
    owners: list[tuple[ClientInfo, dt.date, dt.date | None]] = []
    if previous is not None:
        span = max((state.today - first_seen).days, 2)
        changed = first_seen + dt.timedelta(days=rng.randint(1, span - 1))
        owners = [(previous, first_seen, changed), (info.owner, changed, None)]
    else:
        owners = [(info.owner, first_seen, None)]
    for owner, started, ended in owners:
        writer.add("ownerships", {
            "id": writer.next_id("ownerships"), "animal_id": info.id, "client_id": owner.id,
            "started_on": started, "ended_on": ended,
            "recorded_at": min(rng.working_moment(started), state.now),
            "recorded_by_id": state.staff.receptionist,
        })
        info.owners.append((owner, started))


def _identity(
    state: DemoState, animal_id: int, species: str, birth: dt.date, at: dt.datetime
) -> None:
    rng, writer = state.rng, state.writer
    chipped = {"dog": 0.95, "cat": 0.7, "rabbit": 0.1, "horse": 1.0}[species]
    if not rng.chance(chipped):
        return
    registered = None
    if birth < add_years(state.today, -12) and rng.chance(0.25):
        kind, value = "fdx_a_chip", _unique(state, lambda: f"{rng.getrandbits(40):010X}")
    else:
        kind = "iso_chip"
        roll = rng.random()
        prefix = "578" if roll < 0.88 else (
            rng.pick(_MANUFACTURER_CODES) if roll < 0.97 else rng.pick(_FOREIGN_CODES))
        value = _unique(state, lambda: prefix + f"{rng.randint(0, 10**12 - 1):012d}")
        if prefix in _FOREIGN_CODES and rng.chance(0.7):
            registered = at.date()
    writer.add("identities", {
        "id": writer.next_id("identities"), "animal_id": animal_id, "kind": kind,
        "value": value, "registered_in_dyreid_on": registered, "recorded_at": at,
    })


def _unique(state: DemoState, draw: Callable[[], str]) -> str:
    while True:
        value = str(draw())
        if value not in state.used_chips:
            state.used_chips.add(value)
            return value
