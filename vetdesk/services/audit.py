"""The audit log: who viewed, changed, printed, exported or erased what, and when.

Events are written inside the same transaction as the action they describe, so either both
happen or neither. Each row's hash covers its content and the previous row's hash; writers are
serialised (an advisory lock on PostgreSQL, the write lock on SQLite) so the chain never forks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from vetdesk.db.models import AuditEvent
from vetdesk.domain.codes import AuditAction
from vetdesk.domain.integrity import (
    AUDIT_HASHED_FIELDS,
    GENESIS_HASH,
    chained_hash,
    hashed_content,
)
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require

# Any constant works; it only has to be the same for every workstation of a database.
_AUDIT_CHAIN_LOCK_KEY = 0x5645_5444_4553_4B01  # "VETDESK\x01"
# Repeated views of the same record by the same user within this window are one event.
VIEW_COALESCE_WINDOW = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class AuditRecord:
    id: int
    occurred_at: dt.datetime
    username: str
    action: AuditAction
    entity_type: str | None
    entity_id: str | None
    client_id: int | None
    animal_id: int | None
    details: dict[str, Any]
    workstation: str | None


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
) -> AuditEvent:
    """Append one event to the chain (call inside the action's own transaction)."""
    _lock_chain(session)
    last = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    prev_id, prev_hash = (last[0], last[1]) if last else (0, GENESIS_HASH)
    event = AuditEvent(
        id=prev_id + 1,
        occurred_at=ctx.clock.now(),
        user_id=actor.user_id if actor else None,
        username=actor.username if actor else (username or "unknown"),
        action=action.value,
        entity_type=entity_type,
        entity_id=None if entity_id is None else str(entity_id),
        client_id=client_id,
        animal_id=animal_id,
        details=dict(details or {}),
        workstation=ctx.workstation[:100] if ctx.workstation else None,
        prev_hash=prev_hash,
    )
    event.hash = chained_hash(prev_hash, audit_content(event))
    session.add(event)
    session.flush()
    return event


def record_view(
    session: Session,
    ctx: ServiceContext,
    actor: Actor,
    *,
    entity_type: str,
    entity_id: str | int,
    client_id: int | None = None,
    animal_id: int | None = None,
) -> AuditEvent | None:
    """Log a view, unless the same user viewed the same record a few minutes ago."""
    since = ctx.clock.now() - VIEW_COALESCE_WINDOW
    recent = session.execute(
        select(AuditEvent.id)
        .where(
            AuditEvent.user_id == actor.user_id,
            AuditEvent.action == AuditAction.VIEW.value,
            AuditEvent.entity_type == entity_type,
            AuditEvent.entity_id == str(entity_id),
            AuditEvent.occurred_at >= since,
        )
        .limit(1)
    ).first()
    if recent is not None:
        return None
    return record(
        session,
        ctx,
        actor,
        AuditAction.VIEW,
        entity_type=entity_type,
        entity_id=entity_id,
        client_id=client_id,
        animal_id=animal_id,
    )


def audit_content(event: AuditEvent) -> dict[str, Any]:
    row = {name: getattr(event, name) for name in AUDIT_HASHED_FIELDS}
    return hashed_content(row, AUDIT_HASHED_FIELDS)


def _lock_chain(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _AUDIT_CHAIN_LOCK_KEY})
    # SQLite: the unit of work already holds the database's single write lock (BEGIN IMMEDIATE).


def events_for_client(
    ctx: ServiceContext, actor: Actor, client_id: int, *, limit: int = 500
) -> list[AuditRecord]:
    """The access history of one client's record (who opened, changed, printed it)."""
    require(actor, Permission.VIEW_AUDIT_LOG)
    with ctx.db.reading() as session:
        rows = session.execute(
            select(AuditEvent)
            .where(AuditEvent.client_id == client_id)
            .order_by(AuditEvent.id.desc())
            .limit(limit)
        ).scalars()
        return [_to_record(row) for row in rows]


def _to_record(row: AuditEvent) -> AuditRecord:
    return AuditRecord(
        id=row.id,
        occurred_at=row.occurred_at,
        username=row.username,
        action=AuditAction(row.action),
        entity_type=row.entity_type,
        entity_id=row.entity_id,
        client_id=row.client_id,
        animal_id=row.animal_id,
        details=dict(row.details),
        workstation=row.workstation,
    )
