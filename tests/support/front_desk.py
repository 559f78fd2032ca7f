"""Helpers for front-desk tests: register owners and animals through the real services."""

from __future__ import annotations

import datetime as dt

from vetdesk.domain.animal_rules import AnimalInput
from vetdesk.domain.client_rules import ClientInput, PhoneInput
from vetdesk.services.animals import AnimalSaved, register_animal
from vetdesk.services.clients import ClientSaved, register_client
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor


def add_client(
    ctx: ServiceContext, actor: Actor, first: str, last: str, *, phone: str | None = None,
    email: str = "", address: str = "", postal_code: str = "", city: str = "",
) -> ClientSaved:
    phones = (PhoneInput(phone),) if phone else ()
    return register_client(ctx, actor, ClientInput(
        first_name=first, last_name=last, phones=phones, email=email, address=address,
        postal_code=postal_code, city=city,
    ))


def add_animal(
    ctx: ServiceContext, actor: Actor, owner_id: int, name: str, *, species: str = "dog",
    chip: str = "", deceased_on: dt.date | None = None, birth_date: dt.date | None = None,
) -> AnimalSaved:
    return register_animal(ctx, actor, owner_id, AnimalInput(
        name=name, species=species, microchip=chip, deceased_on=deceased_on,
        birth_date=birth_date,
    ))
