"""The prescription as a PDF with every field the rule asks for (EU 2019/6 art. 105(5);
DOMAIN.md "Prescriptions"), audited as a print of the animal's record."""

from __future__ import annotations

import datetime as dt
import uuid

from vetdesk.documents.prescription_document import Block, ItemSheet, PrescriptionSheet
from vetdesk.domain.codes import AuditAction
from vetdesk.domain.prescription_rules import product_name_line
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.pharmacy.issuing import ENTITY
from vetdesk.services.pharmacy.reading import load_detail
from vetdesk.services.pharmacy.types import PrescribedItem, PrescriptionDetail

_DATE = "%d.%m.%Y"


def print_prescription(ctx: ServiceContext, actor: Actor, prescription_id: uuid.UUID) -> bytes:
    require(actor, Permission.PRINT_JOURNAL)
    with ctx.db.transaction() as session:
        detail = load_detail(session, ctx, prescription_id)
        # The print is logged with the reading, before anything leaves the program.
        audit.record(session, ctx, actor, AuditAction.PRINT, entity_type=ENTITY,
                     entity_id=prescription_id.hex, details={"items": len(detail.items)},
                     animal_id=detail.animal_id, client_id=detail.client_id)
    # reportlab only when a prescription is printed (start-up imports stay small).
    from vetdesk.documents.prescription_pdf import render_prescription

    return render_prescription(prescription_sheet(detail, printed_by=actor.full_name,
                                                  printed_at=ctx.clock.now()))


def prescription_sheet(detail: PrescriptionDetail, *, printed_by: str,
                       printed_at: dt.datetime) -> PrescriptionSheet:
    issued = detail.issued_at.strftime(f"{_DATE} %H:%M")
    hpr = (_("HPR no. {number}").format(number=detail.prescriber_hpr)
           if detail.prescriber_hpr else _("HPR no.: none registered"))
    statements: list[tuple[str, str]] = []
    if detail.cascade_statement:
        statements.append((_("Prescribed under the cascade (EU 2019/6 art. 112–114)"),
                           detail.cascade_statement))
    if detail.art107_statement:
        statements.append((_("Statement under EU 2019/6 art. 107(3)/(4)"),
                           detail.art107_statement))
    if detail.notes:
        statements.append((_("Notes"), detail.notes))
    banner = None
    if detail.cancelled_at is not None:
        banner = _("CANCELLED {date} by {name}: {reason}").format(
            date=detail.cancelled_at.strftime(_DATE), name=detail.cancelled_by or "",
            reason=detail.cancelled_reason or "")
    animal_title = _("Group of animals") if detail.is_group else _("Animal")
    return PrescriptionSheet(
        clinic_name=detail.clinic_name, clinic_lines=detail.clinic_lines,
        title=_("Veterinary prescription"),
        facts=(
            (_("Prescription no."), detail.number),
            (_("Date of issue"), issued),
            (_("Valid until"), detail.expires_on.strftime(_DATE) if detail.expires_on else "—"),
        ),
        blocks=(
            Block(_("Veterinarian"), (detail.prescriber_name, hpr, detail.prescriber_contact)),
            Block(_("Owner or keeper"), (detail.owner_name, *detail.owner_lines)),
            Block(animal_title, (detail.animal_name, *detail.animal_lines)),
        ),
        items_title=_("Prescribed"),
        items=tuple(_item(item, food=detail.food_producing) for item in detail.items),
        statements=tuple(statements),
        signature_label=_("Veterinarian's signature"),
        signature_line=_("Issued electronically by {name} ({hpr}) {when}; checksum {hash}").format(
            name=detail.prescriber_name, hpr=hpr, when=issued, hash=detail.hash[:16])
        if detail.hash else _("Issued by {name} ({hpr}) {when}").format(
            name=detail.prescriber_name, hpr=hpr, when=issued),
        footer=_("Printed {when} by {name}").format(
            when=printed_at.astimezone(detail.issued_at.tzinfo).strftime(f"{_DATE} %H:%M"),
            name=printed_by),
        page_label=_("Page {page}"),
        banner=banner,
    )


def _item(item: PrescribedItem, *, food: bool) -> ItemSheet:
    rows: list[tuple[str, str]] = [
        (_("Form and strength"), ", ".join(p for p in (item.form, item.strength) if p)),
    ]
    if item.product_number:
        rows.append((_("Varenummer"), item.product_number))
    rows.append((_("Quantity"), item.quantity))
    rows.append((_("Dosage"), item.dosage))
    if item.duration_days:
        rows.append((_("Duration"), _("1 day") if item.duration_days == 1
                     else _("{days} days").format(days=item.duration_days)))
    if food or item.withdrawal_period:
        rows.append((_("Withdrawal period"), item.withdrawal_period or "0"))
    if item.warnings:
        rows.append((_("Warnings"), item.warnings))
    if item.antimicrobial:
        rows.append((_("Antimicrobial"), _("Valid 5 days from the date of issue.")))
    return ItemSheet(product_name_line(item.product_name, item.active_substances), tuple(rows))
