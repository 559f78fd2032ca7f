"""Issuing in two statements on PostgreSQL (issue 12), with the same rows and hashes on both
engines.

On PostgreSQL issuing is one read and one call to ``vetdesk_issue_prescription``
(vetdesk/db/security/prescribing.py); SQLite keeps the table-by-table path. The hashes below
are written down once and must come out the same on both engines.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
import types
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

import psycopg
import pytest
from sqlalchemy import event, select, text

from tests.conftest import make_user
from tests.support.journal_data import Patient, add_patient
from tests.support.pharmacy import form_for, load_sample, one_item
from tests.support.staff import raw_connection, signed_in
from vetdesk.db.models import AuditEvent, JournalVersion, Prescription, PrescriptionItem
from vetdesk.domain.codes import Role
from vetdesk.errors import PermissionDenied
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import records as journal_records
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy import issuing, server_issue
from vetdesk.services.pharmacy.issuing import issue_prescription
from vetdesk.services.pharmacy.prepared import IssueFacts
from vetdesk.services.pharmacy.types import PrescriptionInput
from vetdesk.services.verify import verify_all

PENOVET = "016683"  # cattle: meat 6, milk 6; an antimicrobial
METACAM = "084512"
Denied = psycopg.errors.InsufficientPrivilege
FORM_ID = uuid.UUID("9e5c0000-0000-4000-8000-000000000001")
ENTRY_ID = uuid.UUID("9e5c0000-0000-4000-8000-0000000000e1")
VERSION_ID = uuid.UUID("9e5c0000-0000-4000-8000-0000000000a1")


@pytest.fixture
def cow(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx, species="cattle", name="Dagros")


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


def _fixed_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """The journal note's entry and version get these ids, whichever engine's path makes
    them (the entry's id first, then the version's)."""
    queue = [ENTRY_ID, VERSION_ID]
    fake = types.SimpleNamespace(uuid4=lambda: queue.pop(0), UUID=uuid.UUID)
    monkeypatch.setattr(issuing, "uuid", fake)
    monkeypatch.setattr(journal_records, "uuid", fake)


def _form(cow: Patient, drugs: dict[str, int]) -> PrescriptionInput:
    form = form_for(
        cow.animal_id,
        one_item(drugs[PENOVET], pack_size="100 ml", withdrawal_period="Slakt: 6 døgn",
                 warnings="Fullfør kuren.", amount=Decimal("12.5"), amount_unit="ml"),
        one_item(drugs[METACAM], withdrawal_period="Slakt: 0 døgn. Melk: 0 døgn"),
        producer_number="0301-1234", production_category="milk",
        administered_by="vet", notes="Kua «Dagros» – ørlite feber.",
    )
    return dataclasses.replace(form, id=FORM_ID)


def test_issuing_hashes_alike_on_both_engines(
    ctx: ServiceContext, vet: Actor, manager: Actor, cow: Patient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    drugs = load_sample(ctx)
    _fixed_ids(monkeypatch)
    issued = issue_prescription(ctx, vet, _form(cow, drugs))
    assert (issued.id, issued.products) == (FORM_ID, ("Penovet vet.", "Metacam vet."))
    assert issued.expires_on == dt.date(2026, 11, 27)
    with ctx.db.reading() as session:
        row = session.execute(select(
            Prescription.journal_entry_id, Prescription.producer_number, Prescription.hash)
            .where(Prescription.id == FORM_ID)).one()
        items = session.execute(
            select(PrescriptionItem.product_name, PrescriptionItem.amount,
                   PrescriptionItem.amount_unit, PrescriptionItem.quantity)
            .order_by(PrescriptionItem.id)).all()
        version = session.execute(select(
            JournalVersion.id, JournalVersion.entry_id, JournalVersion.chain_seq,
            JournalVersion.hash)).one()
        details = session.execute(select(AuditEvent.details).where(
            AuditEvent.entity_type == "prescription")).scalar_one()
    assert row.journal_entry_id == ENTRY_ID and row.producer_number == "0301-1234"
    assert [tuple(item) for item in items] == [
        ("Penovet vet.", Decimal("12.50"), "ml", "1 × 100 ml"),
        ("Metacam vet.", None, None, "1 × 32 ml"),
    ]
    assert row.hash == "c74c4e09516da73fe7afe72d3c1f89119e1c342ab49db8bd72e74f0ec5a53583"
    assert (version.id, version.entry_id, version.chain_seq) == (VERSION_ID, ENTRY_ID, 1)
    assert version.hash == "ad2ff14da0aa1fc79f2bcec068ba1d91b2e8301f877a11ebfd5d668715c3942a"
    # The audit row anchors both (its own hash depends on the log before it, which the two
    # engines' set-ups fill differently; verify_all checks it).
    assert details == {
        "items": 2, "antimicrobial": True, "expires_on": "2026-11-27",
        "prescription_hash": row.hash, "journal_entry_id": ENTRY_ID.hex,
        "version_hashes": {VERSION_ID.hex: version.hash},
    }
    assert verify_all(ctx, manager).ok


@pytest.mark.pg_only  # round trips cost nothing on a local file
def test_issuing_is_one_read_and_one_call(
    ctx: ServiceContext, vet: Actor, cow: Patient,
) -> None:
    drugs = load_sample(ctx)
    form = form_for(cow.animal_id, one_item(drugs[PENOVET], pack_size="100 ml",
                                            withdrawal_period="Slakt: 6 døgn",
                                            warnings="Fullfør kuren."))
    with _statements(ctx) as issuing_statements:
        issue_prescription(ctx, vet, form)
    assert len(issuing_statements) == 2
    assert "vetdesk_issue_prescription" in issuing_statements[1]


@pytest.mark.pg_only  # SQLite reads and writes under its one write lock
def test_a_retry_the_read_missed_finds_the_first_at_the_server(
    ctx: ServiceContext, vet: Actor, manager: Actor, cow: Patient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first attempt committed after the retry's read: the call finds it, writes nothing
    and the first is returned."""
    drugs = load_sample(ctx)
    form = form_for(cow.animal_id, one_item(drugs[METACAM],
                                            withdrawal_period="Slakt: 0 døgn"))
    first = issue_prescription(ctx, vet, form)
    read = issuing.issue_facts

    def missed(session: object, form: PrescriptionInput, actor: Actor
               ) -> IssueFacts:
        return dataclasses.replace(read(session, form, actor),  # type: ignore[arg-type]
                                   earlier_prescriber_id=None)

    monkeypatch.setattr(issuing, "issue_facts", missed)
    again = issue_prescription(ctx, vet, form)
    assert (again.id, again.issued_at) == (first.id, first.issued_at)
    with ctx.db.reading() as session:
        assert len(session.execute(select(Prescription.id)).all()) == 1
        assert len(session.execute(select(JournalVersion.id)).all()) == 1
        assert len(session.execute(select(AuditEvent.id).where(
            AuditEvent.entity_type == "prescription")).all()) == 1
    assert verify_all(ctx, manager).ok


@pytest.mark.parametrize("role", [Role.NURSE, Role.RECEPTIONIST])
@pytest.mark.pg_only  # the server's own guards
def test_the_function_refuses_a_nurse_or_receptionist_called_directly(
    ctx: ServiceContext, vet: Actor, cow: Patient, role: Role,
) -> None:
    """Past every check of the program: the server function itself, as their own role."""
    drugs = load_sample(ctx)
    other = make_user(ctx, "sofie", role, full_name="Sofie Sykepleier")
    form = form_for(cow.animal_id, one_item(drugs[METACAM], withdrawal_period="Slakt: 0"))
    with ctx.db.reading() as session:
        facts = issuing.issue_facts(session, form, vet)
    prepared = issuing.prepare_issue(ctx, other, form, dataclasses.replace(
        facts, hpr_number="1234567"))
    with signed_in(ctx, other) as desk, pytest.raises(PermissionDenied,
                                                      match="database refused"):
        server_issue.issue(desk, other, prepared, uuid.uuid4(), {"text": "x"}, {})
    with ctx.db.reading() as session:
        assert session.execute(select(Prescription.id)).first() is None
        assert session.execute(select(JournalVersion.id)).first() is None


@pytest.mark.pg_only  # the server's own guards
def test_a_vet_cannot_issue_in_another_vets_name(
    ctx: ServiceContext, vet: Actor, cow: Patient,
) -> None:
    drugs = load_sample(ctx)
    berg = make_user(ctx, "berg", Role.VETERINARIAN, full_name="Per Berg", hpr_number="7654321")
    form = form_for(cow.animal_id, one_item(drugs[METACAM], withdrawal_period="Slakt: 0"))
    # Signed in as Berg, the program told it is Lie.
    with signed_in(ctx, berg) as desk, pytest.raises(PermissionDenied,
                                                     match="database refused"):
        issue_prescription(desk, vet, form)
    with ctx.db.reading() as session:
        assert session.execute(select(Prescription.id)).first() is None
    # The prescription's own trigger, on its own (the note's refused the call above first).
    with raw_connection(ctx, "berg") as conn, pytest.raises(Denied, match="another user"):
        conn.execute(
            "INSERT INTO prescriptions (id, animal_id, client_id, prescriber_id, issued_at) "
            "VALUES (%s, %s, %s, %s, now())",
            (uuid.uuid4().hex, cow.animal_id, cow.client_id, vet.user_id))


@pytest.mark.pg_only  # SQLite's one write lock lets only one in at a time
def test_a_first_attempt_committed_while_the_retry_waited_is_found(
    ctx: ServiceContext, vet: Actor, cow: Patient,
) -> None:
    """The first attempt is still being written when the retry reads and calls: the retry
    waits for it, writes nothing and returns it."""
    drugs = load_sample(ctx)
    form = form_for(cow.animal_id, one_item(drugs[METACAM], withdrawal_period="Slakt: 0"))
    results: list[object] = []
    with ctx.db.engine.connect() as first:
        first.execute(text(
            "INSERT INTO prescriptions (id, animal_id, client_id, prescriber_id, issued_at) "
            "VALUES (:id, :animal, :client, :vet, now())"),
            {"id": form.id.hex, "animal": cow.animal_id, "client": cow.client_id,
             "vet": vet.user_id})
        retry = threading.Thread(
            target=lambda: results.append(issue_prescription(ctx, vet, form)))
        retry.start()
        retry.join(1.0)
        assert retry.is_alive()  # waiting on the first attempt's key
        first.commit()
    retry.join(30)
    assert [getattr(r, "id", r) for r in results] == [form.id]
    with ctx.db.reading() as session:
        assert len(session.execute(select(Prescription.id)).all()) == 1
        assert session.execute(select(JournalVersion.id)).first() is None
        assert session.execute(select(AuditEvent.id).where(
            AuditEvent.entity_type == "prescription")).first() is None
