"""Clients: names, addresses, phones, e-mail, organisation numbers, consents and alerts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from faker import Faker

from vetdesk.domain.codes import ClientLanguage
from vetdesk.domain.text import fold, search_key
from vetdesk.services.demo import vocabulary as voc
from vetdesk.services.demo.random_tools import DemoRandom, add_years
from vetdesk.services.demo.state import ClientInfo, DemoState

_ORGNR_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


@dataclass(frozen=True)
class NamePools:
    """Names and streets drawn once from Faker: a pool is fast, a Faker call per row is not."""

    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    streets: tuple[str, ...]

    @classmethod
    def build(cls, seed: int) -> NamePools:
        fake = Faker("no_NO")
        fake.seed_instance(seed)
        first = {fake.first_name() for _ in range(600)} | set(voc.EXTRA_FIRST_NAMES)
        last = {fake.last_name() for _ in range(600)} | set(voc.EXTRA_LAST_NAMES)
        streets = {fake.street_name() for _ in range(150)} | set(voc.STREETS)
        return cls(tuple(sorted(first)), tuple(sorted(last)), tuple(sorted(streets)))


@dataclass(frozen=True)
class FixedClient:
    """A person the scenarios (SCENARIOS.md) name, always present in the demo."""

    first_name: str
    last_name: str
    address: str
    postal_code: str
    city: str


SCENARIO_CLIENTS = (
    FixedClient("Kari", "Ødegård", "Bjørkeveien 7", "2000", "Lillestrøm"),
    FixedClient("Åse", "Strøm-Hansen", "Fjellveien 22B", "2010", "Strømmen"),
)


def orgnr_with_check_digit(rng: DemoRandom) -> str:
    """A 9-digit organisation number whose mod-11 check digit is right (stdnum.no.orgnr)."""
    while True:
        body = str(rng.choice((8, 9))) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        remainder = sum(int(d) * w for d, w in zip(body, _ORGNR_WEIGHTS, strict=True)) % 11
        check = (11 - remainder) % 11
        if check != 10:
            return body + str(check)


def new_phone(state: DemoState, prefixes: tuple[str, ...]) -> str:
    """Eight national digits, unique within the demo (a shared number means one person)."""
    rng = state.rng
    while True:
        digits = rng.pick(prefixes) + f"{rng.randint(0, 999_999):06d}"
        if digits not in state.used_phones:
            state.used_phones.add(digits)
            return digits


def make_client(
    state: DemoState, pools: NamePools, *, fixed: FixedClient | None = None, farm: bool = False
) -> ClientInfo:
    rng, writer, now = state.rng, state.writer, state.now
    client_id = writer.next_id("clients")
    if fixed is not None:
        first, last = fixed.first_name, fixed.last_name
        address, postal_code, city = fixed.address, fixed.postal_code, fixed.city
        created_at = now - dt.timedelta(days=rng.randint(3900, 4300))
    else:
        first, last = rng.pick(pools.first_names), rng.pick(pools.last_names)
        if rng.chance(0.07):
            last = f"{last}-{rng.pick(pools.last_names)}"
        postal_code, city = rng.pick(voc.NEARBY_PLACES if rng.chance(0.8) else voc.DISTANT_PLACES)
        if farm:
            farm_name, street = rng.pick(voc.FARM_NAMES), rng.pick(pools.streets)
            address = f"{farm_name}, {street} {rng.randint(50, 400)}"
        else:
            letter = rng.choice("ABCD") if rng.chance(0.1) else ""
            # Mostly common real street names; Faker's invented ones add variety.
            street = rng.pick(voc.STREETS) if rng.chance(0.7) else rng.pick(pools.streets)
            address = f"{street} {rng.randint(1, 120)}{letter}"
        created_at = now - dt.timedelta(days=rng.randint(7, 4400), seconds=rng.randint(0, 86399))
    birth = add_years(state.today, -rng.randint(19, 88)) - dt.timedelta(days=rng.randint(0, 364))
    email = None
    if fixed is not None or rng.chance(0.7):
        local = ".".join(fold(part).replace(" ", "") for part in (first, last))
        number = str(rng.randint(1, 99)) if rng.chance(0.5) else ""
        email = f"{local}{number}@{rng.pick(voc.EMAIL_DOMAINS)}"
    updated_at = created_at + dt.timedelta(days=rng.randint(0, max((now - created_at).days, 0)))
    writer.add("clients", {
        "id": client_id, "client_no": state.next_client_no, "first_name": first,
        "last_name": last, "address": address, "postal_code": postal_code, "city": city,
        "email": email, "birth_date": birth,
        "org_number": orgnr_with_check_digit(rng) if farm else None,
        "notes": "Gårdsbruk med melkeproduksjon." if farm else None,
        "language": ClientLanguage.BOKMAL.value,  # migration 0016; a client asks for English
        "status": "active", "search_key": search_key(first, last), "version": 1,
        "created_at": created_at, "updated_at": min(updated_at, now),
        "updated_by_id": state.staff.receptionist, "merged_into_id": None, "erased_at": None,
        "restricted_at": None,
        "request_id": None,  # only a form's retry has one (migration 0005)
    })
    state.next_client_no += 1
    mobile = _phones(state, client_id, has_mobile=fixed is not None or rng.chance(0.96))
    client = ClientInfo(
        id=client_id, first_name=first, last_name=last, address=f"{address}, {postal_code} {city}",
        created_at=created_at, mobile=mobile, email=email,
        sms_service=False, email_service=False,
    )
    _consents(state, client, refuse_marketing=fixed is not None and fixed.first_name == "Kari")
    alert = rng.chance(0.02)
    if alert or (fixed is not None and fixed.first_name == "Åse"):
        text, severity = rng.pick(voc.CLIENT_ALERTS)
        writer.add("client_alerts", {
            "id": writer.next_id("client_alerts"), "client_id": client_id, "text": text,
            "severity": severity, "active": True, "created_at": created_at,
            "created_by_id": state.staff.receptionist,
        })
    return client


def _phones(state: DemoState, client_id: int, *, has_mobile: bool) -> str | None:
    rng, writer = state.rng, state.writer
    numbers: list[tuple[str, str]] = []
    if has_mobile:
        numbers.append((new_phone(state, voc.MOBILE_PREFIXES), "mobile"))
    if not has_mobile or rng.chance(0.12):
        kind = rng.choice(("home", "work"))
        numbers.append((new_phone(state, voc.LANDLINE_PREFIXES), kind))
    for position, (digits, kind) in enumerate(numbers):
        writer.add("client_phones", {
            "id": writer.next_id("client_phones"), "client_id": client_id,
            "e164": f"+47{digits}", "digits": digits, "kind": kind, "position": position,
        })
    return f"+47{numbers[0][0]}" if has_mobile else None


def _consents(state: DemoState, client: ClientInfo, *, refuse_marketing: bool) -> None:
    """Append-only decisions: service messages per channel, marketing for some, some withdrawn."""
    rng, now = state.rng, state.now
    method = rng.choice(("form", "in_person", "phone"))
    at = client.created_at
    if client.mobile is not None:
        client.sms_service = rng.chance(0.97)
        _consent(state, client.id, "service", "sms", client.sms_service, method, at)
    if client.email is not None:
        client.email_service = rng.chance(0.8)
        _consent(state, client.id, "service", "email", client.email_service, method, at)
    if refuse_marketing:
        _consent(state, client.id, "marketing", "sms", False, "phone", at,
                 note="Ønsker ikke reklame.")
        return
    if client.mobile is not None and rng.chance(0.35):
        granted_at = at + dt.timedelta(days=rng.randint(0, 30))
        if granted_at < now:
            _consent(state, client.id, "marketing", "sms", True, method, granted_at)
            client.marketing_sms_since = granted_at
            if rng.chance(0.2):
                withdrawn = granted_at + dt.timedelta(days=rng.randint(30, 900))
                if withdrawn < now:
                    _consent(state, client.id, "marketing", "sms", False, "sms_reply", withdrawn,
                             note="Svarte STOPP på SMS.")
                    client.marketing_sms_since = None
    if client.email is not None and rng.chance(0.2):
        _consent(state, client.id, "marketing", "email", True, "form", at)
        client.marketing_email_since = at


def _consent(
    state: DemoState, client_id: int, purpose: str, channel: str, granted: bool, method: str,
    at: dt.datetime, note: str | None = None,
) -> None:
    writer = state.writer
    writer.add("consents", {
        "id": writer.next_id("consents"), "client_id": client_id, "purpose": purpose,
        "channel": channel, "granted": granted, "method": method, "recorded_at": at,
        "recorded_by_id": state.staff.receptionist, "note": note,
    })
