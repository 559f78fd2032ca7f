"""The referral letter or lab request form as a PDF: sender and recipient, owner and animal,
the reason, urgency and clinical summary, the chosen journal entries and files (name, type,
size, date), the owner's consent."""

from __future__ import annotations

import uuid
from zoneinfo import ZoneInfo

from sqlalchemy import select

from vetdesk.db.models import (
    Animal,
    Client,
    Clinic,
    ExternalParty,
    Referral,
    ReferralItem,
    User,
)
from vetdesk.documents.prescription_document import Block, ItemSheet, PrescriptionSheet
from vetdesk.domain.codes import AuditAction, JournalKind, ReferralKind, species_name
from vetdesk.domain.phones import display_phone
from vetdesk.errors import NotFound
from vetdesk.i18n import N_, _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal.disclosure import entries_for_referral
from vetdesk.services.journal.kinds import KIND_LABELS, field_label
from vetdesk.services.journal.records import clinic_zone
from vetdesk.services.journal.types import EntryDetail
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.pharmacy.reading import _clinic_lines, _contact
from vetdesk.services.referrals.attachments import files_of, size_label, type_label
from vetdesk.services.referrals.sending import ENTITY

_URGENCY = {"routine": N_("Routine"), "soon": N_("Soon (within days)"),
            "urgent": N_("Urgent")}


def referral_letter(ctx: ServiceContext, actor: Actor, referral_id: uuid.UUID) -> bytes:
    require(actor, Permission.PRINT_JOURNAL)
    with ctx.db.transaction() as session:
        row = session.get(Referral, referral_id)
        if row is None:
            raise NotFound(_("That referral does not exist; open the animal's chart again."))
        zone = clinic_zone(session)
        party = session.get(ExternalParty, row.recipient_id)
        animal = session.get(Animal, row.animal_id)
        owner = session.get(Client, row.client_id)
        vet = session.execute(select(User.full_name, User.hpr_number, User.phone, User.email)
                              .where(User.id == row.referred_by_id)).one()
        clinic = session.execute(select(Clinic).limit(1)).scalar_one_or_none()
        ids = session.execute(select(ReferralItem.journal_entry_id)
                              .where(ReferralItem.referral_id == row.id)).scalars().all()
        wanted = [i for i in ids if i is not None]
        # Exactly what was sent, confidential ones included if they were chosen.
        entries = entries_for_referral(session, row.animal_id, wanted,
                                       include_confidential=True) if wanted else []
        files = files_of(session, row.id)
        assert party is not None
        assert animal is not None
        assert owner is not None
        lab = row.kind == ReferralKind.LAB.value
        sent = (row.sent_at or row.created_at).astimezone(zone).strftime("%d.%m.%Y %H:%M")
        hpr = _("HPR no. {number}").format(number=vet.hpr_number) if vet.hpr_number else ""
        intro = [(_("Reason"), row.reason)]
        if row.clinical_summary:
            intro.append((_("Clinical summary"), row.clinical_summary))
        if row.samples:
            intro.append((_("Samples or images sent"), row.samples))
        if row.question:
            intro.append((_("What is asked"), row.question))
        sheet = PrescriptionSheet(
            clinic_name=clinic.name if clinic else "VetDesk", clinic_lines=_clinic_lines(clinic),
            title=_("Laboratory request") if lab else _("Referral"),
            facts=((_("Reference"), row.id.hex[:8].upper()), (_("Sent"), sent),
                   (_("Urgency"), _(_URGENCY.get(row.urgency, row.urgency)))),
            blocks=(
                Block(_("To"), tuple(p for p in (party.name, party.speciality, party.address,
                                                 _phone(party.phone), party.email) if p)),
                Block(_("From"), tuple(p for p in (vet.full_name, hpr,
                                                   _contact(clinic, vet.phone, vet.email)) if p)),
                Block(_("Owner"), tuple(p for p in (
                    owner.full_name, owner.address,
                    " ".join(x for x in (owner.postal_code, owner.city) if x)) if p)),
                Block(_("Animal"), tuple(p for p in (
                    animal.name, species_name(animal.species) + (
                        f", {animal.breed}" if animal.breed else ""),
                    _("Born {date}").format(date=animal.birth_date.strftime("%d.%m.%Y"))
                    if animal.birth_date else None) if p)),
            ),
            intro=tuple(intro),
            items_title=_("Journal entries enclosed ({count})").format(count=len(entries)),
            items=tuple(_entry(e, zone) for e in entries),
            files_title=_("Files enclosed ({count})").format(count=len(files)),
            files_header=(_("File"), _("Type"), _("Size"), _("Date")),
            files=tuple((f.filename, type_label(f.media_type), size_label(f.size_bytes),
                         f.added_at.astimezone(zone).strftime("%d.%m.%Y")) for f in files),
            statements=((_("Consent"), _("The owner agreed to sharing this information with "
                                         "the recipient.")),),
            signature_label=_("Veterinarian's signature"),
            signature_line=f"{vet.full_name}" + (f" ({hpr})" if hpr else ""),
            footer=_("Printed {when} by {name}").format(
                when=ctx.clock.now().astimezone(zone).strftime("%d.%m.%Y %H:%M"),
                name=actor.full_name),
            page_label=_("Page {page}"),
        )
        audit.record(session, ctx, actor, AuditAction.PRINT, entity_type=ENTITY,
                     entity_id=row.id.hex, animal_id=row.animal_id, client_id=row.client_id,
                     details={"entries": len(entries), "attachments": len(files)})
    from vetdesk.documents.prescription_pdf import render_prescription

    return render_prescription(sheet)


def _phone(stored: str | None) -> str | None:
    """+4767123400 as 67 12 34 00, as the clinic's own number is printed."""
    return _("Tel. {phone}").format(phone=display_phone(stored)) if stored else None


def _entry(entry: EntryDetail, zone: ZoneInfo) -> ItemSheet:
    current = entry.current
    kind = JournalKind(entry.kind)
    heading = "{when} · {kind} · {author}".format(
        when=current.event_time.astimezone(zone).strftime("%d.%m.%Y %H:%M"),
        kind=_(KIND_LABELS[kind]), author=entry.author_name)
    rows = tuple((_(field_label(kind, name)), value)
                 for name, value in current.content.items() if value.strip())
    return ItemSheet(heading, rows)
