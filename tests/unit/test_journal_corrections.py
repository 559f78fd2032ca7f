"""Corrections and voids: new versions with a reason, never an overwrite; history with diffs."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.journal_data import Patient, add_patient, consultation, write_and_sign
from vetdesk.clock import FixedClock
from vetdesk.domain.codes import Requester, VersionAction
from vetdesk.errors import ConflictError, PermissionDenied, ValidationError
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import (
    Correction,
    DiffSpan,
    correct_entry,
    entry_detail,
    timeline_page,
    void_entry,
    word_diff,
)
from vetdesk.services.permissions import Actor
from vetdesk.services.verify import verify_all


@pytest.fixture
def patient(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx)


def _correction(ctx: ServiceContext, vet: Actor, entry_id: object, **changes: object) -> Correction:
    detail = entry_detail(ctx, vet, entry_id)  # type: ignore[arg-type]
    current = detail.current
    values: dict[str, object] = {
        "entry_id": detail.entry_id, "expected_version_no": current.version_no,
        "event_time": current.event_time, "content": dict(current.content),
        "reason": "wrong side", "weight_kg": current.weight_kg,
        "temperature_c": current.temperature_c, "confidential": current.confidential,
    }
    values.update(changes)
    return Correction(**values)  # type: ignore[arg-type]


def test_word_diff_marks_removed_and_added_words() -> None:
    spans = word_diff("Halter på venstre bakben.", "Halter på høyre bakben.")
    assert spans == (
        DiffSpan("same", "Halter på "), DiffSpan("removed", "venstre"),
        DiffSpan("added", "høyre"), DiffSpan("same", " bakben."),
    )
    assert word_diff("", "ny tekst") == (DiffSpan("added", "ny tekst"),)


def test_a_correction_adds_a_version_and_keeps_the_original(
    ctx: ServiceContext, vet: Actor, patient: Patient, manager: Actor
) -> None:
    entry_id = write_and_sign(ctx, vet, consultation(patient.animal_id, ctx.clock.now()))
    assert isinstance(ctx.clock, FixedClock)
    ctx.clock.advance(dt.timedelta(days=1))
    correction = _correction(ctx, vet, entry_id, content={
        "anamnesis": "Halter på høyre bakben.", "findings": "Øm over kneet."
    }, requested_by=Requester.OWNER)
    made = correct_entry(ctx, vet, correction)
    assert made.version_no == 2 and made.action is VersionAction.CORRECT
    detail = entry_detail(ctx, vet, entry_id)
    first, second = detail.versions
    assert first.content["anamnesis"] == "Halter på venstre bakben."
    assert second.reason == "wrong side" and second.requested_by is Requester.OWNER
    assert second.author_name == "Ingrid Lie" and second.created_at == ctx.clock.now()
    (change,) = second.changes
    assert change.field == "anamnesis"
    assert DiffSpan("removed", "venstre") in change.spans
    assert DiffSpan("added", "høyre") in change.spans
    assert detail.corrected and not detail.voided
    item = timeline_page(ctx, vet, patient.animal_id).items[0]
    assert item.corrected and item.version_no == 2 and "høyre" in item.content["anamnesis"]
    assert verify_all(ctx, manager).ok


def test_a_correction_needs_a_reason_and_a_change(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    entry_id = write_and_sign(ctx, vet, consultation(patient.animal_id, ctx.clock.now()))
    with pytest.raises(ValidationError) as caught:
        correct_entry(ctx, vet, _correction(ctx, vet, entry_id, reason="  ",
                                            content={"anamnesis": "x", "findings": "y"}))
    assert "reason" in caught.value.field_errors
    with pytest.raises(ValidationError, match="Nothing was changed"):
        correct_entry(ctx, vet, _correction(ctx, vet, entry_id))
    with pytest.raises(ValidationError) as caught:
        correct_entry(ctx, vet, _correction(ctx, vet, entry_id, content={"anamnesis": "x"}))
    assert "findings" in caught.value.field_errors


def test_a_stale_correction_is_refused(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    entry_id = write_and_sign(ctx, vet, consultation(patient.animal_id, ctx.clock.now()))
    stale = _correction(ctx, vet, entry_id, content={"anamnesis": "a", "findings": "b"})
    correct_entry(ctx, vet, _correction(ctx, vet, entry_id, content={
        "anamnesis": "c", "findings": "d"}))
    with pytest.raises(ConflictError, match="changed by Ingrid Lie"):
        correct_entry(ctx, vet, stale)


def test_a_receptionist_cannot_correct_or_void(
    ctx: ServiceContext, vet: Actor, receptionist: Actor, patient: Patient
) -> None:
    entry_id = write_and_sign(ctx, vet, consultation(patient.animal_id, ctx.clock.now()))
    correction = _correction(ctx, vet, entry_id, content={"anamnesis": "a", "findings": "b"})
    with pytest.raises(PermissionDenied):
        correct_entry(ctx, receptionist, correction)
    with pytest.raises(PermissionDenied):
        void_entry(ctx, receptionist, entry_id, reason="wrong animal", expected_version_no=1)


def test_void_keeps_the_entry_readable_and_final(
    ctx: ServiceContext, vet: Actor, patient: Patient, manager: Actor
) -> None:
    entry_id = write_and_sign(ctx, vet, consultation(patient.animal_id, ctx.clock.now()))
    with pytest.raises(ValidationError):
        void_entry(ctx, vet, entry_id, reason="", expected_version_no=1)
    made = void_entry(ctx, vet, entry_id, reason="written on the wrong animal",
                      expected_version_no=1)
    assert made.action is VersionAction.VOID
    detail = entry_detail(ctx, vet, entry_id)
    assert detail.voided and not detail.corrected
    assert detail.current.content == detail.versions[0].content
    assert detail.current.reason == "written on the wrong animal"
    with pytest.raises(ConflictError):
        void_entry(ctx, vet, entry_id, reason="again", expected_version_no=2)
    with pytest.raises(ConflictError, match="voided"):
        correct_entry(ctx, vet, _correction(ctx, vet, entry_id, content={
            "anamnesis": "a", "findings": "b"}))
    page = timeline_page(ctx, vet, patient.animal_id)
    assert page.items[0].voided
    assert verify_all(ctx, manager).ok


def test_a_nul_or_lone_surrogate_in_the_reason_is_removed_not_a_database_error(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    entry_id = write_and_sign(ctx, vet, consultation(patient.animal_id, ctx.clock.now()))
    result = correct_entry(ctx, vet, _correction(
        ctx, vet, entry_id, reason="Feil\x00 vekt\ud800 notert",
        content={"anamnesis": "Rettet.", "findings": "Ingen funn."}))
    detail = entry_detail(ctx, vet, entry_id)
    assert detail.versions[-1].reason == "Feil vekt notert"
    assert result.version_no == 2
