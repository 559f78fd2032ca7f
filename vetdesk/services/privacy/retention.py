"""The retention sweep: what is past its retention today, rule by rule, and its purge (issue 10).

Journals of animals with no entry for ten years and presumed dead (recorded dead, or older than
the species lives); accounts five years after their financial year; messages after twelve
months; answered privacy requests after three years; audit entries after the clinic's
configured time (setting ``privacy.audit_years``). The purge (:func:`purge_retention`,
confirmed by the manager) deletes what the list counts, in one transaction; on PostgreSQL
through the one owner-defined function only the manager's group may call
(vetdesk/db/security/retention.py), which writes its own audit row. Journals and the audit log
are hash-chained: their purge records where it cut, so ``vetdesk verify`` still proves what
remains (vetdesk/services/privacy/chain_purge.py). A journal goes with its animal's unsigned
drafts and referrals; the audit rows go only when they verify.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, exists, func, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.types import Integer

from vetdesk.db.base import UTCDateTime
from vetdesk.db.models import (
    ChainPurge,
    Invoice,
    InvoiceLine,
    JournalAttachment,
    JournalEntry,
    MedicineAdministration,
    Message,
    Prescription,
    PrivacyErasure,
    PrivacyRequest,
    Referral,
)
from vetdesk.db.security.retention import TAKE_PURGE_LOCKS
from vetdesk.domain import privacy_rules as rules
from vetdesk.domain.codes import AuditAction
from vetdesk.domain.integrity import (
    AUDIT_LAST_HASH_KEY,
    AUDIT_LAST_KEY,
    AUDIT_ROWS_KEY,
    CHAIN_TIPS_KEY,
    PRESCRIPTION_HASHES_KEY,
    PURGE_ENTITY,
    PURGED_JOURNALS_KEY,
)
from vetdesk.domain.privacy_classification import Retention
from vetdesk.errors import ValidationError
from vetdesk.i18n import N_, _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.local_time import clinic_today
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.privacy import chain_purge
from vetdesk.services.privacy.setting_keys import AUDIT_YEARS, DEFAULT_AUDIT_YEARS
from vetdesk.services.settings.store import effective_settings


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
    audit: dt.datetime

    @classmethod
    def on(cls, today: dt.date, audit_years: int = DEFAULT_AUDIT_YEARS) -> Cutoffs:
        return cls(
            messages=_at(rules.add_months(today, -rules.MESSAGE_MONTHS)),
            # Five years after the end of the financial year: issued before 1 January of the
            # year five years back is past it on 1 January each year.
            invoices=_at(dt.date(today.year - rules.ACCOUNTS_YEARS, 1, 1)),
            requests=_at(rules.add_months(today, -12 * rules.REQUEST_YEARS)),
            audit=_at(rules.add_months(today, -12 * audit_years)),
        )


@dataclass(frozen=True)
class Purged:
    """What one purge deleted, table by table (and how many journal chains went whole)."""

    messages: int
    invoices: int
    invoice_lines: int
    privacy_requests: int
    journal_chains: int = 0
    journal_versions: int = 0
    journal_entries: int = 0
    journal_attachments: int = 0
    prescriptions: int = 0
    audit_events: int = 0
    # The purged animals' unsigned drafts, and their referrals and lab requests.
    journal_drafts: int = 0
    referrals: int = 0


_COUNTED = ("messages", "invoices", "invoice_lines", "privacy_requests", "journal_chains",
            "journal_versions", "journal_entries", "journal_attachments", "prescriptions",
            "audit_events", "journal_drafts", "referrals")


def _old_requests(cutoffs: Cutoffs) -> Any:
    # A request an erasure answered stays with the erasure log that names it.
    return (PrivacyRequest.completed_at < cutoffs.requests) & ~exists().where(
        PrivacyErasure.privacy_request_id == PrivacyRequest.id)


# What the list shows for each line, in the order it lists them (translated where shown).
RETENTION_LABELS: dict[str, str] = {
    "journal_chains": N_("journals of animals presumed dead"),
    "journal_versions": N_("journal versions in them"),
    "journal_attachments": N_("files attached to them"),
    "prescriptions": N_("prescriptions for those animals"),
    "medicine_given": N_("medicine given to those animals"),
    "journal_drafts": N_("unsigned journal drafts for them"),
    "referrals": N_("referrals and lab requests for them"),
    "invoices": N_("invoices"),
    "messages": N_("messages"),
    "privacy_requests": N_("answered privacy requests"),
    "audit_events": N_("oldest audit log entries"),
}


def _cutoffs(session: Session, today: dt.date, audit_years: int | None) -> Cutoffs:
    if audit_years is None:
        audit_years = int(effective_settings(session).get(AUDIT_YEARS, DEFAULT_AUDIT_YEARS))
    if not rules.MIN_AUDIT_YEARS <= audit_years <= rules.MAX_AUDIT_YEARS:
        raise ValidationError(_(
            "The audit log is kept from {low} to {high} years; give a number in between."
        ).format(low=rules.MIN_AUDIT_YEARS, high=rules.MAX_AUDIT_YEARS))
    return Cutoffs.on(today, audit_years)


def retention_due(ctx: ServiceContext, actor: Actor, *,
                  audit_years: int | None = None) -> tuple[DueForDeletion, ...]:
    """What the purge would delete today, rule by rule (``audit_years``: the clinic's
    setting unless given)."""
    require(actor, Permission.MANAGE_PRIVACY)
    today = clinic_today(ctx)
    with ctx.db.reading() as session:
        cutoffs = _cutoffs(session, today, audit_years)
        messages = session.execute(select(func.count()).where(
            Message.queued_at < cutoffs.messages)).scalar_one()
        invoices = session.execute(select(func.count()).where(
            Invoice.issued_at < cutoffs.invoices)).scalar_one()
        requests = session.execute(select(func.count()).select_from(PrivacyRequest).where(
            _old_requests(cutoffs))).scalar_one()
        cut = chain_purge.audit_cut(session, cutoffs.audit)
        journals = chain_purge.journals_due(session, today)
        animals = [due.animal_id for due in journals]
        files = prescriptions = given = drafts = referrals = 0
        if animals:
            files = session.execute(select(func.count()).select_from(JournalAttachment).join(
                JournalEntry, JournalEntry.id == JournalAttachment.entry_id).where(
                JournalEntry.animal_id.in_(animals))).scalar_one()
            prescriptions = session.execute(select(func.count()).select_from(Prescription)
                                            .where(Prescription.animal_id.in_(animals))
                                            ).scalar_one()
            given = session.execute(select(func.count()).select_from(MedicineAdministration)
                                    .where(MedicineAdministration.animal_id.in_(animals))
                                    ).scalar_one()
            by_animal = chain_purge.drafts_by_animal(session)
            drafts = session.execute(select(func.coalesce(func.sum(by_animal.c.drafts), 0))
                                     .where(by_animal.c.animal_id.in_(animals))).scalar_one()
            referrals = session.execute(select(func.count()).select_from(Referral)
                                        .where(Referral.animal_id.in_(animals))).scalar_one()
    journal_rule = _(Retention.JOURNAL.label)
    return (
        DueForDeletion(journal_rule, "journal_chains", len(journals)),
        DueForDeletion(journal_rule, "journal_versions", sum(due.versions for due in journals)),
        DueForDeletion(journal_rule, "journal_attachments", files),
        DueForDeletion(journal_rule, "prescriptions", prescriptions),
        DueForDeletion(journal_rule, "medicine_given", given),
        DueForDeletion(journal_rule, "journal_drafts", drafts),
        DueForDeletion(journal_rule, "referrals", referrals),
        DueForDeletion(_(Retention.ACCOUNTS.label), "invoices", invoices),
        DueForDeletion(_(Retention.MESSAGES.label), "messages", messages),
        DueForDeletion(_(Retention.REQUESTS.label), "privacy_requests", requests),
        DueForDeletion(_(Retention.AUDIT.label), "audit_events", cut.rows if cut else 0),
    )


def purge_retention(ctx: ServiceContext, actor: Actor, *,
                    audit_years: int | None = None) -> Purged:
    """Delete what :func:`retention_due` lists, in one transaction, audited. The manager
    confirms first; on PostgreSQL the server function checks the caller and every cut-off
    and animal again. The audit rows to be deleted are verified first, on both engines: if
    one does not hold, nothing is deleted."""
    require(actor, Permission.MANAGE_PRIVACY)
    today = clinic_today(ctx)
    # The audit rows are walked before the purge's transaction, in a read of its own: the
    # first purge of a large clinic walks years of rows, and under the purge's locks (the
    # audit chain's on PostgreSQL, the file's write lock on SQLite) every audited write of
    # every desk would wait for it. The rows only change behind the program's back, by an
    # owner lifting the guards: the check is for that having happened before the purge.
    # Under the locks the cut is read again, and walked again only if it moved (another
    # purge in between).
    with ctx.db.reading(consistent=True) as session:
        checked = chain_purge.audit_cut(session, _cutoffs(session, today, audit_years).audit)
        if checked is not None:
            chain_purge.refuse_unless_verified(session, checked)
    with ctx.db.transaction() as session:
        cutoffs = _cutoffs(session, today, audit_years)
        animals = [due.animal_id for due in chain_purge.journals_due(session, today)]
        if session.get_bind().dialect.name == "postgresql":
            # The check of the audit rows is the program's (the hash's canonical form is
            # Python's, services/audit.py). First the locks the function takes, in its order
            # (each journal chain, then the audit chain's; a lock taken again by the same
            # transaction is granted at once): held to the commit, they keep any row from
            # being appended in between, so the function cuts at the very row checked, and a
            # journal writer (its chain, then the audit chain) cannot deadlock with it.
            session.execute(text(TAKE_PURGE_LOCKS[0]), {"animals": animals})
            session.execute(text(TAKE_PURGE_LOCKS[1]))
            _check_again_if_moved(session, chain_purge.audit_cut(session, cutoffs.audit),
                                  checked)
            try:
                row = session.execute(_PURGE_ON_SERVER, {
                    "messages": cutoffs.messages, "invoices": cutoffs.invoices,
                    "requests": cutoffs.requests, "audit": cutoffs.audit, "animals": animals,
                    "workstation": ctx.workstation}).one()
            except DBAPIError as exc:
                # The server checks every animal again under the journal's lock: an entry
                # written for one of them since this list was read keeps its journal.
                if getattr(exc.orig, "sqlstate", None) != _CHECK_VIOLATION:
                    raise
                raise ValidationError(_(
                    "Something on the list changed while it was being deleted (a journal "
                    "entry was written), so nothing was deleted; show the list again and "
                    "confirm.")) from exc
            return Purged(**{name: int(getattr(row, name)) for name in _COUNTED})
        return _purge_here(session, ctx, actor, cutoffs, animals, checked)


def _check_again_if_moved(session: Session, cut: chain_purge.AuditCut | None,
                          checked: chain_purge.AuditCut | None) -> None:
    """Under the purge's locks: the cut walked before them, or this one walked now."""
    if cut is not None and cut != checked:
        chain_purge.refuse_unless_verified(session, cut)


# What vetdesk_retention_purge raises when a cut-off or an animal is not past its rule.
_CHECK_VIOLATION = "23514"

_PURGE_ON_SERVER = text(
    "SELECT " + ", ".join(_COUNTED) + " FROM vetdesk_retention_purge("
    ":messages, :invoices, :requests, :audit, :animals, :workstation)"
).bindparams(
    bindparam("messages", type_=UTCDateTime()), bindparam("invoices", type_=UTCDateTime()),
    bindparam("requests", type_=UTCDateTime()), bindparam("audit", type_=UTCDateTime()),
    bindparam("animals", type_=ARRAY(Integer)),
)


def _purge_here(session: Session, ctx: ServiceContext, actor: Actor, cutoffs: Cutoffs,
                animals: list[int], checked: chain_purge.AuditCut | None) -> Purged:
    """SQLite: the same steps as the server function, in the caller's transaction (which
    holds the write lock from its start: no row is appended meanwhile). ``checked``: the cut
    whose rows were walked before the write lock."""
    cut = chain_purge.audit_cut(session, cutoffs.audit)
    _check_again_if_moved(session, cut, checked)
    old_invoices = select(Invoice.id).where(Invoice.issued_at < cutoffs.invoices)
    counts: dict[str, int] = {
        "messages": _deleted(session.execute(
            delete(Message).where(Message.queued_at < cutoffs.messages)
            .execution_options(synchronize_session=False))),
        "invoice_lines": _deleted(session.execute(
            delete(InvoiceLine).where(InvoiceLine.invoice_id.in_(old_invoices))
            .execution_options(synchronize_session=False))),
        "invoices": _deleted(session.execute(
            delete(Invoice).where(Invoice.issued_at < cutoffs.invoices)
            .execution_options(synchronize_session=False))),
        "privacy_requests": _deleted(session.execute(
            delete(PrivacyRequest).where(_old_requests(cutoffs))
            .execution_options(synchronize_session=False))),
    }
    journals: list[chain_purge.PurgedJournal] = []
    carried = chain_purge.Carried()
    if animals or cut is not None:
        with chain_purge.deletes_allowed(session):
            journals = chain_purge.purge_journals(session, animals)
            if cut is not None:
                carried = chain_purge.carried_anchors(session, cut.last)
                chain_purge.delete_audit_rows(session, cut)
    counts["journal_chains"] = len(journals)
    for table in ("journal_versions", "journal_entries", "journal_attachments",
                  "prescriptions", "journal_drafts", "referrals"):
        counts[table] = sum(journal.counts[table] for journal in journals)
    counts["audit_events"] = cut.rows if cut else 0
    details: dict[str, Any] = {name: str(counts[name]) for name in _COUNTED}
    details[PURGED_JOURNALS_KEY] = {str(j.animal_id): j.last_hash for j in journals}
    details[CHAIN_TIPS_KEY] = carried.chain_tips
    details[PRESCRIPTION_HASHES_KEY] = carried.prescriptions
    if cut is not None:
        details.update({AUDIT_LAST_KEY: str(cut.last), AUDIT_LAST_HASH_KEY: cut.last_hash,
                        AUDIT_ROWS_KEY: str(cut.rows)})
    # Counts, ids and hashes only, as the server function writes them.
    event_id = audit.record(session, ctx, actor, AuditAction.ERASE, entity_type=PURGE_ENTITY,
                            details=details)
    now = ctx.clock.now()
    for journal in journals:
        session.add(ChainPurge(
            chain="journal", animal_id=journal.animal_id, first_seq=1,
            last_seq=journal.last_seq, rows=journal.versions, last_hash=journal.last_hash,
            counts=journal.counts, rule=Retention.JOURNAL.value, cutoff=_at(
                rules.add_months(clinic_today(ctx), -12 * rules.JOURNAL_YEARS)),
            purged_at=now, purged_by_id=actor.user_id, audit_event_id=event_id))
    if cut is not None:
        session.add(ChainPurge(
            chain="audit", animal_id=None, first_seq=cut.first, last_seq=cut.last,
            rows=cut.rows, last_hash=cut.last_hash,
            counts={"chain_tips": len(carried.chain_tips),
                    "prescription_hashes": len(carried.prescriptions)},
            rule=Retention.AUDIT.value, cutoff=cutoffs.audit, purged_at=now,
            purged_by_id=actor.user_id, audit_event_id=event_id))
    session.flush()
    return Purged(**counts)


def _deleted(result: Any) -> int:
    return int(result.rowcount)
