"""The audit log: who viewed, changed, printed, exported or erased what, and when.

Events are written inside the same transaction as the action they describe, so either both
happen or neither. Each row's hash covers its content and the previous row's hash; writers are
serialised (an advisory lock on PostgreSQL, the write lock on SQLite) so the chain never forks.
On PostgreSQL the append is one statement (a server function, migration 0003), so logging costs
one round trip to a distant server rather than five.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from vetdesk.db.base import UTCDateTime
from vetdesk.db.models import AuditEvent
from vetdesk.domain.codes import AuditAction
from vetdesk.domain.integrity import (
    AUDIT_HASHED_FIELDS,
    GENESIS_HASH,
    canonical_json,
    chained_hash_of_text,
    hashed_content,
)
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor

# Repeated views of the same record by the same user within this window are one event.
VIEW_COALESCE_WINDOW = dt.timedelta(minutes=5)


def record(
    session: Session,
    ctx: ServiceContext,
    actor: Actor | None,
    action: AuditAction,
    *,
    entity_type: str | None = None,
    entity_id: str | int | None = None,
    client_id: int | None = None,
    animal_id: int | None = None,
    details: Mapping[str, Any] | None = None,
    username: str | None = None,
) -> int:
    """Append one event to the chain (call inside the action's own transaction); its id."""
    fields = _fields(ctx, actor, action, entity_type, entity_id, client_id, animal_id,
                     details, username)
    event_id = _append(session, fields, coalesce_since=None)
    assert event_id is not None  # only views are coalesced
    return event_id


def record_view(
    session: Session,
    ctx: ServiceContext,
    actor: Actor,
    *,
    entity_type: str,
    entity_id: str | int,
    client_id: int | None = None,
    animal_id: int | None = None,
) -> int | None:
    """Log a view, unless the same user viewed the same record a few minutes ago (``None``)."""
    fields = _fields(ctx, actor, AuditAction.VIEW, entity_type, entity_id, client_id,
                     animal_id, None, None)
    return _append(session, fields, coalesce_since=ctx.clock.now() - VIEW_COALESCE_WINDOW)


def record_view_now(
    ctx: ServiceContext,
    actor: Actor,
    *,
    entity_type: str,
    entity_id: str | int,
    client_id: int | None = None,
    animal_id: int | None = None,
) -> int | None:
    """Log a view as its own unit of work, before the record is read and shown.

    On PostgreSQL that is one statement, one round trip; a screen that then reads in autocommit
    never shows a record whose viewing was not logged first.
    """
    # Idempotent: a view repeated within the coalescing window is one event, so an action
    # retried after a lost connection does not log the view twice.
    with ctx.db.single_statement(idempotent=True) as session:
        return record_view(session, ctx, actor, entity_type=entity_type, entity_id=entity_id,
                           client_id=client_id, animal_id=animal_id)


def event_fields(
    ctx: ServiceContext,
    actor: Actor | None,
    action: AuditAction,
    *,
    entity_type: str | None = None,
    entity_id: str | int | None = None,
    client_id: int | None = None,
    animal_id: int | None = None,
    details: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """An event's fields, for a server function that appends it itself (booking, issue 11)."""
    return _fields(ctx, actor, action, entity_type, entity_id, client_id, animal_id, details,
                   None)


def _fields(
    ctx: ServiceContext,
    actor: Actor | None,
    action: AuditAction,
    entity_type: str | None,
    entity_id: str | int | None,
    client_id: int | None,
    animal_id: int | None,
    details: Mapping[str, Any] | None,
    username: str | None,
) -> dict[str, Any]:
    return {
        "occurred_at": ctx.clock.now(),
        "user_id": actor.user_id if actor else None,
        "username": actor.username if actor else (username or "unknown"),
        "action": action.value,
        "entity_type": entity_type,
        "entity_id": None if entity_id is None else str(entity_id),
        "client_id": client_id,
        "animal_id": animal_id,
        "details": dict(details or {}),
        "workstation": ctx.workstation[:100] if ctx.workstation else None,
    }


def _append(
    session: Session, fields: dict[str, Any], *, coalesce_since: dt.datetime | None
) -> int | None:
    if session.get_bind().dialect.name == "postgresql":
        # One statement: the server checks, locks, links and inserts, and it names the acting
        # user from the session's login role, not from what the program says
        # (vetdesk/db/security/functions.py).
        head, workstation_json = audit_content_parts(fields)
        return session.execute(
            _APPEND_ON_SERVER,
            {**fields, "details": json.dumps(fields["details"]), "content_head": head,
             "workstation_json": workstation_json, "coalesce_since": coalesce_since},
        ).scalar()
    content = canonical_json(hashed_content(fields, AUDIT_HASHED_FIELDS))
    # SQLite: the unit of work already holds the database's single write lock (BEGIN
    # IMMEDIATE), so reading the tip and appending cannot interleave with another writer.
    # The tip and, for a view, whether it was seen lately come in one statement.
    tip = session.execute(_TIP, {
        "since": coalesce_since, "user_id": fields["user_id"], "action": fields["action"],
        "entity_type": fields["entity_type"], "entity_id": fields["entity_id"],
    }).first()
    if tip is not None and tip.seen is not None:
        return None
    tip_id, tip_hash = (tip.id, tip.hash) if tip else (0, GENESIS_HASH)
    session.add(AuditEvent(id=tip_id + 1, prev_hash=tip_hash,
                           hash=chained_hash_of_text(tip_hash, content), **fields))
    session.flush()
    return int(tip_id + 1)


def audit_content_parts(fields: Mapping[str, Any]) -> tuple[str, str]:
    """The canonical content without the acting user, in the two pieces the server joins
    around the user it trusts: everything up to ``occurred_at`` (the user's keys sort right
    after it) without the closing brace, and the workstation's JSON value (the last key)."""
    before_user = {
        name: fields[name] for name in AUDIT_HASHED_FIELDS
        if name not in {"user_id", "username", "workstation"}
    }
    head = canonical_json(before_user)[:-1]
    return head, canonical_json({"w": fields["workstation"]})[5:-1]


_APPEND_ON_SERVER = text(
    "SELECT vetdesk_audit_append(:occurred_at, :user_id, :username, :action, :entity_type, "
    ":entity_id, :client_id, :animal_id, CAST(:details AS json), :workstation, "
    ":content_head, :workstation_json, :coalesce_since)"
).bindparams(
    bindparam("occurred_at", type_=UTCDateTime()),
    bindparam("coalesce_since", type_=UTCDateTime()),
)


# An empty log has no tip and no recent view: no row at all.
_TIP = text(
    "SELECT id, hash, (SELECT v.id FROM audit_events v WHERE :since IS NOT NULL"
    " AND v.user_id = :user_id AND v.action = :action AND v.entity_type = :entity_type"
    " AND v.entity_id = :entity_id AND v.occurred_at >= :since LIMIT 1) AS seen"
    " FROM audit_events ORDER BY id DESC LIMIT 1"
).bindparams(bindparam("since", type_=UTCDateTime()))
