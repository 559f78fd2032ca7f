"""The client form's save: duplicates stop a registration unless the user says so; an edit
saves its consents and alerts and is refused whole when stale."""

from __future__ import annotations

import pytest

from tests.support.front_desk import add_animal, add_client
from vetdesk.domain.animal_rules import AnimalInput
from vetdesk.domain.client_rules import ClientInput, PhoneInput
from vetdesk.domain.codes import AlertSeverity, Channel, ConsentPurpose
from vetdesk.errors import ConflictError, NotFound, ValidationError
from vetdesk.services.alerts import AlertInput, add_animal_alert, add_client_alert
from vetdesk.services.client_card import open_client_card
from vetdesk.services.clients import ConsentChoice
from vetdesk.services.context import ServiceContext
from vetdesk.services.front_desk_saving import (
    register_unless_duplicate,
    save_animal_edits,
    save_client_edits,
)
from vetdesk.services.front_desk_views import animal_details
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


# One user action, one transaction (issue 8): when the last step of a Save is refused, the
# details, consents and alerts the earlier steps changed are not written either.

def test_edit_whose_new_alert_is_blank_changes_nothing(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård", city="Bergen")
    old_alert = add_client_alert(ctx, receptionist, kari.client_id, AlertInput("Pays late"))
    before = open_client_card(ctx, receptionist, kari.client_id)
    data = ClientInput(first_name="Kari", last_name="Ødegård", city="Oslo")

    with pytest.raises(ValidationError, match="Write what the alert should say"):
        save_client_edits(
            ctx, receptionist, kari.client_id, data, expected_version=kari.version,
            consents=(ConsentChoice(ConsentPurpose.MARKETING, Channel.SMS, False),),
            removed_alerts=[old_alert], new_alert=AlertInput("   "))

    after = open_client_card(ctx, receptionist, kari.client_id)
    assert after.city == "Bergen"
    assert after.version == before.version
    assert after.consents == before.consents == ()
    assert [a.text for a in after.alerts] == ["Pays late"]


def test_edit_that_switches_off_another_clients_alert_changes_nothing(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård", city="Bergen")
    ola = add_client(ctx, receptionist, "Ola", "Nordmann")
    olas_alert = add_client_alert(ctx, receptionist, ola.client_id, AlertInput("Bites"))
    data = ClientInput(first_name="Kari", last_name="Ødegård", city="Oslo")

    with pytest.raises(NotFound):
        save_client_edits(ctx, receptionist, kari.client_id, data,
                          expected_version=kari.version, removed_alerts=[olas_alert])

    assert open_client_card(ctx, receptionist, kari.client_id).city == "Bergen"
    assert [a.text for a in open_client_card(ctx, receptionist, ola.client_id).alerts] == [
        "Bites"]


def test_animal_edit_saves_alerts_with_the_details(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård")
    rex = add_animal(ctx, receptionist, kari.client_id, "Rex")
    old_alert = add_animal_alert(ctx, receptionist, rex.animal_id, AlertInput("Bites"))

    save_animal_edits(ctx, receptionist, rex.animal_id, AnimalInput(name="Rexy", species="dog"),
                      expected_version=rex.version, new_alert=AlertInput("Allergic"),
                      removed_alerts=[old_alert])

    details = animal_details(ctx, receptionist, rex.animal_id)
    assert details.name == "Rexy"
    assert [a.text for a in details.alerts] == ["Allergic"]


def test_animal_edit_whose_new_alert_is_blank_changes_nothing(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård")
    rex = add_animal(ctx, receptionist, kari.client_id, "Rex")
    old_alert = add_animal_alert(ctx, receptionist, rex.animal_id, AlertInput("Bites"))
    before = animal_details(ctx, receptionist, rex.animal_id)

    with pytest.raises(ValidationError, match="Write what the alert should say"):
        save_animal_edits(
            ctx, receptionist, rex.animal_id,
            AnimalInput(name="Rexy", species="dog", microchip="578000000000125"),
            expected_version=rex.version, removed_alerts=[old_alert],
            new_alert=AlertInput(""))

    after = animal_details(ctx, receptionist, rex.animal_id)
    assert (after.name, after.microchip, after.version) == ("Rex", None, before.version)
    assert [a.text for a in after.alerts] == ["Bites"]
