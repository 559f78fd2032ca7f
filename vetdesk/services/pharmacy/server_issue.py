"""Issuing on PostgreSQL: one call to ``vetdesk_issue_prescription``
(vetdesk/db/security/prescribing.py) writes the prescription, its items, the journal note at
the tip of the animal's chain and the audit row, in one autocommit statement.

Over a distant link each statement is a round trip; table by table (the earlier attempt, the
checks, the entry, the chain's tip, the version, the prescription, the items, the audit row,
BEGIN and COMMIT) issuing cost about fifteen. The program sends what it checked and hashed;
the server adds only the note's place in the chain and its hash.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, text

from vetdesk.db.base import UTCDateTime
from vetdesk.domain.codes import AuditAction, JournalKind, Requester, VersionAction
from vetdesk.domain.integrity import journal_version_content_parts
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy.prepared import PreparedIssue

ENTITY = "prescription"


def issue(ctx: ServiceContext, actor: Actor, prepared: PreparedIssue, version_id: uuid.UUID,
          content: Mapping[str, str], details: Mapping[str, Any]) -> bool:
    """Write the prepared prescription; False when an attempt with its id was there first.
    ``details`` names the note's version hash by ``journal_writes.HASH_PLACEHOLDER``."""
    row = prepared.row
    now = prepared.now
    head, tail = journal_version_content_parts(
        {"id": version_id, "entry_id": prepared.entry_id, "animal_id": row["animal_id"],
         "version_no": 1, "action": VersionAction.SIGN.value, "event_time": now,
         "help_requested_at": now, "content": dict(content), "weight_kg": None,
         "temperature_c": None, "confidential": False, "reason": None,
         "requested_by": Requester.CLINIC.value, "author_id": actor.user_id,
         "created_at": now, "chain_seq": None},
        {"kind": JournalKind.NOTE.value, "author_id": actor.user_id, "started_at": now,
         "signed_at": now, "signed_by_id": actor.user_id, "auto_locked": False},
    )
    fields = audit.event_fields(
        ctx, actor, AuditAction.CREATE, entity_type=ENTITY, entity_id=row["id"].hex,
        animal_id=row["animal_id"], client_id=row["client_id"], details=details)
    audit_head, workstation_json = audit.audit_content_parts(fields)
    with ctx.db.single_statement(idempotent=True) as session:
        found = session.execute(_ISSUE, {
            "id": row["id"].hex, "animal_id": row["animal_id"], "client_id": row["client_id"],
            "prescriber_id": actor.user_id, "issued_at": now, "expires_on": row["expires_on"],
            "cascade_statement": row["cascade_statement"],
            "art107_statement": row["art107_statement"], "notes": row["notes"],
            "production_category": row["production_category"],
            "producer_number": row["producer_number"],
            "administered_by": row["administered_by"], "hash": prepared.hash,
            "items": json.dumps([_json_item(item) for item in prepared.items]),
            "entry_id": prepared.entry_id.hex, "version_id": version_id.hex,
            "content": json.dumps(dict(content)), "hash_head": head, "hash_tail": tail,
            "occurred_at": fields["occurred_at"], "username": actor.username,
            "details": json.dumps(fields["details"]), "workstation": fields["workstation"],
            "content_head": audit_head, "workstation_json": workstation_json,
        }).one()
    return bool(found[0])


def _json_item(item: Mapping[str, Any]) -> dict[str, Any]:
    # Amounts as their exact decimal text (the column is numeric).
    return {name: str(value) if isinstance(value, Decimal) else value
            for name, value in item.items()}


_ISSUE = text(
    "SELECT issued, first_prescriber_id FROM vetdesk_issue_prescription(:id, :animal_id, "
    ":client_id, :prescriber_id, :issued_at, :expires_on, :cascade_statement, "
    ":art107_statement, :notes, :production_category, :producer_number, :administered_by, "
    ":hash, CAST(:items AS json), :entry_id, :version_id, CAST(:content AS json), "
    ":hash_head, :hash_tail, :occurred_at, :username, :details, :workstation, "
    ":content_head, :workstation_json)"
).bindparams(
    bindparam("issued_at", type_=UTCDateTime()),
    bindparam("occurred_at", type_=UTCDateTime()),
)
