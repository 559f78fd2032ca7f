"""Walk the hash chains and name the first row changed or removed behind the program's back.

Three things are checked in one consistent read:

- the audit chain, row by row, and (given the tip written down earlier) that it still holds
  that row unchanged, so rows removed from its end are caught too;
- every attached file's bytes against its stored SHA-256;
- every animal's journal chain, each version's hash covering its entry's files, and both ways
  against the audit log: each version's own audit event recorded its hash, and every version
  an audit event names still exists with that hash. A journal chain alone cannot show its
  newest versions missing, nor a chain recomputed from scratch; the audit tip, kept outside
  the database, anchors them all (issue 7).

After a retention purge (issue 10) the audit chain starts from the cut written down in
``chain_purges`` (purges.py), the purge's audit row carries forward what the deleted rows
anchored (per journal chain its newest anchored version, covering the earlier ones through the
chain), and versions an audit event named before their animal's whole chain was purged are
excused. Nothing else is.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import AuditEvent, JournalAttachment, JournalEntry, JournalVersion
from vetdesk.domain.integrity import (
    ANCHORED_VERSIONS_KEY,
    AUDIT_HASHED_FIELDS,
    CHAIN_TIPS_KEY,
    GENESIS_HASH,
    JOURNAL_ENTRY_HASHED_FIELDS,
    JOURNAL_VERSION_HASHED_FIELDS,
    PRESCRIPTION_HASHES_KEY,
    PURGE_ENTITY,
    chained_hash,
    hashed_content,
    journal_version_content,
)
from vetdesk.i18n import _
from vetdesk.services.integrity.prescriptions import verify_prescriptions
from vetdesk.services.integrity.purges import Purges, cut_disagrees, load_purges

_BATCH = 5_000
# Files are up to 25 MB each: stream few at a time so a large clinic's verify stays small.
_FILE_BATCH = 8
_HEX = frozenset("0123456789abcdef")
# Shorter prefixes would make a tip copied by hand too easy to match by chance.
MIN_TIP_HEX = 16


@dataclass(frozen=True)
class ChainBreak:
    table: str
    row_id: str
    reason: str
    # True when only the comparison with the tip written down failed (the chain itself held
    # up to there): then a tip copied wrongly by hand is worth ruling out before crying foul.
    against_tip: bool = False

    def __str__(self) -> str:
        return _("{table} row {row}: {reason}").format(table=self.table, row=self.row_id,
                                                    reason=self.reason)


@dataclass(frozen=True)
class ChainTip:
    """The newest audit row: written down outside the database, it lets a later run prove
    that no rows were removed from the end (a chain cannot show its own tail missing)."""

    row_id: int
    hash: str

    def __str__(self) -> str:
        return f"{self.row_id}:{self.hash}"

    @classmethod
    def parse(cls, text: str) -> ChainTip:
        """``ID:HASH`` (the hash may be shortened to its first 16 digits); ValueError if not."""
        row_id, _, digest = text.strip().partition(":")
        digest = digest.lower()
        if (not row_id.isascii() or not row_id.isdigit() or int(row_id) < 1
                or not MIN_TIP_HEX <= len(digest) <= 64 or not set(digest) <= _HEX):
            raise ValueError(text)
        return cls(int(row_id), digest)

    def matches(self, digest: str) -> bool:
        return digest.startswith(self.hash)


@dataclass(frozen=True)
class ChainsWalked:
    audit_rows: int
    journal_versions: int
    attachments: int
    first_break: ChainBreak | None
    audit_tip: ChainTip | None


@dataclass(frozen=True)
class _Anchor:
    audit_id: int
    hash: str
    # The animal the naming event is about (its audit row's animal_id, or the chain tip's).
    animal_id: int | None = None


@dataclass
class Anchors:
    """What the audit walk collected for the journal and prescription checks."""

    versions: dict[str, _Anchor] = field(default_factory=dict)
    # Carried by a retention purge: version hex → that version and every earlier one.
    chain_tips: dict[str, _Anchor] = field(default_factory=dict)
    # Carried by a retention purge: prescription hex → (audit event, hash, animal).
    prescriptions: dict[str, tuple[int, str, int | None]] = field(default_factory=dict)
    purges: Purges = field(default_factory=Purges)


def walk_chains(session: Session, expected_tip: ChainTip | None = None) -> ChainsWalked:
    """Everything verify checks, in a session that reads one consistent snapshot."""
    anchors = Anchors(purges=load_purges(session))
    audit_rows, audit_break, tip = verify_audit_chain(session, expected_tip, anchors)
    files, file_hashes, file_break = verify_attachments(session)
    versions, journal_break = verify_journal_chains(session, file_hashes, anchors)
    # Only a complete journal walk has claimed every version that exists.
    missing = _version_missing(anchors) if journal_break is None else None
    first = audit_break or file_break or journal_break or missing
    if first is None:
        # Issued prescriptions against the hashes their audit events recorded (issue 12).
        broken = verify_prescriptions(session, anchors.prescriptions, anchors.purges.excused)
        first = ChainBreak(*broken) if broken else None
    return ChainsWalked(audit_rows, versions, files, first, tip)


def verify_audit_chain(
    session: Session,
    expected_tip: ChainTip | None = None,
    anchors: Anchors | None = None,
) -> tuple[int, ChainBreak | None, ChainTip | None]:
    """Walk the audit chain from its start (the first row, or the row after the newest
    retention cut); collects the journal versions' hashes its events recorded."""
    anchors = Anchors(purges=load_purges(session)) if anchors is None else anchors
    cuts = anchors.purges.by_event()
    count, broken, tip = _walk_audit_rows(session, anchors, cuts, expected_tip)
    if broken is not None:
        return count, broken, tip
    start = anchors.purges.audit_start()[0]
    unmatched = [cut for event, listed in cuts.items() if event >= start for cut in listed]
    if unmatched:
        # A cut newer than the start of the log (the one the walk started from always is)
        # must have been recorded by an event the walk checked; older ones went with the
        # rows they explain, and excuse nothing that is left.
        orphan = min(unmatched, key=lambda cut: cut.id)
        return count, ChainBreak("chain_purges", str(orphan.id), _(
            "the audit event {event} that should record this purge is missing").format(
                event=orphan.audit_event_id)), tip
    cut = anchors.purges.audit_cut
    if (expected_tip is not None and cut is not None and expected_tip.row_id == cut.last_seq
            and not expected_tip.matches(cut.last_hash)):
        # A tip the purge deleted is checked against the hash its cut kept; an older one
        # cannot be checked any more (the README says to write down the tip after a purge).
        return count, ChainBreak(
            "audit_events", str(cut.last_seq), _("differs from the tip written down earlier"),
            against_tip=True), tip
    if expected_tip is not None and (tip is None or tip.row_id < expected_tip.row_id):
        last = tip.row_id if tip else 0
        return count, ChainBreak(
            "audit_events", str(last + 1),
            _("rows {first} to {last} were removed from the end").format(
                first=last + 1, last=expected_tip.row_id),
            against_tip=True), tip
    return count, None, tip


def verify_audit_rows(session: Session, through: int) -> tuple[int, ChainBreak | None]:
    """Walk the audit chain from its start up to row ``through``, each row checked as
    :func:`verify_audit_chain` checks it (the retention purge's check of the rows it is
    about to delete): how many rows were walked, and the first that does not hold."""
    anchors = Anchors(purges=load_purges(session))
    count, broken, _tip = _walk_audit_rows(
        session, anchors, anchors.purges.by_event(), through=through)
    return count, broken


def _walk_audit_rows(
    session: Session,
    anchors: Anchors,
    cuts: dict[int, list[Any]],
    expected_tip: ChainTip | None = None,
    through: int | None = None,
) -> tuple[int, ChainBreak | None, ChainTip | None]:
    """The row-by-row part of the audit walk: from the chain's start to its end, or to row
    ``through`` (which must then be there). The cuts whose events were walked are taken out
    of ``cuts``."""
    columns = [getattr(AuditEvent, name) for name in AUDIT_HASHED_FIELDS]
    stmt = select(AuditEvent.id, *columns, AuditEvent.prev_hash, AuditEvent.hash).order_by(
        AuditEvent.id
    )
    if through is not None:
        stmt = stmt.where(AuditEvent.id <= through)
    expected_id, expected_prev = anchors.purges.audit_start()
    count = 0
    tip: ChainTip | None = None
    for row in _stream(session, stmt):
        count += 1
        values = row._asdict()
        row_id = str(values["id"])
        if values["id"] != expected_id:
            return count, ChainBreak("audit_events", str(expected_id), _("row is missing")), tip
        if values["prev_hash"] != expected_prev:
            return count, ChainBreak(
                "audit_events", row_id, _("link to the previous row is broken")), tip
        content = hashed_content(values, AUDIT_HASHED_FIELDS)
        if chained_hash(expected_prev, content) != values["hash"]:
            return count, ChainBreak(
                "audit_events", row_id, _("content does not match its hash")), tip
        if (expected_tip is not None and values["id"] == expected_tip.row_id
                and not expected_tip.matches(values["hash"])):
            return count, ChainBreak(
                "audit_events", row_id, _("differs from the tip written down earlier"),
                against_tip=True), tip
        conflict = (_cuts_disagree(values["id"], values["details"], cuts)
                    or _collect_anchors(values, anchors))
        if conflict is not None:
            return count, conflict, tip
        tip = ChainTip(values["id"], values["hash"])
        expected_prev, expected_id = values["hash"], expected_id + 1
    if through is not None and expected_id <= through:
        # Every row up to ``through`` was asked for: the next one is not there.
        return count, ChainBreak("audit_events", str(expected_id), _("row is missing")), tip
    return count, None, tip


def event_with_hash(session: Session, tip: ChainTip) -> int | None:
    """The audit event whose hash starts with the tip's digits, wherever it is (a full scan:
    only asked when the tip did not match where it should)."""
    # Hex digits only (ChainTip.parse), so the LIKE pattern has no wildcards of its own.
    return session.execute(
        select(AuditEvent.id).where(AuditEvent.hash.startswith(tip.hash)).limit(1)
    ).scalar()


def _cuts_disagree(audit_id: int, details: Any, cuts: dict[int, list[Any]]) -> ChainBreak | None:
    """Each retention cut this event made must be recorded in it as written (purges.py);
    the cuts checked are taken out of ``cuts``."""
    for cut in cuts.pop(audit_id, ()):
        reason = cut_disagrees(cut, details)
        if reason is not None:
            return ChainBreak("chain_purges", str(cut.id), reason)
    return None


def _collect_anchors(values: dict[str, Any], anchors: Anchors) -> ChainBreak | None:
    audit_id, details = values["id"], values["details"]
    if not isinstance(details, dict):
        return None
    if values["entity_type"] == PURGE_ENTITY:
        _collect_carried(audit_id, details, anchors)
    named = details.get(ANCHORED_VERSIONS_KEY)
    if not isinstance(named, dict):
        return None
    for version_id, digest in named.items():
        earlier = anchors.versions.get(version_id)
        if earlier is not None and earlier.hash != digest:
            return ChainBreak("audit_events", str(audit_id),
                              _("records journal version {version} again with another "
                                "hash than audit event {event}").format(
                                  version=version_id, event=earlier.audit_id))
        anchors.versions.setdefault(
            version_id, _Anchor(audit_id, str(digest), values["animal_id"]))
    return None


def _collect_carried(audit_id: int, details: dict[str, Any], anchors: Anchors) -> None:
    """A retention purge's carried anchors: a later purge's replace an earlier one's."""
    tips = details.get(CHAIN_TIPS_KEY)
    for animal, value in (tips.items() if isinstance(tips, dict) else ()):
        version_hex, _sep, digest = str(value).partition(":")
        anchors.chain_tips[version_hex] = _Anchor(audit_id, digest, _int(animal))
    carried = details.get(PRESCRIPTION_HASHES_KEY)
    for prescription_hex, value in (carried.items() if isinstance(carried, dict) else ()):
        animal, _sep, digest = str(value).partition(":")
        anchors.prescriptions[str(prescription_hex)] = (audit_id, digest, _int(animal))


def _int(text: Any) -> int | None:
    try:
        return int(text)
    except (TypeError, ValueError):
        return None


def verify_attachments(
    session: Session,
) -> tuple[int, dict[uuid.UUID, list[str]], ChainBreak | None]:
    """Recompute each file's SHA-256 from its bytes; returns the stored hashes per entry, which
    the entry's versions hash (so a file swapped together with its stored SHA-256 is caught
    there)."""
    stmt = select(
        JournalAttachment.id, JournalAttachment.entry_id, JournalAttachment.sha256,
        JournalAttachment.data,
    ).order_by(JournalAttachment.id)
    by_entry: dict[uuid.UUID, list[str]] = {}
    count = 0
    for row in _stream(session, stmt, batch=_FILE_BATCH):
        count += 1
        if hashlib.sha256(row.data).hexdigest() != row.sha256:
            return count, by_entry, ChainBreak(
                "journal_attachments", f"{row.id.hex} (entry {row.entry_id.hex})",
                _("the file does not match its SHA-256"))
        by_entry.setdefault(row.entry_id, []).append(row.sha256)
    return count, by_entry, None


def verify_journal_chains(
    session: Session,
    file_hashes: dict[uuid.UUID, list[str]] | None = None,
    anchors: Anchors | None = None,
) -> tuple[int, ChainBreak | None]:
    """Walk each animal's chain. With ``anchors`` (from the audit walk) each version must have
    been recorded there with its hash, or be covered by a later version of its chain that a
    retention purge carried forward; the ones found are removed, the rest are missing."""
    files = {} if file_hashes is None else file_hashes
    version_cols = [getattr(JournalVersion, name) for name in JOURNAL_VERSION_HASHED_FIELDS]
    # Hashed only where it differs from the event time (domain/integrity.py).
    version_cols.append(JournalVersion.help_requested_at)
    entry_cols = [
        getattr(JournalEntry, name).label(f"entry_{name}") for name in JOURNAL_ENTRY_HASHED_FIELDS
    ]
    stmt = (
        select(*version_cols, *entry_cols, JournalVersion.prev_hash, JournalVersion.hash)
        .join(JournalEntry, JournalEntry.id == JournalVersion.entry_id)
        .order_by(JournalVersion.animal_id, JournalVersion.chain_seq)
    )
    count = 0
    animal: Any = None
    expected_prev, expected_seq = GENESIS_HASH, 1
    # The first version of the current chain that no event named; a carried tip later in
    # the chain covers it, the chain's end without one does not.
    uncovered: str | None = None
    for row in _stream(session, stmt):
        values = row._asdict()
        if values["animal_id"] != animal:
            if uncovered is not None:
                return count, ChainBreak(
                    "journal_versions", uncovered, _("its hash is not in the audit log"))
            animal, expected_prev, expected_seq = values["animal_id"], GENESIS_HASH, 1
        count += 1
        row_id = f"{values['id'].hex} (entry {values['entry_id'].hex}, animal {animal})"
        if values["chain_seq"] != expected_seq:
            return count, ChainBreak(
                "journal_versions", row_id, _("an earlier version is missing"))
        if values["prev_hash"] != expected_prev:
            return count, ChainBreak(
                "journal_versions", row_id, _("link to the previous version is broken")
            )
        entry = {name: values[f"entry_{name}"] for name in JOURNAL_ENTRY_HASHED_FIELDS}
        content = journal_version_content(values, entry, files.get(values["entry_id"], ()))
        if chained_hash(expected_prev, content) != values["hash"]:
            return count, ChainBreak(
                "journal_versions", row_id, _("content does not match its hash"))
        if anchors is not None:
            mismatch = _anchored(values, row_id, anchors)
            if mismatch is not None:
                return count, mismatch
            version_hex = values["id"].hex
            if anchors.chain_tips.pop(version_hex, None) is not None:
                uncovered = None
            elif anchors.versions.pop(version_hex, None) is None and uncovered is None:
                uncovered = row_id
            # Checked above: a version named both ways was named with its hash both times.
        expected_prev, expected_seq = values["hash"], expected_seq + 1
    if uncovered is not None:
        return count, ChainBreak(
            "journal_versions", uncovered, _("its hash is not in the audit log"))
    return count, None


def _anchored(values: dict[str, Any], row_id: str, anchors: Anchors) -> ChainBreak | None:
    """The version's hash against what the audit log recorded for it, one way or both."""
    version_hex = values["id"].hex
    for anchor in (anchors.versions.get(version_hex), anchors.chain_tips.get(version_hex)):
        if anchor is not None and anchor.hash != values["hash"]:
            return ChainBreak(
                "journal_versions", row_id,
                _("differs from the hash audit event {event} recorded").format(
                    event=anchor.audit_id))
    return None


def _version_missing(anchors: Anchors) -> ChainBreak | None:
    """The first audit event (in chain order) naming a version the journal no longer holds,
    unless the version went with a retention purge of its animal's whole chain."""
    left = [(anchor.audit_id, version_id) for named in (anchors.versions, anchors.chain_tips)
            for version_id, anchor in named.items()
            if not anchors.purges.excused(anchor.animal_id, anchor.audit_id)]
    if not left:
        return None
    audit_id, version_id = min(left)
    return ChainBreak("audit_events", str(audit_id),
                      _("records journal version {version}, which is missing").format(
                          version=version_id))


def _stream(session: Session, stmt: Any, *, batch: int = _BATCH) -> Iterator[Any]:
    result = session.execute(stmt.execution_options(yield_per=batch))
    yield from result
