"""Referral letters leave confidential entries out; the owner's access export has them; an
owner's request is journaled with the decision."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from tests.support.journal_data import Patient, add_patient, write_and_sign
from vetdesk.db.models import Ownership
from vetdesk.domain.codes import JournalKind
from vetdesk.errors import PermissionDenied, ValidationError
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import (
    AccessRequest,
    DraftInput,
    entries_for_referral,
    entry_detail,
    owner_journal_export,
    record_access_request,
    void_entry,
)
from vetdesk.services.permissions import Actor
from vetdesk.services.verify import verify_all


@pytest.fixture
def patient(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx)


def _note(ctx: ServiceContext, vet: Actor, animal_id: int, text: str, *,
          confidential: bool = False) -> uuid.UUID:
    return write_and_sign(ctx, vet, DraftInput(
        uuid.uuid4(), animal_id, JournalKind.NOTE, ctx.clock.now(), {"text": text},
        confidential=confidential,
    ))


def test_referral_leaves_out_confidential_and_voided_entries_unless_chosen(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    plain = _note(ctx, vet, patient.animal_id, "Halter")
    secret = _note(ctx, vet, patient.animal_id, "Eier sliter økonomisk", confidential=True)
    wrong = _note(ctx, vet, patient.animal_id, "Feil dyr")
    void_entry(ctx, vet, wrong, reason="feil dyr", expected_version_no=1)
    with ctx.db.reading() as session:
        default = entries_for_referral(session, patient.animal_id)
        chosen = entries_for_referral(session, patient.animal_id, [plain, secret, wrong],
                                      include_confidential=True)
    assert [d.entry_id for d in default] == [plain]
    assert {d.entry_id for d in chosen} == {plain, secret}


def test_access_export_has_everything_including_confidential_and_voided(
    ctx: ServiceContext, vet: Actor, manager: Actor, patient: Patient
) -> None:
    secret = _note(ctx, vet, patient.animal_id, "Konfidensielt", confidential=True)
    wrong = _note(ctx, vet, patient.animal_id, "Feil dyr")
    void_entry(ctx, vet, wrong, reason="feil dyr", expected_version_no=1)
    sold = add_patient(ctx, name="Rex")
    before = _note(ctx, vet, sold.animal_id, "Før salget")
    with ctx.db.transaction() as session:
        session.add(Ownership(animal_id=sold.animal_id, client_id=patient.client_id,
                              started_on=dt.date(2020, 1, 1), ended_on=dt.date(2026, 11, 1),
                              recorded_at=ctx.clock.now()))
    with pytest.raises(PermissionDenied):
        owner_journal_export(ctx, vet, patient.client_id)
    journals = owner_journal_export(ctx, manager, patient.client_id)
    by_animal = {j.animal_name: {d.entry_id for d in j.entries} for j in journals}
    assert by_animal["Bamse"] == {secret, wrong}
    # Rex's entry was written after the ownership ended.
    assert by_animal["Rex"] == set() and before not in by_animal["Rex"]
    voided = next(d for j in journals for d in j.entries if d.entry_id == wrong)
    assert len(voided.versions) == 2


def test_an_owners_request_is_journaled_with_the_decision(
    ctx: ServiceContext, manager: Actor, receptionist: Actor, vet: Actor, patient: Patient
) -> None:
    request = AccessRequest(
        animal_id=patient.animal_id, request_type="correction",
        received_on=dt.date(2026, 11, 20), request="Retting av side i notat 19.11.",
        decision="refused",
    )
    with pytest.raises(ValidationError) as caught:
        record_access_request(ctx, manager, request)
    assert "decision_reason" in caught.value.field_errors
    with pytest.raises(PermissionDenied):
        record_access_request(ctx, receptionist, request)
    made = record_access_request(ctx, manager, AccessRequest(
        **{**request.__dict__, "decision": "granted"}))
    detail = entry_detail(ctx, vet, made.entry_id)
    assert detail.kind is JournalKind.ACCESS_REQUEST and detail.author_name == "Mona Manager"
    assert detail.current.content["decision"] == "granted"
    assert verify_all(ctx, manager).ok


def test_a_retried_request_is_not_journaled_twice(
    ctx: ServiceContext, manager: Actor, patient: Patient
) -> None:
    import uuid

    from vetdesk.errors import ConflictError

    request = AccessRequest(
        animal_id=patient.animal_id, request_type="access", received_on=dt.date(2026, 11, 20),
        request="Innsyn i journalen.", decision="granted", id=uuid.uuid4(),
    )
    record_access_request(ctx, manager, request)
    with pytest.raises(ConflictError, match="already in the journal"):
        record_access_request(ctx, manager, request)
    assert verify_all(ctx, manager).ok
