"""Bad input reproduced from issue 8, through the services on SQLite and PostgreSQL.

Each case once gave a raw database error, exit 70 or a wrong row; now it is stored cleaned,
or refused with one sentence saying what to fix, the same on both engines.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tests.conftest import START
from tests.support.front_desk import add_animal, add_client
from tests.support.journal_data import Patient, add_patient, consultation
from vetdesk.db.models import Animal, Client, Identity, JournalDraft
from vetdesk.domain.animal_rules import AnimalInput
from vetdesk.domain.client_rules import ClientInput
from vetdesk.domain.codes import JournalKind, Species
from vetdesk.errors import ValidationError
from vetdesk.services import animals as animals_service
from vetdesk.services.animals import AnimalRef, register_animal, update_animal
from vetdesk.services.clients import register_client
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import (
    entry_detail,
    get_draft,
    lock_stale_drafts,
    save_draft,
    sign_draft,
)
from vetdesk.services.journal.validation import check_for_signing
from vetdesk.services.permissions import Actor
from vetdesk.services.search import search

PLUS_ONE = dt.timezone(dt.timedelta(hours=1))


def test_a_full_width_chip_is_the_same_chip_on_another_animal(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård")
    full_width = "５７８０００００００００１２５"
    bamse = add_animal(ctx, receptionist, kari.client_id, "Bamse", chip=full_width)
    with pytest.raises(ValidationError) as caught:
        add_animal(ctx, receptionist, kari.client_id, "Pus", chip="578000000000125")
    assert caught.value.field_errors["microchip"].startswith(
        "This chip is already registered on Bamse")
    with ctx.db.reading() as session:
        stored = session.execute(
            select(Identity.value).where(Identity.animal_id == bamse.animal_id)).scalar_one()
    assert stored == "578000000000125"


def test_longest_allowed_values_store_and_one_more_is_refused_plainly(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    # PostgreSQL refused these with a raw DataError; SQLite stored them. "ø" is two bytes in
    # UTF-8: the columns count characters, as the rules do.
    longest = ClientInput(first_name="ø" * 100, last_name="ø" * 100, address="ø" * 200,
                          city="ø" * 100, postal_code="０１５０")
    saved = register_client(ctx, receptionist, longest)
    with ctx.db.reading() as session:
        client = session.get(Client, saved.client_id)
        assert client is not None
        assert (len(client.address or ""), client.postal_code) == (200, "0150")
    for field, text in (("address", "ø" * 201), ("city", "ø" * 101), ("last_name", "ø" * 101)):
        with pytest.raises(ValidationError) as caught:
            register_client(ctx, receptionist, dataclasses.replace(longest, **{field: text}))
        assert list(caught.value.field_errors) == [field]
    with pytest.raises(ValidationError) as refused:
        register_animal(ctx, receptionist, saved.client_id,
                        AnimalInput(name="x" * 101, species="dog"))
    assert refused.value.field_errors == {"name": "Name can have at most 100 characters."}


def test_a_name_whose_search_key_outgrows_its_column_is_stored_and_found(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    # "ﬃ" folds to "ffi": 100 characters of name, 300 of key for a 200-character column.
    owner = add_client(ctx, receptionist, "ﬃ" * 100, "ﬃ" * 100)
    animal = add_animal(ctx, receptionist, owner.client_id, "ﬃ" * 100)
    with ctx.db.reading() as session:
        keys = (session.get(Client, owner.client_id).search_key,  # type: ignore[union-attr]
                session.get(Animal, animal.animal_id).search_key)  # type: ignore[union-attr]
    assert (len(keys[0]), len(keys[1])) == (400, 200)
    assert [o.client_id for o in search(ctx, receptionist, "ffiffi").owners] == [owner.client_id]


def test_a_client_number_beyond_the_column_is_refused_plainly(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    with pytest.raises(ValidationError) as caught:
        register_client(ctx, receptionist, ClientInput("Kari", "Ødegård"), client_no=10**20)
    assert caught.value.message == "A client number is a whole number from 1 to 999999999."


@pytest.fixture
def patient(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx)


def test_a_draft_with_a_lone_surrogate_or_nul_saves_cleaned_and_signs(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    form = consultation(patient.animal_id, ctx.clock.now(), anamnesis="a\ud800b\x00c\u202e")
    save_draft(ctx, vet, form)
    assert get_draft(ctx, vet, form.id).content["anamnesis"] == "abc"
    sign_draft(ctx, vet, form.id, accept_warnings=True)
    assert entry_detail(ctx, vet, form.id).current.content["anamnesis"] == "abc"


def test_the_lock_sweep_cleans_an_old_draft_instead_of_failing_on_it_every_run(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    broken = consultation(patient.animal_id, ctx.clock.now(), anamnesis="placeholder")
    later = consultation(patient.animal_id, ctx.clock.now(), draft_id=uuid.uuid4())
    save_draft(ctx, vet, broken)
    save_draft(ctx, vet, later)
    # As saved before drafts were cleaned: a NUL and a direction override (a lone surrogate
    # cannot be written to PostgreSQL at all, so these stand for what could be).
    with ctx.db.transaction() as session:
        session.execute(update(JournalDraft).where(JournalDraft.id == broken.id).values(
            content={"anamnesis": "Halter\x00 på\u202e venstre"}))
    ctx.clock.advance(dt.timedelta(hours=25))  # type: ignore[attr-defined]
    report = lock_stale_drafts(ctx, None)
    assert set(report.locked) == {broken.id, later.id}
    assert entry_detail(ctx, vet, broken.id).current.content["anamnesis"] == "Halter på venstre"


@pytest.mark.parametrize("when", [
    dt.datetime(1, 1, 1, 0, 30, tzinfo=PLUS_ONE),
    dt.datetime(9999, 12, 31, 23, 30, tzinfo=dt.timezone(-dt.timedelta(hours=1))),
    dt.datetime(1, 1, 1, tzinfo=dt.UTC),
])
def test_event_times_at_year_1_or_9999_are_refused_with_a_sentence(
    ctx: ServiceContext, vet: Actor, patient: Patient, when: dt.datetime
) -> None:
    with pytest.raises(ValidationError) as caught:
        save_draft(ctx, vet, consultation(patient.animal_id, when))
    assert caught.value.field_errors == {"event_time": (
        "The time of the event must be between the years 1900 and 2100; check the date.")}


def test_a_draft_stored_with_year_1_is_not_signed(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    form = consultation(patient.animal_id, ctx.clock.now())
    save_draft(ctx, vet, form)
    with ctx.db.transaction() as session:
        session.execute(update(JournalDraft).where(JournalDraft.id == form.id).values(
            event_time=dt.datetime(1, 1, 1, tzinfo=dt.UTC)))
    with pytest.raises(ValidationError) as caught:
        sign_draft(ctx, vet, form.id, accept_warnings=True)
    assert set(caught.value.field_errors) == {"event_time"}


def race_the_next_chip_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """The next save's own check runs before another desk commits the same chip: that look
    finds nothing, as on two PostgreSQL desks saving at once; later looks see the truth."""
    real = animals_service._chip_owner
    calls = iter([True])

    def raced(session: Session, value: str, animal_id: int | None) -> AnimalRef | None:
        if next(calls, False):
            return None
        return real(session, value, animal_id)

    monkeypatch.setattr(animals_service, "_chip_owner", raced)


def test_a_chip_registered_meanwhile_gets_the_same_sentence_as_the_check(
    ctx: ServiceContext, receptionist: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård")
    add_animal(ctx, receptionist, kari.client_id, "Bamse", chip="578000000000125")
    race_the_next_chip_check(monkeypatch)
    with pytest.raises(ValidationError) as caught:
        add_animal(ctx, receptionist, kari.client_id, "Pus", chip="578000000000125")
    # Refused by the unique constraint at commit (IntegrityError), told as the check tells it.
    assert isinstance(caught.value.__cause__, IntegrityError)
    assert caught.value.field_errors == {"microchip": (
        "This chip is already registered on Bamse (owner Kari Ødegård, client 1); open that "
        "animal instead, or check the number.")}
    with ctx.db.reading() as session:
        assert session.execute(select(Animal.name)).scalars().all() == ["Bamse"]


def test_a_chip_given_meanwhile_to_another_animal_refuses_the_edit_plainly(
    ctx: ServiceContext, receptionist: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård")
    add_animal(ctx, receptionist, kari.client_id, "Bamse", chip="578000000000125")
    pus = add_animal(ctx, receptionist, kari.client_id, "Pus")
    race_the_next_chip_check(monkeypatch)
    with pytest.raises(ValidationError) as caught:
        update_animal(ctx, receptionist, pus.animal_id,
                      AnimalInput(name="Pus", species="dog", microchip="578000000000125"),
                      expected_version=pus.version)
    assert isinstance(caught.value.__cause__, IntegrityError)
    assert caught.value.field_errors["microchip"].startswith(
        "This chip is already registered on Bamse")


def test_a_draft_stored_before_cleaning_with_a_lone_surrogate_is_not_signed_raw() -> None:
    # Such a draft cannot be hashed: signing says what to do instead of failing on it.
    check = check_for_signing(
        kind=JournalKind.CONSULTATION, content={"anamnesis": "a\ud800b", "findings": "Øm."},
        event_time=START, weight_kg=None, temperature_c=None, species=Species.DOG,
        is_group=False, now=START)
    assert check.errors == {"anamnesis": (
        "Anamnesis holds a broken character; change the text so the draft is saved again.")}
