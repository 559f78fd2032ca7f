"""Helpers for calendar tests: a vet's column, a client with an animal, a slot."""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

from tests.support.front_desk import add_animal, add_client
from vetdesk.domain.codes import ResourceKind
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.scheduling.booking import BookingRequest
from vetdesk.services.scheduling.resources import add_resource

OSLO = ZoneInfo("Europe/Oslo")


def oslo(year: int, month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=OSLO).astimezone(dt.UTC)


def vet_column(ctx: ServiceContext, admin: Actor, vet: Actor) -> int:
    return add_resource(ctx, admin, ResourceKind.VETERINARIAN, vet.full_name,
                        user_id=vet.user_id)


def kari_with_bamse(ctx: ServiceContext, actor: Actor) -> tuple[int, int]:
    client = add_client(ctx, actor, "Kari", "Ødegård", phone="91234567")
    animal = add_animal(ctx, actor, client.client_id, "Bamse")
    return client.client_id, animal.animal_id


def request(client_id: int, animal_id: int | None, resource_id: int, starts: dt.datetime,
            minutes: int = 30, *, kind: str = "Konsultasjon", reason: str | None = "Halter",
            request_id: uuid.UUID | None = None) -> BookingRequest:
    return BookingRequest(client_id=client_id, animal_id=animal_id, resource_id=resource_id,
                          starts_at=starts, ends_at=starts + dt.timedelta(minutes=minutes),
                          appointment_type=kind, reason=reason,
                          request_id=request_id or uuid.uuid4())
