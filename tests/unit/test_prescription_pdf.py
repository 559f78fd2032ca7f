"""The printed prescription holds every field the rule asks for (EU 2019/6 art. 105(5)), with
æøå intact, and its print is in the audit log."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.conftest import make_user
from tests.support.journal_data import add_patient
from tests.support.pharmacy import form_for, load_sample, one_item
from vetdesk.db.models import AuditEvent
from vetdesk.domain.codes import Role
from vetdesk.errors import PermissionDenied
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy.cancelling import cancel_prescription
from vetdesk.services.pharmacy.issuing import issue_prescription
from vetdesk.services.pharmacy.printing import print_prescription


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.5)  # A4
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_a_cows_antibiotic_prescription_prints_every_required_field(
    ctx: ServiceContext, vet: Actor, clinic: None
) -> None:
    drugs = load_sample(ctx)
    cow = add_patient(ctx, species="cattle", name="Dagros", owner_first="Åse",
                      owner_last="Strøm-Hansen")
    issued = issue_prescription(ctx, vet, form_for(
        cow.animal_id,
        one_item(drugs["016683"], pack_size="100 ml", dosage="20 mg/kg i.m. én gang daglig",
                 duration_days=4, withdrawal_period="Slakt: 6 døgn, melk: 6 døgn",
                 warnings="Fullfør kuren; ikke del med andre dyr."),
        cascade_statement="Ingen godkjent preparat for indikasjonen; kaskade art. 113.",
    ))
    text = _text(print_prescription(ctx, vet, issued.id))
    for required in (
        "Dyreklinikken Ødegård",            # the clinic
        "Dagros",                           # the animal
        "Åse Strøm-Hansen", "Fjellveien 22B", "0150 Oslo", "912 34 567",  # owner and contact
        "22.11.2026",                       # date of issue
        "Ingrid Lie", "HPR no. 1234567",    # the vet and HPR number
        "signature",                        # signature line
        "Penovet vet. (benzylpenicillinprokain)",  # product with substance in brackets
        "injeksjonsvæske, 300 mg/ml",       # form and strength
        "1 × 100 ml",                       # quantity
        "20 mg/kg i.m. én gang daglig",     # dosage
        "Slakt: 6 døgn, melk: 6 døgn",      # withdrawal period
        "Fullfør kuren; ikke del med andre dyr.",  # warnings
        "cascade", "kaskade art. 113",      # the cascade statement
        "27.11.2026",                       # valid until: 5 days (antimicrobial)
        issued.id.hex[:8].upper(),          # the prescription's number
    ):
        assert required in text, required
    with ctx.db.reading() as session:
        printed = session.execute(select(AuditEvent).where(AuditEvent.action == "print")
                                  ).scalar_one()
        assert (printed.entity_type, printed.animal_id) == ("prescription", cow.animal_id)


def test_a_cancelled_prescription_prints_as_cancelled(
    ctx: ServiceContext, vet: Actor, clinic: None
) -> None:
    drugs = load_sample(ctx)
    dog = add_patient(ctx)
    issued = issue_prescription(ctx, vet, form_for(dog.animal_id, one_item(drugs["084512"])))
    cancel_prescription(ctx, vet, issued.id, "Feil styrke")
    text = _text(print_prescription(ctx, vet, issued.id))
    assert "CANCELLED 22.11.2026 by Ingrid Lie: Feil styrke" in text
    assert "22.11.2027" in text  # a year for a non-antimicrobial


def test_a_receptionist_may_not_print_a_prescription(
    ctx: ServiceContext, vet: Actor, clinic: None
) -> None:
    drugs = load_sample(ctx)
    dog = add_patient(ctx)
    issued = issue_prescription(ctx, vet, form_for(dog.animal_id, one_item(drugs["084512"])))
    desk = make_user(ctx, "resepsjon", Role.RECEPTIONIST)
    with pytest.raises(PermissionDenied):
        print_prescription(ctx, desk, issued.id)
