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
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import AuditEvent, JournalAttachment, JournalEntry, JournalVersion
from vetdesk.domain.integrity import (
    ANCHORED_VERSIONS_KEY,
    AUDIT_HASHED_FIELDS,
    GENESIS_HASH,
    JOURNAL_ENTRY_HASHED_FIELDS,
    JOURNAL_VERSION_HASHED_FIELDS,
    chained_hash,
    hashed_content,
    journal_version_content,
)
from vetdesk.i18n import _
from vetdesk.services.integrity.prescriptions import verify_prescriptions

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


def walk_chains(session: Session, expected_tip: ChainTip | None = None) -> ChainsWalked:
    """Everything verify checks, in a session that reads one consistent snapshot."""
    anchors: dict[str, _Anchor] = {}
    audit_rows, audit_break, tip = verify_audit_chain(session, expected_tip, anchors)
    files, file_hashes, file_break = verify_attachments(session)
    versions, journal_break = verify_journal_chains(session, file_hashes, anchors)
    # Only a complete journal walk has claimed every version that exists.
    missing = _version_missing(anchors) if journal_break is None else None
    first = audit_break or file_break or journal_break or missing
    if first is None:
        # Issued prescriptions against the hashes their audit events recorded (issue 12).
        broken = verify_prescriptions(session)
        first = ChainBreak(*broken) if broken else None
    return ChainsWalked(audit_rows, versions, files, first, tip)


def verify_audit_chain(
    session: Session,
    expected_tip: ChainTip | None = None,
    anchors: dict[str, _Anchor] | None = None,
) -> tuple[int, ChainBreak | None, ChainTip | None]:
    """Walk the audit chain; collects the journal versions' hashes its events recorded."""
    anchors = {} if anchors is None else anchors
    columns = [getattr(AuditEvent, name) for name in AUDIT_HASHED_FIELDS]
    stmt = select(AuditEvent.id, *columns, AuditEvent.prev_hash, AuditEvent.hash).order_by(
        AuditEvent.id
    )
    expected_prev, expected_id, count = GENESIS_HASH, 1, 0
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
        conflict = _collect_anchors(values["id"], values["details"], anchors)
        if conflict is not None:
            return count, conflict, tip
        tip = ChainTip(values["id"], values["hash"])
        expected_prev, expected_id = values["hash"], expected_id + 1
    if expected_tip is not None and (tip is None or tip.row_id < expected_tip.row_id):
        last = tip.row_id if tip else 0
        return count, ChainBreak(
            "audit_events", str(last + 1),
            _("rows {first} to {last} were removed from the end").format(
                first=last + 1, last=expected_tip.row_id),
            against_tip=True), tip
    return count, None, tip


def event_with_hash(session: Session, tip: ChainTip) -> int | None:
    """The audit event whose hash starts with the tip's digits, wherever it is (a full scan:
    only asked when the tip did not match where it should)."""
    # Hex digits only (ChainTip.parse), so the LIKE pattern has no wildcards of its own.
    return session.execute(
        select(AuditEvent.id).where(AuditEvent.hash.startswith(tip.hash)).limit(1)
    ).scalar()


def _collect_anchors(
    audit_id: int, details: Any, anchors: dict[str, _Anchor]
) -> ChainBreak | None:
    named = details.get(ANCHORED_VERSIONS_KEY) if isinstance(details, dict) else None
    if not isinstance(named, dict):
        return None
    for version_id, digest in named.items():
        earlier = anchors.get(version_id)
        if earlier is not None and earlier.hash != digest:
            return ChainBreak("audit_events", str(audit_id),
                              _("records journal version {version} again with another "
                                "hash than audit event {event}").format(
                                  version=version_id, event=earlier.audit_id))
        anchors.setdefault(version_id, _Anchor(audit_id, str(digest)))
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
    anchors: dict[str, _Anchor] | None = None,
) -> tuple[int, ChainBreak | None]:
    """Walk each animal's chain. With ``anchors`` (from the audit walk) each version must have
    been recorded there with its hash; the ones found are removed, the rest are missing."""
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
    for row in _stream(session, stmt):
        count += 1
        values = row._asdict()
        if values["animal_id"] != animal:
            animal, expected_prev, expected_seq = values["animal_id"], GENESIS_HASH, 1
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
            anchor = anchors.pop(values["id"].hex, None)
            if anchor is None:
                return count, ChainBreak(
                    "journal_versions", row_id, _("its hash is not in the audit log"))
            if anchor.hash != values["hash"]:
                return count, ChainBreak(
                    "journal_versions", row_id,
                    _("differs from the hash audit event {event} recorded").format(
                        event=anchor.audit_id))
        expected_prev, expected_seq = values["hash"], expected_seq + 1
    return count, None


def _version_missing(anchors: dict[str, _Anchor]) -> ChainBreak | None:
    """The first audit event (in chain order) naming a version the journal no longer holds."""
    if not anchors:
        return None
    version_id, anchor = min(anchors.items(), key=lambda item: (item[1].audit_id, item[0]))
    return ChainBreak("audit_events", str(anchor.audit_id),
                      _("records journal version {version}, which is missing").format(
                          version=version_id))


def _stream(session: Session, stmt: Any, *, batch: int = _BATCH) -> Iterator[Any]:
    result = session.execute(stmt.execution_options(yield_per=batch))
    yield from result
