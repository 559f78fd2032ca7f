"""The retention purge deletes hash-chained rows and the chains still verify (issue 10).

The clinic's story: in November 2014 Gammel (a dog born 1995, long presumed dead) had two
entries signed, one with an X-ray, a prescription and medicine given, a referral to a
specialist that sent the first entry and the X-ray, and a draft left unsigned (with a file);
Ung (born 2012, alive) had an entry and a prescription, a lab request and a draft, and another
entry in 2026. On 22 November 2026 the manager purges: Gammel's whole chain goes (no entry for
ten years, older than a dog lives) with the referral and the draft, and the audit rows older
than ten years (the clinic's default) go, the first kept row anchored on the last deleted one.
Ung's chain, lab request and draft are not touched.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import threading
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError

from tests.conftest import START, make_user
from tests.support.journal_data import add_patient, consultation, write_and_sign
from tests.support.pharmacy import form_for, load_sample, one_item
from tests.support.staff import signed_in
from tests.support.tamper import execute_raw, guards_off
from vetdesk import i18n
from vetdesk.clock import FixedClock
from vetdesk.db.models import (
    AuditEvent,
    ChainPurge,
    JournalAttachment,
    JournalDraft,
    JournalDraftAttachment,
    JournalEntry,
    JournalVersion,
    MedicineAdministration,
    Prescription,
    Referral,
    ReferralItem,
    User,
)
from vetdesk.db.opening import open_database
from vetdesk.domain.codes import AuditAction, ReferralKind, Role
from vetdesk.domain.integrity import (
    AUDIT_HASHED_FIELDS,
    GENESIS_HASH,
    chained_hash,
    hashed_content,
)
from vetdesk.errors import ValidationError
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.integrity import ChainTip, verify_all
from vetdesk.services.journal import add_draft_attachment, save_draft, sign_draft
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy.giving import record_given
from vetdesk.services.pharmacy.issuing import issue_prescription
from vetdesk.services.pharmacy.types import GivenInput
from vetdesk.services.privacy import chain_purge
from vetdesk.services.privacy.anonymize import anonymized_copy
from vetdesk.services.privacy.retention import Purged, purge_retention, retention_due
from vetdesk.services.privacy.setting_keys import AUDIT_YEARS
from vetdesk.services.referrals.parties import add_party
from vetdesk.services.referrals.sending import send_referral
from vetdesk.services.referrals.types import PartyInput, ReferralInput
from vetdesk.services.settings.store import change_setting

METACAM = "084512"  # meloksikam, in the sample catalogue
PNG = b"\x89PNG\r\n\x1a\n" + b"\x05" * 40
TWELVE_YEARS_AGO = dt.datetime(2014, 11, 22, 7, 55, tzinfo=dt.UTC)


@pytest.fixture
def clock() -> FixedClock:
    # The clinic's staff and first records date from 2014; the story moves on to START.
    return FixedClock(TWELVE_YEARS_AGO)


@dataclasses.dataclass(frozen=True)
class Story:
    gammel: int
    ung: int
    # The newest audit row written in 2014 (the last one the purge may delete).
    last_old_event: int
    last_old_hash: str
    # Ung's versions (id hex → hash) before the purge.
    ung_versions: dict[str, str]
    ung_old_entry: uuid.UUID
    ung_new_entry: uuid.UUID
    ung_prescription: uuid.UUID
    # Gammel's referral and Ung's lab request; Gammel's and Ung's unsigned drafts.
    gammel_referral: uuid.UUID
    ung_lab_request: uuid.UUID
    gammel_draft: uuid.UUID
    ung_draft: uuid.UUID


def _date_setup_back(db_url: str) -> None:
    """On PostgreSQL the server stamps the staff accounts' events with its own clock (today),
    which a test cannot turn back: date them 2014 like the rest of the story, and link the
    chain again, as if the clinic had set up then. (SQLite's are 2014 already.)"""
    with guards_off(db_url) as conn:
        rows = conn.execute(select(AuditEvent.__table__).order_by(AuditEvent.id)).mappings()
        prev = GENESIS_HASH
        for row in list(rows):
            values = dict(row)
            if values["occurred_at"] > TWELVE_YEARS_AGO + dt.timedelta(days=1):
                values["occurred_at"] = TWELVE_YEARS_AGO
            digest = chained_hash(prev, hashed_content(values, AUDIT_HASHED_FIELDS))
            conn.execute(update(AuditEvent).where(AuditEvent.id == values["id"]).values(
                occurred_at=values["occurred_at"], prev_hash=prev, hash=digest))
            prev = digest


@pytest.fixture
def story(ctx: ServiceContext, vet: Actor, manager: Actor, clock: FixedClock,
          db_url: str) -> Story:
    _date_setup_back(db_url)
    gammel = add_patient(ctx, name="Gammel", birth_date=dt.date(1995, 1, 1)).animal_id
    ung = add_patient(ctx, name="Ung", birth_date=dt.date(2012, 1, 1)).animal_id
    form = consultation(gammel, ctx.clock.now())
    save_draft(ctx, vet, form)
    x_ray = add_draft_attachment(ctx, vet, form.id, "røntgen.png", PNG)
    sign_draft(ctx, vet, form.id, accept_warnings=True)
    specialist = add_party(ctx, vet, PartyInput("Dyresykehuset Bekkestua")).id
    lab = add_party(ctx, vet, PartyInput("Vetlab Norge", is_laboratory=True)).id
    gammel_referral = send_referral(ctx, vet, ReferralInput(
        id=uuid.uuid4(), animal_id=gammel, recipient_id=specialist,
        kind=ReferralKind.REFERRAL, reason="Halthet høyre bakben", owner_consented=True,
        clinical_summary="Positiv skuffetest.", entry_ids=(form.id,),
        attachment_ids=(x_ray.id,))).id
    clock.advance(dt.timedelta(hours=1))
    write_and_sign(ctx, vet, consultation(gammel, ctx.clock.now()))
    clock.advance(dt.timedelta(hours=1))
    old_entry = write_and_sign(ctx, vet, consultation(ung, ctx.clock.now()))
    ung_lab_request = send_referral(ctx, vet, ReferralInput(
        id=uuid.uuid4(), animal_id=ung, recipient_id=lab, kind=ReferralKind.LAB,
        reason="Kontroll", owner_consented=True, samples="Blodprøve", question="Hematologi",
        entry_ids=(old_entry,))).id
    # Drafts left unsigned (as after a crash): Gammel's with a file.
    gammel_draft = consultation(gammel, ctx.clock.now())
    save_draft(ctx, vet, gammel_draft)
    add_draft_attachment(ctx, vet, gammel_draft.id, "ultralyd.png", PNG)
    ung_draft = consultation(ung, ctx.clock.now())
    save_draft(ctx, vet, ung_draft)
    drugs = load_sample(ctx)
    clock.advance(dt.timedelta(hours=1))
    issue_prescription(ctx, vet, form_for(gammel, one_item(drugs[METACAM])))
    record_given(ctx, vet, GivenInput(
        id=uuid.uuid4(), animal_id=gammel, drug_id=drugs[METACAM], amount=Decimal("1.5"),
        amount_unit="ml", given_at=dt.datetime(2014, 11, 22, 10, 30)))
    ung_prescription = issue_prescription(ctx, vet, form_for(ung, one_item(drugs[METACAM]))).id
    with ctx.db.reading() as session:
        last_old_event, last_old_hash = session.execute(
            select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).one()
    clock.advance(START - clock.now())
    new_entry = write_and_sign(ctx, vet, consultation(ung, ctx.clock.now()))
    return Story(gammel, ung, last_old_event, last_old_hash, _versions(ctx, ung), old_entry,
                 new_entry, ung_prescription, gammel_referral, ung_lab_request,
                 gammel_draft.id, ung_draft.id)


def _versions(ctx: ServiceContext, animal_id: int) -> dict[str, str]:
    with ctx.db.reading() as session:
        return {version_id.hex: digest for version_id, digest in session.execute(
            select(JournalVersion.id, JournalVersion.hash)
            .where(JournalVersion.animal_id == animal_id))}


def _count(ctx: ServiceContext, model: type, *where: object) -> int:
    with ctx.db.reading() as session:
        return int(session.execute(
            select(func.count()).select_from(model).where(*where)).scalar_one())


def _purge(ctx: ServiceContext, manager: Actor, engine_name: str,
           audit_years: int | None = None) -> Purged:
    if engine_name == "postgresql":  # as the manager's own login role
        with signed_in(ctx, manager) as desk:
            return purge_retention(desk, manager, audit_years=audit_years)
    return purge_retention(ctx, manager, audit_years=audit_years)


def test_the_list_shows_what_the_purge_then_deletes(
    ctx: ServiceContext, manager: Actor, story: Story, engine_name: str,
) -> None:
    listed = {item.table: item.rows for item in retention_due(ctx, manager)}
    assert listed == {"journal_chains": 1, "journal_versions": 4, "journal_attachments": 1,
                      "prescriptions": 1, "medicine_given": 1, "journal_drafts": 1,
                      "referrals": 1, "invoices": 0, "messages": 0, "privacy_requests": 0,
                      "audit_events": story.last_old_event}
    purged = _purge(ctx, manager, engine_name)
    assert purged == Purged(messages=0, invoices=0, invoice_lines=0, privacy_requests=0,
                            journal_chains=1, journal_versions=4, journal_entries=4,
                            journal_attachments=1, prescriptions=1,
                            audit_events=story.last_old_event, journal_drafts=1, referrals=1)
    after = {item.table: item.rows for item in retention_due(ctx, manager)}
    assert set(after.values()) == {0}


def test_purge_then_verify_passes_and_the_kept_chain_is_untouched(
    ctx: ServiceContext, manager: Actor, story: Story, engine_name: str,
) -> None:
    _purge(ctx, manager, engine_name)
    for model in (JournalVersion, JournalEntry):
        assert _count(ctx, model, model.animal_id == story.gammel) == 0
    assert _count(ctx, JournalAttachment) == 0  # Gammel's X-ray, file and row
    assert _count(ctx, MedicineAdministration) == 0  # the medicine given, with its note
    # Gammel's referral (with what it sent) and unsigned draft (with its file) went too;
    # Ung's lab request and draft stay.
    with ctx.db.reading() as session:
        referrals = set(session.execute(select(Referral.id)).scalars())
        items = set(session.execute(select(ReferralItem.referral_id)).scalars())
        drafts = set(session.execute(select(JournalDraft.id)).scalars())
    assert referrals == items == {story.ung_lab_request}
    assert drafts == {story.ung_draft}
    assert _count(ctx, JournalDraftAttachment) == 0
    # Nothing of Ung's chain changed: the same versions with the same hashes.
    assert _versions(ctx, story.ung) == story.ung_versions

    with ctx.db.reading() as session:
        first_kept = session.execute(select(func.min(AuditEvent.id))).scalar_one()
        cuts = session.execute(select(
            ChainPurge.chain, ChainPurge.animal_id, ChainPurge.first_seq, ChainPurge.last_seq,
            ChainPurge.rows, ChainPurge.rule, ChainPurge.purged_by_id,
        ).order_by(ChainPurge.chain)).all()
        purge_event = session.execute(select(AuditEvent.username, AuditEvent.details).where(
            AuditEvent.entity_type == "retention_purge")).one()
        note, rx_hash = session.execute(select(Prescription.journal_entry_id, Prescription.hash)
                                        .where(Prescription.id == story.ung_prescription)).one()
        note_version = session.execute(select(JournalVersion.id).where(
            JournalVersion.entry_id == note)).scalar_one().hex
        animals_with_prescriptions = set(session.execute(
            select(Prescription.animal_id)).scalars())
    assert animals_with_prescriptions == {story.ung}
    assert first_kept == story.last_old_event + 1
    assert [tuple(cut) for cut in cuts] == [
        ("audit", None, 1, story.last_old_event, story.last_old_event, "audit",
         manager.user_id),
        ("journal", story.gammel, 1, 4, 4, "journal", manager.user_id),
    ]
    assert purge_event.username == manager.username
    # What only deleted rows anchored is carried forward, ids and hashes: Ung's chain by its
    # newest version anchored there (the prescription's note), and Ung's prescription.
    assert purge_event.details["chain_tips"] == {
        str(story.ung): f"{note_version}:{story.ung_versions[note_version]}"}
    assert purge_event.details["prescription_hashes"] == {
        story.ung_prescription.hex: f"{story.ung}:{rx_hash}"}
    assert list(purge_event.details["purged_journals"]) == [str(story.gammel)]
    report = verify_all(ctx, manager)
    assert report.first_break is None, str(report.first_break)
    assert report.journal_versions == 3
    assert report.attachments == 0
    # A second purge finds nothing more, and the chain still verifies from the cut.
    again = _purge(ctx, manager, engine_name)
    assert (again.journal_chains, again.audit_events) == (0, 0)
    assert verify_all(ctx, manager).ok


def test_a_journal_purged_while_its_audit_events_are_kept_still_verifies(
    ctx: ServiceContext, manager: Actor, story: Story, engine_name: str,
) -> None:
    """The audit log kept 30 years: the events that recorded Gammel's versions stay, and
    name versions that are gone; the purge record excuses exactly those."""
    purged = _purge(ctx, manager, engine_name, audit_years=30)
    assert (purged.journal_chains, purged.journal_versions, purged.audit_events) == (1, 4, 0)
    report = verify_all(ctx, manager)
    assert report.first_break is None, str(report.first_break)
    # The referral went with the journal; the audit log's record of its disclosure stays.
    assert _count(ctx, Referral, Referral.id == story.gammel_referral) == 0
    with ctx.db.reading() as session:
        disclosed = session.execute(select(AuditEvent.action, AuditEvent.animal_id).where(
            AuditEvent.entity_id == story.gammel_referral.hex)).all()
    assert [tuple(row) for row in disclosed] == [("disclosure.referral", story.gammel)]
    # Without the purge record, the same state is a removal behind the program's back.
    with ctx.db.transaction() as session:
        session.execute(delete(ChainPurge))
    report = verify_all(ctx, manager)
    assert report.first_break is not None
    assert report.first_break.table == "audit_events"
    assert "which is missing" in report.first_break.reason


@pytest.mark.parametrize("table", ["journal_versions", "journal_entries", "audit_events"])
def test_the_guards_hold_again_after_the_purge(
    ctx: ServiceContext, manager: Actor, story: Story, db_url: str, engine_name: str,
    table: str,
) -> None:
    """SQLite lifts the guards inside the purge's transaction only; PostgreSQL's let a
    DELETE through only inside the function. Afterwards the owner is refused again."""
    _purge(ctx, manager, engine_name)
    with pytest.raises((sqlite3.DatabaseError, psycopg.Error)) as refused:
        execute_raw(db_url, f"DELETE FROM {table}")
    assert "append-only" in str(refused.value)


def test_a_tip_written_down_at_the_cut_is_still_checked(
    ctx: ServiceContext, manager: Actor, story: Story, engine_name: str,
) -> None:
    _purge(ctx, manager, engine_name)
    right = ChainTip(story.last_old_event, story.last_old_hash)
    assert verify_all(ctx, manager, expected_tip=right).ok
    wrong = ChainTip(story.last_old_event, "0123456789abcdef")
    report = verify_all(ctx, manager, expected_tip=wrong)
    assert report.first_break is not None
    assert report.first_break.row_id == str(story.last_old_event)
    assert report.first_break.against_tip


def test_a_kept_version_changed_after_the_purge_is_named(
    ctx: ServiceContext, manager: Actor, story: Story, db_url: str, engine_name: str,
) -> None:
    _purge(ctx, manager, engine_name)
    with guards_off(db_url) as conn:
        conn.execute(update(JournalVersion).where(JournalVersion.entry_id == story.ung_new_entry)
                     .values(reason="endret"))
    report = verify_all(ctx, manager)
    assert report.first_break is not None
    assert report.first_break.table == "journal_versions"
    assert story.ung_new_entry.hex in report.first_break.row_id


def test_a_kept_prescription_changed_after_the_purge_is_named(
    ctx: ServiceContext, manager: Actor, story: Story, db_url: str, engine_name: str,
) -> None:
    """Its issuing event was deleted: the hash carried forward still holds it."""
    _purge(ctx, manager, engine_name)
    with guards_off(db_url) as conn:
        conn.execute(update(Prescription).where(Prescription.id == story.ung_prescription)
                     .values(notes="endret"))
    report = verify_all(ctx, manager)
    assert report.first_break is not None
    assert (report.first_break.table, report.first_break.row_id) == (
        "prescriptions", story.ung_prescription.hex)


def test_the_first_kept_audit_row_changed_after_the_purge_is_named(
    ctx: ServiceContext, manager: Actor, story: Story, db_url: str, engine_name: str,
) -> None:
    _purge(ctx, manager, engine_name)
    first_kept = story.last_old_event + 1
    with guards_off(db_url) as conn:
        conn.execute(update(AuditEvent).where(AuditEvent.id == first_kept)
                     .values(workstation="elsewhere"))
    report = verify_all(ctx, manager)
    assert report.first_break is not None
    assert (report.first_break.table, report.first_break.row_id) == (
        "audit_events", str(first_kept))


def test_audit_rows_deleted_outside_the_purge_are_found(
    ctx: ServiceContext, manager: Actor, story: Story, db_url: str,
) -> None:
    """No purge at all: the oldest rows deleted directly leave the chain without a start."""
    with guards_off(db_url) as conn:
        conn.execute(delete(AuditEvent).where(AuditEvent.id <= story.last_old_event))
    report = verify_all(ctx, manager)
    assert report.first_break is not None
    assert (report.first_break.table, report.first_break.row_id) == ("audit_events", "1")


def test_more_audit_rows_deleted_after_a_purge_are_found(
    ctx: ServiceContext, manager: Actor, story: Story, db_url: str, engine_name: str,
) -> None:
    _purge(ctx, manager, engine_name)
    first_kept = story.last_old_event + 1
    with guards_off(db_url) as conn:
        conn.execute(delete(AuditEvent).where(AuditEvent.id == first_kept))
    report = verify_all(ctx, manager)
    assert report.first_break is not None
    assert (report.first_break.table, report.first_break.row_id) == (
        "audit_events", str(first_kept))


def test_a_kept_chain_deleted_directly_is_found_even_with_a_forged_purge_record(
    ctx: ServiceContext, manager: Actor, story: Story, db_url: str, engine_name: str,
) -> None:
    _purge(ctx, manager, engine_name)
    with guards_off(db_url) as conn:
        entries = select(JournalEntry.id).where(JournalEntry.animal_id == story.ung)
        conn.execute(delete(JournalVersion).where(JournalVersion.animal_id == story.ung))
        conn.execute(delete(JournalEntry).where(JournalEntry.id.in_(entries)))
    report = verify_all(ctx, manager)
    assert report.first_break is not None
    assert report.first_break.table == "audit_events"
    assert "which is missing" in report.first_break.reason
    # Claiming that a purge took it: no audit event recorded that purge.
    with ctx.db.reading() as session:
        newest = session.execute(select(func.max(AuditEvent.id))).scalar_one()
    with guards_off(db_url) as conn:
        conn.execute(insert(ChainPurge).values(
            chain="journal", animal_id=story.ung, first_seq=1, last_seq=2, rows=2,
            last_hash="0" * 64, counts={}, rule="journal", cutoff=START, purged_at=START,
            purged_by_id=manager.user_id, audit_event_id=newest + 100))
    report = verify_all(ctx, manager)
    assert report.first_break is not None
    assert report.first_break.table == "chain_purges"


def test_a_kept_file_deleted_directly_is_found(
    ctx: ServiceContext, manager: Actor, vet: Actor, story: Story, db_url: str,
    engine_name: str,
) -> None:
    form = consultation(story.ung, ctx.clock.now())
    save_draft(ctx, vet, form)
    add_draft_attachment(ctx, vet, form.id, "ultralyd.png", PNG)
    sign_draft(ctx, vet, form.id, accept_warnings=True)
    _purge(ctx, manager, engine_name)
    assert _count(ctx, JournalAttachment) == 1  # Ung's file stays
    assert verify_all(ctx, manager).ok
    with guards_off(db_url) as conn:
        conn.execute(delete(JournalAttachment))
    report = verify_all(ctx, manager)
    assert report.first_break is not None
    assert form.id.hex in report.first_break.row_id


def test_the_audit_cut_changed_behind_the_purge_is_found(
    ctx: ServiceContext, manager: Actor, story: Story, db_url: str, engine_name: str,
) -> None:
    """Moving the recorded cut (to hide more deleted rows) disagrees with the purge's own
    audit row."""
    _purge(ctx, manager, engine_name)
    with guards_off(db_url) as conn:
        kept = conn.execute(select(AuditEvent.hash).where(
            AuditEvent.id == story.last_old_event + 1)).scalar_one()
        conn.execute(delete(AuditEvent).where(AuditEvent.id == story.last_old_event + 1))
        conn.execute(update(ChainPurge).where(ChainPurge.chain == "audit").values(
            last_seq=story.last_old_event + 1, last_hash=kept,
            rows=story.last_old_event + 1))
    report = verify_all(ctx, manager)
    assert report.first_break is not None
    assert report.first_break.table == "chain_purges"


@pytest.mark.pg_only
@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.NURSE, Role.VETERINARIAN])
def test_staff_roles_cannot_call_the_purge_function(
    ctx: ServiceContext, manager: Actor, story: Story, role: Role,
) -> None:
    extra = {"hpr_number": "7654321"} if role is Role.VETERINARIAN else {}
    actor = make_user(ctx, f"purge_{role.value[:5]}", role, full_name="Prøve Person", **extra)
    before = _versions(ctx, story.gammel)
    call = text("SELECT * FROM vetdesk_retention_purge(:old, :old, :old, :old, "
                "ARRAY[:animal], 'desk')")
    params = {"old": dt.datetime(2000, 1, 1, tzinfo=dt.UTC), "animal": story.gammel}
    with signed_in(ctx, actor) as desk, desk.db.transaction() as session:
        with pytest.raises(DBAPIError) as refused:
            session.execute(call, params)
        assert "permission denied for function" in str(refused.value)
    signature = ("vetdesk_retention_purge(timestamptz, timestamptz, timestamptz, timestamptz, "
                 "integer[], text)")
    grant = ("DO $$ BEGIN EXECUTE format('{0} EXECUTE ON FUNCTION " + signature + " {1} %I', "
             f"lower(current_database() || '_{role.value}')); END $$")
    with ctx.db.transaction() as session:
        session.execute(text(grant.format("GRANT", "TO")))
    try:
        with signed_in(ctx, actor) as desk, desk.db.transaction() as session:
            with pytest.raises(DBAPIError) as refused:
                session.execute(call, params)
            assert "may not purge data past its retention" in str(refused.value)
    finally:
        with ctx.db.transaction() as session:
            session.execute(text(grant.format("REVOKE", "FROM")))
    # Nor may they delete past the function, flag or not.
    with signed_in(ctx, actor) as desk, desk.db.transaction() as session:
        session.execute(text("SET LOCAL vetdesk.retention_purge = 'on'"))
        with pytest.raises(DBAPIError):
            session.execute(delete(JournalVersion).where(
                JournalVersion.animal_id == story.gammel))
    assert _versions(ctx, story.gammel) == before


@pytest.mark.pg_only
def test_the_server_refuses_an_animal_not_past_its_retention(
    ctx: ServiceContext, manager: Actor, story: Story,
) -> None:
    old = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    with signed_in(ctx, manager) as desk, desk.db.transaction() as session:
        with pytest.raises(DBAPIError) as refused:
            session.execute(text(
                "SELECT * FROM vetdesk_retention_purge(:old, :old, :old, :old, "
                "ARRAY[:animal], 'desk')"), {"old": old, "animal": story.ung})
        assert refused.value.orig.sqlstate == "23514"  # type: ignore[union-attr]
    assert _versions(ctx, story.ung) == story.ung_versions


def test_an_anonymised_copy_of_a_purged_clinic_is_re_sealed_from_the_cut(
    ctx: ServiceContext, manager: Actor, story: Story, engine_name: str, tmp_path: Path,
) -> None:
    """The copy's audit chain starts where the purge cut it, like the original's: re-sealed
    over the replaced usernames, it verifies (issue 10)."""
    _purge(ctx, manager, engine_name)
    out = tmp_path / "support.sqlite"
    anonymized_copy(ctx, manager, out)
    copy = open_database(f"sqlite:///{out}", now=dt.datetime.now(dt.UTC))
    try:
        with copy.reading() as session:
            first = session.execute(select(AuditEvent.id, AuditEvent.prev_hash)
                                    .order_by(AuditEvent.id).limit(1)).one()
            username = session.execute(select(User.username).where(
                User.id == manager.user_id)).scalar_one()
        assert tuple(first) == (story.last_old_event + 1, story.last_old_hash)
        report = verify_all(ServiceContext(db=copy, clock=ctx.clock),
                            dataclasses.replace(manager, username=username))
        assert report.first_break is None, str(report.first_break)
        assert report.resealed_copy_at is not None
    finally:
        copy.dispose()


@pytest.mark.pg_only
def test_an_entry_written_after_the_list_was_read_is_one_sentence_and_nothing_goes(
    ctx: ServiceContext, manager: Actor, story: Story, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As if the young dog's entry had been signed between the list and the server's check.
    listed = chain_purge.journals_due
    monkeypatch.setattr(chain_purge, "journals_due", lambda session, today: [
        *listed(session, today), chain_purge.JournalDue(story.ung, 1, dt.date(2000, 1, 1))])
    before = _versions(ctx, story.gammel)
    with pytest.raises(ValidationError) as refused:
        purge_retention(ctx, manager)
    assert str(refused.value) == (
        "Something on the list changed while it was being deleted (a journal entry was "
        "written), so nothing was deleted; show the list again and confirm.")
    assert _versions(ctx, story.gammel) == before  # the old dog's journal is still there


def _everything(ctx: ServiceContext, newest: int) -> dict[str, int]:
    """Row counts of what the purge would delete (the audit log's up to row ``newest``: on
    PostgreSQL the manager's sign-in adds one)."""
    counts = {model.__tablename__: _count(ctx, model) for model in (
        ChainPurge, JournalVersion, JournalEntry, JournalAttachment, Prescription,
        MedicineAdministration, Referral, ReferralItem, JournalDraft)}
    counts["audit_events"] = _count(ctx, AuditEvent, AuditEvent.id <= newest)
    return counts


@pytest.mark.parametrize("tampering", ["changed", "removed"])
def test_an_audit_row_tampered_with_in_the_purge_range_stops_the_purge(
    ctx: ServiceContext, manager: Actor, story: Story, db_url: str, engine_name: str,
    tampering: str,
) -> None:
    """Deleting it would destroy the evidence: the rows the purge would delete are walked as
    verify walks them first, and one that does not hold stops everything."""
    if tampering == "changed":  # an old row edited behind the program's back, hash kept
        row = story.last_old_event - 2
        with guards_off(db_url) as conn:
            conn.execute(update(AuditEvent).where(AuditEvent.id == row)
                         .values(workstation="elsewhere"))
        problem = f"audit_events row {row}: content does not match its hash"
    else:  # the newest row the purge would delete, removed
        row = story.last_old_event
        with guards_off(db_url) as conn:
            conn.execute(delete(AuditEvent).where(AuditEvent.id == row))
        problem = f"audit_events row {row}: row is missing"
    with ctx.db.reading() as session:
        newest = session.execute(select(func.max(AuditEvent.id))).scalar_one()
    before = _everything(ctx, newest)
    with pytest.raises(ValidationError) as refused:
        _purge(ctx, manager, engine_name)
    assert str(refused.value) == (
        "Nothing was deleted: the oldest audit log entries, which the purge would delete, do "
        f"not verify ({problem}); run “vetdesk verify” and find out what changed before "
        "purging.")
    assert _everything(ctx, newest) == before  # no journal, referral or audit row went
    with i18n.language("nb"), pytest.raises(ValidationError) as refused:
        _purge(ctx, manager, engine_name)
    assert str(refused.value).startswith(
        "Ingenting ble slettet: de eldste oppføringene i tilgangsloggen, som slettingen ville "
        f"fjerne, holder ikke ved kontroll (audit_events rad {row}: ")
    assert str(refused.value).endswith(
        "); kjør «vetdesk verify» og finn ut hva som er endret før du sletter.")
    # verify names the same row.
    report = verify_all(ctx, manager)
    assert report.first_break is not None
    assert str(report.first_break) == problem


def test_a_note_written_after_the_fact_counts_from_when_it_was_written(
    ctx: ServiceContext, vet: Actor, manager: Actor, clock: FixedClock, engine_name: str,
) -> None:
    """The ten years run from the last entry made in the journal (FOR-2006-02-20-229 § 6:
    "siste innførsel"): a note written in 2020 about a visit in 2014 keeps the journal until
    2030, however early the visit. Both animals were born in 1995, long presumed dead."""
    early = add_patient(ctx, name="Tidlig", birth_date=dt.date(1995, 1, 1)).animal_id
    write_and_sign(ctx, vet, consultation(early, ctx.clock.now()))
    clock.advance(dt.datetime(2020, 6, 1, 9, 0, tzinfo=dt.UTC) - clock.now())
    late = add_patient(ctx, name="Sent", birth_date=dt.date(1995, 1, 1)).animal_id
    write_and_sign(ctx, vet, consultation(late, dt.datetime(2014, 6, 1, 9, 0, tzinfo=dt.UTC)))
    clock.advance(START - clock.now())
    with ctx.db.reading() as session:
        due = chain_purge.journals_due(session, START.date())
    assert [(journal.animal_id, journal.last_entry) for journal in due] == [
        (early, dt.date(2014, 11, 22))]
    if engine_name == "postgresql":
        # The server function decides by the same rule, whatever the program asks of it.
        old = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
        with signed_in(ctx, manager) as desk, desk.db.transaction() as session:
            with pytest.raises(DBAPIError) as refused:
                session.execute(text(
                    "SELECT * FROM vetdesk_retention_purge(:old, :old, :old, :old, "
                    "ARRAY[:animal], 'desk')"), {"old": old, "animal": late})
            assert refused.value.orig.sqlstate == "23514"  # type: ignore[union-attr]


@pytest.mark.parametrize("today", ["draft", "lab request"])
def test_a_draft_or_referral_made_today_keeps_the_journal(
    ctx: ServiceContext, vet: Actor, manager: Actor, story: Story, engine_name: str,
    today: str,
) -> None:
    """Gammel is older than a dog lives and had no entry for ten years, but he came in
    today: the vet is writing a draft for him, or sent his blood to the lab. That is his
    journal in use (the last entry being made), so neither the list nor the purge takes his
    chain, nor the draft or the request with it."""
    if today == "draft":
        save_draft(ctx, vet, consultation(story.gammel, ctx.clock.now()))
    else:
        lab = add_party(ctx, vet, PartyInput("Vetlab Norge", is_laboratory=True)).id
        send_referral(ctx, vet, ReferralInput(
            id=uuid.uuid4(), animal_id=story.gammel, recipient_id=lab, kind=ReferralKind.LAB,
            reason="Kontroll", owner_consented=True, samples="Blodprøve",
            question="Hematologi"))
    listed = {item.table: item.rows for item in retention_due(ctx, manager)}
    assert (listed["journal_chains"], listed["journal_drafts"], listed["referrals"]) == (0, 0, 0)
    purged = _purge(ctx, manager, engine_name)
    assert (purged.journal_chains, purged.journal_drafts, purged.referrals) == (0, 0, 0)
    assert _count(ctx, JournalVersion, JournalVersion.animal_id == story.gammel) == 4
    assert _count(ctx, JournalDraft, JournalDraft.animal_id == story.gammel) == (
        2 if today == "draft" else 1)
    assert _count(ctx, Referral, Referral.animal_id == story.gammel) == (
        1 if today == "draft" else 2)
    assert verify_all(ctx, manager).ok


def test_the_manager_is_shown_the_drafts_of_other_authors_that_the_purge_deletes(
    ctx: ServiceContext, vet: Actor, manager: Actor, admin: Actor, story: Story,
    engine_name: str,
) -> None:
    """On PostgreSQL a draft is visible to its author alone (row-level security): the list
    the manager (or the administrator, who also handles privacy) sees still counts the vet's
    draft the purge deletes, and a draft of the vet's saved today still keeps the journal
    (its author is not the one purging)."""
    def listed(who: Actor) -> tuple[int, int]:
        if engine_name == "postgresql":  # as their own login role
            with signed_in(ctx, who) as desk:
                found = {item.table: item.rows for item in retention_due(desk, who)}
        else:
            found = {item.table: item.rows for item in retention_due(ctx, who)}
        return found["journal_chains"], found["journal_drafts"]

    assert (listed(manager), listed(admin)) == ((1, 1), (1, 1))
    save_draft(ctx, vet, consultation(story.gammel, ctx.clock.now()))
    assert (listed(manager), listed(admin)) == ((0, 0), (0, 0))
    purged = _purge(ctx, manager, engine_name)
    assert (purged.journal_chains, purged.journal_drafts) == (0, 0)


@pytest.mark.pg_only
def test_only_whoever_handles_privacy_may_count_the_drafts_of_others(
    ctx: ServiceContext, vet: Actor, receptionist: Actor, story: Story,
) -> None:
    del story
    for who in (vet, receptionist):
        with signed_in(ctx, who) as desk, desk.db.reading() as session, \
                pytest.raises(DBAPIError, match="may not count the journal drafts"):
            session.execute(text("SELECT * FROM vetdesk_journal_drafts_by_animal()")).all()


def test_the_walk_of_the_old_audit_rows_does_not_hold_up_other_desks(
    ctx: ServiceContext, manager: Actor, receptionist: Actor, story: Story, db_url: str,
    engine_name: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first purge of a large clinic walks years of audit rows. While it does, another
    desk's audited write goes through: the walk runs before the purge takes its locks (the
    audit chain's on PostgreSQL, the file's write lock on SQLite)."""
    other = ServiceContext(db=open_database(db_url, now=START), clock=FixedClock(START))
    written: list[int] = []

    def another_desk_writes() -> None:
        with other.db.transaction() as session:
            written.append(audit.record(session, other, receptionist, AuditAction.VIEW,
                                        entity_type="client", entity_id=1))

    real_walk = chain_purge.verify_audit_rows
    desk = threading.Thread(target=another_desk_writes)
    written_during_the_walk: list[int] = []

    def walk(session: Any, through: int) -> Any:
        if not desk.is_alive() and not written:
            desk.start()
            desk.join(timeout=3)
            written_during_the_walk.extend(written)
        return real_walk(session, through)

    monkeypatch.setattr(chain_purge, "verify_audit_rows", walk)
    try:
        _purge(ctx, manager, engine_name)
    finally:
        desk.join(timeout=60)
        other.db.dispose()
    assert len(written_during_the_walk) == 1
    # The row written meanwhile is newer than the cut and stays, and the chain verifies.
    assert verify_all(ctx, manager).first_break is None


def test_a_cut_moved_between_the_walk_and_the_locks_is_walked_again(
    ctx: ServiceContext, manager: Actor, admin: Actor, story: Story, db_url: str,
    engine_name: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The rows are walked before the purge's locks and, under them, again only if the cut
    moved: here the clinic kept its audit log 100 years at the walk (nothing to delete, so
    nothing walked) and another desk set 10 years before the locks. The rows the purge then
    deletes include one edited behind the program's back: it is walked and stops the purge."""
    change_setting(ctx, admin, AUDIT_YEARS, "100")
    row = story.last_old_event - 2
    with guards_off(db_url) as conn:
        conn.execute(update(AuditEvent).where(AuditEvent.id == row)
                     .values(workstation="elsewhere"))
    real_cut = chain_purge.audit_cut
    cuts: list[chain_purge.AuditCut | None] = []

    def cut_then_another_desk(session: Any, before: dt.datetime) -> Any:
        cuts.append(real_cut(session, before))
        if len(cuts) == 1:  # the walk's read: another desk changes the setting after it
            change_setting(ctx, admin, AUDIT_YEARS, "10")
        return cuts[-1]

    monkeypatch.setattr(chain_purge, "audit_cut", cut_then_another_desk)
    with ctx.db.reading() as session:
        newest = session.execute(select(func.max(AuditEvent.id))).scalar_one()
    before = _everything(ctx, newest)
    with pytest.raises(ValidationError) as refused:
        _purge(ctx, manager, engine_name)
    assert cuts[0] is None and cuts[-1] is not None  # the cut did move
    assert str(refused.value) == (
        "Nothing was deleted: the oldest audit log entries, which the purge would delete, do "
        f"not verify (audit_events row {row}: content does not match its hash); run "
        "“vetdesk verify” and find out what changed before purging.")
    assert _everything(ctx, newest) == before
