"""Erasure: the plan, the deed in one transaction, nothing of Kari left outside the rows kept
by law (and there only her pseudonym), nothing of Per touched, refusals that change nothing,
audit rows without personal values, and replay after an older backup is restored."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import JSON, String, Text, inspect, select, text, update

from tests.support.permission_world import changed_tables, database_snapshot
from tests.support.privacy_data import Person, add_people
from vetdesk import i18n
from vetdesk.db.models import AuditEvent, Client, Invoice, PrivacyErasure
from vetdesk.db.opening import open_database
from vetdesk.domain.privacy_classification import Erasure
from vetdesk.errors import PermissionDenied, ValidationError
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.privacy.erasure import erase_client, erasure_plan, replay_erasures
from vetdesk.services.privacy.holdings import read_holding


@pytest.fixture
def people(ctx: ServiceContext, vet: Actor) -> tuple[Person, Person]:
    return add_people(ctx, vet)


def _text_values(ctx: ServiceContext) -> list[tuple[str, str, str]]:
    """(table, column, value) of every text column of every table, read from the schema."""
    found = []
    schema = inspect(ctx.db.engine)
    with ctx.db.reading() as session:
        for table in schema.get_table_names():
            columns = [c["name"] for c in schema.get_columns(table)
                       if isinstance(c["type"], String | Text | JSON)]
            for column in columns:
                rows = session.execute(text(f'SELECT "{column}" FROM "{table}"')).scalars()
                found += [(table, column, str(v)) for v in rows if v is not None]
    return found


def _holding_of(ctx: ServiceContext, person: Person) -> object:
    with ctx.db.reading() as session:
        return read_holding(session, person.client_id).tables


def test_the_plan_says_what_goes_and_what_stays_until_when(
    ctx: ServiceContext, manager: Actor, people: tuple[Person, Person]
) -> None:
    plan = erasure_plan(ctx, manager, people[0].client_no)
    assert plan.refusal is None
    deleted = {line.table: line.rows for line in plan.deleted}
    assert deleted == {"client_phones": 2, "client_alerts": 1, "consents": 2,
                       "appointments": 1, "reminders": 1, "messages": 1}
    kept = {line.table: (line.action, line.purge_on) for line in plan.kept}
    assert kept["journal_versions"] == (Erasure.KEEP, dt.date(2035, 10, 20))
    assert kept["invoices"] == (Erasure.KEEP, dt.date(2032, 1, 1))
    assert kept["clients"][0] is Erasure.PSEUDONYMISE


def test_after_erasure_nothing_of_kari_is_left_and_per_is_untouched(
    ctx: ServiceContext, manager: Actor, people: tuple[Person, Person]
) -> None:
    kari, per = people
    per_before = _holding_of(ctx, per)
    result = erase_client(ctx, manager, kari.client_no)
    values = [v.casefold() for v in kari.identifying()]
    leftovers = [(table, column, value) for table, column, value in _text_values(ctx)
                 if any(v in value.casefold() for v in values)]
    assert leftovers == []
    # Where her rows are kept by law, only the pseudonym names her.
    with ctx.db.reading() as session:
        names = session.execute(select(Client.first_name, Client.last_name, Client.status)
                                .where(Client.client_no.in_([100, 101]))).all()
    assert sorted(tuple(n) for n in names) == [("", result.pseudonym, "erased")] * 2
    assert result.pseudonym.startswith("SLETTET-")
    # Journals and accounts are still there.
    after = _holding_of(ctx, kari)
    assert len(after["journal_versions"]) == 6 and len(after["invoices"]) == 1  # type: ignore[index]
    assert _holding_of(ctx, per) == per_before
    for value in per.identifying():
        assert any(value in v for _t, _c, v in _text_values(ctx)), value


def test_the_receipt_and_the_log(ctx: ServiceContext, manager: Actor,
                                 people: tuple[Person, Person]) -> None:
    result = erase_client(ctx, manager, people[0].client_no)
    pdf = "".join(p.extract_text() for p in PdfReader(io.BytesIO(result.receipt_pdf)).pages)
    assert result.pseudonym in pdf and "Journal versions" in pdf and "Kari" not in pdf
    # The client reads the receipt: no table names, no "kept until —" where no date applies.
    assert "journal_versions" not in pdf and "client_phones" not in pdf
    assert "until —" not in pdf
    with ctx.db.reading() as session:
        logged = session.execute(select(PrivacyErasure)).scalar_one()
        assert (logged.client_ref, logged.pseudonym, logged.purge_on) == (
            # The last purge date of what was kept: the referral of 22.11.2026, ten years on.
            people[0].client_id, result.pseudonym, dt.date(2036, 11, 22))
        assert logged.counts["deleted"]["messages"] == 1


def test_audit_rows_and_chains_hold_no_personal_values(
    ctx: ServiceContext, manager: Actor, people: tuple[Person, Person]
) -> None:
    """Read everything about Kari, export her, erase her: the audit log never held her
    name, phone, e-mail or address, so no erasure ever touches the chain."""
    from vetdesk.services.privacy.export import export_client
    from vetdesk.services.privacy.inspect import inspect_client

    kari = people[0]
    inspect_client(ctx, manager, kari.client_no)
    export_client(ctx, manager, kari.client_no)
    erase_client(ctx, manager, kari.client_no)
    with ctx.db.reading() as session:
        rows = session.execute(select(AuditEvent)).scalars().all()
        logged = " ".join(f"{r.details} {r.entity_id} {r.entity_type}" for r in rows).casefold()
    assert len(rows) >= 3
    for value in kari.identifying() + kari.chips:
        assert value.casefold() not in logged, value


def test_refused_while_an_invoice_is_unpaid(ctx: ServiceContext, manager: Actor,
                                            people: tuple[Person, Person]) -> None:
    with ctx.db.transaction() as session:
        session.execute(update(Invoice).where(Invoice.client_id == people[0].client_id)
                        .values(status="open", paid_at=None))
    before = database_snapshot(ctx)
    with pytest.raises(ValidationError) as refused:
        erase_client(ctx, manager, people[0].client_no)
    assert refused.value.message == ("Client 100 has unpaid invoices (100); erase them after "
                                     "they are paid or credited.")
    assert changed_tables(before, database_snapshot(ctx)) == []


def test_a_second_erasure_is_one_sentence(ctx: ServiceContext, manager: Actor,
                                          people: tuple[Person, Person]) -> None:
    erase_client(ctx, manager, people[0].client_no)
    before = database_snapshot(ctx)
    with pytest.raises(ValidationError) as again:
        erase_client(ctx, manager, people[0].client_no)
    assert again.value.message == "Client 100 was already erased on 22.11.2026."
    assert changed_tables(before, database_snapshot(ctx)) == []


def test_only_the_manager_may(ctx: ServiceContext, vet: Actor,
                              people: tuple[Person, Person]) -> None:
    with pytest.raises(PermissionDenied):
        erase_client(ctx, vet, people[0].client_no)


@pytest.mark.pg_only
def test_the_server_lets_the_manager_erase(ctx: ServiceContext, manager: Actor,
                                           people: tuple[Person, Person]) -> None:
    from tests.support.staff import signed_in

    with signed_in(ctx, manager) as desk:
        assert erase_client(desk, manager, people[0].client_no).pseudonym


@pytest.mark.sqlite_only
def test_replay_after_an_older_backup_is_restored(
    ctx: ServiceContext, manager: Actor, people: tuple[Person, Person], tmp_path: Path
) -> None:
    path = Path(ctx.db.target.url.database or "")
    backup = tmp_path / "backup.sqlite"
    source = sqlite3.connect(path)  # a consistent copy, as a backup tool takes it
    with sqlite3.connect(backup) as target:
        source.backup(target)
    source.close()
    result = erase_client(ctx, manager, people[0].client_no)
    ctx.db.dispose()
    shutil.copyfile(backup, path)
    restored = open_database(f"sqlite:///{path}", now=ctx.clock.now())
    old = ServiceContext(db=restored, clock=ctx.clock, workstation="restore")
    try:
        assert erasure_plan(old, manager, people[0].client_no).refusal is None  # back again
        replayed = replay_erasures(old, manager, [result.log_entry])
        assert replayed.erased_again == (result.pseudonym,)
        assert replay_erasures(old, manager, [result.log_entry]).already == 1
        values = [v.casefold() for v in people[0].identifying()]
        assert not [t for t in _text_values(old) if any(v in t[2].casefold() for v in values)]
    finally:
        restored.dispose()


def test_the_receipt_speaks_bokmal(ctx: ServiceContext, manager: Actor,
                                   people: tuple[Person, Person]) -> None:
    with i18n.language("nb"):
        result = erase_client(ctx, manager, people[0].client_no)
    pdf = "".join(p.extract_text() for p in PdfReader(io.BytesIO(result.receipt_pdf)).pages)
    assert "Journalversjoner" in pdf and "Meldinger" in pdf and "Kundekort" in pdf
    assert "journal_versions" not in pdf and "messages" not in pdf
    assert "beholdt til —" not in pdf and "beholdt: " in pdf
