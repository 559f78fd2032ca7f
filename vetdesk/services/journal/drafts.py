"""Drafts: saved as the vet types, editable only by their author, until signed.

``save_draft`` is the debounced autosave: one small upsert keyed by the client-generated id, so
calling it again with the same form is harmless and a retry after a lost connection never
makes a second draft. Only the first save is audited (saving every few seconds is not news;
the signing that follows is).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from vetdesk.db.models import JournalDraft, JournalDraftAttachment, JournalEntry, User
from vetdesk.domain.codes import AuditAction, JournalKind
from vetdesk.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import attachments as files
from vetdesk.services.journal import server_writes
from vetdesk.services.journal.lock_period import lock_hours
from vetdesk.services.journal.records import animal_facts
from vetdesk.services.journal.types import (
    AttachmentInfo,
    DraftCheck,
    DraftInput,
    DraftSnapshot,
    SaveResult,
)
from vetdesk.services.journal.validation import (
    check_for_signing,
    quantised,
    storable_content,
    storable_event_time,
    storable_help_requested_at,
)
from vetdesk.services.permissions import Actor, Permission, require


def save_draft(ctx: ServiceContext, actor: Actor, form: DraftInput) -> SaveResult:
    require(actor, Permission.WRITE_JOURNAL)
    if ctx.db.dialect == "postgresql":
        return _save_on_server(ctx, actor, form)
    with ctx.db.transaction() as session:
        return draft_saved(session, ctx, actor, form)


def _save_on_server(ctx: ServiceContext, actor: Actor, form: DraftInput) -> SaveResult:
    """One round trip: the update, or the insert with its audit row (server_writes)."""
    clean = _clean(form)
    now = ctx.clock.now()
    try:
        created = server_writes.save_draft(ctx, actor, clean, now)
    except DBAPIError as exc:
        if not server_writes.refused_save(exc):
            raise
        # Refused (signed, moved, no such animal, another person's draft): the
        # table-by-table path finds out why and says so, as it always has.
        with ctx.db.transaction() as session:
            return draft_saved(session, ctx, actor, form)
    return SaveResult(form.id, now, created)


def _clean(form: DraftInput) -> server_writes.CleanDraft:
    """The form as stored, by the domain rules (the same on both engines)."""
    kind = JournalKind(form.kind)
    weight, temperature = quantised(form.weight_kg, form.temperature_c)
    event_time = storable_event_time(form.event_time)
    return server_writes.CleanDraft(
        id=form.id, animal_id=form.animal_id, kind=kind.value, event_time=event_time,
        help_requested_at=storable_help_requested_at(form.help_requested_at, event_time),
        content=storable_content(kind, form.content), weight_kg=weight,
        temperature_c=temperature, confidential=form.confidential,
    )


def _cannot_move() -> ValidationError:
    return ValidationError(
        _("A draft stays on the animal it was started for; start a new entry on the "
        "other animal."), {"animal_id": _("Cannot move a draft to another animal.")},
    )


def draft_saved(session: Session, ctx: ServiceContext, actor: Actor, form: DraftInput
                ) -> SaveResult:
    """:func:`save_draft` as a step of the caller's transaction (the caller checked the
    permission)."""
    clean = _clean(form)
    now = ctx.clock.now()
    draft = session.get(JournalDraft, form.id)
    created = draft is None
    if draft is None:
        _refuse_if_signed(session, form.id)
        facts = animal_facts(session, form.animal_id)
        draft = JournalDraft(
            id=form.id, animal_id=form.animal_id, author_id=actor.user_id,
            started_at=now,
        )
        session.add(draft)
    else:
        ensure_author(session, draft, actor)
        if draft.animal_id != form.animal_id:
            raise _cannot_move()
    draft.kind = clean.kind
    draft.event_time = clean.event_time
    draft.help_requested_at = clean.help_requested_at
    draft.content = clean.content
    draft.weight_kg = clean.weight_kg
    draft.temperature_c = clean.temperature_c
    draft.confidential = clean.confidential
    draft.saved_at = now
    if created:
        audit.record(
            session, ctx, actor, AuditAction.CREATE, entity_type="journal_draft",
            entity_id=form.id.hex, animal_id=form.animal_id, client_id=facts.owner_id,
            details={"kind": clean.kind},
        )
    return SaveResult(form.id, now, created)


def get_draft(ctx: ServiceContext, actor: Actor, draft_id: uuid.UUID) -> DraftSnapshot:
    require(actor, Permission.VIEW_JOURNAL)
    with ctx.db.reading() as session:
        draft = _own_draft(session, draft_id, actor)
        if draft is None:
            _refuse_if_signed(session, draft_id)
            raise NotFound(_("That draft no longer exists (it was discarded)."))
        names = dict(session.execute(
            select(User.id, User.full_name).where(User.id == draft.author_id)
        ).all())
        hours = lock_hours(session)
        infos = draft_attachment_infos(session, [draft_id]).get(draft_id, [])
        return snapshot(draft, names.get(draft.author_id, "?"), infos, hours)


def my_drafts(ctx: ServiceContext, actor: Actor) -> tuple[DraftSnapshot, ...]:
    """The signed-in user's unsigned drafts, oldest first (shown at start: "sign these")."""
    require(actor, Permission.WRITE_JOURNAL)
    with ctx.db.reading() as session:
        drafts = session.execute(
            select(JournalDraft).where(JournalDraft.author_id == actor.user_id)
            .order_by(JournalDraft.started_at)
        ).scalars().all()
        infos = draft_attachment_infos(session, [d.id for d in drafts])
        hours = lock_hours(session)
        return tuple(
            snapshot(d, actor.full_name, infos.get(d.id, []), hours) for d in drafts
        )


def check_draft(ctx: ServiceContext, actor: Actor, draft_id: uuid.UUID) -> DraftCheck:
    """What would stop signing, and what needs confirming, without signing."""
    require(actor, Permission.VIEW_JOURNAL)
    with ctx.db.reading() as session:
        draft = _own_draft(session, draft_id, actor)
        if draft is None:
            raise NotFound(_("That draft no longer exists."))
        facts = animal_facts(session, draft.animal_id)
        return check_for_signing(
            kind=JournalKind(draft.kind), content=draft.content, event_time=draft.event_time,
            weight_kg=draft.weight_kg, temperature_c=draft.temperature_c,
            species=facts.species, is_group=facts.is_group, now=ctx.clock.now(),
            help_requested_at=draft.help_requested_at,
        )


def discard_draft(ctx: ServiceContext, actor: Actor, draft_id: uuid.UUID) -> None:
    """Throw away an unsigned draft (its author only). Signed entries are never removed."""
    require(actor, Permission.WRITE_JOURNAL)
    with ctx.db.transaction() as session:
        draft = session.get(JournalDraft, draft_id)
        if draft is None:
            _refuse_if_signed(session, draft_id)
            return
        ensure_author(session, draft, actor)
        facts = animal_facts(session, draft.animal_id)
        session.execute(
            delete(JournalDraftAttachment).where(JournalDraftAttachment.draft_id == draft_id)
        )
        session.delete(draft)
        audit.record(
            session, ctx, actor, AuditAction.CHANGE, entity_type="journal_draft",
            entity_id=draft_id.hex, animal_id=facts.id, client_id=facts.owner_id,
            details={"discarded": True},
        )


def add_draft_attachment(
    ctx: ServiceContext, actor: Actor, draft_id: uuid.UUID, filename: str, data: bytes,
    *, attachment_id: uuid.UUID | None = None,
) -> AttachmentInfo:
    """Attach a PDF or image to a draft; it is copied to the signed entry when signing."""
    require(actor, Permission.WRITE_JOURNAL)
    name, media_type = files.checked_file(filename, data)
    with ctx.db.transaction() as session:
        return _attachment_added(session, ctx, actor, draft_id, name, media_type, data,
                                 attachment_id or uuid.uuid4())


def save_draft_with_files(
    ctx: ServiceContext, actor: Actor, form: DraftInput, chosen: Sequence[tuple[str, bytes]],
) -> list[AttachmentInfo]:
    """The attachments panel's "Add files…": the draft as it stands and every chosen file in
    one transaction, so a file that is refused leaves none of them attached (issue 8: one
    user action, one transaction)."""
    require(actor, Permission.WRITE_JOURNAL)
    checked = [(*files.checked_file(filename, data), data) for filename, data in chosen]
    with ctx.db.transaction() as session:
        draft_saved(session, ctx, actor, form)
        return [_attachment_added(session, ctx, actor, form.id, name, media_type, data,
                                  uuid.uuid4())
                for name, media_type, data in checked]


def _attachment_added(
    session: Session, ctx: ServiceContext, actor: Actor, draft_id: uuid.UUID, name: str,
    media_type: str, data: bytes, attachment_id: uuid.UUID,
) -> AttachmentInfo:
    now = ctx.clock.now()
    draft = session.get(JournalDraft, draft_id)
    if draft is None:
        _refuse_if_signed(session, draft_id)
        raise NotFound(_("Save the draft before attaching files to it."))
    ensure_author(session, draft, actor)
    existing = session.get(JournalDraftAttachment, attachment_id)
    if existing is not None:
        # The same upload retried after a lost connection.
        return _info(existing)
    attachment = JournalDraftAttachment(
        id=attachment_id, draft_id=draft_id, filename=name, media_type=media_type,
        size_bytes=len(data), sha256=files.sha256_hex(data), data=data, added_at=now,
    )
    session.add(attachment)
    draft.saved_at = now
    return _info(attachment)


def remove_draft_attachment(ctx: ServiceContext, actor: Actor, attachment_id: uuid.UUID) -> None:
    require(actor, Permission.WRITE_JOURNAL)
    with ctx.db.transaction() as session:
        attachment = session.get(JournalDraftAttachment, attachment_id)
        if attachment is None:
            raise NotFound(
                _("That file is not on a draft (files on signed entries cannot be removed).")
            )
        draft = session.get(JournalDraft, attachment.draft_id)
        if draft is None:  # pragma: no cover - the foreign key cascades
            raise NotFound(_("That draft no longer exists."))
        ensure_author(session, draft, actor)
        session.delete(attachment)


def _own_draft(session: Session, draft_id: uuid.UUID, actor: Actor) -> JournalDraft | None:
    """A draft is its author's alone until signed: anyone else finds none (on PostgreSQL
    row-level security hides it from them too, vetdesk/db/security/apply.py)."""
    draft = session.get(JournalDraft, draft_id)
    return draft if draft is not None and draft.author_id == actor.user_id else None


def ensure_author(session: Session, draft: JournalDraft, actor: Actor) -> None:
    if draft.author_id == actor.user_id:
        return
    author = session.execute(
        select(User.full_name).where(User.id == draft.author_id)
    ).scalar() or _("its author")
    raise PermissionDenied(_(
        "Only {author} can change this draft; ask {author} to finish it, or write your own "
        "entry."
    ).format(author=author))


def _refuse_if_signed(session: Session, entry_id: uuid.UUID) -> None:
    signed = session.execute(
        select(JournalEntry.signed_at, JournalEntry.auto_locked).where(JournalEntry.id == entry_id)
    ).first()
    if signed is not None:
        # Two whole sentences, not one with a verb slotted in: word order differs in Norwegian.
        message = (
            _("This entry was locked automatically at {when} UTC and can no longer be edited; "
              "write a correction instead.")
            if signed.auto_locked else
            _("This entry was signed at {when} UTC and can no longer be edited; write a "
              "correction instead.")
        )
        raise ConflictError(message.format(when=f"{signed.signed_at:%Y-%m-%d %H:%M}"))


def draft_attachment_infos(
    session: Session, draft_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[AttachmentInfo]]:
    found: dict[uuid.UUID, list[AttachmentInfo]] = {}
    if not draft_ids:
        return found
    rows = session.execute(
        select(
            JournalDraftAttachment.id, JournalDraftAttachment.draft_id,
            JournalDraftAttachment.filename, JournalDraftAttachment.media_type,
            JournalDraftAttachment.size_bytes, JournalDraftAttachment.sha256,
            JournalDraftAttachment.added_at,
        )
        .where(JournalDraftAttachment.draft_id.in_(draft_ids))
        .order_by(JournalDraftAttachment.added_at)
    )
    for row in rows:
        found.setdefault(row.draft_id, []).append(
            AttachmentInfo(row.id, row.filename, row.media_type, row.size_bytes, row.sha256,
                           row.added_at)
        )
    return found


def snapshot(
    draft: JournalDraft, author_name: str, infos: list[AttachmentInfo], hours: int
) -> DraftSnapshot:
    return DraftSnapshot(
        id=draft.id, animal_id=draft.animal_id, author_id=draft.author_id,
        author_name=author_name, kind=JournalKind(draft.kind), event_time=draft.event_time,
        content=dict(draft.content), weight_kg=draft.weight_kg,
        temperature_c=draft.temperature_c, confidential=draft.confidential,
        started_at=draft.started_at, saved_at=draft.saved_at, attachments=tuple(infos),
        locks_at=draft.started_at + dt.timedelta(hours=hours),
        help_requested_at=draft.help_requested_at,
    )


def _info(row: JournalDraftAttachment) -> AttachmentInfo:
    return AttachmentInfo(row.id, row.filename, row.media_type, row.size_bytes, row.sha256,
                          row.added_at)
