"""What the permission matrix needs: records set up for one actor, and a whole-database snapshot.

Everything here is put in place directly (rows inserted) or through a helper colleague whose role
allows it, never through the actor under test: the call being tested must be the only thing that
can be refused. A draft the actor is to sign, read or discard is written in the actor's own name,
so the only reason left to refuse it is the permission.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from tests.support.front_desk import add_animal, add_client
from tests.support.journal_data import Patient, add_patient, consultation, write_and_sign
from vetdesk.db.base import Base
from vetdesk.db.models import JournalDraft, JournalDraftAttachment
from vetdesk.domain.codes import JournalKind, Role
from vetdesk.services.animals import AnimalSaved
from vetdesk.services.clients import ClientSaved
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor

# Smallest file the attachment check accepts as a PDF.
PDF_BYTES = b"%PDF-1.4\n% lab report\n%%EOF\n"


@dataclass
class World:
    """One test's database, with a veterinarian colleague (``helper``) to set records up, and
    the clinic's other staff on demand (``staff(Role.ADMINISTRATOR)``, made once per test)."""

    ctx: ServiceContext
    helper: Actor
    tmp_path: Path
    make_staff: Callable[[Role], Actor]
    _staff: dict[Role, Actor] = field(default_factory=dict)

    def staff(self, role: Role) -> Actor:
        if role not in self._staff:
            self._staff[role] = self.make_staff(role)
        return self._staff[role]

    # -- front desk (through the services, as the helper) -------------------------------------

    def client(self, first: str = "Kari", last: str = "Ødegård", *,
               phone: str | None = "912 34 567") -> ClientSaved:
        return add_client(self.ctx, self.helper, first, last, phone=phone,
                          address="Fjellveien 22B", postal_code="0150", city="Oslo")

    def animal(self, owner_id: int, name: str = "Bamse") -> AnimalSaved:
        return add_animal(self.ctx, self.helper, owner_id, name)

    # -- journal (patients and drafts inserted directly; entries signed by the helper) ------

    def patient(self) -> Patient:
        return add_patient(self.ctx)

    def signed_entry(self, animal_id: int) -> uuid.UUID:
        """A consultation the helper wrote and signed, a day before the clock's now (its
        version 1 is anchored in the audit chain, so ``verify`` finds everything in order)."""
        when = self.ctx.clock.now() - dt.timedelta(days=1)
        return write_and_sign(self.ctx, self.helper, consultation(animal_id, when))

    def draft(self, author: Actor, animal_id: int) -> uuid.UUID:
        """A consultation draft in ``author``'s name, complete enough to sign."""
        now = self.ctx.clock.now()
        draft_id = uuid.uuid4()
        with self.ctx.db.transaction() as session:
            session.add(JournalDraft(
                id=draft_id, animal_id=animal_id, author_id=author.user_id,
                kind=JournalKind.CONSULTATION.value, event_time=now - dt.timedelta(hours=1),
                content={"anamnesis": "Halter på venstre bakben.", "findings": "Øm over kneet."},
                weight_kg=Decimal("31.4"), temperature_c=Decimal("38.6"), confidential=False,
                started_at=now - dt.timedelta(hours=1), saved_at=now,
            ))
        return draft_id

    def draft_attachment(self, draft_id: uuid.UUID) -> uuid.UUID:
        attachment_id = uuid.uuid4()
        with self.ctx.db.transaction() as session:
            session.add(JournalDraftAttachment(
                id=attachment_id, draft_id=draft_id, filename="lab.pdf",
                media_type="application/pdf", size_bytes=len(PDF_BYTES),
                sha256="0" * 64, data=PDF_BYTES, added_at=self.ctx.clock.now(),
            ))
        return attachment_id

    def file(self, name: str, text: str) -> Path:
        path = self.tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path


def database_snapshot(ctx: ServiceContext) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order: equal snapshots mean nothing changed."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    with ctx.db.reading() as session:
        for table in Base.metadata.sorted_tables:
            rows = session.execute(select(table)).all()
            found[table.name] = sorted((tuple(row) for row in rows), key=repr)
    return found


def changed_tables(before: dict[str, list[tuple[Any, ...]]],
                   after: dict[str, list[tuple[Any, ...]]]) -> list[str]:
    return sorted(name for name in before.keys() | after.keys()
                  if before.get(name) != after.get(name))
