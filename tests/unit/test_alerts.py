"""Alerts on clients and animals: a text is required, switching off keeps them on record."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.support.front_desk import add_animal, add_client
from vetdesk.db.models import AnimalAlert, AuditEvent, ClientAlert
from vetdesk.domain.codes import AlertSeverity
from vetdesk.errors import ValidationError
from vetdesk.services.alerts import (
    AlertInput,
    add_animal_alert,
    add_client_alert,
    deactivate_animal_alert,
    deactivate_client_alert,
)
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor


def test_alerts_are_added_and_switched_off_not_deleted(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård")
    bamse = add_animal(ctx, receptionist, kari.client_id, "Bamse")
    bites = add_animal_alert(ctx, receptionist, bamse.animal_id,
                             AlertInput("  Biter ved munnkurv ", AlertSeverity.MANDATORY))
    sms = add_client_alert(ctx, receptionist, kari.client_id, AlertInput("Foretrekker SMS"))
    deactivate_animal_alert(ctx, receptionist, bites)
    deactivate_client_alert(ctx, receptionist, sms)
    with ctx.db.reading() as session:
        animal_alerts = session.execute(
            select(AnimalAlert.text, AnimalAlert.severity, AnimalAlert.active)).all()
        client_alerts = session.execute(select(ClientAlert.text, ClientAlert.active)).all()
        logged = session.execute(
            select(AuditEvent.entity_type, AuditEvent.client_id, AuditEvent.details)
            .where(AuditEvent.entity_type.in_(["animal_alert", "client_alert"]))
            .order_by(AuditEvent.id)).all()
    assert [tuple(r) for r in animal_alerts] == [("Biter ved munnkurv", "mandatory", False)]
    assert [tuple(r) for r in client_alerts] == [("Foretrekker SMS", False)]
    assert [(r.entity_type, r.client_id, r.details.get("active", True)) for r in logged] == [
        ("animal_alert", kari.client_id, True), ("client_alert", kari.client_id, True),
        ("animal_alert", kari.client_id, False), ("client_alert", kari.client_id, False),
    ]


def test_an_alert_needs_a_text(ctx: ServiceContext, receptionist: Actor) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård")
    bamse = add_animal(ctx, receptionist, kari.client_id, "Bamse")
    with pytest.raises(ValidationError) as caught:
        add_client_alert(ctx, receptionist, kari.client_id, AlertInput("   "))
    assert caught.value.field_errors == {"alert": "Enter a text."}
    with pytest.raises(ValidationError):
        add_animal_alert(ctx, receptionist, bamse.animal_id, AlertInput(""))
    with ctx.db.reading() as session:
        assert session.execute(select(AnimalAlert.id)).first() is None
        assert session.execute(select(ClientAlert.id)).first() is None
