"""The retention list counts what is past its period, rule by rule, and nothing younger."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import DBAPIError

from tests.support.journal_data import add_patient, seed_history
from tests.support.staff import signed_in
from vetdesk.db.models import AuditEvent, Invoice, InvoiceLine, Message, PrivacyRequest
from vetdesk.domain import privacy_rules as rules
from vetdesk.errors import PermissionDenied
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.privacy.retention import Purged, purge_retention, retention_due

NOW = dt.datetime(2026, 11, 22, 7, 55, tzinfo=dt.UTC)


def test_presumed_dead() -> None:
    today = dt.date(2026, 11, 22)
    assert rules.presumed_dead("dog", dt.date(2006, 11, 22), None, today)
    assert not rules.presumed_dead("dog", dt.date(2006, 11, 23), None, today)
    assert not rules.presumed_dead("dog", None, None, today)
    assert rules.presumed_dead("horse", None, dt.date(2010, 1, 1), today)


def test_what_is_past_its_period(ctx: ServiceContext, manager: Actor, vet: Actor) -> None:
    old_dog = add_patient(ctx, name="Gammel", birth_date=dt.date(1995, 1, 1))
    young_dog = add_patient(ctx, name="Ung", birth_date=dt.date(2012, 1, 1))
    seed_history(ctx.db, old_dog.animal_id, vet.user_id, 3, start=NOW - dt.timedelta(days=4000))
    seed_history(ctx.db, young_dog.animal_id, vet.user_id, 2,
                 start=NOW - dt.timedelta(days=4000))
    with ctx.db.transaction() as session:
        for n, issued in enumerate((dt.datetime(2020, 12, 31, tzinfo=dt.UTC),
                                    dt.datetime(2021, 1, 1, tzinfo=dt.UTC))):
            session.add(Invoice(invoice_no=n + 1, client_id=old_dog.client_id, issued_at=issued,
                                total_ore=100, vat_ore=20, status="paid"))
        for n, queued in enumerate((NOW - dt.timedelta(days=400), NOW - dt.timedelta(days=30))):
            session.add(Message(id=uuid.uuid4(), idempotency_key=f"k{n}", channel="sms",
                                purpose="service", recipient="+4791234567", body="Hei",
                                status="delivered", queued_at=queued, attempts=1))
    due = {item.table: item.rows for item in retention_due(ctx, manager)}
    # The old dog (born 1995, older than a dog lives) with no entry for ten years: its 3
    # versions; the invoice of 2020 (five years after 2020 ended); the 400-day-old message.
    assert due == {"journal_chains": 1, "journal_versions": 3, "journal_attachments": 0,
                   "prescriptions": 0, "medicine_given": 0, "journal_drafts": 0,
                   "referrals": 0, "invoices": 1, "messages": 1, "privacy_requests": 0,
                   "audit_events": 0}


def test_only_the_manager(ctx: ServiceContext, receptionist: Actor) -> None:
    with pytest.raises(PermissionDenied):
        retention_due(ctx, receptionist)


def _seed_old_and_young(ctx: ServiceContext, client_id: int, user_id: int) -> None:
    """Two invoices (2020: past; 2021: kept), a line on each, two messages (400 days: past;
    30 days: kept), two answered requests (answered 2023-11-01: past; 2024-01-10: kept)."""
    with ctx.db.transaction() as session:
        for n, issued in enumerate((dt.datetime(2020, 12, 31, tzinfo=dt.UTC),
                                    dt.datetime(2021, 1, 1, tzinfo=dt.UTC))):
            invoice = Invoice(invoice_no=n + 1, client_id=client_id, issued_at=issued,
                              total_ore=100, vat_ore=20, status="paid")
            session.add(invoice)
            session.flush()
            session.add(InvoiceLine(invoice_id=invoice.id, description="Vaksine",
                                    quantity=Decimal(1), unit_price_ore=80,
                                    vat_rate_percent=25, amount_ore=100))
        for n, queued in enumerate((NOW - dt.timedelta(days=400), NOW - dt.timedelta(days=30))):
            session.add(Message(id=uuid.uuid4(), idempotency_key=f"k{n}", channel="sms",
                                purpose="service", recipient="+4791234567", body="Hei",
                                status="delivered", queued_at=queued, attempts=1))
        for answered in ((dt.datetime(2023, 11, 1, tzinfo=dt.UTC),
                          dt.datetime(2024, 1, 10, tzinfo=dt.UTC))):
            received = answered.date() - dt.timedelta(days=10)
            session.add(PrivacyRequest(
                kind="access", client_id=client_id, subject_name="Kari", received_on=received,
                due_on=rules.due_date(received), status="done", outcome="Innsyn gitt",
                completed_at=answered, registered_by_id=user_id))


def _remaining(ctx: ServiceContext) -> dict[str, int]:
    with ctx.db.reading() as session:
        return {model.__tablename__: session.execute(
            select(func.count()).select_from(model)).scalar_one()
            for model in (Message, Invoice, InvoiceLine, PrivacyRequest)}


def test_the_managers_purge_deletes_exactly_what_the_list_showed(
    ctx: ServiceContext, manager: Actor, engine_name: str,
) -> None:
    patient = add_patient(ctx, name="Gammel", birth_date=dt.date(2015, 1, 1))
    _seed_old_and_young(ctx, patient.client_id, manager.user_id)
    listed = {item.table: item.rows for item in retention_due(ctx, manager)}
    assert listed == {"journal_chains": 0, "journal_versions": 0, "journal_attachments": 0,
                      "prescriptions": 0, "medicine_given": 0, "journal_drafts": 0,
                      "referrals": 0, "invoices": 1, "messages": 1, "privacy_requests": 1,
                      "audit_events": 0}
    before = _remaining(ctx)
    if engine_name == "postgresql":  # as the manager's own login role
        with signed_in(ctx, manager) as desk:
            purged = purge_retention(desk, manager)
    else:
        purged = purge_retention(ctx, manager)
    assert purged == Purged(messages=1, invoices=1, invoice_lines=1, privacy_requests=1)
    after = _remaining(ctx)
    assert {table: before[table] - after[table] for table in before} == {
        "messages": 1, "invoices": 1, "invoice_lines": 1, "privacy_requests": 1}
    again = {item.table: item.rows for item in retention_due(ctx, manager)}
    assert again["messages"] == again["invoices"] == again["privacy_requests"] == 0
    with ctx.db.reading() as session:
        event = session.execute(select(AuditEvent.action, AuditEvent.username,
                                       AuditEvent.details).where(
            AuditEvent.entity_type == "retention_purge")).one()
    assert (event.action, event.username) == ("erase", manager.username)
    assert event.details == {"messages": "1", "invoices": "1", "invoice_lines": "1",
                             "privacy_requests": "1", "journal_chains": "0",
                             "journal_versions": "0", "journal_entries": "0",
                             "journal_attachments": "0", "prescriptions": "0",
                             "audit_events": "0", "journal_drafts": "0", "referrals": "0",
                             "purged_journals": {},
                             "chain_tips": {}, "prescription_hashes": {}}


def test_only_the_manager_may_purge(ctx: ServiceContext, receptionist: Actor) -> None:
    with pytest.raises(PermissionDenied):
        purge_retention(ctx, receptionist)


@pytest.mark.pg_only
@pytest.mark.parametrize("who", ["receptionist", "vet"])
def test_other_roles_calling_the_server_function_are_refused(
    ctx: ServiceContext, manager: Actor, who: str, request: pytest.FixtureRequest,
) -> None:
    patient = add_patient(ctx, name="Gammel", birth_date=dt.date(2015, 1, 1))
    _seed_old_and_young(ctx, patient.client_id, manager.user_id)
    before = _remaining(ctx)
    actor: Actor = request.getfixturevalue(who)
    call = text("SELECT * FROM vetdesk_retention_purge(:m, :m, :m, :m, NULL, 'desk')")
    old = {"m": dt.datetime(2000, 1, 1, tzinfo=dt.UTC)}
    # The grant: only the manager's group may execute the function.
    with signed_in(ctx, actor) as desk, desk.db.transaction() as session:
        with pytest.raises(DBAPIError) as refused:
            session.execute(call, old)
        assert "permission denied for function" in str(refused.value)
    # The check inside: even given EXECUTE by mistake, the function refuses a non-manager.
    grant = ("DO $$ BEGIN EXECUTE format('{0} EXECUTE ON FUNCTION vetdesk_retention_purge("
             "timestamptz, timestamptz, timestamptz, timestamptz, integer[], text) {1} %I', "
             "lower(current_database() "
             f"|| '_{actor.role.value}')); END $$")
    with ctx.db.transaction() as session:
        session.execute(text(grant.format("GRANT", "TO")))
    try:
        with signed_in(ctx, actor) as desk, desk.db.transaction() as session:
            with pytest.raises(DBAPIError) as refused:
                session.execute(call, old)
            assert "may not purge data past its retention" in str(refused.value)
    finally:
        with ctx.db.transaction() as session:
            session.execute(text(grant.format("REVOKE", "FROM")))
    # Nor may they delete past the function: the tables grant no DELETE.
    with (signed_in(ctx, actor) as desk, desk.db.transaction() as session,
          pytest.raises(DBAPIError)):
        session.execute(delete(Message))
    assert _remaining(ctx) == before


@pytest.mark.pg_only
def test_the_server_refuses_a_cutoff_younger_than_the_rule(
    ctx: ServiceContext, manager: Actor,
) -> None:
    with signed_in(ctx, manager) as desk, desk.db.transaction() as session:
        with pytest.raises(DBAPIError) as refused:
            session.execute(text(
                "SELECT * FROM vetdesk_retention_purge(now(), :old, :old, :old, NULL, 'desk')"),
                {"old": dt.datetime(2000, 1, 1, tzinfo=dt.UTC)})
        assert refused.value.orig.sqlstate == "23514"  # type: ignore[union-attr]
