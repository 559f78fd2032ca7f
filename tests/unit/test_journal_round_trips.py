"""Saving, signing and correcting in few statements (issue 9), with the same rows and hashes
on both engines.

On PostgreSQL each is one call to a server function (vetdesk/db/security/journal_writes.py)
after at most one read; SQLite keeps the table-by-table path. The hashes below are written
down once and must come out the same on both engines: the server hashes the canonical text
the program renders, with the chain position it finds at the tip.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

import pytest
from sqlalchemy import event, select

from tests.support.journal_data import Patient, add_patient, consultation
from tests.support.staff import signed_in
from vetdesk.clock import FixedClock
from vetdesk.db.models import JournalVersion, Reminder
from vetdesk.domain.codes import JournalKind, RecallRuleKind
from vetdesk.domain.integrity import (
    canonical_json,
    journal_version_content,
    journal_version_content_parts,
)
from vetdesk.errors import ConflictError
from vetdesk.services.context import ServiceContext
from vetdesk.services.integrity import verify_all
from vetdesk.services.journal import (
    Correction,
    DraftInput,
    add_draft_attachment,
    correct_entry,
    entry_detail,
    save_draft,
    server_writes,
    sign_draft,
)
from vetdesk.services.journal import records as journal_records
from vetdesk.services.messaging.recall_rules import RuleInput, save_rule
from vetdesk.services.permissions import Actor

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
DRAFT_ID = uuid.UUID("0b5e55ed-0000-4000-8000-000000000001")
SIGN_VERSION_ID = uuid.UUID("0b5e55ed-0000-4000-8000-0000000000a1")
CORRECT_VERSION_ID = uuid.UUID("0b5e55ed-0000-4000-8000-0000000000a2")
FILE_ID = uuid.UUID("0b5e55ed-0000-4000-8000-0000000000f1")
WHEN = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def patient(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx)


@contextmanager
def _statements(ctx: ServiceContext) -> Iterator[list[str]]:
    sent: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        sent.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", note)


def _fixed_version_ids(monkeypatch: pytest.MonkeyPatch, *ids: uuid.UUID) -> None:
    """The next new versions get these ids, whichever engine's path makes them."""
    queue = list(ids)
    fake = types.SimpleNamespace(uuid4=lambda: queue.pop(0), UUID=uuid.UUID)
    monkeypatch.setattr(server_writes, "uuid", fake)
    monkeypatch.setattr(journal_records, "uuid", fake)


def test_signing_and_correcting_hash_alike_on_both_engines(
    ctx: ServiceContext, vet: Actor, manager: Actor, patient: Patient, clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = consultation(patient.animal_id, WHEN, draft_id=DRAFT_ID)
    form = dataclasses.replace(form, help_requested_at=WHEN - dt.timedelta(hours=2))
    save_draft(ctx, vet, form)
    add_draft_attachment(ctx, vet, DRAFT_ID, "røntgen.png", PNG, attachment_id=FILE_ID)
    _fixed_version_ids(monkeypatch, SIGN_VERSION_ID, CORRECT_VERSION_ID)
    signed = sign_draft(ctx, vet, DRAFT_ID)
    current = entry_detail(ctx, vet, DRAFT_ID).current
    corrected = correct_entry(ctx, vet, Correction(
        DRAFT_ID, 1, WHEN, {**current.content, "findings": "Øm over kneet. \"chain_seq\":0,"},
        "Feil i funn", weight_kg=Decimal("31.45"), temperature_c=Decimal("38.6"),
    ))
    assert (signed.version_id, corrected.version_id) == (SIGN_VERSION_ID, CORRECT_VERSION_ID)
    assert signed.hash == "2ab4c2617429e4de444d463383ac8258162d356291f42ddc72b6741dbb6a0e4c"
    assert corrected.hash == "ad00693803a9062515a1225d72b541b084aba3d5f8035b6bc11db7262ab6832e"
    with ctx.db.reading() as session:
        stored = session.execute(
            select(JournalVersion.version_no, JournalVersion.chain_seq, JournalVersion.hash,
                   JournalVersion.help_requested_at, JournalVersion.weight_kg)
            .order_by(JournalVersion.version_no)).all()
    assert [tuple(row) for row in stored] == [
        (1, 1, signed.hash, WHEN - dt.timedelta(hours=2), Decimal("31.400")),
        (2, 2, corrected.hash, WHEN - dt.timedelta(hours=2), Decimal("31.450")),
    ]
    assert verify_all(ctx, manager).ok


@pytest.mark.pg_only  # SQLite checks and signs under its one write lock
def test_a_draft_changed_after_it_was_checked_is_not_signed(
    ctx: ServiceContext, vet: Actor, patient: Patient, clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = consultation(patient.animal_id, clock.now() - dt.timedelta(minutes=5))
    save_draft(ctx, vet, form)
    with ctx.db.reading() as session:
        checked = server_writes.draft_to_sign(session, form.id)
    clock.advance(dt.timedelta(seconds=5))
    elsewhere = {**form.content, "plan": "Endret i et annet vindu."}
    save_draft(ctx, vet, dataclasses.replace(form, content=elsewhere))
    monkeypatch.setattr(server_writes, "draft_to_sign", lambda _session, _id: checked)
    with pytest.raises(ConflictError, match="changed this entry a moment ago"):
        sign_draft(ctx, vet, form.id)
    monkeypatch.undo()
    assert sign_draft(ctx, vet, form.id).version_no == 1


@pytest.mark.pg_only  # round trips cost nothing on a local file
def test_each_write_is_one_call_after_at_most_one_read(
    ctx: ServiceContext, vet: Actor, patient: Patient, clock: FixedClock,
) -> None:
    form = consultation(patient.animal_id, clock.now() - dt.timedelta(minutes=5))
    with _statements(ctx) as first_save:
        save_draft(ctx, vet, form)
    with _statements(ctx) as save_again:
        save_draft(ctx, vet, dataclasses.replace(form, content={**form.content, "plan": "Ro"}))
    with _statements(ctx) as signing:
        sign_draft(ctx, vet, form.id)
    current = entry_detail(ctx, vet, form.id).current
    with _statements(ctx) as correcting:
        correct_entry(ctx, vet, Correction(
            form.id, 1, current.event_time, {**current.content, "plan": "Kontroll"}, "Tillegg",
            weight_kg=current.weight_kg, temperature_c=current.temperature_c))
    assert [len(first_save), len(save_again), len(signing), len(correcting)] == [1, 1, 2, 2]
    assert "vetdesk_sign_draft" in signing[1]
    assert "vetdesk_add_journal_version" in correcting[1]


def _vaccination(animal_id: int, when: dt.datetime, due: str) -> DraftInput:
    return DraftInput(
        id=uuid.uuid4(), animal_id=animal_id, kind=JournalKind.VACCINATION, event_time=when,
        content={"product": "Nobivac DHPPi", "batch": "A123-45", "next_due_on": due},
    )


def _recall(patient: Patient, title: str, due: dt.date, created: dt.datetime) -> Reminder:
    return Reminder(animal_id=patient.animal_id, client_id=patient.client_id,
                    kind="vaccination", title=title, due_on=due, created_at=created)


def test_a_vaccination_and_an_operation_write_their_recalls_alike_on_both_engines(
    ctx: ServiceContext, vet: Actor, patient: Patient, clock: FixedClock,
) -> None:
    """The recalls are decided from the same facts on both paths (journal/recalls.py): on
    PostgreSQL they are written in the signing statement, on SQLite table by table."""
    save_rule(ctx, vet, RuleInput(RecallRuleKind.POSTOP, 10))
    save_rule(ctx, vet, RuleInput(RecallRuleKind.VACCINATION, 36, product="Nobivac DHP",
                                  vaccine_group="DHPPi"))
    save_rule(ctx, vet, RuleInput(RecallRuleKind.VACCINATION, 12, product="Nobivac DHPPi",
                                  vaccine_group="DHPPi"))
    now = clock.now()
    with ctx.db.transaction() as session:
        session.add_all([
            _recall(patient, "Vaksinasjon: Nobivac DHP", dt.date(2027, 3, 1), now),  # group
            _recall(patient, "Vaksinasjon: Nobivac L4", dt.date(2026, 12, 15), now),  # other
            _recall(patient, "Vaccination: Nobivac DHPPi", dt.date(2026, 12, 1), now),  # same
        ])
    given = _vaccination(patient.animal_id, now - dt.timedelta(hours=1), "")
    save_draft(ctx, vet, given)
    vaccinated = sign_draft(ctx, vet, given.id)
    surgery = DraftInput(id=uuid.uuid4(), animal_id=patient.animal_id,
                         kind=JournalKind.PROCEDURE, event_time=now - dt.timedelta(minutes=30),
                         content={"procedure": "Fjerning av  tannstein", "description": "Ok."})
    save_draft(ctx, vet, surgery)
    operated = sign_draft(ctx, vet, surgery.id)
    with ctx.db.reading() as session:
        recalls = [(r.title, r.kind, r.due_on.isoformat(), r.status, r.journal_entry_id,
                    r.completed_at) for r in session.execute(
                        select(Reminder).order_by(Reminder.id)).scalars()]
    assert len(vaccinated.completed_recalls) == 2 and operated.completed_recalls == ()
    assert (vaccinated.new_recall_id, operated.new_recall_id) == (4, 5)
    assert recalls == [
        ("Vaksinasjon: Nobivac DHP", "vaccination", "2027-03-01", "done", given.id, now),
        ("Vaksinasjon: Nobivac L4", "vaccination", "2026-12-15", "due", None, None),
        ("Vaccination: Nobivac DHPPi", "vaccination", "2026-12-01", "done", given.id, now),
        ("Vaccination: Nobivac DHPPi", "vaccination", "2027-11-22", "due", given.id, None),
        ("Post-operative check: Fjerning av tannstein", "postop", "2026-12-02", "due",
         surgery.id, None),
    ]


@pytest.mark.pg_only  # round trips cost nothing on a local file
def test_a_vaccination_or_an_operation_is_signed_in_two_statements(
    ctx: ServiceContext, vet: Actor, patient: Patient, clock: FixedClock,
) -> None:
    """As the vet's own login role: the recalls are written with her own grants."""
    save_rule(ctx, vet, RuleInput(RecallRuleKind.POSTOP, 14))
    first = _vaccination(patient.animal_id, clock.now() - dt.timedelta(days=1), "2027-11-20")
    booster = _vaccination(patient.animal_id, clock.now() - dt.timedelta(hours=1), "2027-11-21")
    surgery = DraftInput(id=uuid.uuid4(), animal_id=patient.animal_id,
                         kind=JournalKind.PROCEDURE, event_time=clock.now(),
                         content={"procedure": "Kastrasjon", "description": "Ok."})
    with signed_in(ctx, vet) as desk:
        save_draft(desk, vet, first)
        with _statements(desk) as vaccinating:
            made = sign_draft(desk, vet, first.id)
        save_draft(desk, vet, booster)
        with _statements(desk) as completing:
            completed = sign_draft(desk, vet, booster.id)
        save_draft(desk, vet, surgery)
        with _statements(desk) as operating:
            operated = sign_draft(desk, vet, surgery.id)
    assert [len(vaccinating), len(completing), len(operating)] == [2, 2, 2]
    assert all("vetdesk_sign_draft" in sent[1] and "INSERT INTO reminders" in sent[1]
               for sent in (vaccinating, completing, operating))
    assert completed.completed_recalls == (made.new_recall_id,)
    with ctx.db.reading() as session:
        recalls = [(r.id, r.title, r.due_on.isoformat(), r.status) for r in session.execute(
            select(Reminder).order_by(Reminder.id)).scalars()]
    assert recalls == [
        (made.new_recall_id, "Vaccination: Nobivac DHPPi", "2027-11-20", "done"),
        (completed.new_recall_id, "Vaccination: Nobivac DHPPi", "2027-11-21", "due"),
        (operated.new_recall_id, "Post-operative check: Kastrasjon", "2026-12-06", "due"),
    ]


def test_the_split_canonical_text_joins_to_the_whole_whatever_was_typed() -> None:
    version = {
        "id": SIGN_VERSION_ID, "entry_id": DRAFT_ID, "animal_id": 3, "version_no": 1,
        "action": "sign", "event_time": WHEN, "help_requested_at": WHEN,
        "content": {"anamnesis": '"chain_seq":0,', "chain_seq": "0"}, "weight_kg": None,
        "temperature_c": None, "confidential": False, "reason": None, "requested_by": "clinic",
        "author_id": 2, "created_at": WHEN, "chain_seq": 41,
    }
    entry = {"kind": "note", "author_id": 2, "started_at": WHEN, "signed_at": WHEN,
             "signed_by_id": 2, "auto_locked": False}
    head, tail = journal_version_content_parts(version, entry, ["ab" * 32])
    assert head + "41" + tail == canonical_json(journal_version_content(version, entry,
                                                                        ["ab" * 32]))
    assert head.endswith(f'"attachments":["{"ab" * 32}"],"author_id":2,"chain_seq":')
