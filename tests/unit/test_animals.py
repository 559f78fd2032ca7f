"""Animals: chips decoded and unique, ages estimated, owners changed with history, merging."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from tests.support.front_desk import add_animal, add_client
from vetdesk.clock import FixedClock
from vetdesk.db.models import Animal, AuditEvent, Client, Reminder
from vetdesk.domain.animal_rules import AnimalInput
from vetdesk.domain.codes import AlertSeverity
from vetdesk.errors import PermissionDenied, ValidationError
from vetdesk.services.alerts import AlertInput
from vetdesk.services.animals import (
    check_animal_form,
    check_microchip,
    move_animal,
    ownership_history,
    register_animal,
    update_animal,
)
from vetdesk.services.client_card import open_client_card
from vetdesk.services.conflicts import RecordChangedError
from vetdesk.services.context import ServiceContext
from vetdesk.services.merging import merge_clients
from vetdesk.services.permissions import Actor
from vetdesk.services.search import search

FRENCH_CHIP = "250269604123456"


def test_chip_country_and_manufacturer_are_decoded(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    french = check_microchip(ctx, receptionist, "250 2696 0412 3456")
    assert (french.value, french.origin, french.foreign) == (FRENCH_CHIP, "France", True)
    assert french.warning is not None
    assert "DyreID" in french.warning
    assert check_microchip(ctx, receptionist, "578093000000001").origin == "Norway"
    assert check_microchip(ctx, receptionist, "981098100000001").origin == "manufacturer Datamars"
    fdx = check_microchip(ctx, receptionist, "0a1b2c3d4e")
    assert fdx.error is None
    assert fdx.warning is not None
    assert "FDX-A" in fdx.warning
    # many old FDX-A chips are all digits
    numeric_fdx = check_microchip(ctx, receptionist, "0006171234")
    assert numeric_fdx.error is None
    assert numeric_fdx.warning is not None
    assert check_microchip(ctx, receptionist, "57809300012").error == (
        "A chip number has 15 digits; this one has 11."
    )


def test_chip_on_another_animal_is_refused_naming_it(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård")
    bamse = add_animal(ctx, receptionist, kari.client_id, "Bamse", chip=FRENCH_CHIP)
    check = check_microchip(ctx, receptionist, FRENCH_CHIP)
    assert check.taken_by is not None
    assert (check.taken_by.animal_id, check.taken_by.name) == (bamse.animal_id, "Bamse")
    assert "Bamse (owner Kari Ødegård, client 1)" in (check.error or "")
    assert check_microchip(ctx, receptionist, FRENCH_CHIP, animal_id=bamse.animal_id).error is None
    with pytest.raises(ValidationError) as caught:
        add_animal(ctx, receptionist, kari.client_id, "Pus", chip=FRENCH_CHIP)
    assert "Bamse" in caught.value.field_errors["microchip"]


def test_form_checks_dates_age_and_species(ctx: ServiceContext) -> None:
    report = check_animal_form(ctx, AnimalInput(
        name="", species="dragon", birth_date=dt.date(2030, 1, 1), estimated_age_years=80,
        deceased_on=dt.date(2030, 1, 1), microchip="12345",
    ))
    assert set(report.errors) == {"name", "species", "birth_date", "estimated_age_years",
                                  "deceased_on", "microchip"}


def test_estimated_age_and_card_summary(ctx: ServiceContext, receptionist: Actor) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård")
    register_animal(ctx, receptionist, kari.client_id, AnimalInput(
        name="Bamse", species="dog", breed="Gordonsetter", estimated_age_years=3,
        microchip=FRENCH_CHIP, insurance_company="Agria", insurance_policy="123",
    ), alerts=[AlertInput("Biter ved munnkurv", AlertSeverity.MANDATORY)])
    card = open_client_card(ctx, receptionist, kari.client_id)
    (bamse,) = card.animals
    assert bamse.birth_date_estimated
    assert bamse.age == (3, 0)
    assert (bamse.microchip, bamse.chip_origin) == (FRENCH_CHIP, "France")
    assert [a.text for a in card.mandatory_alerts] == ["Biter ved munnkurv"]


def test_edit_conflict_and_chip_change(
    ctx: ServiceContext, receptionist: Actor, vet: Actor, clock: FixedClock
) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård")
    saved = add_animal(ctx, receptionist, kari.client_id, "Bamse", chip=FRENCH_CHIP)
    data = AnimalInput(name="Bamse", species="dog", microchip="578093000000009")
    clock.advance(dt.timedelta(hours=1))
    changed = update_animal(ctx, vet, saved.animal_id, data, expected_version=saved.version)
    assert changed.version == saved.version + 1
    assert search(ctx, receptionist, "578093000000009").owners[0].animals[0].matched
    with ctx.db.reading() as session:
        logged = session.execute(
            select(AuditEvent.details).where(AuditEvent.entity_type == "animal")
            .order_by(AuditEvent.id.desc()).limit(1)).scalar_one()
    # the old number stays on record: a register may still hold it
    assert logged == {"chip_from": FRENCH_CHIP, "chip_to": "578093000000009"}
    with pytest.raises(RecordChangedError) as caught:
        update_animal(ctx, receptionist, saved.animal_id, dataclasses.replace(data, colour="brun"),
                      expected_version=saved.version)
    assert "changed by Ingrid Lie at 22.11.2026 09:55" in caught.value.message


def test_moving_an_animal_keeps_ownership_history(
    ctx: ServiceContext, receptionist: Actor, clock: FixedClock
) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård")
    per = add_client(ctx, receptionist, "Per", "Olsen")
    bamse = add_animal(ctx, receptionist, kari.client_id, "Bamse")
    with ctx.db.transaction() as session:
        for status, due in (("done", dt.date(2026, 1, 5)), ("due", dt.date(2027, 1, 5))):
            session.add(Reminder(animal_id=bamse.animal_id, client_id=kari.client_id,
                                 kind="vaccination", title="Vaksinasjon: Nobivac L4",
                                 due_on=due, status=status, created_at=ctx.clock.now()))
    clock.advance(dt.timedelta(days=30))
    moved = move_animal(ctx, receptionist, bamse.animal_id, per.client_id,
                        expected_version=bamse.version)
    assert moved.owner_id == per.client_id
    history = ownership_history(ctx, receptionist, bamse.animal_id)
    assert [(h.owner_name, h.started_on, h.ended_on) for h in history] == [
        ("Kari Ødegård", dt.date(2026, 11, 22), dt.date(2026, 12, 22)),
        ("Per Olsen", dt.date(2026, 12, 22), None),
    ]
    assert open_client_card(ctx, receptionist, kari.client_id).animals == ()
    with ctx.db.reading() as session:
        recalls = session.execute(
            select(Reminder.status, Reminder.client_id).order_by(Reminder.due_on)
        ).all()
    # the open recall follows the animal; the one already done stays in Kari's history
    assert [tuple(r) for r in recalls] == [("done", kari.client_id), ("due", per.client_id)]


def test_merge_moves_everything_in_one_audited_transaction(
    ctx: ServiceContext, receptionist: Actor, manager: Actor
) -> None:
    keep = add_client(ctx, receptionist, "Åse", "Strøm-Hansen", phone="98765432")
    dup = add_client(ctx, receptionist, "Aase", "Strom Hansen", phone="98765432",
                     email="ase@example.no")
    add_animal(ctx, receptionist, dup.client_id, "Tassen")
    with pytest.raises(PermissionDenied):
        merge_clients(ctx, receptionist, keep_id=keep.client_id, remove_id=dup.client_id,
                      keep_version=keep.version, remove_version=dup.version)
    result = merge_clients(ctx, manager, keep_id=keep.client_id, remove_id=dup.client_id,
                           keep_version=keep.version, remove_version=dup.version)
    assert result.moved["animals"] == 1
    card = open_client_card(ctx, receptionist, keep.client_id)
    assert [a.name for a in card.animals] == ["Tassen"]
    assert card.email == "ase@example.no"
    assert len(card.phones) == 1
    assert [o.client_id for o in search(ctx, receptionist, "strom").owners] == [keep.client_id]
    with ctx.db.reading() as session:
        removed = session.get(Client, dup.client_id)
        assert removed is not None
        assert removed.merged_into_id == keep.client_id
        merges = session.execute(
            select(AuditEvent.details).where(AuditEvent.action == "merge")).scalars().all()
        owners = session.execute(select(Animal.owner_id)).scalars().all()
    assert merges[0]["merged"] == dup.client_id
    assert owners == [keep.client_id]


def test_animal_edit_form_round_trips_through_the_card(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    from vetdesk.services.forms import animal_form

    kari = add_client(ctx, receptionist, "Kari", "Ødegård")
    register_animal(ctx, receptionist, kari.client_id, AnimalInput(
        name="Bamse", species="dog", sex="male", neutered=True, birth_date=dt.date(2016, 3, 1),
        colour="svart", microchip=FRENCH_CHIP, notes="Redd for dyrleger",
    ))
    (bamse,) = open_client_card(ctx, receptionist, kari.client_id).animals
    form = dataclasses.replace(animal_form(bamse), colour="svart og hvit")
    update_animal(ctx, receptionist, bamse.animal_id, form, expected_version=bamse.version)
    (after,) = open_client_card(ctx, receptionist, kari.client_id).animals
    assert (after.colour, after.microchip, after.neutered, after.notes, after.sex) == (
        "svart og hvit", FRENCH_CHIP, True, "Redd for dyrleger", "male")
