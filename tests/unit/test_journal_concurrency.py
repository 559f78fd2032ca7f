"""Two workstations signing for the same animal at the same moment (PostgreSQL): the unique
chain position lets one in; the other retries on the new tip and the chain stays whole."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import select, text

from tests.conftest import START, make_user
from tests.support import databases
from tests.support.journal_data import add_patient, consultation
from vetdesk.clock import FixedClock
from vetdesk.db.models import JournalDraft, JournalVersion
from vetdesk.db.opening import open_database
from vetdesk.domain.codes import Role
from vetdesk.services.clinic import ClinicDetails, ensure_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import SignResult, save_draft, sign_draft
from vetdesk.services.journal.records import animal_facts
from vetdesk.services.journal.signing import sign_in_session
from vetdesk.services.verify import verify_all


@pytest.fixture
def pg(pg_template: str) -> Iterator[ServiceContext]:
    for url in databases.pg_copy(pg_template):
        db = open_database(url, now=START)
        yield ServiceContext(db=db, clock=FixedClock(START), workstation="ws-1")
        db.dispose()


def _someone_waits_on_a_lock(ctx: ServiceContext) -> bool:
    with ctx.db.engine.connect() as conn:
        return bool(conn.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock'"
        )).scalar())


def test_a_concurrent_signer_retries_on_the_new_tip(pg: ServiceContext) -> None:
    ctx = pg
    ensure_clinic(ctx, ClinicDetails(name="Dyreklinikken"))
    vet = make_user(ctx, "lie", Role.VETERINARIAN, full_name="Ingrid Lie", hpr_number="1234567")
    patient = add_patient(ctx)
    first = consultation(patient.animal_id, ctx.clock.now())
    second = consultation(patient.animal_id, ctx.clock.now())
    save_draft(ctx, vet, first)
    save_draft(ctx, vet, second)
    results: list[SignResult | BaseException] = []

    def sign_second() -> None:
        try:
            results.append(sign_draft(ctx, vet, second.id))
        except BaseException as exc:  # reported by the assertion below
            results.append(exc)

    with ctx.db.transaction() as session:
        draft = session.get(JournalDraft, first.id)
        assert draft is not None
        sign_in_session(session, ctx, vet, draft, animal_facts(session, draft.animal_id),
                        auto_locked=False)
        # Chain position 1 is taken but not committed: the other signer must wait on it.
        worker = threading.Thread(target=sign_second)
        worker.start()
        deadline = time.monotonic() + 20
        while not _someone_waits_on_a_lock(ctx):
            assert time.monotonic() < deadline, "the second signer never blocked"
            time.sleep(0.05)
    worker.join(timeout=30)
    assert len(results) == 1 and isinstance(results[0], SignResult), results
    with ctx.db.reading() as session:
        chain = session.execute(
            select(JournalVersion.entry_id, JournalVersion.chain_seq)
            .order_by(JournalVersion.chain_seq)
        ).all()
    assert [tuple(row) for row in chain] == [(first.id, 1), (second.id, 2)]
    assert verify_all(ctx, make_user(ctx, "mona", Role.MANAGER)).ok
