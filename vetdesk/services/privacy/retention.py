"""The retention sweep's list: what is past its retention today, rule by rule (issue 10).

Journals of animals with no entry for ten years and presumed dead (recorded dead, or older than
the species lives); accounts five years after their financial year; messages after twelve
months; answered privacy requests after three years; audit entries after the configured time.
The purge itself must go through one owner-defined function only the manager's role may call
(the journal guards stay in force); it is not here yet: this lists, it deletes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from vetdesk.db.models import Animal, AuditEvent, Invoice, JournalVersion, Message, PrivacyRequest
from vetdesk.domain import privacy_rules as rules
from vetdesk.domain.privacy_classification import Retention
from vetdesk.i18n import _
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


def retention_due(ctx: ServiceContext, actor: Actor, *,
                  audit_years: int = 10) -> tuple[DueForDeletion, ...]:
    require(actor, Permission.MANAGE_PRIVACY)
    today = clinic_today(ctx)
    with ctx.db.reading() as session:
        messages = session.execute(select(func.count()).where(
            Message.queued_at < _at(rules.add_months(today, -rules.MESSAGE_MONTHS)))).scalar_one()
        # Five years after the end of the financial year: issued before 1 January of the year
        # six years back is past it on 1 January each year.
        invoices = session.execute(select(func.count()).where(
            Invoice.issued_at < _at(dt.date(today.year - rules.ACCOUNTS_YEARS, 1, 1)))
        ).scalar_one()
        requests = session.execute(select(func.count()).where(
            PrivacyRequest.completed_at < _at(rules.add_months(
                today, -12 * rules.REQUEST_YEARS)))).scalar_one()
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
