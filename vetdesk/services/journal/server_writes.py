"""The journal's writes on PostgreSQL, one statement each (issue 9).

Over a distant link every statement is a round trip, so signing table by table (the draft,
its files, the entry, the chain's tip, the version, the audit row, BEGIN and COMMIT) cost a
dozen. Here the program reads what it must check in one statement, checks it exactly as on
SQLite, renders the canonical content, and sends one call to a server function
(vetdesk/db/security/journal_writes.py) that writes everything in one autocommit statement:
sign and correct cost two round trips, saving a draft one.

SQLite keeps the table-by-table path (it is local; a round trip costs nothing). Both give the
same rows and hashes: the hash is computed over the same canonical text either way.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, case, func, select, text
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from vetdesk.db.base import UTCDateTime
from vetdesk.db.models import (
    Animal,
    JournalAttachment,
    JournalDraft,
    JournalDraftAttachment,
    JournalEntry,
    JournalVersion,
    RecallRule,
    Reminder,
)
from vetdesk.db.security import journal_writes as sql
from vetdesk.domain.codes import AuditAction, JournalKind, ReminderKind, Species
from vetdesk.domain.integrity import journal_version_content_parts, version_anchor
from vetdesk.errors import ConflictError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal.recalls import (
    NO_CHANGE,
    OPEN_STATUSES,
    RULE_KINDS,
    OpenRecall,
    RecallPlan,
    RuleFact,
)
from vetdesk.services.journal.records import AnimalFacts, VersionFields
from vetdesk.services.permissions import Actor

_UNIQUE_VIOLATION = "23505"


def sqlstate(exc: DBAPIError) -> str | None:
    return getattr(exc.orig, "sqlstate", None)


# ---- reads: everything a check needs, in one statement ------------------------------------


@dataclass(frozen=True)
class DraftToSign:
    draft: JournalDraft
    facts: AnimalFacts
    attachment_hashes: tuple[str, ...]
    # What a vaccination's or an operation's recalls are decided from (journal/recalls.py);
    # empty for other entries.
    rules: tuple[RuleFact, ...] = ()
    open_recalls: tuple[OpenRecall, ...] = ()


def draft_to_sign(session: Session, draft_id: uuid.UUID) -> DraftToSign | None:
    """The draft, its animal and its files' hashes, and for an entry that updates recalls the
    clinic's rules and the animal's open vaccination recalls (issue 9: read with the draft,
    not after it); None when the session cannot see the draft."""
    files = (
        select(func.array_agg(JournalDraftAttachment.sha256))
        .where(JournalDraftAttachment.draft_id == JournalDraft.id)
        .scalar_subquery()
    )
    # Read only for the kinds that use them: a subquery under CASE runs only when reached.
    rules = case((JournalDraft.kind.in_(_RECALL_KINDS), (
        select(func.json_agg(func.json_build_array(
            RecallRule.kind, RecallRule.product_key, RecallRule.species, RecallRule.months,
            RecallRule.days, RecallRule.vaccine_group))).where(
            RecallRule.active.is_(True), RecallRule.kind.in_(RULE_KINDS))
        .scalar_subquery())))
    open_recalls = case((JournalDraft.kind == JournalKind.VACCINATION.value, (
        select(func.json_agg(aggregate_order_by(
            func.json_build_array(Reminder.id, Reminder.title, Reminder.due_on),
            Reminder.id))).where(
            Reminder.animal_id == JournalDraft.animal_id,
            Reminder.kind == ReminderKind.VACCINATION.value,
            Reminder.status.in_(OPEN_STATUSES))
        .scalar_subquery())))
    row = session.execute(
        select(JournalDraft, Animal.name, Animal.species, Animal.is_group, Animal.owner_id,
               files, rules, open_recalls)
        .join(Animal, Animal.id == JournalDraft.animal_id)
        .where(JournalDraft.id == draft_id)
    ).first()
    if row is None:
        return None
    draft = row[0]
    # Kept as read: the unit of work's closing rollback would expire it.
    session.expunge(draft)
    facts = AnimalFacts(draft.animal_id, row[1], Species(row[2]), row[3], row[4])
    return DraftToSign(
        draft, facts, tuple(sorted(row[5] or ())),
        rules=tuple(RuleFact(*rule) for rule in row[6] or ()),
        open_recalls=tuple(OpenRecall(recall_id, title, dt.date.fromisoformat(due))
                           for recall_id, title, due in row[7] or ()),
    )


_RECALL_KINDS = (JournalKind.VACCINATION.value, JournalKind.PROCEDURE.value)


@dataclass(frozen=True)
class EntryToChange:
    entry: JournalEntry
    current: JournalVersion
    facts: AnimalFacts
    attachment_hashes: tuple[str, ...]


def entry_to_change(session: Session, entry_id: uuid.UUID) -> EntryToChange | None:
    """The entry, its current version, its animal and its files' hashes."""
    files = (
        select(func.array_agg(JournalAttachment.sha256))
        .where(JournalAttachment.entry_id == JournalEntry.id)
        .scalar_subquery()
    )
    row = session.execute(
        select(JournalEntry, JournalVersion, Animal.name, Animal.species, Animal.is_group,
               Animal.owner_id, files)
        .join(JournalVersion, JournalVersion.entry_id == JournalEntry.id)
        .join(Animal, Animal.id == JournalEntry.animal_id)
        .where(JournalEntry.id == entry_id)
        .order_by(JournalVersion.version_no.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    entry = row[0]
    session.expunge(entry)
    session.expunge(row[1])
    facts = AnimalFacts(entry.animal_id, row[2], Species(row[3]), row[4], row[5])
    return EntryToChange(entry, row[1], facts, tuple(sorted(row[6] or ())))


# ---- writes: one call each ----------------------------------------------------------------


@dataclass(frozen=True)
class Written:
    version_id: uuid.UUID
    chain_seq: int
    hash: str
    completed_recalls: tuple[int, ...] = ()
    new_recall_id: int | None = None


def sign(
    ctx: ServiceContext, actor: Actor, found: DraftToSign, fields: VersionFields,
    now: dt.datetime, recalls: RecallPlan = NO_CHANGE,
) -> Written:
    """Sign the draft the program checked, and write the recalls it completes and sets in
    the same statement; raises DBAPIError with the function's SQLSTATE (the caller explains
    it)."""
    draft = found.draft
    entry = {"kind": draft.kind, "author_id": draft.author_id, "started_at": draft.started_at,
             "signed_at": now, "signed_by_id": draft.author_id, "auto_locked": False}
    version_id = uuid.uuid4()
    details = {"version": 1, "kind": draft.kind}
    params = {
        **_version_params(version_id, draft.id, draft.animal_id, fields, entry,
                          found.attachment_hashes, now),
        **_audit_params(ctx, actor, AuditAction.CREATE, draft.id, found.facts, details,
                         version_id),
        "draft_id": draft.id.hex, "saved_at": draft.saved_at,
        "attachment_hashes": list(found.attachment_hashes), "animal_id": draft.animal_id,
        "client_id": found.facts.owner_id, "author_id": draft.author_id, "kind": draft.kind,
        "started_at": draft.started_at, "signed_at": now,
    }
    if recalls == NO_CHANGE:
        with ctx.db.single_statement() as session:
            row = session.execute(_SIGN, params).one()
        return Written(version_id, int(row[0]), str(row[1]))
    new = recalls.new
    params.update({
        "complete": list(recalls.complete), "recall_kind": new and new.kind,
        "recall_title": new and new.title, "recall_due": new and new.due_on,
    })
    with ctx.db.single_statement() as session:
        row = session.execute(_SIGN_WITH_RECALLS, params).one()
    return Written(version_id, int(row[0]), str(row[1]), tuple(row[2] or ()), row[3])


def add_version(
    ctx: ServiceContext, actor: Actor, found: EntryToChange, fields: VersionFields,
    now: dt.datetime,
) -> Written:
    """A correction or a void of the entry the program checked."""
    entry = found.entry
    entry_facts = {"kind": entry.kind, "author_id": entry.author_id,
                   "started_at": entry.started_at, "signed_at": entry.signed_at,
                   "signed_by_id": entry.signed_by_id, "auto_locked": entry.auto_locked}
    version_id = uuid.uuid4()
    details = {"version": fields.version_no, "action": fields.action.value,
               "requested_by": fields.requested_by.value}
    params = {
        **_version_params(version_id, entry.id, entry.animal_id, fields, entry_facts,
                          found.attachment_hashes, now),
        **_audit_params(ctx, actor, AuditAction.CHANGE, entry.id, found.facts, details,
                         version_id),
        "entry_id": entry.id.hex, "animal_id": entry.animal_id,
        "client_id": found.facts.owner_id, "version_no": fields.version_no,
        "action": fields.action.value, "reason": fields.reason,
        "requested_by": fields.requested_by.value, "author_id": fields.author_id,
        "created_at": now,
    }
    with ctx.db.single_statement() as session:
        row = session.execute(_ADD_VERSION, params).one()
    return Written(version_id, int(row[0]), str(row[1]))


@dataclass(frozen=True)
class CleanDraft:
    """A draft's fields as they are stored (checked by the domain rules first)."""

    id: uuid.UUID
    animal_id: int
    kind: str
    event_time: dt.datetime
    help_requested_at: dt.datetime | None
    content: dict[str, str]
    weight_kg: Decimal | None
    temperature_c: Decimal | None
    confidential: bool


def save_draft(ctx: ServiceContext, actor: Actor, draft: CleanDraft, now: dt.datetime) -> bool:
    """Save one's own draft, auditing its first save; True when it was new."""
    fields = {
        **audit.event_fields(ctx, actor, AuditAction.CREATE, entity_type="journal_draft",
                             entity_id=draft.id.hex, animal_id=draft.animal_id,
                             details={"kind": draft.kind}),
        "occurred_at": now,
        # Known only to the server (the animal's owner): put in there.
        "client_id": sql.CLIENT_PLACEHOLDER,
    }
    head, workstation_json = audit.audit_content_parts(fields)
    with ctx.db.single_statement(idempotent=True) as session:
        created = session.execute(_SAVE_DRAFT, {
            "id": draft.id.hex, "animal_id": draft.animal_id, "author_id": actor.user_id,
            "kind": draft.kind, "event_time": draft.event_time,
            "help_requested_at": draft.help_requested_at, "content": json.dumps(draft.content),
            "weight_kg": draft.weight_kg, "temperature_c": draft.temperature_c,
            "confidential": draft.confidential, "now": now, "username": actor.username,
            "details": json.dumps(fields["details"]), "workstation": fields["workstation"],
            "content_head": head, "workstation_json": workstation_json,
        }).scalar_one()
    return bool(created)


def refused_save(exc: DBAPIError) -> bool:
    """The save function refused for a reason the table-by-table path explains: signed,
    moved to another animal, no such animal, or another person's draft under the same id
    (hidden from a staff role by row-level security, so its primary key refuses)."""
    return sqlstate(exc) in {sql.DRAFT_MOVED, sql.ALREADY_SIGNED, sql.NO_ANIMAL,
                             _UNIQUE_VIOLATION}


def changed_meanwhile() -> ConflictError:
    return ConflictError(
        _("Someone else changed this entry a moment ago; reload it and try again.")
    )


def chain_busy() -> ConflictError:
    return ConflictError(
        _("Too many entries were being signed for this animal at once; try again.")
    )


# ---- parameters ---------------------------------------------------------------------------


def _version_params(
    version_id: uuid.UUID, entry_id: uuid.UUID, animal_id: int, fields: VersionFields,
    entry: Mapping[str, Any], attachment_hashes: Sequence[str], now: dt.datetime,
) -> dict[str, Any]:
    version = {
        "id": version_id, "entry_id": entry_id, "animal_id": animal_id,
        "version_no": fields.version_no, "action": fields.action.value,
        "event_time": fields.event_time, "help_requested_at": fields.help_requested_at,
        "content": dict(fields.content), "weight_kg": fields.weight_kg,
        "temperature_c": fields.temperature_c, "confidential": fields.confidential,
        "reason": fields.reason, "requested_by": fields.requested_by.value,
        "author_id": fields.author_id, "created_at": now, "chain_seq": None,
    }
    head, tail = journal_version_content_parts(version, entry, attachment_hashes)
    return {
        "version_id": version_id.hex, "event_time": fields.event_time,
        "help_requested_at": fields.help_requested_at, "content": json.dumps(fields.content),
        "weight_kg": fields.weight_kg, "temperature_c": fields.temperature_c,
        "confidential": fields.confidential, "hash_head": head, "hash_tail": tail,
    }


def _audit_params(
    ctx: ServiceContext, actor: Actor, action: AuditAction, entry_id: uuid.UUID,
    facts: AnimalFacts, details: Mapping[str, Any], version_id: uuid.UUID,
) -> dict[str, Any]:
    """The audit event of a new version, its place and hash left for the server to put in
    (the same details as the table-by-table path: ``version_anchor``)."""
    fields = audit.event_fields(
        ctx, actor, action, entity_type="journal_entry", entity_id=entry_id.hex,
        animal_id=facts.id, client_id=facts.owner_id,
        details={**details, "chain_seq": sql.SEQ_PLACEHOLDER,
                 **version_anchor({version_id: sql.HASH_PLACEHOLDER})},
    )
    head, workstation_json = audit.audit_content_parts(fields)
    return {"occurred_at": fields["occurred_at"], "username": actor.username,
            "details": json.dumps(fields["details"]), "workstation": fields["workstation"],
            "content_head": head, "workstation_json": workstation_json}


_TIMES = ("saved_at", "started_at", "signed_at", "event_time", "help_requested_at",
          "occurred_at", "created_at", "now")


def _bound(statement: str) -> Any:
    return text(statement).bindparams(
        *(bindparam(name, type_=UTCDateTime()) for name in _TIMES if f":{name}" in statement)
    )


_VERSION_ARGS = (
    ":version_id, :event_time, :help_requested_at, CAST(:content AS json), "
    ":weight_kg, :temperature_c, :confidential, :hash_head, :hash_tail, :occurred_at, "
    ":username, :details, :workstation, :content_head, :workstation_json"
)

_SIGN = _bound(
    "SELECT new_seq, new_hash FROM vetdesk_sign_draft(:draft_id, :saved_at, "
    "CAST(:attachment_hashes AS text[]), :animal_id, :client_id, :author_id, :kind, "
    f":started_at, :signed_at, {_VERSION_ARGS})")

# The recalls go in the same statement as the signing (one round trip, and atomic with it:
# if the function refuses, nothing of them is written). Both read the signing's result, so
# they run only after the entry exists, and in the caller's own rights like the function.
_SIGN_WITH_RECALLS = _bound(
    "WITH signed AS MATERIALIZED (SELECT new_seq, new_hash FROM vetdesk_sign_draft("
    ":draft_id, :saved_at, CAST(:attachment_hashes AS text[]), :animal_id, :client_id, "
    f":author_id, :kind, :started_at, :signed_at, {_VERSION_ARGS})), "
    "completed AS (UPDATE reminders SET status = 'done', completed_at = :signed_at, "
    "journal_entry_id = COALESCE(journal_entry_id, :draft_id) "
    "WHERE id = ANY(CAST(:complete AS integer[])) AND status IN ('due', 'sent') "
    "AND EXISTS (SELECT FROM signed) "
    "RETURNING id), "
    "made AS (INSERT INTO reminders (animal_id, client_id, journal_entry_id, kind, title, "
    "due_on, status, created_at) SELECT :animal_id, :client_id, :draft_id, "
    ":recall_kind, :recall_title, CAST(:recall_due AS date), 'due', :signed_at "
    "FROM signed WHERE CAST(:recall_due AS date) IS NOT NULL RETURNING id) "
    "SELECT new_seq, new_hash, (SELECT array_agg(id ORDER BY id) FROM completed), "
    "(SELECT id FROM made) FROM signed")

_ADD_VERSION = _bound(
    "SELECT new_seq, new_hash FROM vetdesk_add_journal_version(:entry_id, "
    ":animal_id, :client_id, :version_no, :action, :reason, :requested_by, :author_id, "
    f":created_at, {_VERSION_ARGS})")

_SAVE_DRAFT = _bound(
    "SELECT created FROM vetdesk_save_draft(:id, :animal_id, :author_id, :kind, "
    ":event_time, :help_requested_at, CAST(:content AS json), :weight_kg, :temperature_c, "
    ":confidential, :now, :username, CAST(:details AS json), :workstation, :content_head, "
    ":workstation_json)")
