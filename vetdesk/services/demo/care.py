"""What follows from a visit: prescriptions, medicine given, referrals and invoices (amounts in
øre, 25 % VAT)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from vetdesk.domain import vetreg
from vetdesk.domain.prescription_rules import expiry_date
from vetdesk.services.demo import drug_catalogue as drugs
from vetdesk.services.demo.journal import Visit
from vetdesk.services.demo.random_tools import add_years
from vetdesk.services.demo.state import AnimalInfo, DemoState

VAT_PERCENT = 25
INVOICE_YEARS = 5
_FEES_ORE = {  # price before VAT
    "consultation": ("Konsultasjon", 62000),
    "procedure": ("Kirurgisk inngrep inkl. anestesi", 245000),
    "vaccination": ("Vaksinasjon inkl. helseundersøkelse", 49000),
}
_CASCADE = ("Forskrevet etter kaskadeprinsippet (forordning (EU) 2019/6 art. 113): ingen "
            "godkjent preparat for arten og indikasjonen.")
_ANTIBIOTIC_WARNING = ("Antibiotika: bruk hele kuren som forskrevet og ikke del med andre dyr. "
                       "Ubrukte rester leveres apotek.")


@dataclass(frozen=True)
class PendingInvoice:
    """An invoice waiting for its number: numbers follow the issue date across all clients."""

    issued_at: dt.datetime
    client_id: int
    created_by_id: int
    lines: tuple[tuple[int, str, Decimal, int], ...]  # animal, description, quantity, unit price


class Ledger:
    def __init__(self) -> None:
        self.pending: list[PendingInvoice] = []

    def write(self, state: DemoState) -> None:
        rng, writer, now = state.rng, state.writer, state.now
        self.pending.sort(key=lambda invoice: invoice.issued_at)
        for number, invoice in enumerate(self.pending, start=100001):
            invoice_id = writer.next_id("invoices")
            net = 0
            for animal_id, description, quantity, unit in invoice.lines:
                amount = int((quantity * unit).to_integral_value())
                net += amount
                writer.add("invoice_lines", {
                    "id": writer.next_id("invoice_lines"), "invoice_id": invoice_id,
                    "animal_id": animal_id, "description": description, "quantity": quantity,
                    "unit_price_ore": unit, "vat_rate_percent": VAT_PERCENT,
                    "amount_ore": amount,
                })
            vat = (net * VAT_PERCENT + 50) // 100
            age_days = (now - invoice.issued_at).days
            status = "paid"
            paid = invoice.issued_at + dt.timedelta(days=rng.randint(0, 20))
            paid_at: dt.datetime | None = paid
            if paid >= now or (age_days < 30 and rng.chance(0.5)):
                status, paid_at = "open", None
            elif rng.chance(0.005):
                status = "credited"
            writer.add("invoices", {
                "id": invoice_id, "invoice_no": number, "client_id": invoice.client_id,
                "issued_at": invoice.issued_at, "total_ore": net + vat, "vat_ore": vat,
                "status": status, "paid_at": paid_at, "created_by_id": invoice.created_by_id,
            })
            if len(writer.pending_rows("invoice_lines")) >= 20_000:
                writer.flush()
        self.pending.clear()


def follow_up(
    state: DemoState, ledger: Ledger, animal: AnimalInfo, visits: list[Visit]
) -> None:
    """Prescriptions, referrals and invoices for one animal's visits."""
    rng = state.rng
    since = add_years(state.today, -INVOICE_YEARS)
    for index, visit in enumerate(visits):
        owner = animal.owner_on(visit.event_time.date())
        product = None
        case = visit.case
        if case is not None and case.drug is not None and rng.chance(0.7):
            product = drugs.BY_KEY[case.drug]
            _prescribe(state, animal, owner.id, visit, product)
        if case is not None and case.drug is not None:
            _give_in_clinic(state, animal, owner.id, visit, drugs.BY_KEY[case.drug])
        if case is not None and case.referral and rng.chance(0.1):
            earlier = visits[index - 1].entry_id if index > 0 else None
            _refer(state, animal, owner.id, visit, case.referral, earlier)
        if visit.kind in _FEES_ORE and visit.event_time.date() >= since:
            description, price = _FEES_ORE[visit.kind]
            lines = [(animal.id, description, Decimal(1), price)]
            if product is not None:
                lines.append((animal.id, f"{product.name} {product.strength}, {product.pack_size}",
                              Decimal(1), product.price_ore))
            if rng.chance(0.15):
                lines.append((animal.id, "Journal- og miljøgebyr", Decimal(1), 4900))
            ledger.pending.append(PendingInvoice(
                visit.signed_at + dt.timedelta(minutes=rng.randint(1, 30)), owner.id,
                state.staff.receptionist, tuple(lines)))


def _prescribe(
    state: DemoState, animal: AnimalInfo, client_id: int, visit: Visit, product: drugs.Product
) -> None:
    rng, writer = state.rng, state.writer
    prescription_id = rng.uuid()
    issued_at = visit.signed_at + dt.timedelta(minutes=1)
    cascade = _CASCADE if animal.species == "horse" and product.meat_days is None else None
    # Food-producing animals and horses carry what medicine reporting needs (VetReg).
    food = animal.species in {s.value for s in vetreg.REPORTABLE}
    category = {"cattle": "milk", "pig": "meat"}.get(animal.species, "other") if food else None
    writer.add("prescriptions", {
        "id": prescription_id, "animal_id": animal.id, "client_id": client_id,
        "prescriber_id": visit.author_id, "journal_entry_id": visit.entry_id,
        "issued_at": issued_at, "cascade_statement": cascade,
        "notes": None,
        "expires_on": expiry_date(visit.signed_at.date(), antimicrobial=product.antibiotic,
                                  valid_days=None),
        # Demo prescriptions show the vet's current profile and carry no hash of their own.
        "art107_statement": None, "hash": None, "production_category": category,
        "producer_number": f"0301{client_id:06d}" if food else None,
        "administered_by": ("vet" if rng.chance(0.5) else "keeper") if food else None,
    })
    item_id = writer.next_id("prescription_items")
    writer.add("prescription_items", {
        "id": item_id, "prescription_id": prescription_id,
        "drug_id": state.drug_ids[product.key], "product_name": product.name,
        "active_substances": product.substances, "form": product.form,
        "strength": product.strength, "quantity": f"{rng.randint(1, 2)} x {product.pack_size}",
        "dosage": product.dosage, "duration_days": product.days,
        "withdrawal_period": drugs.withdrawal_text(product, animal.species),
        "warnings": _ANTIBIOTIC_WARNING if product.antibiotic else None,
        "product_number": product.varenummer, "antimicrobial": product.antibiotic,
        "packs": None, "pack_size": None, "vaccine": False,
        "amount": Decimal(rng.randint(5, 60)) if food else None,
        "amount_unit": "ml" if food else None,
    })
    # Older use was reported; the last days' stays on the worklist.
    if food and issued_at < state.now - dt.timedelta(days=5):
        writer.add("medicine_reports", {
            "id": writer.next_id("medicine_reports"), "prescription_item_id": item_id,
            "reported_at": issued_at + dt.timedelta(days=2), "reported_by_id": visit.author_id,
            "export_name": None,
        })


def _give_in_clinic(
    state: DemoState, animal: AnimalInfo, client_id: int, visit: Visit, product: drugs.Product
) -> None:
    """An injection the vet gave a food-producing animal or a horse at the visit: medicine
    given without a prescription, on the VetReg worklist until reported. Drawn from the
    visit's own id, not the generator, so the rest of the demo stays as it was."""
    if animal.species not in {s.value for s in vetreg.REPORTABLE}:
        return
    if "injeksjon" not in product.form:
        return
    writer, seed = state.writer, visit.entry_id.int
    given_id = uuid.uuid5(visit.entry_id, "medicine-given")
    given_at = visit.event_time
    writer.add("medicine_given", {
        "id": given_id, "animal_id": animal.id, "client_id": client_id,
        "given_by_id": visit.author_id, "given_at": given_at, "recorded_at": visit.signed_at,
        "journal_entry_id": visit.entry_id, "drug_id": state.drug_ids[product.key],
        "product_name": product.name, "active_substances": product.substances,
        "form": product.form, "strength": product.strength,
        "product_number": product.varenummer, "antimicrobial": product.antibiotic,
        "amount": Decimal(5 + seed % 36), "amount_unit": "ml",
        "withdrawal_period": drugs.withdrawal_text(product, animal.species),
        "production_category": {"cattle": "milk", "pig": "meat"}.get(animal.species, "other"),
        "producer_number": f"0301{client_id:06d}", "notes": None,
    })
    # As for prescriptions: older use was reported; the last days' stays on the worklist.
    if given_at < state.now - dt.timedelta(days=5):
        writer.add("medicine_given_reports", {
            "id": writer.next_id("medicine_given_reports"), "medicine_given_id": given_id,
            "reported_at": given_at + dt.timedelta(days=2), "reported_by_id": visit.author_id,
            "export_name": None,
        })


def _refer(
    state: DemoState, animal: AnimalInfo, client_id: int, visit: Visit, speciality: str,
    earlier: uuid.UUID | None,
) -> None:
    rng, writer = state.rng, state.writer
    recipient = state.parties_by_speciality.get(speciality)
    if recipient is None:
        return
    referral_id = rng.uuid()
    created = visit.signed_at + dt.timedelta(minutes=rng.randint(5, 120))
    sent = created + dt.timedelta(minutes=rng.randint(1, 30))
    status = "sent" if (state.now - sent).days < 14 else "answered"
    if sent >= state.now:
        status = "draft"
    writer.add("referrals", {
        "id": referral_id, "animal_id": animal.id, "client_id": client_id,
        "recipient_id": recipient, "referred_by_id": visit.author_id,
        "reason": f"Henvises for vurdering ({speciality.lower()}).", "owner_consented": True,
        "status": status, "created_at": created,
        "sent_at": sent if sent < state.now else None,
        "kind": "referral", "urgency": "routine",
        "clinical_summary": None, "samples": None, "question": None,
        "accepted_at": sent if status == "answered" and sent < state.now else None,
        "answered_at": None, "report_entry_id": None,
    })
    for entry_id in (visit.entry_id, earlier):
        if entry_id is not None:
            writer.add("referral_items", {
                "id": writer.next_id("referral_items"), "referral_id": referral_id,
                "journal_entry_id": entry_id, "attachment_id": None, "note": None,
            })
