"""The journal printout for a date range (PDF), audited as a print of the animal's record.

Oldest entry first, as a journal is read on paper. Confidential and voided entries are left
out unless asked for; corrected entries show the current text, marked, with each correction's
reason and what it removed and added.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import Animal, Client, ClientPhone, Clinic, Identity, JournalVersion
from vetdesk.documents.journal_document import (
    ChangedField,
    JournalDocument,
    Letterhead,
    Party,
    PrintedEntry,
    Span,
    VersionNote,
    legend_markup,
)
from vetdesk.domain.codes import (
    AuditAction,
    IdentityKind,
    JournalKind,
    Requester,
    Sex,
    Species,
    VersionAction,
)
from vetdesk.domain.phones import display_phone
from vetdesk.errors import NotFound, ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import print_labels as labels
from vetdesk.services.journal.history import load_entry_details
from vetdesk.services.journal.kinds import fields_of
from vetdesk.services.journal.records import is_current_version
from vetdesk.services.journal.types import EntryDetail, VersionView
from vetdesk.services.permissions import Actor, Permission, require


@dataclass(frozen=True)
class PrintOptions:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    include_confidential: bool = False
    include_voided: bool = False
    language: str = "nb"


def print_journal(
    ctx: ServiceContext, actor: Actor, animal_id: int, options: PrintOptions | None = None
) -> bytes:
    require(actor, Permission.PRINT_JOURNAL)
    options = options or PrintOptions()
    if options.date_from and options.date_to and options.date_from > options.date_to:
        raise ValidationError(_("The period ends before it starts; swap the dates."),
                              {"date_to": _("Before the start date.")})
    now = ctx.clock.now()
    # One snapshot: the entries chosen and their versions must agree even if a colleague
    # corrects or voids one while the printout is being read.
    with ctx.db.reading(consistent=True) as session:
        clinic = session.execute(select(Clinic).limit(1)).scalar_one_or_none()
        zone = ctx.zone
        row = session.execute(
            select(Animal, Client).join(Client, Client.id == Animal.owner_id)
            .where(Animal.id == animal_id)
        ).first()
        if row is None:
            raise NotFound(_("That animal is not in the register; search for it again."))
        animal, owner = row
        phone = session.execute(
            select(ClientPhone.e164).where(ClientPhone.client_id == owner.id)
            .order_by(ClientPhone.position).limit(1)
        ).scalar()
        chip = session.execute(
            select(Identity.value).where(
                Identity.animal_id == animal_id,
                Identity.kind.in_([IdentityKind.ISO_CHIP.value, IdentityKind.FDX_A_CHIP.value]),
            ).limit(1)
        ).scalar()
        details = load_entry_details(session, _entry_ids(session, animal_id, options, zone))
        words = labels.words(options.language)
        document = JournalDocument(
            letterhead=_letterhead(clinic, words),
            title=words["title"].format(name=animal.name),
            period=_period(options, words),
            owner=Party(words["owner"], tuple(line for line in (
                owner.full_name,
                owner.address,
                " ".join(p for p in (owner.postal_code, owner.city) if p),
                words["tel"].format(phone=_phone(phone)) if phone else None,
                words["client_no"].format(no=owner.client_no),
            ) if line)),
            animal=Party(words["animal"], _animal_lines(animal, chip, words, options.language)),
            entries=tuple(_printed(d, zone, words, options.language) for d in details),
            footer_left=words["footer"].format(
                animal=animal.name, when=_when(now, zone), who=actor.full_name
            ),
            page_label=words["page"],
            empty_text=words["empty"],
            legend=(
                f"{words['legend']} " + legend_markup(words["removed"], words["added"])
                if any(len(d.versions) > 1 for d in details) else ""
            ),
        )
        owner_id = owner.id
    # reportlab only when a journal is printed: the chart imports this module at start.
    from vetdesk.documents.journal_pdf import render_journal

    pdf = render_journal(document)
    with ctx.db.transaction() as session:
        audit.record(
            session, ctx, actor, AuditAction.PRINT, entity_type="journal", entity_id=animal_id,
            animal_id=animal_id, client_id=owner_id,
            details={
                "from": options.date_from.isoformat() if options.date_from else None,
                "to": options.date_to.isoformat() if options.date_to else None,
                "entries": len(details), "confidential": options.include_confidential,
                "voided": options.include_voided,
            },
        )
    return pdf


def _entry_ids(
    session: Session, animal_id: int, options: PrintOptions, zone: ZoneInfo
) -> list[uuid.UUID]:
    stmt = select(JournalVersion.entry_id).where(
        JournalVersion.animal_id == animal_id, is_current_version()
    )
    if options.date_from:
        start = dt.datetime.combine(options.date_from, dt.time(), zone)
        stmt = stmt.where(JournalVersion.event_time >= start.astimezone(dt.UTC))
    if options.date_to:
        end = dt.datetime.combine(options.date_to + dt.timedelta(days=1), dt.time(), zone)
        stmt = stmt.where(JournalVersion.event_time < end.astimezone(dt.UTC))
    if not options.include_confidential:
        stmt = stmt.where(JournalVersion.confidential.is_(False))
    if not options.include_voided:
        stmt = stmt.where(JournalVersion.action != VersionAction.VOID.value)
    return list(session.execute(stmt).scalars().all())


def _letterhead(clinic: Clinic | None, words: dict[str, str]) -> Letterhead:
    if clinic is None:
        return Letterhead("VetDesk")
    town = " ".join(p for p in (clinic.postal_code, clinic.city) if p)
    contact = [
        words["tel"].format(phone=_phone(clinic.phone)) if clinic.phone else "",
        clinic.email or "",
        words["org"].format(no=clinic.org_number) if clinic.org_number else "",
    ]
    return Letterhead(
        clinic.name,
        tuple(line for line in (clinic.address, town) if line),
        tuple(line for line in contact if line),
    )


def _period(options: PrintOptions, words: dict[str, str]) -> str:
    if not options.date_from and not options.date_to:
        return words["period"].format(start=words["all_time"], end="").rstrip(" –")
    start = options.date_from.strftime("%d.%m.%Y") if options.date_from else "…"
    end = options.date_to.strftime("%d.%m.%Y") if options.date_to else "…"
    return words["period"].format(start=start, end=end)


def _animal_lines(
    animal: Animal, chip: str | None, words: dict[str, str], language: str
) -> tuple[str, ...]:
    kind = labels.species_label(Species(animal.species), language)
    if animal.breed:
        kind = f"{kind}, {animal.breed}"
    sex = labels.sex_label(Sex(animal.sex), language)
    if animal.neutered:
        sex = f"{sex}, {words['spayed' if Sex(animal.sex) is Sex.FEMALE else 'neutered']}"
    lines = [animal.name, kind, sex]
    if animal.birth_date:
        lines.append(words["born"].format(date=animal.birth_date.strftime("%d.%m.%Y")))
    if animal.deceased_on:
        lines.append(words["deceased"].format(date=animal.deceased_on.strftime("%d.%m.%Y")))
    if chip:
        lines.append(words["chip"].format(chip=chip))
    return tuple(lines)


def _when(moment: dt.datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%d.%m.%Y %H:%M")


def _printed(
    detail: EntryDetail, zone: ZoneInfo, words: dict[str, str], language: str
) -> PrintedEntry:
    current = detail.current
    kind = detail.kind
    marks: list[str] = []
    if current.confidential:
        marks.append(words["confidential"])
    if detail.corrected:
        last_text = max(v.version_no for v in detail.versions
                        if v.action is not VersionAction.VOID)
        marks.append(words["corrected"].format(no=last_text))
    if detail.voided:
        marks.append(words["voided"].format(
            when=_when(current.created_at, zone), who=current.author_name,
            reason=current.reason or "",
        ))
    signed_key = "auto_locked" if detail.auto_locked else "signed"
    fields = tuple(
        (labels.field_name(kind, name, language),
         labels.field_value(kind, name, current.content[name], language))
        for name in _ordered(kind, current.content)
    )
    return PrintedEntry(
        heading=f"{_when(current.event_time, zone)} · {labels.kind_label(kind, language)} · "
        f"{detail.author_name}",
        # The three times of FOR-2006-02-20-229 § 4: help given (the heading), help asked
        # for, and the entry written (signed).
        subheading=words["help_requested"].format(when=_when(current.help_requested_at, zone))
        + " · " + words[signed_key].format(
            when=_when(detail.signed_at, zone), who=detail.signed_by_name
        ),
        fields=fields,
        measurements=_measurements(current, words),
        attachments=tuple(
            words["attachment"].format(name=a.filename, size=_size(a.size_bytes),
                                       sha=a.sha256[:16] + "…")
            for a in detail.attachments
        ),
        marks=tuple(marks),
        voided=detail.voided,
        notes=tuple(_note(v, kind, zone, words, language) for v in detail.versions[1:]),
    )


def _ordered(kind: JournalKind, content: dict[str, str]) -> list[str]:
    order = [spec.name for spec in fields_of(kind)]
    return [n for n in order if content.get(n)] + sorted(n for n in content if n not in order)


def _note(
    version: VersionView, kind: JournalKind, zone: ZoneInfo, words: dict[str, str], language: str
) -> VersionNote:
    asked = words["asked_by_owner"] if version.requested_by is Requester.OWNER else ""
    key = "void_note" if version.action is VersionAction.VOID else "correction_note"
    heading = words[key].format(
        no=version.version_no, when=_when(version.created_at, zone), who=version.author_name,
        reason=version.reason or "", asked=asked,
    )
    changes = tuple(
        ChangedField(
            labels.change_label(kind, change.field, change.label, language),
            tuple(Span(s.op, _span_text(change.field, s.text, zone)) for s in change.spans),
        )
        for change in version.changes
    )
    return VersionNote(heading, changes)


def _span_text(field: str, text: str, zone: ZoneInfo) -> str:
    """A changed time as the rest of the printout writes times (the change holds ISO 8601)."""
    if field in _TIME_FIELDS and text:
        return _when(dt.datetime.fromisoformat(text), zone)
    return text


_TIME_FIELDS = frozenset({"event_time", "help_requested_at"})


def _measurements(version: VersionView, words: dict[str, str]) -> str | None:
    parts = []
    if version.weight_kg is not None:
        parts.append(words["weight"].format(value=_decimal(version.weight_kg)))
    if version.temperature_c is not None:
        parts.append(words["temperature"].format(value=_decimal(version.temperature_c)))
    return f"{words['measurements']}\t" + " · ".join(parts) if parts else None


def _decimal(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.replace(".", ",")


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size / 1024 / 1024:.1f} MB"


def _phone(typed: str) -> str:
    """Shown the way the screens show it (912 34 567), whatever form it was stored in."""
    try:
        number = phonenumbers.parse(typed, "NO")
    except phonenumbers.NumberParseException:
        return typed
    return display_phone(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
