"""What verify needs to know about the retention purge's cuts (issue 10).

``chain_purges`` says where the audit chain now starts (the newest audit cut: the first kept
row links to the hash written there) and which animals' journal chains went whole. Neither is
taken on trust: each row's own audit event, when it is still in the log, must repeat its
numbers (checked while the audit chain is walked), and the audit cut must be: its event is
always kept, being newer than every row it deleted. A removal that did not go through the
purge has no such row and is reported as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import ChainPurge
from vetdesk.domain.integrity import (
    AUDIT_LAST_HASH_KEY,
    AUDIT_LAST_KEY,
    AUDIT_ROWS_KEY,
    GENESIS_HASH,
    PURGED_JOURNALS_KEY,
)
from vetdesk.i18n import _


@dataclass(frozen=True)
class Cut:
    """One ``chain_purges`` row, as verify reads it."""

    id: int
    chain: str
    animal_id: int | None
    last_seq: int
    rows: int
    last_hash: str
    audit_event_id: int


@dataclass
class Purges:
    cuts: list[Cut] = field(default_factory=list)

    @property
    def audit_cut(self) -> Cut | None:
        """The newest cut of the audit chain: the chain is walked from the row after it."""
        audit = [cut for cut in self.cuts if cut.chain == "audit"]
        return max(audit, key=lambda cut: cut.last_seq) if audit else None

    def audit_start(self) -> tuple[int, str]:
        """The id the audit chain's first row must have, and the hash it links to."""
        cut = self.audit_cut
        return (1, GENESIS_HASH) if cut is None else (cut.last_seq + 1, cut.last_hash)

    @cached_property
    def journal_purged_by(self) -> dict[int, int]:
        """Animal → the audit event of the newest purge of its whole journal chain. An audit
        event older than that may name versions (and prescriptions) that are gone."""
        purged: dict[int, int] = {}
        for cut in self.cuts:
            if cut.chain == "journal" and cut.animal_id is not None:
                purged[cut.animal_id] = max(purged.get(cut.animal_id, 0), cut.audit_event_id)
        return purged

    def excused(self, animal_id: int | None, audit_id: int) -> bool:
        """True when what audit event ``audit_id`` names of ``animal_id`` went with a purge
        of that animal's whole journal chain recorded after it."""
        if animal_id is None:
            return False
        return audit_id < self.journal_purged_by.get(animal_id, 0)

    def by_event(self) -> dict[int, list[Cut]]:
        events: dict[int, list[Cut]] = {}
        for cut in self.cuts:
            events.setdefault(cut.audit_event_id, []).append(cut)
        return events


def load_purges(session: Session) -> Purges:
    rows = session.execute(select(
        ChainPurge.id, ChainPurge.chain, ChainPurge.animal_id, ChainPurge.last_seq,
        ChainPurge.rows, ChainPurge.last_hash, ChainPurge.audit_event_id,
    ).order_by(ChainPurge.id)).all()
    return Purges([Cut(*row) for row in rows])


def cut_disagrees(cut: Cut, details: Any) -> str | None:
    """Why the purge's audit event does not record ``cut`` as written, or None."""
    if not isinstance(details, dict):
        return _("its audit event records no purge")
    if cut.chain == "audit":
        recorded = (details.get(AUDIT_LAST_KEY), details.get(AUDIT_LAST_HASH_KEY),
                    details.get(AUDIT_ROWS_KEY))
        if recorded != (str(cut.last_seq), cut.last_hash, str(cut.rows)):
            return _("the audit rows it says were purged differ from what its audit event "
                     "{event} recorded").format(event=cut.audit_event_id)
        return None
    chains = details.get(PURGED_JOURNALS_KEY)
    if not isinstance(chains, dict) or chains.get(str(cut.animal_id)) != cut.last_hash:
        return _("the journal chain it says was purged is not the one its audit event "
                 "{event} recorded").format(event=cut.audit_event_id)
    return None
