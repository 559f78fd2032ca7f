"""The retention sweep's list: what is past its retention today, rule by rule (issue 10).

Journals of animals with no entry for ten years and presumed dead (recorded dead, or older than
the species lives); accounts five years after their financial year; messages after twelve
months; answered privacy requests after three years; audit entries after the configured time.
The purge (:func:`purge_retention`, confirmed by the manager) deletes the messages, accounts
and answered requests the list counts, in one transaction; on PostgreSQL through the one
owner-defined function only the manager's group may call (vetdesk/db/security/retention.py),
which writes its own audit row. Journals and the audit log are append-only and hash-chained:
they are listed, not purged (that needs the chains re-anchored first).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, exists, func, select, text

from vetdesk.db.models import (
    Animal,
    AuditEvent,
    Invoice,
    InvoiceLine,
    JournalVersion,
    Message,
    PrivacyErasure,
    PrivacyRequest,
)
from vetdesk.domain import privacy_rules as rules
from vetdesk.domain.codes import AuditAction
from vetdesk.domain.privacy_classification import Retention
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.local_time import clinic_today
from vetdesk.services.permissions import Actor, Permission, require


@dataclass(frozen=True)
class DueForDeletion:
    rule: str
    table: str
    rows: int


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), dt.UTC)


@dataclass(frozen=True)
class Cutoffs:
    """Rows older than these are past their retention: the list and the purge share them."""

    messages: dt.datetime
    invoices: dt.datetime
    requests: dt.datetime

    @classmethod
    def on(cls, today: dt.date) -> Cutoffs:
        return cls(
            messages=_at(rules.add_months(today, -rules.MESSAGE_MONTHS)),
            # Five years after the end of the financial year: issued before 1 January of the
            # year five years back is past it on 1 January each year.
            invoices=_at(dt.date(today.year - rules.ACCOUNTS_YEARS, 1, 1)),
            requests=_at(rules.add_months(today, -12 * rules.REQUEST_YEARS)),
        )


@dataclass(frozen=True)
class Purged:
    messages: int
    invoices: int
    invoice_lines: int
    privacy_requests: int


def _old_requests(cutoffs: Cutoffs) -> Any:
    # A request an erasure answered stays with the erasure log that names it.
    return (PrivacyRequest.completed_at < cutoffs.requests) & ~exists().where(
        PrivacyErasure.privacy_request_id == PrivacyRequest.id)


def retention_due(ctx: ServiceContext, actor: Actor, *,
                  audit_years: int = 10) -> tuple[DueForDeletion, ...]:
    require(actor, Permission.MANAGE_PRIVACY)
    today = clinic_today(ctx)
    cutoffs = Cutoffs.on(today)
    with ctx.db.reading() as session:
        messages = session.execute(select(func.count()).where(
            Message.queued_at < cutoffs.messages)).scalar_one()
        invoices = session.execute(select(func.count()).where(
            Invoice.issued_at < cutoffs.invoices)).scalar_one()
        requests = session.execute(select(func.count()).select_from(PrivacyRequest).where(
            _old_requests(cutoffs))).scalar_one()
        audit_rows = session.execute(select(func.count()).where(
            AuditEvent.occurred_at < _at(rules.add_months(today, -12 * audit_years)))
        ).scalar_one()
        last_entry = (select(JournalVersion.animal_id, func.max(JournalVersion.event_time)
                             .label("last"), func.count().label("versions"))
                      .group_by(JournalVersion.animal_id).subquery())
        journals = 0
        for species, born, died, last, versions in session.execute(
            select(Animal.species, Animal.birth_date, Animal.deceased_on, last_entry.c.last,
                   last_entry.c.versions).join(last_entry, last_entry.c.animal_id == Animal.id)
        ):
            ended = rules.journal_purge_on(last.date()) <= today
            if ended and rules.presumed_dead(species, born, died, today):
                journals += versions
    return (
        DueForDeletion(_(Retention.JOURNAL.label), "journal_versions", journals),
        DueForDeletion(_(Retention.ACCOUNTS.label), "invoices", invoices),
        DueForDeletion(_(Retention.MESSAGES.label), "messages", messages),
        DueForDeletion(_(Retention.REQUESTS.label), "privacy_requests", requests),
        DueForDeletion(_(Retention.AUDIT.label), "audit_events", audit_rows),
    )


def purge_retention(ctx: ServiceContext, actor: Actor) -> Purged:
    """Delete the messages, accounts and answered requests past their retention (what
    :func:`retention_due` lists for them), in one transaction, audited. The manager confirms
    first; on PostgreSQL the server function checks the caller and the cut-offs again."""
    require(actor, Permission.MANAGE_PRIVACY)
    cutoffs = Cutoffs.on(clinic_today(ctx))
    with ctx.db.transaction() as session:
        if session.get_bind().dialect.name == "postgresql":
            row = session.execute(text(
                "SELECT messages, invoices, invoice_lines, privacy_requests "
                "FROM vetdesk_retention_purge(:messages, :invoices, :requests, :workstation)"),
                {"messages": cutoffs.messages, "invoices": cutoffs.invoices,
                 "requests": cutoffs.requests, "workstation": ctx.workstation}).one()
            return Purged(row.messages, row.invoices, row.invoice_lines, row.privacy_requests)
        old_invoices = select(Invoice.id).where(Invoice.issued_at < cutoffs.invoices)
        purged = Purged(
            messages=_deleted(session.execute(
                delete(Message).where(Message.queued_at < cutoffs.messages)
                .execution_options(synchronize_session=False))),
            invoice_lines=_deleted(session.execute(
                delete(InvoiceLine).where(InvoiceLine.invoice_id.in_(old_invoices))
                .execution_options(synchronize_session=False))),
            invoices=_deleted(session.execute(
                delete(Invoice).where(Invoice.issued_at < cutoffs.invoices)
                .execution_options(synchronize_session=False))),
            privacy_requests=_deleted(session.execute(
                delete(PrivacyRequest).where(_old_requests(cutoffs))
                .execution_options(synchronize_session=False))),
        )
        # Counts only, as the server function writes them.
        audit.record(session, ctx, actor, AuditAction.ERASE, entity_type="retention_purge",
                     details={name: str(getattr(purged, name)) for name in (
                         "messages", "invoices", "invoice_lines", "privacy_requests")})
        return purged


def _deleted(result: Any) -> int:
    return int(result.rowcount)
