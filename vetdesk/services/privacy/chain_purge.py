"""Deleting hash-chained rows past their retention, and re-anchoring what remains (issue 10).

Two kinds of cut, both recorded in ``chain_purges`` and repeated in the purge's own audit row
(vetdesk/domain/integrity.py, the ``PURGE_*`` keys), so ``vetdesk verify`` can tell a purge
from a removal behind the program's back:

- **A journal chain, whole**: an animal presumed dead with no entry for ten years. Its
  versions, entries and files go, with its prescriptions and the medicine given (the
  journal's record of medicines), its unsigned drafts and its referrals and lab requests
  (clinical text that must not outlive the journal), and the links other records held to
  them. The audit rows that recorded a referral's disclosure stay, as the audit log's. Audit
  events that recorded those versions' hashes before the purge no longer find them, and
  verify accepts exactly that.
- **The oldest audit rows**, up to the configured age: the first kept row links to the last
  deleted row's hash, written down here. They are verified first, as ``vetdesk verify``
  walks them (:func:`refuse_unless_verified`): a changed row is never deleted, since that
  would destroy the evidence. What the deleted rows anchored (journal versions,
  prescriptions) and is still kept is carried into the purge's audit row: per journal chain
  its newest anchored version, which through the chain covers every earlier one.

This module is the SQLite path (run inside the purge's one transaction, where the program's
checks are the only guard). PostgreSQL does the same in the owner's function
(vetdesk/db/security/retention.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, or_, select, text, update
from sqlalchemy.orm import Session

from vetdesk.db.guards import APPEND_ONLY_TABLES
from vetdesk.db.models import (
    Animal,
    AuditEvent,
    JournalAttachment,
    JournalDraft,
    JournalDraftAttachment,
    JournalEntry,
    JournalVersion,
    MedicineAdministration,
    MedicineAdministrationReport,
    MedicineAdministrationVoid,
    MedicineReport,
    Prescription,
    PrescriptionCancellation,
    PrescriptionItem,
    Referral,
    ReferralItem,
    Reminder,
)
from vetdesk.domain import privacy_rules as rules
from vetdesk.domain.integrity import (
    ANCHORED_VERSIONS_KEY,
    CHAIN_TIPS_KEY,
    PRESCRIPTION_ANCHOR_KEY,
    PRESCRIPTION_HASHES_KEY,
    PURGE_ENTITY,
)
from vetdesk.errors import ValidationError
from vetdesk.i18n import _
from vetdesk.services.integrity.chains import verify_audit_rows

_CHUNK = 500


@dataclass(frozen=True)
class JournalDue:
    """An animal whose whole journal chain is past its retention."""

    animal_id: int
    versions: int
    last_entry: dt.date


@dataclass(frozen=True)
class PurgedJournal:
    animal_id: int
    versions: int
    last_seq: int
    last_hash: str
    counts: dict[str, int]


@dataclass(frozen=True)
class AuditCut:
    """The oldest audit rows, ``first`` to ``last`` (ids), that are past the cut-off."""

    first: int
    last: int
    rows: int
    last_hash: str


@dataclass
class Carried:
    """What the deleted audit rows anchored that is still kept (the purge row's details)."""

    chain_tips: dict[str, str] = field(default_factory=dict)
    prescriptions: dict[str, str] = field(default_factory=dict)


def journals_due(session: Session, today: dt.date) -> list[JournalDue]:
    """Animals presumed dead (recorded dead, or older than the species lives) whose last
    entry is ten years old or more: their whole chain may go.

    The last entry is the last one *made* (FOR-2006-02-20-229 § 6, "siste innførsel"): each
    version counts from the later of when the event happened and when the version was
    written, so a note written long after the visit, or a correction, keeps the journal ten
    years from then. An unsigned draft saved, or a referral or lab request made, counts too:
    the journal is in use (the entry being made), and the purge would take them with it. The
    server's purge function decides by the same rule."""
    last_entry = (select(JournalVersion.animal_id,
                         func.max(JournalVersion.event_time).label("last_event"),
                         func.max(JournalVersion.created_at).label("last_written"),
                         func.count().label("versions"))
                  .group_by(JournalVersion.animal_id).subquery())
    # Joined, not correlated: on PostgreSQL it is a function, called once so.
    drafts = drafts_by_animal(session)
    referred = (select(func.max(Referral.created_at))
                .where(Referral.animal_id == Animal.id).scalar_subquery())
    due: list[JournalDue] = []
    for (animal_id, species, born, died, last_event, last_written, versions, last_draft,
         last_referral) in session.execute(
        select(Animal.id, Animal.species, Animal.birth_date, Animal.deceased_on,
               last_entry.c.last_event, last_entry.c.last_written, last_entry.c.versions,
               drafts.c.last_saved, referred)
        .join(last_entry, last_entry.c.animal_id == Animal.id)
        .outerjoin(drafts, drafts.c.animal_id == Animal.id).order_by(Animal.id)
    ):
        last = max(t for t in (last_event, last_written, last_draft, last_referral)
                   if t is not None)
        ended = rules.journal_purge_on(last.date()) <= today
        if ended and rules.presumed_dead(species, born, died, today):
            due.append(JournalDue(animal_id, versions, last.date()))
    return due


def drafts_by_animal(session: Session) -> Any:
    """Per animal with unsigned drafts: ``animal_id``, ``drafts`` (how many) and
    ``last_saved``. On PostgreSQL a draft is visible to its author alone, so the owner's
    function counts them for the manager (vetdesk/db/security/retention.py)."""
    if session.get_bind().dialect.name == "postgresql":
        return func.vetdesk_journal_drafts_by_animal().table_valued(
            "animal_id", "drafts", "last_saved").alias("drafts")
    return (select(JournalDraft.animal_id, func.count().label("drafts"),
                   func.max(JournalDraft.saved_at).label("last_saved"))
            .group_by(JournalDraft.animal_id).subquery("drafts"))


def audit_cut(session: Session, before: dt.datetime) -> AuditCut | None:
    """The audit rows older than ``before``, as a run from the oldest kept: the chain is cut
    at the first younger row. The newest row always stays, so the purge's own row has a row
    to link to and the chain never starts over."""
    first, newest = session.execute(
        select(func.min(AuditEvent.id), func.max(AuditEvent.id))).one()
    if first is None:
        return None
    young = session.execute(
        select(func.min(AuditEvent.id)).where(AuditEvent.occurred_at >= before)).scalar()
    last = min(newest - 1, (young - 1) if young is not None else newest)
    if last < first:
        return None
    # A row missing there (removed behind the program's back) has no hash: the check before
    # deleting names it (refuse_unless_verified).
    last_hash = session.execute(
        select(AuditEvent.hash).where(AuditEvent.id == last)).scalar() or ""
    return AuditCut(first, last, last - first + 1, last_hash)


def refuse_unless_verified(session: Session, cut: AuditCut) -> None:
    """Walk the audit rows the cut deletes (from the start of the chain: the row after the
    last cut, or the first) as ``vetdesk verify`` walks them, and refuse the purge when one
    does not hold: deleting it would destroy the evidence of the change."""
    _rows, broken = verify_audit_rows(session, cut.last)
    if broken is not None:
        raise ValidationError(_(
            "Nothing was deleted: the oldest audit log entries, which the purge would delete, "
            "do not verify ({problem}); run “vetdesk verify” and find out what changed before "
            "purging.").format(problem=broken))


# Every append-only table's DELETE guard (one trigger per table and operation on SQLite,
# migrations 0001 and 0013).
_GUARDED = APPEND_ONLY_TABLES


@contextmanager
def deletes_allowed(session: Session) -> Iterator[None]:
    """Lift SQLite's DELETE guards for the purge, inside its transaction, and put back
    exactly what was there. DDL is transactional on SQLite: no other connection ever sees
    the tables unguarded, and a failed purge rolls the guards back with everything else."""
    names = [f"{table}_no_delete" for table in _GUARDED]
    found: dict[str, str] = dict(session.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ("
        + ", ".join(f"'{name}'" for name in names) + ")")).all())
    if set(found) != set(names):
        raise ValidationError(_(
            "The database's guards against deleting journals and the audit log are not all "
            "in place; run “vetdesk db check” before purging."))
    for name in names:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    yield
    for name in names:
        session.connection().exec_driver_sql(found[name])


def purge_journals(session: Session, animals: Sequence[int]) -> list[PurgedJournal]:
    """Delete these animals' whole journal chains with their files, prescriptions,
    medicine given, unsigned drafts and referrals; links from recalls and other animals'
    referrals to their entries are cleared (those rows are not the journal's). Set-based, a
    few hundred animals per statement: a sweep of a large clinic deletes thousands of chains
    at once."""
    purged: list[PurgedJournal] = []
    for chunk in _chunks(sorted(animals)):
        purged += _purge_chunk(session, list(chunk))
    return purged


def _purge_chunk(session: Session, animals: list[int]) -> list[PurgedJournal]:
    tips = _chain_tips(session, animals)
    counts: dict[int, dict[str, int]] = {animal: {} for animal in animals}
    entries = select(JournalEntry.id).where(JournalEntry.animal_id.in_(animals))
    for table, statement in (
        ("journal_versions", select(JournalVersion.animal_id, func.count())
         .where(JournalVersion.animal_id.in_(animals)).group_by(JournalVersion.animal_id)),
        ("journal_entries", select(JournalEntry.animal_id, func.count())
         .where(JournalEntry.animal_id.in_(animals)).group_by(JournalEntry.animal_id)),
        ("journal_attachments", select(JournalEntry.animal_id, func.count())
         .join(JournalAttachment, JournalAttachment.entry_id == JournalEntry.id)
         .where(JournalEntry.animal_id.in_(animals)).group_by(JournalEntry.animal_id)),
        ("prescriptions", select(Prescription.animal_id, func.count())
         .where(Prescription.animal_id.in_(animals)).group_by(Prescription.animal_id)),
        ("medicine_given", select(MedicineAdministration.animal_id, func.count())
         .where(MedicineAdministration.animal_id.in_(animals))
         .group_by(MedicineAdministration.animal_id)),
        ("journal_drafts", select(JournalDraft.animal_id, func.count())
         .where(JournalDraft.animal_id.in_(animals)).group_by(JournalDraft.animal_id)),
        ("referrals", select(Referral.animal_id, func.count())
         .where(Referral.animal_id.in_(animals)).group_by(Referral.animal_id)),
    ):
        for animal_id, count in session.execute(statement):
            counts[animal_id][table] = int(count)
    files = select(JournalAttachment.id).where(JournalAttachment.entry_id.in_(entries))
    session.execute(update(Reminder).where(Reminder.journal_entry_id.in_(entries))
                    .values(journal_entry_id=None).execution_options(synchronize_session=False))
    session.execute(update(Referral).where(Referral.report_entry_id.in_(entries))
                    .values(report_entry_id=None).execution_options(synchronize_session=False))
    # The animal's own referrals and lab requests go whole (their reason, summary and
    # question are clinical text); another animal's referral only loses what it sent of this
    # journal. The disclosure each sending recorded stays in the audit log (no key to here).
    referrals = select(Referral.id).where(Referral.animal_id.in_(animals))
    _deleted(session, delete(ReferralItem).where(or_(
        ReferralItem.referral_id.in_(referrals), ReferralItem.journal_entry_id.in_(entries),
        ReferralItem.attachment_id.in_(files))))
    _deleted(session, delete(Referral).where(Referral.animal_id.in_(animals)))
    # Unsigned drafts (kept across a crash) are the journal's text not yet signed.
    drafts = select(JournalDraft.id).where(JournalDraft.animal_id.in_(animals))
    _deleted(session, delete(JournalDraftAttachment).where(
        JournalDraftAttachment.draft_id.in_(drafts)))
    _deleted(session, delete(JournalDraft).where(JournalDraft.animal_id.in_(animals)))
    prescribed = or_(Prescription.animal_id.in_(animals),
                     Prescription.journal_entry_id.in_(entries))
    prescriptions = select(Prescription.id).where(prescribed)
    items = select(PrescriptionItem.id).where(PrescriptionItem.prescription_id.in_(prescriptions))
    _deleted(session, delete(MedicineReport).where(MedicineReport.prescription_item_id.in_(items)))
    _deleted(session, delete(PrescriptionCancellation).where(
        PrescriptionCancellation.prescription_id.in_(prescriptions)))
    _deleted(session, delete(PrescriptionItem).where(
        PrescriptionItem.prescription_id.in_(prescriptions)))
    _deleted(session, delete(Prescription).where(prescribed))
    # Medicine given in the clinic (issue 12) is the journal's too: its note is an entry.
    given_where = or_(MedicineAdministration.animal_id.in_(animals),
                      MedicineAdministration.journal_entry_id.in_(entries))
    given = select(MedicineAdministration.id).where(given_where)
    for model in (MedicineAdministrationReport, MedicineAdministrationVoid):
        _deleted(session, delete(model).where(model.medicine_given_id.in_(given)))
    _deleted(session, delete(MedicineAdministration).where(given_where))
    _deleted(session, delete(JournalVersion).where(JournalVersion.animal_id.in_(animals)))
    _deleted(session, delete(JournalAttachment).where(JournalAttachment.entry_id.in_(entries)))
    _deleted(session, delete(JournalEntry).where(JournalEntry.animal_id.in_(animals)))
    return [PurgedJournal(animal, counts[animal].get("journal_versions", 0), tips[animal][0],
                          tips[animal][1], {table: counts[animal].get(table, 0) for table in (
                              "journal_versions", "journal_entries", "journal_attachments",
                              "prescriptions", "medicine_given", "journal_drafts",
                              "referrals")})
            for animal in animals if animal in tips]


def _chain_tips(session: Session, animals: list[int]) -> dict[int, tuple[int, str]]:
    """Animal → (chain position, hash) of its chain's newest version."""
    newest = (select(JournalVersion.animal_id, func.max(JournalVersion.chain_seq).label("seq"))
              .where(JournalVersion.animal_id.in_(animals))
              .group_by(JournalVersion.animal_id).subquery())
    rows = session.execute(select(JournalVersion.animal_id, JournalVersion.chain_seq,
                                  JournalVersion.hash).join(newest, (
        newest.c.animal_id == JournalVersion.animal_id) & (
        newest.c.seq == JournalVersion.chain_seq)))
    return {animal_id: (seq, digest) for animal_id, seq, digest in rows}


def carried_anchors(session: Session, last: int) -> Carried:
    """What audit rows up to ``last`` anchored that still exists (call after deleting the
    journal chains of this purge: their versions are not carried)."""
    versions: dict[str, str] = {}
    prescriptions: dict[str, str] = {}
    for entity_type, action, entity_id, details in session.execute(
        select(AuditEvent.entity_type, AuditEvent.action, AuditEvent.entity_id,
               AuditEvent.details).where(AuditEvent.id <= last).order_by(AuditEvent.id)
        .execution_options(yield_per=5_000)
    ):
        if not isinstance(details, dict):
            continue
        named = details.get(ANCHORED_VERSIONS_KEY)
        if isinstance(named, dict):
            versions.update({str(k): str(v) for k, v in named.items()})
        if entity_type == PURGE_ENTITY:
            for tip in (details.get(CHAIN_TIPS_KEY) or {}).values():
                version_hex, _sep, digest = str(tip).partition(":")
                versions[version_hex] = digest
            for prescription_hex, value in (details.get(PRESCRIPTION_HASHES_KEY) or {}).items():
                prescriptions[str(prescription_hex)] = str(value).partition(":")[2]
        elif entity_type == "prescription" and action == "create" and entity_id:
            anchored = details.get(PRESCRIPTION_ANCHOR_KEY)
            if isinstance(anchored, str):
                prescriptions[entity_id] = anchored
    carried = Carried()
    newest: dict[int, tuple[int, str]] = {}
    for chunk in _chunks(sorted(versions)):
        for version_id, animal_id, seq in session.execute(
            select(JournalVersion.id, JournalVersion.animal_id, JournalVersion.chain_seq)
            .where(JournalVersion.id.in_([uuid.UUID(hex=v) for v in chunk]))
        ):
            if animal_id not in newest or seq > newest[animal_id][0]:
                newest[animal_id] = (seq, version_id.hex)
    for animal_id, (_seq, version_hex) in sorted(newest.items()):
        # The hash the audit log recorded, not the row's own: a changed row still shows.
        carried.chain_tips[str(animal_id)] = f"{version_hex}:{versions[version_hex]}"
    for chunk in _chunks(sorted(prescriptions)):
        for prescription_id, animal_id in session.execute(
            select(Prescription.id, Prescription.animal_id)
            .where(Prescription.id.in_([uuid.UUID(hex=p) for p in chunk]))
        ):
            digest = prescriptions[prescription_id.hex]
            carried.prescriptions[prescription_id.hex] = f"{animal_id}:{digest}"
    return carried


def delete_audit_rows(session: Session, cut: AuditCut) -> int:
    return _deleted(session, delete(AuditEvent).where(AuditEvent.id <= cut.last))


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


def _deleted(session: Session, statement: Any) -> int:
    result = session.execute(statement.execution_options(synchronize_session=False))
    return int(result.rowcount)  # type: ignore[attr-defined]
