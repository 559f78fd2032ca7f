"""Walk the hash chains and name the first row changed or removed behind the program's back."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import AuditEvent, JournalEntry, JournalVersion
from vetdesk.domain.integrity import (
    AUDIT_HASHED_FIELDS,
    GENESIS_HASH,
    JOURNAL_ENTRY_HASHED_FIELDS,
    JOURNAL_VERSION_HASHED_FIELDS,
    chained_hash,
    hashed_content,
    journal_version_content,
)
from vetdesk.services.context import ServiceContext

_BATCH = 5_000


@dataclass(frozen=True)
class ChainBreak:
    table: str
    row_id: str
    reason: str

    def __str__(self) -> str:
        return f"{self.table} row {self.row_id}: {self.reason}"


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
        row_id, _, digest = text.strip().partition(":")
        if not row_id.isdigit() or len(digest) < 16 or not all(c in "0123456789abcdef"
                                                                for c in digest):
            raise ValueError(text)
        return cls(int(row_id), digest)


@dataclass(frozen=True)
class VerifyReport:
    audit_rows: int
    journal_versions: int
    first_break: ChainBreak | None
    audit_tip: ChainTip | None = None

    @property
    def ok(self) -> bool:
        return self.first_break is None


def verify_all(ctx: ServiceContext, *, expected_tip: ChainTip | None = None) -> VerifyReport:
    """Walk both chains; with ``expected_tip`` (from an earlier run) also prove that the audit
    log still holds that row unchanged, so rows removed from the end are noticed too."""
    with ctx.db.reading(consistent=True) as session:
        audit_rows, audit_break, tip = verify_audit_chain(session, expected_tip)
        versions, journal_break = verify_journal_chains(session)
    return VerifyReport(audit_rows, versions, audit_break or journal_break, tip)


def verify_audit_chain(
    session: Session, expected_tip: ChainTip | None = None
) -> tuple[int, ChainBreak | None, ChainTip | None]:
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
            return count, ChainBreak("audit_events", str(expected_id), "row is missing"), tip
        if values["prev_hash"] != expected_prev:
            return count, ChainBreak(
                "audit_events", row_id, "link to the previous row is broken"), tip
        content = hashed_content(values, AUDIT_HASHED_FIELDS)
        if chained_hash(expected_prev, content) != values["hash"]:
            return count, ChainBreak(
                "audit_events", row_id, "content does not match its hash"), tip
        if (expected_tip is not None and values["id"] == expected_tip.row_id
                and not values["hash"].startswith(expected_tip.hash)):
            return count, ChainBreak(
                "audit_events", row_id, "differs from the tip written down earlier"), tip
        tip = ChainTip(values["id"], values["hash"])
        expected_prev, expected_id = values["hash"], expected_id + 1
    if expected_tip is not None and (tip is None or tip.row_id < expected_tip.row_id):
        last = tip.row_id if tip else 0
        return count, ChainBreak(
            "audit_events", str(last + 1),
            f"rows {last + 1} to {expected_tip.row_id} were removed from the end"), tip
    return count, None, tip


def verify_journal_chains(session: Session) -> tuple[int, ChainBreak | None]:
    version_cols = [getattr(JournalVersion, name) for name in JOURNAL_VERSION_HASHED_FIELDS]
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
            return count, ChainBreak("journal_versions", row_id, "an earlier version is missing")
        if values["prev_hash"] != expected_prev:
            return count, ChainBreak(
                "journal_versions", row_id, "link to the previous version is broken"
            )
        entry = {name: values[f"entry_{name}"] for name in JOURNAL_ENTRY_HASHED_FIELDS}
        content = journal_version_content(values, entry)
        if chained_hash(expected_prev, content) != values["hash"]:
            return count, ChainBreak("journal_versions", row_id, "content does not match its hash")
        expected_prev, expected_seq = values["hash"], expected_seq + 1
    return count, None


def _stream(session: Session, stmt: Any) -> Iterator[Any]:
    result = session.execute(stmt.execution_options(yield_per=_BATCH))
    yield from result
