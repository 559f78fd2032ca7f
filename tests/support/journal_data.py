"""Records the journal tests need: an owner with animals, drafts, bulk history, query counts.

Clients and animals are inserted directly: the journal tests must not depend on the client
services (another part of the program) beyond the tables they share.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import insert

from vetdesk.db.database import Database
from vetdesk.db.models import (
    Animal,
    AnimalAlert,
    Client,
    ClientPhone,
    Identity,
    JournalEntry,
    JournalVersion,
)
from vetdesk.domain.codes import JournalKind, Requester, VersionAction
from vetdesk.domain.integrity import GENESIS_HASH, chained_hash, journal_version_content
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import DraftInput, save_draft, sign_draft
from vetdesk.services.permissions import Actor

_client_numbers = itertools.count(1001)


@dataclass(frozen=True)
class Patient:
    client_id: int
    animal_id: int


def add_patient(
    ctx: ServiceContext,
    *,
    species: str = "dog",
    name: str = "Bamse",
    owner_first: str = "Kari",
    owner_last: str = "Ødegård",
    birth_date: dt.date | None = dt.date(2016, 5, 14),
    chip: str | None = None,
    alert: str | None = None,
) -> Patient:
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        client = Client(
            client_no=next(_client_numbers), first_name=owner_first, last_name=owner_last,
            address="Fjellveien 22B", postal_code="0150", city="Oslo", created_at=now,
            updated_at=now,
        )
        session.add(client)
        session.flush()
        session.add(ClientPhone(client_id=client.id, e164="+4791234567", digits="91234567"))
        animal = Animal(
            owner_id=client.id, name=name, species=species, breed="Labrador", sex="male",
            birth_date=birth_date, created_at=now, updated_at=now,
        )
        session.add(animal)
        session.flush()
        if chip:
            session.add(Identity(animal_id=animal.id, kind="iso_chip", value=chip,
                                 recorded_at=now))
        if alert:
            session.add(AnimalAlert(animal_id=animal.id, text=alert, severity="warning",
                                    created_at=now))
        return Patient(client.id, animal.id)


def consultation(
    animal_id: int, when: dt.datetime, *, draft_id: uuid.UUID | None = None, **content: str
) -> DraftInput:
    fields = {"anamnesis": "Halter på venstre bakben.", "findings": "Øm over kneet."}
    fields.update(content)
    return DraftInput(
        id=draft_id or uuid.uuid4(), animal_id=animal_id, kind=JournalKind.CONSULTATION,
        event_time=when, content=fields, weight_kg=Decimal("31.4"),
        temperature_c=Decimal("38.6"),
    )


def write_and_sign(ctx: ServiceContext, actor: Actor, form: DraftInput) -> uuid.UUID:
    save_draft(ctx, actor, form)
    sign_draft(ctx, actor, form.id, accept_warnings=True)
    return form.id


def seed_history(
    db: Database, animal_id: int, author_id: int, count: int, *, start: dt.datetime,
    kinds: tuple[JournalKind, ...] = (JournalKind.CONSULTATION, JournalKind.NOTE),
) -> list[uuid.UUID]:
    """``count`` signed entries a day apart, chained correctly, inserted in bulk (fast)."""
    entries: list[dict[str, Any]] = []
    versions: list[dict[str, Any]] = []
    prev = GENESIS_HASH
    ids = []
    for n in range(count):
        when = start + dt.timedelta(days=n)
        kind = kinds[n % len(kinds)]
        entry = {
            "id": uuid.uuid4(), "animal_id": animal_id, "author_id": author_id,
            "kind": kind.value, "started_at": when, "signed_at": when + dt.timedelta(minutes=20),
            "signed_by_id": author_id, "auto_locked": False,
        }
        content = (
            {"anamnesis": f"Kontroll nr. {n}. Spiser godt.", "findings": "Normale funn, "
             "hjerte og lunger ua.", "diagnosis": f"Frisk {n}"}
            if kind is JournalKind.CONSULTATION else {"text": f"Notat {n}: eier ringte."}
        )
        version = {
            "id": uuid.uuid4(), "entry_id": entry["id"], "animal_id": animal_id,
            "version_no": 1, "action": VersionAction.SIGN.value, "event_time": when,
            "help_requested_at": when, "content": content, "weight_kg": Decimal("30.000") + n % 7,
            "temperature_c": None, "confidential": n % 10 == 3, "reason": None,
            "requested_by": Requester.CLINIC.value, "author_id": author_id,
            "created_at": entry["signed_at"], "chain_seq": n + 1, "prev_hash": prev,
        }
        version["hash"] = chained_hash(prev, journal_version_content(version, entry))
        prev = version["hash"]
        entries.append(entry)
        versions.append(version)
        ids.append(entry["id"])
    with db.transaction() as session:
        for chunk in range(0, count, 500):
            session.execute(insert(JournalEntry), entries[chunk: chunk + 500])
            session.execute(insert(JournalVersion), versions[chunk: chunk + 500])
    return ids


