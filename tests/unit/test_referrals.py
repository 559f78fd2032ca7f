"""Referrals and lab requests: the owner's consent, confidential entries left out unless
chosen, the disclosure in the audit log, tracking, the report back into the journal, the PDF."""

from __future__ import annotations

import dataclasses
import io
import uuid

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.conftest import make_user
from tests.support.journal_data import Patient, add_patient, consultation, write_and_sign
from vetdesk.db.models import AuditEvent, JournalVersion, ReferralItem
from vetdesk.domain.codes import ReferralKind, Role, Urgency
from vetdesk.errors import PermissionDenied, ValidationError
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.referrals.letter import referral_letter
from vetdesk.services.referrals.parties import add_party, list_parties
from vetdesk.services.referrals.sending import (
    accept_referral,
    attach_report,
    list_referrals,
    send_referral,
)
from vetdesk.services.referrals.types import PartyInput, ReferralInput
from vetdesk.services.verify import verify_all


@pytest.fixture
def dog(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx)


@pytest.fixture
def parties(ctx: ServiceContext, admin: Actor) -> dict[str, int]:
    ortho = add_party(ctx, admin, PartyInput(
        "Dyresykehuset Bekkestua, ortopedisk avdeling", speciality="Ortopedi",
        address="Gamle Ringeriksvei 5, 1357 Bekkestua", email="ortopedi@example.com"))
    lab = add_party(ctx, admin, PartyInput("Vetlab Norge", is_laboratory=True,
                                           address="Postboks 12, 2001 Lillestrøm"))
    return {"ortho": ortho.id, "lab": lab.id}


def _form(animal_id: int, recipient: int, **changes: object) -> ReferralInput:
    form = ReferralInput(id=uuid.uuid4(), animal_id=animal_id, recipient_id=recipient,
                         kind=ReferralKind.REFERRAL, reason="Halthet høyre bakben, mistanke "
                         "om korsbåndruptur", owner_consented=True, urgency=Urgency.SOON,
                         clinical_summary="Positiv skuffeskuff-test. Røntgen tatt.")
    return dataclasses.replace(form, **changes)  # type: ignore[arg-type]


def test_a_referral_sends_the_chosen_entries_and_is_a_disclosure(
    ctx: ServiceContext, vet: Actor, manager: Actor, dog: Patient, parties: dict[str, int]
) -> None:
    now = ctx.clock.now()
    open_entry = write_and_sign(ctx, vet, consultation(dog.animal_id, now.replace(hour=6),
                                                       diagnosis="Korsbånd?"))
    secret = write_and_sign(ctx, vet, dataclasses.replace(
        consultation(dog.animal_id, now.replace(hour=7), diagnosis="Eiers uro"),
        confidential=True))
    sent = send_referral(ctx, vet, _form(dog.animal_id, parties["ortho"],
                                         entry_ids=(open_entry, secret)))
    assert (sent.entries, sent.status) == (1, "sent")  # the confidential one left out
    with ctx.db.reading() as session:
        items = session.execute(select(ReferralItem.journal_entry_id)).scalars().all()
        assert items == [open_entry]
        event = session.execute(select(AuditEvent).where(
            AuditEvent.action == "disclosure.referral")).scalar_one()
        assert (event.client_id, event.animal_id) == (dog.client_id, dog.animal_id)
        assert event.details == {"recipient_id": parties["ortho"], "entries": 1,
                                 "confidential": 0, "kind": "referral"}
    chosen = send_referral(ctx, vet, _form(dog.animal_id, parties["ortho"],
                                           entry_ids=(secret,), include_confidential=True))
    assert chosen.entries == 1
    assert verify_all(ctx, manager).ok


def test_no_referral_without_the_owners_consent_and_a_reason(
    ctx: ServiceContext, vet: Actor, dog: Patient, parties: dict[str, int]
) -> None:
    with pytest.raises(ValidationError) as caught:
        send_referral(ctx, vet, _form(dog.animal_id, parties["ortho"], owner_consented=False,
                                      reason=" "))
    assert set(caught.value.field_errors) == {"owner_consented", "reason"}
    assert "owner agreed" in caught.value.message
    assert list_referrals(ctx, vet, dog.animal_id) == []


def test_a_lab_request_needs_a_laboratory_samples_and_a_question(
    ctx: ServiceContext, vet: Actor, dog: Patient, parties: dict[str, int]
) -> None:
    lab = _form(dog.animal_id, parties["ortho"], kind=ReferralKind.LAB,
                samples="EDTA-blod, serum", question="Hematologi og biokjemi")
    with pytest.raises(ValidationError, match="not a laboratory"):
        send_referral(ctx, vet, lab)
    with pytest.raises(ValidationError) as caught:
        send_referral(ctx, vet, dataclasses.replace(lab, recipient_id=parties["lab"],
                                                    samples=""))
    assert list(caught.value.field_errors) == ["samples"]
    sent = send_referral(ctx, vet, dataclasses.replace(lab, recipient_id=parties["lab"]))
    entry = attach_report(ctx, vet, sent.id, "Hb 14,2 g/dl; ALAT 45 U/l. Normalt.")
    [tracked] = list_referrals(ctx, vet, dog.animal_id)
    assert (tracked.status, tracked.report_entry_id) == ("answered", entry)
    with ctx.db.reading() as session:
        content = session.execute(select(JournalVersion.content)
                                  .where(JournalVersion.entry_id == entry)).scalar_one()
    assert content == {"test": "Hematologi og biokjemi", "laboratory": "Vetlab Norge",
                       "result": "Hb 14,2 g/dl; ALAT 45 U/l. Normalt."}
    with ctx.db.reading() as session:
        assert session.execute(select(AuditEvent.id).where(
            AuditEvent.action == "disclosure.lab")).first() is not None


def test_tracking_and_the_letter_holds_what_was_sent(
    ctx: ServiceContext, vet: Actor, dog: Patient, parties: dict[str, int]
) -> None:
    entry = write_and_sign(ctx, vet, consultation(dog.animal_id, ctx.clock.now().replace(hour=6),
                                                  diagnosis="Mistenkt korsbåndruptur"))
    sent = send_referral(ctx, vet, _form(dog.animal_id, parties["ortho"], entry_ids=(entry,)))
    accept_referral(ctx, vet, sent.id)
    assert list_referrals(ctx, vet, dog.animal_id)[0].status == "accepted"
    pdf = referral_letter(ctx, vet, sent.id)
    text = " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(pdf)).pages)
    for required in ("Referral", "Dyresykehuset Bekkestua, ortopedisk avdeling",
                     "Ingrid Lie", "HPR no. 1234567", "Kari Ødegård", "Bamse",
                     "Halthet høyre bakben", "Positiv skuffeskuff-test", "Soon (within days)",
                     "Mistenkt korsbåndruptur", "The owner agreed", "22.11.2026"):
        assert required in text, required


def test_only_a_vet_refers_and_a_nurse_does_not_add_recipients(
    ctx: ServiceContext, vet: Actor, dog: Patient, parties: dict[str, int]
) -> None:
    nurse = make_user(ctx, "sofie", Role.NURSE)
    with pytest.raises(PermissionDenied):
        send_referral(ctx, nurse, _form(dog.animal_id, parties["ortho"]))
    with pytest.raises(PermissionDenied):
        add_party(ctx, nurse, PartyInput("Ny klinikk"))
    assert [p.name for p in list_parties(ctx, nurse, laboratories=True)] == ["Vetlab Norge"]
