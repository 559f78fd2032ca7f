"""The client form's save: duplicates stop a registration unless the user says so; an edit
saves its consents and alerts and is refused whole when stale."""

from __future__ import annotations

import pytest

from tests.support.front_desk import add_client
from vetdesk.domain.client_rules import ClientInput, PhoneInput
from vetdesk.domain.codes import AlertSeverity, Channel, ConsentPurpose
from vetdesk.errors import ConflictError
from vetdesk.services.alerts import AlertInput
from vetdesk.services.client_card import open_client_card
from vetdesk.services.clients import ConsentChoice
from vetdesk.services.context import ServiceContext
from vetdesk.services.front_desk_saving import register_unless_duplicate, save_client_edits
from vetdesk.services.permissions import Actor


def test_same_phone_stops_registration_until_save_anyway(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    existing = add_client(ctx, receptionist, "Åse", "Strøm-Hansen", phone="912 34 567",
                          address="Fjellveien 22B")
    data = ClientInput(first_name="Åse", last_name="Strøm", phones=(PhoneInput("91234567"),))

    first = register_unless_duplicate(ctx, receptionist, data)
    assert first.saved is None
    assert [d.client_id for d in first.duplicates] == [existing.client_id]

    second = register_unless_duplicate(ctx, receptionist, data, anyway=True)
    assert second.saved is not None
    assert second.saved.client_id != existing.client_id


def test_edit_saves_consents_and_alerts(ctx: ServiceContext, receptionist: Actor) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård", phone="912 34 567")
    data = ClientInput(first_name="Kari", last_name="Ødegård", phones=(PhoneInput("91234567"),),
                       city="Oslo")
    save_client_edits(
        ctx, receptionist, kari.client_id, data, expected_version=kari.version,
        consents=(ConsentChoice(ConsentPurpose.MARKETING, Channel.SMS, False),),
        new_alert=AlertInput("Pays late", AlertSeverity.MANDATORY),
    )
    card = open_client_card(ctx, receptionist, kari.client_id)
    assert card.city == "Oslo"
    assert [(c.purpose, c.channel, c.granted) for c in card.consents] == [
        ("marketing", "sms", False)]
    assert [a.text for a in card.mandatory_alerts] == ["Pays late"]

    save_client_edits(ctx, receptionist, kari.client_id, data, expected_version=card.version,
                      removed_alerts=[card.alerts[0].alert_id])
    assert open_client_card(ctx, receptionist, kari.client_id).alerts == ()


def test_stale_edit_writes_nothing(ctx: ServiceContext, receptionist: Actor) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård")
    data = ClientInput(first_name="Kari", last_name="Ødegård", city="Bergen")
    save_client_edits(ctx, receptionist, kari.client_id, data, expected_version=kari.version)
    with pytest.raises(ConflictError, match="changed by Kari Resepsjon"):
        save_client_edits(ctx, receptionist, kari.client_id, data,
                          expected_version=kari.version, new_alert=AlertInput("Never saved"))
    assert open_client_card(ctx, receptionist, kari.client_id).alerts == ()
