"""What the front desk does all day, as repeatable actions over a data set."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

from vetdesk.clock import Clock
from vetdesk.db.models import Animal, AuditEvent, Client, ClientPhone, Identity, JournalVersion
from vetdesk.domain.codes import Role
from vetdesk.services.client_card import open_client_card, read_client_card
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import timeline_page
from vetdesk.services.permissions import Actor
from vetdesk.services.search import search

# Two-letter starts that match thousands of names: the slowest queries a user can type.
COMMON_PAIRS = ("ha", "an", "be", "ma", "kr", "ol", "jo", "st", "li", "er")


def search_queries(ctx: ServiceContext, seed: int = 7, count: int = 300) -> list[str]:
    """A realistic mix: name starts of 2-6 letters, first name + surname start, animal names,
    phone fragments and whole numbers, chips whole and by suffix, client numbers, e-mail."""
    rng = random.Random(seed)
    with ctx.db.reading() as session:
        total = int(session.execute(select(func.max(Client.id))).scalar_one() or 0)
        ids = [rng.randint(1, total) for _ in range(count)]
        clients = session.execute(
            select(Client.first_name, Client.last_name, Client.client_no, Client.email)
            .where(Client.id.in_(ids))
        ).all()
        phones = session.execute(
            select(ClientPhone.digits).where(ClientPhone.client_id.in_(ids))
        ).scalars().all()
        animals = session.execute(
            select(Animal.name).where(Animal.owner_id.in_(ids))
        ).scalars().all()
        chips = session.execute(
            select(Identity.value).join(Animal, Animal.id == Identity.animal_id)
            .where(Animal.owner_id.in_(ids), Identity.kind == "iso_chip")
        ).scalars().all()
    queries: list[str] = list(COMMON_PAIRS)
    for first, last, number, email in clients:
        choice = rng.random()
        if choice < 0.35:
            queries.append(last[: rng.randint(2, 6)])
        elif choice < 0.5:
            queries.append(f"{first} {last[:3]}")
        elif choice < 0.6:
            queries.append(last.lower())
        elif choice < 0.7:
            queries.append(str(number))
        elif choice < 0.75 and email:
            queries.append(email)
        else:
            queries.append(first[: rng.randint(2, 5)])
    for digits in phones[: count // 4]:
        pick = rng.random()
        if pick < 0.3:
            queries.append(digits[-4:])
        elif pick < 0.6:
            queries.append(f"{digits[:3]} {digits[3:5]} {digits[5:]}")
        else:
            queries.append(f"+47 {digits}")
    queries.extend(name[: rng.randint(2, 6)] for name in animals[: count // 4])
    for chip in chips[: count // 6]:
        queries.append(chip if rng.random() < 0.5 else chip[-6:])
    rng.shuffle(queries)
    return queries


def search_actions(ctx: ServiceContext, actor: Actor, queries: list[str]
                   ) -> list[Callable[[], Any]]:
    return [lambda q=q: search(ctx, actor, q) for q in queries]


def busiest_clients(ctx: ServiceContext, count: int = 30) -> list[int]:
    """Owners with the most animals (six or so, with years of history)."""
    with ctx.db.reading() as session:
        return list(session.execute(
            select(Animal.owner_id).group_by(Animal.owner_id)
            .order_by(func.count(Animal.id).desc(), Animal.owner_id).limit(count)
        ).scalars())


class SteppingClock(Clock):
    """Moves six minutes per reading of the time, so every card opening writes its audit
    event (the slowest case; repeated views within five minutes are coalesced). Starts after
    the newest audit event, so views from earlier runs do not coalesce either."""

    def __init__(self, ctx: ServiceContext) -> None:
        with ctx.db.reading() as session:
            newest = session.execute(select(func.max(AuditEvent.occurred_at))).scalar()
        self._now = max(newest or dt.datetime.now(dt.UTC), dt.datetime.now(dt.UTC))

    def now(self) -> dt.datetime:
        self._now += dt.timedelta(minutes=6)
        return self._now


def card_actions(ctx: ServiceContext, actor: Actor, client_ids: list[int]
                 ) -> list[Callable[[], Any]]:
    """The card as the screen opens it: the view logged, then the three reads."""
    return [lambda c=c: open_client_card(ctx, actor, c) for c in client_ids]


def card_reads(ctx: ServiceContext, client_ids: list[int]) -> list[Callable[[], Any]]:
    """The card's reads alone (what the floor replays raw): the view is logged elsewhere."""

    def read(client_id: int) -> Any:
        with ctx.db.quick_read() as conn:
            return read_client_card(conn, ctx, client_id)

    return [lambda c=c: read(c) for c in client_ids]


def chart_first_pages(ctx: ServiceContext, actor: Actor, count: int = 20
                      ) -> list[Callable[[], Any]]:
    """The journal's first page for the animals with the longest histories (a vet reads it;
    the bench user is a receptionist, so the same user acts as a vet on SQLite's program
    checks, and as the server's superuser on PostgreSQL)."""
    vet = dataclasses.replace(actor, role=Role.VETERINARIAN)
    with ctx.db.reading() as session:
        animals = list(session.execute(
            select(JournalVersion.animal_id).group_by(JournalVersion.animal_id)
            .order_by(func.count().desc(), JournalVersion.animal_id).limit(count)
        ).scalars())
    return [lambda a=a: timeline_page(ctx, vet, a) for a in animals]
