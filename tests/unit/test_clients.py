"""Registering and editing owners: validation per field, consents, conflicts, duplicates."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from tests.support.front_desk import add_client
from vetdesk.clock import FixedClock
from vetdesk.db.models import AuditEvent, ClientPhone, Consent
from vetdesk.domain.client_rules import ClientInput, PhoneInput
from vetdesk.domain.codes import Channel, ConsentPurpose
from vetdesk.errors import ValidationError
from vetdesk.services.client_card import open_client_card
from vetdesk.services.clients import (
    ConsentChoice,
    check_client_form,
    record_consents,
    register_client,
    update_client,
)
from vetdesk.services.conflicts import RecordChangedError
from vetdesk.services.context import ServiceContext
from vetdesk.services.duplicates import find_duplicates
from vetdesk.services.permissions import Actor

KARI = ClientInput(first_name="Kari", last_name="Ødegård", phones=(PhoneInput("912 34 567"),),
                   email="Kari@Example.NO", address="Fjellveien 22B", postal_code="0150",
                   city="Oslo", org_number="974760673")


def test_each_field_is_checked_as_typed(ctx: ServiceContext) -> None:
    report = check_client_form(ctx, ClientInput(
        first_name="Kari", last_name="", phones=(PhoneInput("912 34 5678"),), email="kari@",
        postal_code="150", org_number="974760674", birth_date=dt.date(2027, 1, 1),
    ))
    assert set(report.errors) == {"last_name", "phones.0", "email", "postal_code",
                                  "org_number", "birth_date"}
    assert "8 digits" in report.errors["phones.0"]
    assert "check digit" in report.errors["org_number"]
    good = check_client_form(ctx, KARI)
    assert good.ok
    assert good.notes["phones.0"] == "912 34 567"


def test_register_stores_e164_and_normalised_email(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    saved = register_client(ctx, receptionist, KARI)
    assert saved.client_no == 1
    card = open_client_card(ctx, receptionist, saved.client_id)
    assert card.phones[0].e164 == "+4791234567"
    assert card.phones[0].display == "912 34 567"
    assert card.email == "Kari@example.no"
    with ctx.db.reading() as session:
        digits = session.execute(select(ClientPhone.digits)).scalar_one()
        actions = session.execute(select(AuditEvent.action, AuditEvent.entity_type)).all()
    assert digits == "91234567"
    assert ("create", "client") in actions


def test_invalid_client_is_refused_with_field_errors(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    with pytest.raises(ValidationError) as caught:
        register_client(ctx, receptionist, dataclasses.replace(KARI, postal_code="12"))
    assert set(caught.value.field_errors) == {"postal_code"}


def test_consents_are_appended_per_purpose_and_channel(
    ctx: ServiceContext, receptionist: Actor, clock: FixedClock
) -> None:
    saved = register_client(ctx, receptionist, KARI, consents=[
        ConsentChoice(ConsentPurpose.SERVICE, Channel.SMS, True),
        ConsentChoice(ConsentPurpose.MARKETING, Channel.SMS, True),
    ])
    clock.advance(dt.timedelta(days=1))
    assert record_consents(ctx, receptionist, saved.client_id, [
        ConsentChoice(ConsentPurpose.MARKETING, Channel.SMS, False),
        ConsentChoice(ConsentPurpose.SERVICE, Channel.SMS, True),  # unchanged: not added
    ]) == 1
    card = open_client_card(ctx, receptionist, saved.client_id)
    current = {(c.purpose, c.channel): c.granted for c in card.consents}
    assert current == {("service", "sms"): True, ("marketing", "sms"): False}
    assert len(card.consent_history) == 3
    with ctx.db.reading() as session:
        assert len(session.execute(select(Consent)).scalars().all()) == 3


def test_stale_save_names_who_changed_it_and_when(
    ctx: ServiceContext, receptionist: Actor, manager: Actor, clock: FixedClock
) -> None:
    saved = register_client(ctx, receptionist, KARI)
    clock.advance(dt.timedelta(minutes=10))
    update_client(ctx, manager, saved.client_id, dataclasses.replace(KARI, city="Bergen"),
                  expected_version=saved.version)
    with pytest.raises(RecordChangedError) as caught:
        update_client(ctx, receptionist, saved.client_id,
                      dataclasses.replace(KARI, city="Trondheim"),
                      expected_version=saved.version)
    assert "changed by Mona Manager at 22.11.2026 09:05" in caught.value.message
    assert caught.value.changed_by == "Mona Manager"
    card = open_client_card(ctx, receptionist, saved.client_id)
    assert card.city == "Bergen"


def test_update_replaces_phones_and_bumps_version(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    saved = register_client(ctx, receptionist, KARI)
    again = update_client(ctx, receptionist, saved.client_id, dataclasses.replace(
        KARI, phones=(PhoneInput("22 12 34 56"), PhoneInput("+46 70 123 45 67"))),
        expected_version=saved.version)
    assert again.version == saved.version + 1
    card = open_client_card(ctx, receptionist, saved.client_id)
    assert [p.display for p in card.phones] == ["22 12 34 56", "+46 70 123 45 67"]


def test_duplicates_found_by_phone_email_and_similar_name_at_address(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    existing = add_client(ctx, receptionist, "Åse", "Strøm-Hansen", phone="98765432",
                          email="ase@example.no", address="Fjellveien 22B", postal_code="0150")
    add_client(ctx, receptionist, "Per", "Olsen", address="Fjellveien 22B", postal_code="0150")
    by_phone = find_duplicates(ctx, receptionist, ClientInput(
        "A", "B", phones=(PhoneInput("+47 987 65 432"),)))
    assert [(d.client_id, d.reasons) for d in by_phone] == [
        (existing.client_id, ("same phone 987 65 432",))]
    by_email = find_duplicates(ctx, receptionist, ClientInput("A", "B", email="ASE@example.no"))
    assert by_email[0].reasons == ("same e-mail",)
    by_name = find_duplicates(ctx, receptionist, ClientInput(
        "Aase", "Strom Hansen", address="fjellveien 22 b", postal_code="0150"))
    assert [d.name for d in by_name] == ["Åse Strøm-Hansen"]
    assert by_name[0].reasons == ("similar name at the same address",)
    assert find_duplicates(ctx, receptionist, ClientInput("Nils", "Nilsen")) == ()
    assert find_duplicates(ctx, receptionist, ClientInput(
        "A", "B", phones=(PhoneInput("98765432"),)), exclude_client_id=existing.client_id) == ()


def test_invisible_characters_are_announced_per_field_and_removed_when_saving(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    # Pasted along with a name: a NUL, a lone surrogate, a zero-width space, a byte order mark,
    # a right-to-left override and a line separator. None can be seen, so none can be found
    # and deleted by hand: they are removed, and the form says so before saving.
    typed = dataclasses.replace(
        KARI, first_name="Ka\x00r\ud800i\u200b", last_name="\ufeff\u202eØdegård",
        city="Os\u2028lo", notes="line one\nline two")
    report = check_client_form(ctx, typed)
    assert report.errors == {}
    # A line separator is a line break: a space in a one-line field, nothing to warn about.
    assert set(report.warnings) == {"first_name", "last_name"}
    saved = register_client(ctx, receptionist, typed)
    card = open_client_card(ctx, receptionist, saved.client_id)
    assert (card.first_name, card.last_name, card.city, card.notes) == (
        "Kari", "Ødegård", "Os lo", "line one\nline two")


def test_edit_form_round_trips_through_the_card(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    from vetdesk.services.forms import client_form

    saved = register_client(ctx, receptionist, KARI)
    card = open_client_card(ctx, receptionist, saved.client_id)
    form = client_form(card)
    again = update_client(ctx, receptionist, saved.client_id, form, expected_version=card.version)
    after = open_client_card(ctx, receptionist, saved.client_id)
    assert again.version == card.version + 1
    assert (after.first_name, after.email, [p.e164 for p in after.phones], after.org_number) \
        == ("Kari", "Kari@example.no", ["+4791234567"], "974760673")


def test_a_client_number_in_use_is_refused_plainly(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    from vetdesk.domain.client_rules import ClientInput
    from vetdesk.services.clients import register_client

    register_client(ctx, receptionist, ClientInput(first_name="Kari", last_name="Ødegård"),
                    client_no=20001)
    with pytest.raises(ValidationError, match="Client number 20001 is already in use") as caught:
        register_client(ctx, receptionist, ClientInput(first_name="Per", last_name="Olsen"),
                        client_no=20001)
    assert caught.value.field_errors == {"client_no": "Already in use."}
