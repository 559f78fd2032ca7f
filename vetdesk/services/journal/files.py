"""Reading an attached file back (a draft's or a signed entry's); audited as a view."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from vetdesk.db.models import (
    JournalAttachment,
    JournalDraft,
    JournalDraftAttachment,
    JournalEntry,
)
from vetdesk.errors import NotFound
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal.records import animal_facts
from vetdesk.services.journal.types import AttachmentFile, AttachmentInfo
from vetdesk.services.permissions import Actor, Permission, require


def attachment_file(ctx: ServiceContext, actor: Actor, attachment_id: uuid.UUID) -> AttachmentFile:
    require(actor, Permission.VIEW_JOURNAL)
    with ctx.db.transaction() as session:
        signed = session.execute(
            select(JournalAttachment, JournalEntry.animal_id)
            .join(JournalEntry, JournalEntry.id == JournalAttachment.entry_id)
            .where(JournalAttachment.id == attachment_id)
        ).first()
        row: JournalAttachment | JournalDraftAttachment
        if signed is not None:
            row, animal_id = signed
        else:
            draft = session.execute(
                select(JournalDraftAttachment, JournalDraft.animal_id)
                .join(JournalDraft, JournalDraft.id == JournalDraftAttachment.draft_id)
                .where(JournalDraftAttachment.id == attachment_id,
                       # an unsigned draft's files are its author's alone
                       JournalDraft.author_id == actor.user_id)
            ).first()
            if draft is None:
                raise NotFound(_("That file is no longer attached to anything."))
            row, animal_id = draft
        facts = animal_facts(session, animal_id)
        audit.record_view(
            session, ctx, actor, entity_type="journal_attachment", entity_id=attachment_id.hex,
            animal_id=animal_id, client_id=facts.owner_id,
        )
        info = AttachmentInfo(row.id, row.filename, row.media_type, row.size_bytes, row.sha256,
                              row.added_at)
        return AttachmentFile(info, bytes(row.data))
