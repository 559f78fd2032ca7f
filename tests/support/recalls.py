"""Clients with animals, consents and recalls, as the reminder scenarios need them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tests.support.front_desk import add_animal, add_client
from vetdesk.db.models import Reminder
from vetdesk.domain.codes import Channel, ConsentPurpose
from vetdesk.services.clients import ConsentChoice, record_consents
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor


@dataclass(frozen=True)
class Owner:
    client_id: int
    animal_id: int
    reminder_id: int


def owner_with_recall(
    ctx: ServiceContext, actor: Actor, first: str, last: str, animal: str, due: dt.date, *,
    phone: str | None = None, email: str = "", address: str = "", species: str = "dog",
    refuses: tuple[Channel, ...] = (), kind: str = "vaccination",
    title: str = "Vaksinasjon: Nobivac DHPPi",
) -> Owner:
    client = add_client(ctx, actor, first, last, phone=phone, email=email, address=address,
                        postal_code="0150" if address else "", city="Oslo" if address else "")
    pet = add_animal(ctx, actor, client.client_id, animal, species=species)
    if refuses:
        record_consents(ctx, actor, client.client_id, [
            ConsentChoice(ConsentPurpose.SERVICE, channel, granted=False) for channel in refuses])
    with ctx.db.transaction() as session:
        recall = Reminder(animal_id=pet.animal_id, client_id=client.client_id, kind=kind,
                          title=title, due_on=due, created_at=ctx.clock.now())
        session.add(recall)
        session.flush()
        return Owner(client.client_id, pet.animal_id, recall.id)
