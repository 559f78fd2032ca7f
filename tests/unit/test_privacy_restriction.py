"""Restriction: the mark is set and lifted, nothing is sent meanwhile, and it is audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.support.privacy_data import Person, add_people
from vetdesk.db.models import AuditEvent
from vetdesk.domain.codes import Channel, ConsentPurpose
from vetdesk.errors import PermissionDenied, ValidationError
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging.eligibility import reach
from vetdesk.services.permissions import Actor
from vetdesk.services.privacy.erasure import erase_client
from vetdesk.services.privacy.restriction import (
    is_restricted,
    lift_restriction,
    restrict_client,
)


@pytest.fixture
def people(ctx: ServiceContext, vet: Actor) -> tuple[Person, Person]:
    return add_people(ctx, vet)


def _reach(ctx: ServiceContext, client_id: int) -> tuple[tuple[Channel, str], ...]:
    with ctx.db.reading() as session:
        return reach(session, [client_id], ConsentPurpose.SERVICE)[client_id].channels


def test_restricted_clients_are_sent_nothing_until_lifted(
    ctx: ServiceContext, manager: Actor, people: tuple[Person, Person]
) -> None:
    kari, per = people
    assert _reach(ctx, kari.client_id) == ((Channel.SMS, "+4791234567"),
                                           (Channel.EMAIL, "kari.ostmo@example.no"))
    restrict_client(ctx, manager, kari.client_no)
    with ctx.db.reading() as session:
        assert is_restricted(session, kari.client_id)
        assert not is_restricted(session, per.client_id)
    assert _reach(ctx, kari.client_id) == ()
    lift_restriction(ctx, manager, kari.client_no)
    with ctx.db.reading() as session:
        assert not is_restricted(session, kari.client_id)
        details = session.execute(select(AuditEvent.details).where(
            AuditEvent.entity_type == "client")).scalars().all()
    assert details == [{"fields": ["restricted_at"], "restricted": True},
                       {"fields": ["restricted_at"], "restricted": False}]


def test_refusals(ctx: ServiceContext, manager: Actor, receptionist: Actor,
                  people: tuple[Person, Person]) -> None:
    with pytest.raises(PermissionDenied):
        restrict_client(ctx, receptionist, people[0].client_no)
    erase_client(ctx, manager, people[0].client_no)
    with pytest.raises(ValidationError) as erased:
        restrict_client(ctx, manager, people[0].client_no)
    assert erased.value.message == "Client 100 is erased; there is nothing left to restrict."
