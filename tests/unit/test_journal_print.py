"""The journal printout: text extracted back with æøå intact, page x of y, what is left out."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import uuid

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from tests.support.journal_data import (
    Patient,
    add_patient,
    consultation,
    seed_history,
    write_and_sign,
)
from vetdesk.db.models import Animal, AuditEvent
from vetdesk.domain.codes import JournalKind, Requester
from vetdesk.errors import PermissionDenied, ValidationError
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import (
    Correction,
    DraftInput,
    PrintOptions,
    correct_entry,
    entry_detail,
    print_journal,
    void_entry,
)
from vetdesk.services.permissions import Actor


@pytest.fixture
def patient(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx, chip="578077000012345")


def _text(pdf: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def _note(animal_id: int, when: dt.datetime, text: str, **extra: object) -> DraftInput:
    return DraftInput(uuid.uuid4(), animal_id, JournalKind.NOTE, when, {"text": text},
                      **extra)  # type: ignore[arg-type]


def test_printout_has_letterhead_owner_animal_and_norwegian_letters(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    now = ctx.clock.now()
    entry = write_and_sign(ctx, vet, consultation(
        patient.animal_id, now - dt.timedelta(days=2), diagnosis="Øyebetennelse, høyre øye",
    ))
    current = entry_detail(ctx, vet, entry).current
    correct_entry(ctx, vet, Correction(
        entry, 1, current.event_time,
        {**current.content, "anamnesis": "Halter på høyre bakben."}, "Feil side",
        Requester.OWNER, current.weight_kg, current.temperature_c,
    ))
    text, pages = _text(print_journal(ctx, vet, patient.animal_id))
    for expected in ("Dyreklinikken Ødegård", "Journal for Bamse", "Kari Ødegård",
                     "578077000012345", "Øyebetennelse, høyre øye", "Konsultasjon",
                     "Ingrid Lie", "RETTET", "Feil side", "på eiers forespørsel",
                     "venstre", f"Side 1 av {pages}"):
        assert expected in text, expected


def test_confidential_and_voided_entries_only_when_asked(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    now = ctx.clock.now()
    write_and_sign(ctx, vet, _note(patient.animal_id, now, "Hemmelig økonomi", confidential=True))
    wrong = write_and_sign(ctx, vet, _note(patient.animal_id, now, "Gjelder katten Pusi"))
    void_entry(ctx, vet, wrong, reason="Feil dyr", expected_version_no=1)
    write_and_sign(ctx, vet, _note(patient.animal_id, now, "Vanlig notat"))
    plain, _ = _text(print_journal(ctx, vet, patient.animal_id))
    assert "Vanlig notat" in plain
    assert "Hemmelig" not in plain and "Pusi" not in plain
    everything, _ = _text(print_journal(ctx, vet, patient.animal_id, PrintOptions(
        include_confidential=True, include_voided=True)))
    assert "Hemmelig økonomi" in everything and "KONFIDENSIELT" in everything
    assert "Gjelder katten Pusi" in everything and "ANNULLERT" in everything


def test_the_date_range_is_in_clinic_time_and_pages_are_numbered(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    seed_history(ctx.db, patient.animal_id, vet.user_id, 60,
                 start=dt.datetime(2026, 1, 1, 8, 0, tzinfo=dt.UTC))
    # 23:30 UTC on 31 January is 00:30 on 1 February in Oslo.
    write_and_sign(ctx, vet, _note(patient.animal_id,
                                   dt.datetime(2026, 1, 31, 23, 30, tzinfo=dt.UTC), "Natt"))
    pdf = print_journal(ctx, vet, patient.animal_id, PrintOptions(
        date_from=dt.date(2026, 2, 1), date_to=dt.date(2026, 2, 10), language="en"))
    text, pages = _text(pdf)
    assert "Natt" in text and "Period: 01.02.2026 – 10.02.2026" in text
    assert "Notat 31:" in text and "Notat 39:" in text
    assert "Notat 29:" not in text and "Notat 41:" not in text
    assert f"Page {pages} of {pages}" in text
    big, many = _text(print_journal(ctx, vet, patient.animal_id))
    assert many > 3 and f"Side {many} av {many}" in big and "Side 2 av" in big


def test_printing_is_audited_and_needs_the_permission(
    ctx: ServiceContext, vet: Actor, receptionist: Actor, patient: Patient
) -> None:
    write_and_sign(ctx, vet, _note(patient.animal_id, ctx.clock.now(), "Notat"))
    with pytest.raises(PermissionDenied):
        print_journal(ctx, receptionist, patient.animal_id)
    with pytest.raises(ValidationError):
        print_journal(ctx, vet, patient.animal_id, PrintOptions(
            date_from=dt.date(2026, 2, 2), date_to=dt.date(2026, 2, 1)))
    print_journal(ctx, vet, patient.animal_id)
    with ctx.db.reading() as session:
        event = session.execute(
            select(AuditEvent).where(AuditEvent.action == "print")
        ).scalar_one()
        assert event.client_id == patient.client_id and event.details["entries"] == 1


def test_an_empty_period_still_prints(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    text, pages = _text(print_journal(ctx, vet, patient.animal_id, PrintOptions(
        date_from=dt.date(2020, 1, 1), date_to=dt.date(2020, 12, 31))))
    assert pages == 1 and "Ingen journalnotater i perioden." in text


def test_a_long_entry_runs_over_the_page_break(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    long_text = "\n".join(f"Linje {n}: ærlig øvelse på åkeren." for n in range(160))
    form = dataclasses.replace(
        consultation(patient.animal_id, ctx.clock.now()), content={
            "anamnesis": long_text, "findings": "Slutt på teksten."})
    write_and_sign(ctx, vet, form)
    text, pages = _text(print_journal(ctx, vet, patient.animal_id))
    assert pages >= 2 and "Linje 159" in text and "Slutt på teksten." in text


def test_content_from_another_system_prints_as_text(
    ctx: ServiceContext, vet: Actor, patient: Patient, db_url: str
) -> None:
    """A journal imported from elsewhere may hold lists or numbers; it still prints and shows."""
    from tests.support.tamper import execute_bypassing_guards

    entry_id = write_and_sign(ctx, vet, consultation(
        patient.animal_id, ctx.clock.now() - dt.timedelta(hours=1)))
    execute_bypassing_guards(
        db_url,
        "UPDATE journal_versions SET content = "
        "'{\"anamnesis\": [\"Halter\", \"Spiser normalt\"], \"findings\": 38.5}' "
        f"WHERE entry_id = '{entry_id.hex}'",
        "journal_versions",
    )
    detail = entry_detail(ctx, vet, entry_id)
    assert detail.versions[-1].content == {
        "anamnesis": "Halter\nSpiser normalt", "findings": "38.5"}
    pdf = print_journal(ctx, vet, patient.animal_id, PrintOptions())
    assert "Spiser normalt" in _text(pdf)[0]


def test_sex_and_neutering_in_the_same_words_as_the_chart(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    """A spayed bitch is "hunn, sterilisert" on the printout as in the chart's header, and a
    neutered dog "hann, kastrert" (the printout said "kastrert" for both)."""
    her = add_patient(ctx, name="Tussi")
    with ctx.db.transaction() as session:
        session.execute(update(Animal).where(Animal.id == her.animal_id)
                        .values(sex="female", neutered=True))
        session.execute(update(Animal).where(Animal.id == patient.animal_id)
                        .values(neutered=True))
    text, _pages = _text(print_journal(ctx, vet, her.animal_id))
    assert "hunn, sterilisert" in text
    text, _pages = _text(print_journal(ctx, vet, patient.animal_id))
    assert "hann, kastrert" in text
    english, _pages = _text(print_journal(ctx, vet, her.animal_id,
                                          PrintOptions(language="en")))
    assert "female, spayed" in english
