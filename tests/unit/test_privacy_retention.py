"""The retention list counts what is past its period, rule by rule, and nothing younger."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from tests.support.journal_data import add_patient, seed_history
from vetdesk.db.models import Invoice, Message
from vetdesk.domain import privacy_rules as rules
from vetdesk.errors import PermissionDenied
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.privacy.retention import retention_due

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
    assert due == {"journal_versions": 3, "invoices": 1, "messages": 1,
                   "privacy_requests": 0, "audit_events": 0}


def test_only_the_manager(ctx: ServiceContext, receptionist: Actor) -> None:
    with pytest.raises(PermissionDenied):
        retention_due(ctx, receptionist)
