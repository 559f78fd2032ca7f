"""Issued prescriptions against the hashes their audit events recorded (issue 12).

Each prescription's SHA-256 covers its own fields and every item (domain.prescription_rules);
the audit event that issued it carries that hash (``prescription_hash``), so the one audit tip
anchors prescriptions too. Run after the audit chain was verified: its details are trusted.
Prescriptions written before hashing (hash NULL, the demo's) are not checked.

A break is returned as (table, row, reason); chains.py makes it a ChainBreak (this module does
not import chains.py, which calls it).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import AuditEvent, Prescription, PrescriptionItem
from vetdesk.domain.integrity import GENESIS_HASH, PRESCRIPTION_ANCHOR_KEY, chained_hash
from vetdesk.domain.prescription_rules import (
    PRESCRIPTION_HASHED_FIELDS,
    PRESCRIPTION_ITEM_HASHED_FIELDS,
    prescription_content,
)
from vetdesk.i18n import _

ANCHOR_KEY = PRESCRIPTION_ANCHOR_KEY


Break = tuple[str, str, str]


def verify_prescriptions(
    session: Session,
    carried: Mapping[str, tuple[int, str, int | None]] | None = None,
    excused: Callable[[int | None, int], bool] | None = None,
) -> Break | None:
    """``carried``: prescription hex → (audit event, hash, animal) a retention purge carried
    forward from the issuing events it deleted (issue 10); ``excused(animal, event)`` says
    whether a prescription that event named went with its animal's purged journal."""
    anchors: dict[str, tuple[int, str, int | None]] = dict(carried or {})
    for audit_id, entity_id, animal_id, details in session.execute(
        select(AuditEvent.id, AuditEvent.entity_id, AuditEvent.animal_id, AuditEvent.details)
        .where(AuditEvent.entity_type == "prescription", AuditEvent.action == "create")
        .order_by(AuditEvent.id)
    ):
        digest = details.get(ANCHOR_KEY) if isinstance(details, dict) else None
        if isinstance(digest, str) and entity_id:
            anchors.setdefault(entity_id, (audit_id, digest, animal_id))
    items: dict[uuid.UUID, list[dict[str, Any]]] = {}
    for item in session.execute(
        select(PrescriptionItem).order_by(PrescriptionItem.prescription_id, PrescriptionItem.id)
    ).scalars():
        items.setdefault(item.prescription_id, []).append(
            {name: getattr(item, name) for name in PRESCRIPTION_ITEM_HASHED_FIELDS})
    for row in session.execute(
        select(Prescription).where(Prescription.hash.is_not(None)).order_by(Prescription.id)
    ).scalars():
        values = {name: getattr(row, name) for name in PRESCRIPTION_HASHED_FIELDS}
        digest = chained_hash(GENESIS_HASH, prescription_content(values, items.get(row.id, [])))
        if digest != row.hash:
            return ("prescriptions", row.id.hex,
                              _("content does not match its hash"))
        anchor = anchors.pop(row.id.hex, None)
        if anchor is None:
            return ("prescriptions", row.id.hex, _("its hash is not in the audit log"))
        if anchor[1] != row.hash:
            return ("prescriptions", row.id.hex,
                              _("differs from the hash audit event {event} recorded").format(
                                  event=anchor[0]))
    if excused is not None:
        anchors = {key: anchor for key, anchor in anchors.items()
                   if not excused(anchor[2], anchor[0])}
    if anchors:
        prescription_id, (audit_id, _digest, _animal) = min(anchors.items(),
                                                             key=lambda kv: kv[1][0])
        return ("audit_events", str(audit_id),
                          _("records prescription {id}, which is missing").format(
                              id=prescription_id))
    return None
