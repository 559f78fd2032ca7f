"""When help was asked for, the first of the journal regulation's three times (FOR-2006-02-20-229
§ 4, issue 8): kept from draft to signed entry, through corrections, in the printout and in the
hash chain, refused in one sentence when it comes after the event."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from sqlalchemy import inspect, select

from tests.support.journal_data import Patient, add_patient, consultation, write_and_sign
from tests.support.migrations import run_migration
from tests.support.tamper import execute_bypassing_guards, execute_raw
from vetdesk.db.models import JournalDraft, JournalVersion
from vetdesk.domain.event_time import check_help_requested_at, wall_clock_moment
from vetdesk.errors import ValidationError
from vetdesk.services.context import ServiceContext
from vetdesk.services.integrity import verify_all
from vetdesk.services.journal import (
    Correction,
    correct_entry,
    entry_detail,
    get_draft,
    print_journal,
    save_draft,
    sign_draft,
    timeline_page,
)
from vetdesk.services.permissions import Actor

UTC = dt.UTC
# The test clock stands at 22.11.2026 07:55 UTC (08:55 in Oslo).
GIVEN = dt.datetime(2026, 11, 22, 6, 55, tzinfo=UTC)  # 07:55 in Oslo
ASKED = dt.datetime(2026, 11, 22, 5, 20, tzinfo=UTC)  # 06:20 in Oslo: the owner rang first
AFTER_SENTENCE = (
    "Help cannot have been asked for after it was given; enter a time at or before the time "
    "of the event."
)


@pytest.fixture
def patient(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx)


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_draft_sign_correct_print_and_verify_keep_when_help_was_asked_for(
    ctx: ServiceContext, vet: Actor, manager: Actor, patient: Patient
) -> None:
    form = dataclasses.replace(consultation(patient.animal_id, GIVEN), help_requested_at=ASKED)
    save_draft(ctx, vet, form)
    # A draft restored after a crash comes back from the database: the time is there.
    assert get_draft(ctx, vet, form.id).help_requested_at == ASKED
    items = timeline_page(ctx, vet, patient.animal_id).items
    assert [(i.is_draft, i.help_requested_at) for i in items] == [(True, ASKED)]

    sign_draft(ctx, vet, form.id, accept_warnings=True)
    detail = entry_detail(ctx, vet, form.id)
    assert (detail.current.help_requested_at, detail.current.event_time) == (ASKED, GIVEN)
    assert [(i.is_draft, i.help_requested_at) for i in timeline_page(
        ctx, vet, patient.animal_id).items] == [(False, ASKED)]

    # A correction of the text alone carries the time over unchanged.
    correct_entry(ctx, vet, Correction(
        form.id, 1, GIVEN, {**detail.current.content, "findings": "Øm over høyre kne."},
        "Feil side", weight_kg=detail.current.weight_kg,
        temperature_c=detail.current.temperature_c,
    ), accept_warnings=True)
    # One that moves it is shown in the history as a change of that time.
    earlier = ASKED - dt.timedelta(minutes=30)
    correct_entry(ctx, vet, Correction(
        form.id, 2, GIVEN, {**detail.current.content, "findings": "Øm over høyre kne."},
        "Eier ringte tidligere", weight_kg=detail.current.weight_kg,
        temperature_c=detail.current.temperature_c, help_requested_at=earlier,
    ), accept_warnings=True)
    versions = entry_detail(ctx, vet, form.id).versions
    assert [v.help_requested_at for v in versions] == [ASKED, ASKED, earlier]
    assert [c.field for c in versions[2].changes] == ["help_requested_at"]

    text = _pdf_text(print_journal(ctx, vet, patient.animal_id))
    assert "Anmodet om hjelp 22.11.2026 05:50" in text
    assert "22.11.2026 07:55 · Konsultasjon" in text
    # The correction note writes the times as the rest of the printout, not in ISO form.
    assert "Anmodet om hjelp: 22.11.2026 06:20 22.11.2026 05:50" in text

    report = verify_all(ctx, manager)
    assert report.ok and report.journal_versions == 3


def test_by_default_help_is_asked_for_at_the_event_and_follows_it(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    form = consultation(patient.animal_id, GIVEN)
    save_draft(ctx, vet, form)
    with ctx.db.reading() as session:
        # Stored as "the same as the event time", so moving the event moves it too.
        assert session.get(JournalDraft, form.id).help_requested_at is None  # type: ignore[union-attr]
    later = GIVEN + dt.timedelta(minutes=20)
    save_draft(ctx, vet, dataclasses.replace(form, event_time=later))
    sign_draft(ctx, vet, form.id, accept_warnings=True)
    current = entry_detail(ctx, vet, form.id).current
    assert current.help_requested_at == later == current.event_time
    # A correction that moves the event moves a request time that was the same.
    moved = GIVEN - dt.timedelta(hours=2)
    correct_entry(ctx, vet, Correction(
        form.id, 1, moved, current.content, "Feil klokkeslett",
        weight_kg=current.weight_kg, temperature_c=current.temperature_c,
    ), accept_warnings=True)
    assert entry_detail(ctx, vet, form.id).current.help_requested_at == moved


def test_help_asked_for_after_it_was_given_is_refused_in_one_sentence(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    late = GIVEN + dt.timedelta(minutes=1)
    form = dataclasses.replace(consultation(patient.animal_id, GIVEN), help_requested_at=late)
    # The draft saves (nothing typed is lost); signing says what to fix.
    save_draft(ctx, vet, form)
    with pytest.raises(ValidationError) as refused:
        sign_draft(ctx, vet, form.id, accept_warnings=True)
    assert refused.value.field_errors == {"help_requested_at": AFTER_SENTENCE}
    assert str(refused.value) == "The entry cannot be signed yet: " + AFTER_SENTENCE

    save_draft(ctx, vet, dataclasses.replace(form, help_requested_at=GIVEN))
    sign_draft(ctx, vet, form.id, accept_warnings=True)
    current = entry_detail(ctx, vet, form.id).current
    with pytest.raises(ValidationError) as refused:
        correct_entry(ctx, vet, Correction(
            form.id, 1, GIVEN, current.content, "Feil tid", help_requested_at=late,
            weight_kg=current.weight_kg, temperature_c=current.temperature_c,
        ), accept_warnings=True)
    assert refused.value.field_errors == {"help_requested_at": AFTER_SENTENCE}


@pytest.mark.parametrize("year", [1, 1899, 2101, 9999])
def test_a_request_time_outside_the_years_is_refused_when_the_draft_is_saved(
    ctx: ServiceContext, vet: Actor, patient: Patient, year: int
) -> None:
    odd = dt.datetime(year, 6, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    form = dataclasses.replace(consultation(patient.animal_id, GIVEN), help_requested_at=odd)
    with pytest.raises(ValidationError) as refused:
        save_draft(ctx, vet, form)
    assert refused.value.field_errors == {"help_requested_at": (
        "The time help was asked for must be between the years 1900 and 2100; check the date."
    )}


def test_changing_when_help_was_asked_for_breaks_verify(
    ctx: ServiceContext, vet: Actor, manager: Actor, patient: Patient, db_url: str
) -> None:
    apart = write_and_sign(ctx, vet, dataclasses.replace(
        consultation(patient.animal_id, GIVEN), help_requested_at=ASKED))
    same = write_and_sign(ctx, vet, consultation(patient.animal_id, GIVEN))
    assert verify_all(ctx, manager).ok
    for entry_id, new in ((apart, "2026-11-22 06:55:00"), (same, "2026-11-22 06:00:00")):
        old = ASKED if entry_id == apart else GIVEN
        execute_bypassing_guards(db_url, _set_requested(db_url, entry_id.hex, new),
                                 "journal_versions")
        report = verify_all(ctx, manager)
        assert report.first_break is not None
        assert report.first_break.table == "journal_versions"
        assert report.first_break.reason == "content does not match its hash"
        assert entry_id.hex in report.first_break.row_id
        execute_bypassing_guards(
            db_url, _set_requested(db_url, entry_id.hex, f"{old:%Y-%m-%d %H:%M:%S}"),
            "journal_versions")
        assert verify_all(ctx, manager).ok


def _set_requested(db_url: str, entry_hex: str, utc_text: str) -> str:
    value = f"'{utc_text}.000000'" if db_url.startswith("sqlite") else f"'{utc_text}+00'"
    return (f"UPDATE journal_versions SET help_requested_at = {value} "
            f"WHERE entry_id = '{entry_hex}'")


def test_entries_signed_before_the_field_existed_get_their_event_time_and_still_verify(
    ctx: ServiceContext, vet: Actor, manager: Actor, patient: Patient, db_url: str
) -> None:
    """Migration 0007 run over a journal written without the column: its downgrade removes
    the column and its upgrade adds it again, as on a clinic's database upgraded to this
    release. Only 0007 runs (the later migrations are not this test's business)."""
    first = write_and_sign(ctx, vet, consultation(patient.animal_id, GIVEN))
    second = write_and_sign(ctx, vet, consultation(
        patient.animal_id, GIVEN + dt.timedelta(minutes=5)))
    run_migration(ctx.db.engine, "0007_journal_help_requested.py", "downgrade")
    with ctx.db.engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("journal_versions")}
    assert "help_requested_at" not in columns
    run_migration(ctx.db.engine, "0007_journal_help_requested.py", "upgrade")
    with ctx.db.reading() as session:
        rows = session.execute(
            select(JournalVersion.entry_id, JournalVersion.help_requested_at,
                   JournalVersion.event_time).order_by(JournalVersion.chain_seq)
        ).all()
    assert [(r.entry_id, r.help_requested_at) for r in rows] == [
        (first, GIVEN), (second, GIVEN + dt.timedelta(minutes=5))]
    assert verify_all(ctx, manager).ok
    # The rebuilt table still refuses change (SQLite drops a table's triggers with it).
    with pytest.raises(Exception, match="append-only"):
        execute_raw(db_url, "DELETE FROM journal_versions")



def test_the_domain_rule_on_its_own() -> None:
    oslo = dt.timezone(dt.timedelta(hours=1))
    given = dt.datetime(2026, 11, 22, 7, 55, tzinfo=oslo)
    assert check_help_requested_at(given, given) is None  # asked for and given at once
    assert check_help_requested_at(given - dt.timedelta(days=2), given) is None  # a call-out
    assert check_help_requested_at(given + dt.timedelta(seconds=1), given) == AFTER_SENTENCE
    # Without the event time only what cannot be stored is checked (a draft saving).
    assert check_help_requested_at(given + dt.timedelta(days=1)) is None
    assert check_help_requested_at(given.replace(tzinfo=None)) == (
        "The time help was asked for has no time zone.")
    assert check_help_requested_at(dt.datetime(1899, 12, 31, 23, 0, tzinfo=UTC), given) == (
        "The time help was asked for must be between the years 1900 and 2100; check the date.")
    assert check_help_requested_at(dt.datetime(1900, 1, 1, tzinfo=UTC), given) is None


def test_a_clock_reading_the_clinic_never_saw_is_not_moved_an_hour() -> None:
    """Typed times (``journal write --when/--asked``) are the clinic's clock: on 29.03.2026
    Oslo's clocks went from 02:00 to 03:00, so 02:30 never happened there."""
    oslo = ZoneInfo("Europe/Oslo")
    assert wall_clock_moment(dt.datetime(2026, 3, 29, 2, 30), oslo) is None
    assert wall_clock_moment(dt.datetime(2026, 3, 29, 1, 59), oslo) == dt.datetime(
        2026, 3, 29, 0, 59, tzinfo=UTC)
    assert wall_clock_moment(dt.datetime(2026, 3, 29, 3, 0), oslo) == dt.datetime(
        2026, 3, 29, 1, 0, tzinfo=UTC)
    # 25.10.2026 02:30 came twice (summer time ended at 03:00): the first, still +02:00.
    assert wall_clock_moment(dt.datetime(2026, 10, 25, 2, 30), oslo) == dt.datetime(
        2026, 10, 25, 0, 30, tzinfo=UTC)
    assert wall_clock_moment(dt.datetime(2026, 11, 22, 7, 55), oslo) == dt.datetime(
        2026, 11, 22, 6, 55, tzinfo=UTC)
