"""The search box: who is calling? Owners with their animals, ranked, in one round trip."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import Date, Dialect, TextualSelect, bindparam, text

from vetdesk.db import raw_rows
from vetdesk.db.base import UTCDateTime
from vetdesk.domain.codes import AlertSeverity, ClientStatus
from vetdesk.domain.phones import display_phone
from vetdesk.domain.search_query import parse_query
from vetdesk.services.context import ServiceContext
from vetdesk.services.local_time import clinic_day_bounds, clinic_today
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.search_sql import BRANCH_CAP, RANK_EXACT, build_search

DEFAULT_LIMIT = 50
MAX_LIMIT = 500


@dataclass(frozen=True)
class HitAlert:
    text: str
    severity: AlertSeverity

    @property
    def mandatory(self) -> bool:
        return self.severity is AlertSeverity.MANDATORY


@dataclass(frozen=True)
class AnimalHit:
    animal_id: int
    name: str
    species: str
    breed: str | None
    microchip: str | None
    birth_date: dt.date | None
    deceased_on: dt.date | None
    # True when this animal itself matched (name or chip), not only its owner.
    matched: bool
    # Active warning and mandatory alerts, mandatory first.
    alerts: tuple[HitAlert, ...] = ()

    @property
    def deceased(self) -> bool:
        return self.deceased_on is not None


@dataclass(frozen=True)
class OwnerHit:
    """One owner in the result list, with the animals to show under the name."""

    client_id: int
    client_no: int
    first_name: str
    last_name: str
    address: str | None
    postal_code: str | None
    city: str | None
    phone: str | None
    email: str | None
    status: ClientStatus
    # 0 exact number/phone/chip/e-mail, 1 name prefix, 2 substring.
    rank: int
    # True when the owner matched (name, phone, number, e-mail), not only an animal.
    matched: bool
    animals: tuple[AnimalHit, ...]
    alerts: tuple[HitAlert, ...] = ()
    # Processing restricted at the client's request (GDPR art. 18): the hit says so.
    restricted: bool = False

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def inactive(self) -> bool:
        return self.status is not ClientStatus.ACTIVE

    @property
    def exact(self) -> bool:
        return self.rank == RANK_EXACT


@dataclass(frozen=True)
class SearchHit:
    """A flat hit (for the command line): an owner, or one animal of that owner."""

    owner: OwnerHit
    animal: AnimalHit | None


@dataclass(frozen=True)
class SearchResults:
    query: str
    owners: tuple[OwnerHit, ...]
    # Matches found in all; when ``total_is_lower_bound`` there may be more still.
    total: int
    shown: int
    total_is_lower_bound: bool

    @property
    def more(self) -> int:
        return max(0, self.total - self.shown)

    @property
    def hits(self) -> tuple[SearchHit, ...]:
        flat: list[SearchHit] = []
        for owner in self.owners:
            if owner.matched:
                flat.append(SearchHit(owner, None))
            flat.extend(SearchHit(owner, animal) for animal in owner.animals if animal.matched)
        return tuple(flat)


def search(ctx: ServiceContext, actor: Actor, text_typed: str, *,
           limit: int = DEFAULT_LIMIT) -> SearchResults:
    """Find clients and animals for whatever was typed; odd input gives no hits, never errors."""
    require(actor, Permission.VIEW_CLIENTS)
    query = parse_query(text_typed)
    limit = max(1, min(limit, MAX_LIMIT))
    empty = SearchResults(query.text, (), 0, 0, False)
    if query.empty:
        return empty
    today = clinic_day_bounds(ctx, clinic_today(ctx))
    sql, params = build_search(query, postgres=ctx.db.dialect == "postgresql", limit=limit,
                               today=today)
    if not sql:
        return empty
    # One statement, with no BEGIN/ROLLBACK: one round trip to a distant server. Nothing in it
    # is ORM, so a Session would only add time; it goes to the driver compiled once, and its
    # rows come back as the driver's values (issue 9).
    with ctx.db.quick_read() as conn:
        rows: Any = raw_rows.run(conn, _driver_statement(sql, conn.dialect), params)
    return _assemble(query.text, rows)


@lru_cache(maxsize=128)
def _driver_statement(sql: str, dialect: Dialect) -> Any:
    """:func:`_statement` compiled once for the engine's driver (as many shapes, as small)."""
    return raw_rows.compile_for(_statement(sql), dialect)


def _day(stored: dt.date | str | None) -> dt.date | None:
    """A date column: a date from PostgreSQL's driver, ISO text from SQLite's."""
    return dt.date.fromisoformat(stored) if isinstance(stored, str) else stored


@lru_cache(maxsize=64)
def _statement(sql: str) -> TextualSelect:
    """The typed statement for one shape of search (which branches, which engine): a shape's
    SQL text is always the same, so it is built and compiled once and then only bound to new
    values (issue 9). A few dozen shapes exist; the memo holds immutable statements only."""
    return text(sql).bindparams(
        bindparam("today_start", type_=UTCDateTime()),
        bindparam("today_end", type_=UTCDateTime()),
    ).columns(birth_date=Date(), deceased_on=Date(), erased_at=UTCDateTime())


@dataclass
class _Group:
    row: Any  # a row of the search statement, as the driver gave it
    rank: int
    matched: bool = False
    animals: dict[int, AnimalHit] = field(default_factory=dict)


def _assemble(query_text: str, rows: Sequence[Any]) -> SearchResults:
    groups: dict[int, _Group] = {}
    hits: set[tuple[int, int | None]] = set()
    total = 0
    for row in rows:
        total = row.n
        client_id = row.client_id
        matched_animal = row.matched_animal_id
        hits.add((client_id, matched_animal))
        group = groups.get(client_id)
        if group is None:
            group = groups[client_id] = _Group(row, row.rank)
        elif row.rank < group.rank:
            group.rank = row.rank
        if matched_animal is None:
            group.matched = True
        animal_id = row.animal_id
        if animal_id is None:
            continue
        is_match = matched_animal == animal_id
        previous = group.animals.get(animal_id)
        if previous is not None and (previous.matched or not is_match):
            continue
        group.animals[animal_id] = AnimalHit(
            animal_id=animal_id, name=row.animal_name, species=row.species,
            breed=row.breed, microchip=row.chip, birth_date=_day(row.birth_date),
            deceased_on=_day(row.deceased_on), matched=is_match,
            alerts=_alerts(row.animal_alerts),
        )
    owners = [_owner(client_id, group) for client_id, group in groups.items()]
    owners.sort(key=lambda o: o.rank)
    return SearchResults(
        query=query_text, owners=tuple(owners), total=total, shown=len(hits),
        total_is_lower_bound=total >= BRANCH_CAP,
    )


def _owner(client_id: int, group: _Group) -> OwnerHit:
    row = group.row
    status = ClientStatus(row.status)
    if row.erased_at is not None:
        status = ClientStatus.ERASED
    phone = row.phone
    # Living animals first, matches first among them, then by name.
    listed = sorted(
        group.animals.values(),
        key=lambda a: (a.deceased, not a.matched, a.name.casefold(), a.animal_id),
    ) if len(group.animals) > 1 else list(group.animals.values())
    return OwnerHit(
        client_id=client_id, client_no=row.client_no,
        first_name=row.first_name, last_name=row.last_name,
        address=row.address, postal_code=row.postal_code, city=row.city,
        phone=display_phone(phone) if phone else None, email=row.email,
        status=status, rank=group.rank, matched=group.matched, animals=tuple(listed),
        alerts=_alerts(row.client_alerts), restricted=bool(row.restricted),
    )


def _alerts(stored: Any) -> tuple[HitAlert, ...]:
    """The JSON array of [severity, text] pairs from the statement (text on SQLite)."""
    if not stored or stored == "[]":  # most hits have none: no parsing
        return ()
    pairs = json.loads(stored) if isinstance(stored, str) else stored
    return tuple(HitAlert(text, AlertSeverity(severity)) for severity, text in pairs)
