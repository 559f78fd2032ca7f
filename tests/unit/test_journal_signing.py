"""Signing: who may, what is refused, what is copied, recalls, and the lock sweep."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.support.journal_data import Patient, add_patient, consultation
from tests.support.staff import signed_in
from vetdesk.clock import FixedClock
from vetdesk.db.models import (
    AuditEvent,
    JournalAttachment,
    JournalDraft,
    JournalEntry,
    JournalVersion,
    Reminder,
)
from vetdesk.domain.codes import JournalKind, RecallRuleKind, ReminderStatus
from vetdesk.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import (
    DraftInput,
    ImplausibleValues,
    add_draft_attachment,
    check_draft,
    entry_detail,
    lock_stale_drafts,
    save_draft,
    sign_draft,
)
from vetdesk.services.messaging.recall_rules import RuleInput, save_rule
from vetdesk.services.permissions import Actor
from vetdesk.services.verify import verify_all

PNG = b"\x89PNG\r\n\x1a\n" + b"\x01" * 64


@pytest.fixture
def patient(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx)


@pytest.fixture
def cat(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx, species="cat", name="Pusi")


def test_signing_makes_an_entry_with_the_same_id_and_a_verified_chain(
    ctx: ServiceContext, vet: Actor, patient: Patient, manager: Actor
) -> None:
    form = consultation(patient.animal_id, ctx.clock.now() - dt.timedelta(minutes=30))
    save_draft(ctx, vet, form)
    add_draft_attachment(ctx, vet, form.id, "røntgen.png", PNG)
    result = sign_draft(ctx, vet, form.id)
    assert result.entry_id == form.id and result.version_no == 1
    with ctx.db.reading() as session:
        assert session.get(JournalDraft, form.id) is None
        entry = session.get(JournalEntry, form.id)
        assert entry is not None and entry.signed_by_id == vet.user_id and not entry.auto_locked
        version = session.execute(select(JournalVersion)).scalar_one()
        assert version.chain_seq == 1 and version.hash == result.hash
        attachment = session.execute(select(JournalAttachment)).scalar_one()
        assert attachment.entry_id == form.id and attachment.data == PNG
        actions = session.execute(
            select(AuditEvent.entity_type, AuditEvent.action).order_by(AuditEvent.id)
        ).all()
    assert ("journal_entry", "create") in [tuple(a) for a in actions]
    detail = entry_detail(ctx, vet, form.id)
    assert detail.current.content["findings"] == "Øm over kneet."
    assert detail.current.weight_kg == Decimal("31.4")
    assert [a.filename for a in detail.attachments] == ["røntgen.png"]
    report = verify_all(ctx, manager)
    assert report.ok and report.journal_versions == 1 and report.attachments == 1


def test_a_receptionist_cannot_sign(
    ctx: ServiceContext, vet: Actor, receptionist: Actor, patient: Patient
) -> None:
    form = consultation(patient.animal_id, ctx.clock.now())
    save_draft(ctx, vet, form)
    with pytest.raises(PermissionDenied, match="sign journal entries"):
        sign_draft(ctx, receptionist, form.id)


def test_empty_required_fields_are_refused_with_field_errors(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    form = dataclasses.replace(
        consultation(patient.animal_id, ctx.clock.now()), content={"anamnesis": "  "}
    )
    save_draft(ctx, vet, form)
    with pytest.raises(ValidationError) as caught:
        sign_draft(ctx, vet, form.id)
    assert set(caught.value.field_errors) == {"anamnesis", "findings"}
    assert check_draft(ctx, vet, form.id).errors.keys() == {"anamnesis", "findings"}


def test_an_event_in_the_future_is_refused(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    form = consultation(patient.animal_id, ctx.clock.now() + dt.timedelta(hours=2))
    save_draft(ctx, vet, form)
    with pytest.raises(ValidationError) as caught:
        sign_draft(ctx, vet, form.id)
    assert "event_time" in caught.value.field_errors


@pytest.mark.parametrize(("weight", "said"), [
    ("-3", "A weight must be more than 0 kg; check the number."),
    ("0", "A weight must be more than 0 kg; check the number."),
    ("4000", "4000 kg is impossible for a cat (at most 30 kg); check the number."),
])
def test_impossible_weights_for_a_cat_are_refused(
    ctx: ServiceContext, vet: Actor, cat: Patient, weight: str, said: str
) -> None:
    form = dataclasses.replace(
        consultation(cat.animal_id, ctx.clock.now()), weight_kg=Decimal(weight)
    )
    save_draft(ctx, vet, form)
    with pytest.raises(ValidationError) as caught:
        sign_draft(ctx, vet, form.id, accept_warnings=True)
    assert caught.value.field_errors["weight_kg"] == said


def test_implausible_values_need_confirming(
    ctx: ServiceContext, vet: Actor, cat: Patient
) -> None:
    form = dataclasses.replace(
        consultation(cat.animal_id, ctx.clock.now()), weight_kg=Decimal("14"),
        temperature_c=Decimal("35.0"),
    )
    save_draft(ctx, vet, form)
    with pytest.raises(ImplausibleValues) as caught:
        sign_draft(ctx, vet, form.id)
    assert set(caught.value.warnings) == {"weight_kg", "temperature_c"}
    assert sign_draft(ctx, vet, form.id, accept_warnings=True).entry_id == form.id


def test_an_impossible_temperature_is_refused(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    form = dataclasses.replace(
        consultation(patient.animal_id, ctx.clock.now()), temperature_c=Decimal("3.9")
    )
    save_draft(ctx, vet, form)
    with pytest.raises(ValidationError) as caught:
        sign_draft(ctx, vet, form.id, accept_warnings=True)
    assert "temperature_c" in caught.value.field_errors


def test_signing_twice_is_a_conflict(ctx: ServiceContext, vet: Actor, patient: Patient) -> None:
    form = consultation(patient.animal_id, ctx.clock.now())
    save_draft(ctx, vet, form)
    sign_draft(ctx, vet, form.id)
    with pytest.raises(ConflictError, match="signed"):
        sign_draft(ctx, vet, form.id)


def vaccination(animal_id: int, when: dt.datetime, product: str, due: str) -> DraftInput:
    return DraftInput(
        id=uuid.uuid4(), animal_id=animal_id, kind=JournalKind.VACCINATION, event_time=when,
        content={"product": product, "batch": "A123-45", "next_due_on": due},
    )


def test_a_vaccination_sets_the_next_recall_and_completes_the_open_one(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    now = ctx.clock.now()
    first = vaccination(patient.animal_id, now, "Nobivac DHPPi", "2027-11-22")
    save_draft(ctx, vet, first)
    made = sign_draft(ctx, vet, first.id)
    assert made.new_recall_id is not None and made.completed_recalls == ()
    with ctx.db.transaction() as session:
        session.add(Reminder(
            animal_id=patient.animal_id, client_id=patient.client_id, kind="vaccination",
            title="Vaccination: Rabisin", due_on=dt.date(2028, 6, 1), created_at=now,
        ))
    assert isinstance(ctx.clock, FixedClock)
    ctx.clock.advance(dt.timedelta(days=360))
    booster = vaccination(patient.animal_id, ctx.clock.now(), "Nobivac DHPPi", "2028-11-20")
    save_draft(ctx, vet, booster)
    second = sign_draft(ctx, vet, booster.id)
    assert second.completed_recalls == (made.new_recall_id,)
    with ctx.db.reading() as session:
        recalls = {
            r.title + " " + r.due_on.isoformat(): r.status
            for r in session.execute(select(Reminder)).scalars()
        }
    assert recalls == {
        "Vaccination: Nobivac DHPPi 2027-11-22": ReminderStatus.DONE.value,
        "Vaccination: Nobivac DHPPi 2028-11-20": ReminderStatus.DUE.value,
        "Vaccination: Rabisin 2028-06-01": ReminderStatus.DUE.value,
    }


def operation(animal_id: int, when: dt.datetime) -> DraftInput:
    return DraftInput(
        id=uuid.uuid4(), animal_id=animal_id, kind=JournalKind.PROCEDURE, event_time=when,
        content={"procedure": "Kastrasjon", "description": "Ukomplisert."},
    )


def test_a_signed_operation_sets_the_post_op_control_the_rule_asks_for(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    without_rule = operation(patient.animal_id, ctx.clock.now())
    save_draft(ctx, vet, without_rule)
    assert sign_draft(ctx, vet, without_rule.id).new_recall_id is None
    save_rule(ctx, vet, RuleInput(RecallRuleKind.POSTOP, 10))
    surgery = operation(patient.animal_id, ctx.clock.now())  # Sunday 22.11.2026
    save_draft(ctx, vet, surgery)
    made = sign_draft(ctx, vet, surgery.id)
    assert made.new_recall_id is not None
    with ctx.db.reading() as session:
        recalls = [(r.id, r.kind, r.title, r.due_on, r.status, r.journal_entry_id, r.client_id)
                   for r in session.execute(select(Reminder)).scalars()]
    assert recalls == [(made.new_recall_id, "postop", "Post-operative check: Kastrasjon",
                        dt.date(2026, 12, 2), "due", surgery.id, patient.client_id)]


@pytest.mark.pg_only
def test_a_vet_signed_in_as_herself_gets_the_post_op_control(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    save_rule(ctx, vet, RuleInput(RecallRuleKind.POSTOP, 14))
    surgery = operation(patient.animal_id, ctx.clock.now())
    with signed_in(ctx, vet) as desk:
        save_draft(desk, vet, surgery)
        made = sign_draft(desk, vet, surgery.id)
    with ctx.db.reading() as session:
        recall = session.get(Reminder, made.new_recall_id)
        assert recall is not None
        assert (recall.title, recall.due_on) == ("Post-operative check: Kastrasjon",
                                                 dt.date(2026, 12, 6))


def test_vaccination_needs_product_and_batch_and_a_later_due_date(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    form = vaccination(patient.animal_id, ctx.clock.now(), "", "2020-01-01")
    save_draft(ctx, vet, dataclasses.replace(form, content={**form.content, "batch": ""}))
    with pytest.raises(ValidationError) as caught:
        sign_draft(ctx, vet, form.id)
    assert set(caught.value.field_errors) == {"product", "batch", "next_due_on"}


def test_the_lock_sweep_signs_old_drafts_in_the_authors_name(
    ctx: ServiceContext, vet: Actor, patient: Patient, manager: Actor
) -> None:
    old = dataclasses.replace(
        consultation(patient.animal_id, ctx.clock.now()), content={"anamnesis": "Halv setning"}
    )
    empty = dataclasses.replace(
        consultation(patient.animal_id, ctx.clock.now()), id=uuid.uuid4(), content={},
        weight_kg=None, temperature_c=None,
    )
    save_draft(ctx, vet, old)
    save_draft(ctx, vet, empty)
    assert isinstance(ctx.clock, FixedClock)
    ctx.clock.advance(dt.timedelta(hours=23))
    fresh = consultation(patient.animal_id, ctx.clock.now(), draft_id=uuid.uuid4())
    save_draft(ctx, vet, fresh)
    ctx.clock.advance(dt.timedelta(hours=1, minutes=1))
    report = lock_stale_drafts(ctx, manager)
    assert report.locked == (old.id,) and report.discarded_empty == (empty.id,)
    detail = entry_detail(ctx, vet, old.id)
    assert detail.auto_locked and detail.signed_by_name == "Ingrid Lie"
    assert detail.current.content == {"anamnesis": "Halv setning"}
    with ctx.db.reading() as session:
        assert session.get(JournalDraft, fresh.id) is not None
        logged = session.execute(
            select(AuditEvent).where(AuditEvent.entity_id == old.id.hex,
                                     AuditEvent.entity_type == "journal_entry",
                                     AuditEvent.action == "create")
        ).scalar_one()
        assert logged.details["auto_locked"] is True and logged.username == manager.username
    assert lock_stale_drafts(ctx, None).locked == ()
    assert verify_all(ctx, manager).ok


def test_files_on_a_signed_entry_are_kept_as_they_were_and_cannot_be_removed(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    from vetdesk.services.journal import attachment_file, remove_draft_attachment

    form = consultation(patient.animal_id, ctx.clock.now())
    save_draft(ctx, vet, form)
    attached = add_draft_attachment(ctx, vet, form.id, "røntgen.png", PNG)
    sign_draft(ctx, vet, form.id)
    with pytest.raises(NotFound, match="signed entries cannot be removed"):
        remove_draft_attachment(ctx, vet, attached.id)
    file = attachment_file(ctx, vet, attached.id)
    assert file.data == PNG and file.info.sha256 == attached.sha256
    with pytest.raises(ConflictError):
        add_draft_attachment(ctx, vet, form.id, "etterpå.png", PNG)
    with ctx.db.reading() as session:
        viewed = session.execute(
            select(AuditEvent.id).where(AuditEvent.entity_type == "journal_attachment")
        ).all()
    assert len(viewed) == 1
