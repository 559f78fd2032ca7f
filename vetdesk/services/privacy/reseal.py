"""Re-seal the anonymised copy's hash chains over its pseudonymised values (issue 10).

The copy replaces usernames in the audit log and redacts names written in journal notes and
prescriptions, so the hashes copied from the original no longer match: ``vetdesk verify`` on
the copy would cry tampering. As the rows are written, each chain is recomputed the way its
writers compute it (domain/integrity.py, domain/prescription_rules.py): a prescription's hash
over its copied fields and items; each animal's journal chain from the first version whose
hashed content changed; and the whole audit chain, whose events carry the journal versions'
and prescriptions' new hashes in place of the old. The copy then ends with an event that says
it is a re-sealed copy: its chains prove only that the copy is whole, nothing about the
original database.

The chained tables must reach :meth:`Resealer.row` in chain order (journal versions by animal
and chain position, audit events by id) and after what they anchor: prescription items before
their prescriptions, journal versions and prescriptions before the audit log
(:func:`copy_order`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Column, Select, Table, select

from vetdesk.db.models import JournalAttachment, JournalEntry, Prescription
from vetdesk.domain.integrity import (
    ANCHORED_VERSIONS_KEY,
    AUDIT_HASHED_FIELDS,
    CHAIN_TIPS_KEY,
    GENESIS_HASH,
    HELP_REQUESTED_KEY,
    JOURNAL_ENTRY_HASHED_FIELDS,
    JOURNAL_VERSION_HASHED_FIELDS,
    PRESCRIPTION_HASHES_KEY,
    RESEALED_COPY,
    canonical_json_of_stored,
    chained_hash_of_text,
    hashed_content,
    journal_version_content,
)
from vetdesk.domain.prescription_rules import (
    PRESCRIPTION_HASHED_FIELDS,
    PRESCRIPTION_ITEM_HASHED_FIELDS,
    prescription_content,
)
from vetdesk.services.integrity.prescriptions import ANCHOR_KEY as PRESCRIPTION_ANCHOR_KEY
from vetdesk.services.integrity.purges import load_purges

__all__ = ["CHAINED", "RESEALED_COPY", "Resealer", "copy_order", "source_query"]

# The journal entry's own hashed facts ride along with each version under this prefix.
_ENTRY = "chained_entry_"
_VERSION_FIELDS = (*JOURNAL_VERSION_HASHED_FIELDS, HELP_REQUESTED_KEY)
# The tables whose rows :meth:`Resealer.row` must see.
CHAINED = frozenset({"journal_versions", "prescription_items", "prescriptions", "audit_events"})
# Tables written after every other one, in this order: each anchors what comes before it.
_LAST = ("prescriptions", "audit_events")


def copy_order(tables: Iterable[Table]) -> list[Table]:
    """The tables in the order the copy writes them (foreign keys are deferred to the end of
    the copy's one transaction, so only the chains decide the order)."""
    tables = list(tables)
    last = [t for name in _LAST for t in tables if t.name == name]
    return [t for t in tables if t.name not in _LAST] + last


def source_query(table: Table, columns: list[Column[Any]]) -> Select[Any]:
    """What to read of ``table`` from the original: chained tables in chain order, journal
    versions with their entry's hashed facts."""
    stmt = select(*columns)
    if table.name == "journal_versions":
        entry = [getattr(JournalEntry, name).label(_ENTRY + name)
                 for name in JOURNAL_ENTRY_HASHED_FIELDS]
        stmt = (stmt.add_columns(*entry)
                .join(JournalEntry, JournalEntry.id == table.c.entry_id)
                .order_by(table.c.animal_id, table.c.chain_seq))
    elif table.name == "audit_events":
        stmt = stmt.order_by(table.c.id)
    elif table.name == "prescription_items":
        stmt = stmt.order_by(table.c.prescription_id, table.c.id)
    return stmt


def _hash(prev_hash: str, content: Mapping[str, Any]) -> str:
    # The copy's values were read from the database: the fast canonical text applies.
    return chained_hash_of_text(prev_hash, canonical_json_of_stored(content))


class Resealer:
    """Recomputes the chains row by row; keeps only what later rows need (new hashes of the
    versions and prescriptions that changed, items of hashed prescriptions)."""

    def __init__(self, source: Any) -> None:
        # Files are copied unchanged, but a version's hash covers their SHA-256.
        self._files: dict[uuid.UUID, list[str]] = {}
        for entry_id, digest in source.execute(
                select(JournalAttachment.entry_id, JournalAttachment.sha256)):
            self._files.setdefault(entry_id, []).append(digest)
        self._hashed_prescriptions = set(source.execute(
            select(Prescription.id).where(Prescription.hash.is_not(None))).scalars())
        self._items: dict[uuid.UUID, list[dict[str, Any]]] = {}
        self._animal: Any = object()
        self._old_prev = self._new_prev = GENESIS_HASH
        self._versions: dict[str, str] = {}  # version id (hex) -> new hash, where it changed
        self._prescriptions: dict[str, str] = {}  # prescription id (hex) -> new hash
        # After a retention purge the chain starts at its cut, linked to the last deleted row's
        # hash (integrity/purges.py): the copy starts there too.
        self._audit_prev = load_purges(source).audit_start()[1]
        self.audit_rows = 0

    def row(self, table: str, original: Mapping[Any, Any], copied: dict[str, Any]) -> None:
        """Give ``copied`` (the row about to be written) hashes that hold over its values."""
        if table == "journal_versions":
            self._version(original, copied)
        elif table == "prescription_items":
            if copied["prescription_id"] in self._hashed_prescriptions:
                self._items.setdefault(copied["prescription_id"], []).append(
                    {name: copied[name] for name in PRESCRIPTION_ITEM_HASHED_FIELDS})
        elif table == "prescriptions":
            self._prescription(copied)
        elif table == "audit_events":
            self._audit(copied)

    def _version(self, original: Mapping[Any, Any], copied: dict[str, Any]) -> None:
        entry = {name: copied.pop(_ENTRY + name) for name in JOURNAL_ENTRY_HASHED_FIELDS}
        if copied["animal_id"] != self._animal:
            self._animal, self._old_prev, self._new_prev = (copied["animal_id"], GENESIS_HASH,
                                                            GENESIS_HASH)
        old_hash = original["hash"]
        unchanged = self._new_prev == self._old_prev and all(
            copied.get(name) == original.get(name) for name in _VERSION_FIELDS)
        if not unchanged:
            content = journal_version_content(copied, entry, self._files.get(copied["entry_id"],
                                                                              ()))
            copied["prev_hash"] = self._new_prev
            copied["hash"] = _hash(self._new_prev, content)
            self._versions[copied["id"].hex] = copied["hash"]
        self._old_prev, self._new_prev = old_hash, copied["hash"]

    def _prescription(self, copied: dict[str, Any]) -> None:
        if copied.get("hash") is None:
            return
        values = {name: copied[name] for name in PRESCRIPTION_HASHED_FIELDS}
        items = self._items.pop(copied["id"], [])
        digest = _hash(GENESIS_HASH, prescription_content(values, items))
        if digest != copied["hash"]:
            copied["hash"] = digest
            self._prescriptions[copied["id"].hex] = digest

    def _audit(self, copied: dict[str, Any]) -> None:
        details = copied.get("details")
        if isinstance(details, dict):
            copied["details"] = self._anchors(copied, details)
        copied["prev_hash"] = self._audit_prev
        copied["hash"] = _hash(self._audit_prev, hashed_content(copied, AUDIT_HASHED_FIELDS))
        self._audit_prev = copied["hash"]
        self.audit_rows += 1

    def _anchors(self, event: Mapping[str, Any], details: dict[str, Any]) -> dict[str, Any]:
        """The event's details with the anchored hashes that changed replaced."""
        named = details.get(ANCHORED_VERSIONS_KEY)
        if isinstance(named, dict) and any(v in self._versions for v in named):
            details = {**details, ANCHORED_VERSIONS_KEY: {
                version: self._versions.get(version, digest)
                for version, digest in named.items()}}
        entity = event.get("entity_id")
        if (event.get("entity_type") == "prescription" and entity in self._prescriptions
                and PRESCRIPTION_ANCHOR_KEY in details):
            details = {**details, PRESCRIPTION_ANCHOR_KEY: self._prescriptions[entity]}
        # A retention purge carried forward what its deleted rows anchored, "id:hash" values.
        tips = details.get(CHAIN_TIPS_KEY)
        if isinstance(tips, dict):
            details = {**details, CHAIN_TIPS_KEY: {
                animal: self._carried(str(tip), self._versions) for animal, tip in tips.items()}}
        kept = details.get(PRESCRIPTION_HASHES_KEY)
        if isinstance(kept, dict):
            details = {**details, PRESCRIPTION_HASHES_KEY: {
                rx: (f"{str(value).split(':', 1)[0]}:{self._prescriptions[rx]}"
                     if rx in self._prescriptions else value)
                for rx, value in kept.items()}}
        return details

    @staticmethod
    def _carried(tip: str, new: Mapping[str, str]) -> str:
        """A chain tip "version hex:hash" with the version's new hash, if it has one."""
        version, _sep, _old = tip.partition(":")
        return f"{version}:{new[version]}" if version in new else tip
