"""Send a referral or lab request, track it, and attach the answer into the journal.

Sending shares the owner's personal data and the animal's journal with a third party: it
needs the owner's consent, and it is written to the audit log as a disclosure
(``disclosure.referral`` or ``disclosure.lab``, with the recipient and how many entries), which
the privacy panel lists. Confidential entries go only when chosen one by one, and so do the
files on them; files picked from disk are stored in the journal (referrals/attachments.py).
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vetdesk.db.models import ExternalParty, JournalEntry, Referral, ReferralItem
from vetdesk.domain.codes import (
    AuditAction,
    JournalKind,
    ReferralKind,
    ReferralStatus,
    Requester,
    Urgency,
    VersionAction,
)
from vetdesk.domain.integrity import version_anchor
from vetdesk.domain.text import clean_multiline
from vetdesk.errors import ConflictError, NotFound, ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal.attachments import checked_file
from vetdesk.services.journal.disclosure import entries_for_referral
from vetdesk.services.journal.records import VersionFields, animal_facts, append_version
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.referrals.attachments import chosen_attachments, store_files_sent
from vetdesk.services.referrals.types import ReferralInput, ReferralSummary

TEXT_MAX = 10_000
ENTITY = "referral"


def check_referral(form: ReferralInput) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not form.owner_consented:
        problems["owner_consented"] = _(
            "Tick that the owner agreed to sharing the journal with the recipient.")
    if not form.reason.strip():
        problems["reason"] = _("Write the reason for the referral.")
    if form.kind is ReferralKind.LAB and not form.question.strip():
        problems["question"] = _("Write what the laboratory is asked to find out.")
    if form.kind is ReferralKind.LAB and not form.samples.strip():
        problems["samples"] = _("List the samples or images sent.")
    for name in ("reason", "clinical_summary", "samples", "question"):
        if len(getattr(form, name)) > TEXT_MAX:
            problems[name] = _("Shorten this to {limit} characters.").format(limit=TEXT_MAX)
    return problems


def send_referral(ctx: ServiceContext, actor: Actor, form: ReferralInput) -> ReferralSummary:
    require(actor, Permission.REFER)
    if form.files:
        # A file from disk becomes a signed journal note (referrals/attachments.py).
        require(actor, Permission.SIGN_JOURNAL)
    problems = check_referral(form)
    if problems:
        raise ValidationError(next(iter(problems.values())), problems)
    for picked in form.files:
        checked_file(picked.filename, picked.data)  # says what is wrong before anything
    now = ctx.clock.now()
    with ctx.db.transaction(idempotent=True) as session:
        earlier = session.get(Referral, form.id)
        if earlier is not None:
            return _summary(session, earlier)
        facts = animal_facts(session, form.animal_id)
        party = session.get(ExternalParty, form.recipient_id)
        if party is None:
            raise ValidationError(_("Choose a recipient from the register."),
                                  {"recipient_id": _("Choose a recipient from the register.")})
        if not party.active:
            # Deactivated since the form was filled (or named by number on the command line):
            # say which, and where it is brought back.
            raise ValidationError(
                _("{name} is deactivated in the register; choose another recipient, or bring "
                  "it back under Settings → Referral recipients.").format(name=party.name),
                {"recipient_id": _("Deactivated.")})
        if form.kind is ReferralKind.LAB and not party.is_laboratory:
            raise ValidationError(_("{name} is not a laboratory; choose one for a lab "
                                    "request.").format(name=party.name),
                                  {"recipient_id": _("Not a laboratory.")})
        entries = entries_for_referral(session, facts.id, list(form.entry_ids),
                                       include_confidential=form.include_confidential) \
            if form.entry_ids else []
        files = chosen_attachments(session, facts.id, form.attachment_ids,
                                   include_confidential=form.include_confidential)
        files += store_files_sent(session, ctx, actor, facts, party.name, form.files, now)
        referral = Referral(
            id=form.id, animal_id=facts.id, client_id=facts.owner_id,
            recipient_id=party.id, referred_by_id=actor.user_id,
            reason=clean_multiline(form.reason).strip(), owner_consented=True,
            status=ReferralStatus.SENT.value, created_at=now, sent_at=now,
            kind=form.kind.value, urgency=form.urgency.value,
            clinical_summary=clean_multiline(form.clinical_summary).strip() or None,
            samples=clean_multiline(form.samples).strip() or None,
            question=clean_multiline(form.question).strip() or None,
        )
        session.add(referral)
        session.flush()
        session.add_all(ReferralItem(referral_id=form.id, journal_entry_id=e.entry_id)
                        for e in entries)
        session.add_all(ReferralItem(referral_id=form.id, attachment_id=f.id) for f in files)
        session.flush()
        details: dict[str, object] = {
            "recipient_id": party.id, "entries": len(entries),
            "confidential": sum(1 for e in entries if e.current.confidential),
            "kind": form.kind.value}
        if files:
            # Ids and hashes only: a file's name may hold the owner's name.
            details["attachments"] = [{"id": f.id.hex, "sha256": f.sha256} for f in files]
        action = (AuditAction.DISCLOSURE_LAB if form.kind is ReferralKind.LAB
                  else AuditAction.DISCLOSURE_REFERRAL)
        audit.record(session, ctx, actor, action, entity_type=ENTITY, entity_id=form.id.hex,
                     animal_id=facts.id, client_id=facts.owner_id, details=details)
        return _summary(session, referral)


def accept_referral(ctx: ServiceContext, actor: Actor, referral_id: uuid.UUID) -> None:
    """The recipient confirmed they took it on."""
    require(actor, Permission.REFER)
    with ctx.db.transaction() as session:
        referral = _load(session, referral_id)
        if referral.accepted_at is None:
            referral.accepted_at = ctx.clock.now()
            audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type=ENTITY,
                         entity_id=referral_id.hex, animal_id=referral.animal_id,
                         client_id=referral.client_id, details={"fields": ["accepted_at"]})


def attach_report(ctx: ServiceContext, actor: Actor, referral_id: uuid.UUID, report: str
                  ) -> uuid.UUID:
    """The specialist's report or the lab's result, as a signed journal entry (a lab result
    for a lab request, a note otherwise) linked to the referral; the entry's id."""
    require(actor, Permission.REFER)
    require(actor, Permission.SIGN_JOURNAL)
    text = clean_multiline(report).strip()
    if not text:
        raise ValidationError(_("Paste or write the report."),
                              {"report": _("Paste or write the report.")})
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        referral = _load(session, referral_id)
        if referral.report_entry_id is not None:
            raise ConflictError(_("A report is already attached to this referral."))
        party = session.get(ExternalParty, referral.recipient_id)
        name = party.name if party else ""
        lab = referral.kind == ReferralKind.LAB.value
        kind = JournalKind.LAB_RESULT if lab else JournalKind.NOTE
        content = ({"test": (referral.question or referral.reason)[:200], "laboratory": name,
                    "result": text} if lab else
                   {"text": _("Report from {name}:").format(name=name) + "\n" + text})
        entry = JournalEntry(id=uuid.uuid4(), animal_id=referral.animal_id,
                             author_id=actor.user_id, kind=kind.value, started_at=now,
                             signed_at=now, signed_by_id=actor.user_id, auto_locked=False)
        session.add(entry)
        session.flush()
        version = append_version(session, entry, VersionFields(
            version_no=1, action=VersionAction.SIGN, event_time=now, help_requested_at=now,
            content=content, weight_kg=None, temperature_c=None, confidential=False,
            reason=None, requested_by=Requester.CLINIC, author_id=actor.user_id), now)
        referral.report_entry_id = entry.id
        referral.status = ReferralStatus.ANSWERED.value
        referral.answered_at = now
        audit.record(session, ctx, actor, AuditAction.CREATE, entity_type="journal_entry",
                     entity_id=entry.id.hex, animal_id=referral.animal_id,
                     client_id=referral.client_id,
                     details={"version": 1, "kind": kind.value, "referral_id": referral_id.hex,
                              **version_anchor({version.id: version.hash})})
        return entry.id


def list_referrals(ctx: ServiceContext, actor: Actor, animal_id: int) -> list[ReferralSummary]:
    require(actor, Permission.VIEW_JOURNAL)
    with ctx.db.reading() as session:
        rows = session.execute(select(Referral).where(Referral.animal_id == animal_id)
                               .order_by(Referral.created_at.desc())).scalars().all()
        return [_summary(session, row) for row in rows]


def _load(session: Session, referral_id: uuid.UUID) -> Referral:
    referral = session.get(Referral, referral_id)
    if referral is None:
        raise NotFound(_("That referral does not exist; open the animal's chart again."))
    return referral


def _summary(session: Session, row: Referral) -> ReferralSummary:
    party = session.get(ExternalParty, row.recipient_id)
    entries, files = session.execute(
        select(func.count(ReferralItem.journal_entry_id), func.count(ReferralItem.attachment_id))
        .where(ReferralItem.referral_id == row.id)).one()
    status = row.status
    if status == ReferralStatus.SENT.value and row.accepted_at is not None:
        status = "accepted"
    return ReferralSummary(
        id=row.id, animal_id=row.animal_id, kind=ReferralKind(row.kind),
        recipient=party.name if party else "", reason=row.reason, urgency=Urgency(row.urgency),
        status=status, sent_at=row.sent_at, entries=int(entries or 0),
        report_entry_id=row.report_entry_id, attachments=int(files or 0))
