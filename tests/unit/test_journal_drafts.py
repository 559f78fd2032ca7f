"""Drafts: saved as typed, idempotent, author-only, files with their SHA-256."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import uuid

import pytest
from sqlalchemy import func, select

from tests.conftest import make_user
from tests.support.journal_data import Patient, add_patient, consultation
from vetdesk.db.models import AuditEvent, JournalDraft
from vetdesk.domain.codes import Role
from vetdesk.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import (
    add_draft_attachment,
    discard_draft,
    get_draft,
    my_drafts,
    remove_draft_attachment,
    save_draft,
    save_draft_with_files,
    sign_draft,
)
from vetdesk.services.permissions import Actor

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF"


@pytest.fixture
def patient(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx)


def test_save_is_idempotent_and_keeps_what_was_typed(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    form = consultation(patient.animal_id, ctx.clock.now(), plan="Kontroll om 14 dager")
    first = save_draft(ctx, vet, form)
    again = save_draft(ctx, vet, form)
    assert first.created and not again.created
    typed = dataclasses.replace(form, content={**form.content, "plan": "Kontroll om 10 dager"})
    save_draft(ctx, vet, typed)
    draft = get_draft(ctx, vet, form.id)
    assert draft.content["plan"] == "Kontroll om 10 dager"
    assert draft.author_name == "Ingrid Lie"
    assert draft.locks_at == draft.started_at + dt.timedelta(hours=24)
    with ctx.db.reading() as session:
        assert session.execute(select(func.count()).select_from(JournalDraft)).scalar() == 1
        created = session.execute(
            select(func.count()).select_from(AuditEvent)
            .where(AuditEvent.entity_type == "journal_draft")
        ).scalar()
    assert created == 1


def test_a_draft_may_hold_what_signing_would_refuse(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    form = dataclasses.replace(
        consultation(patient.animal_id, ctx.clock.now() + dt.timedelta(days=2)),
        content={"anamnesis": ""},
    )
    save_draft(ctx, vet, form)
    assert get_draft(ctx, vet, form.id).content == {"anamnesis": ""}


def test_another_vet_cannot_edit_or_sign_or_discard_a_draft(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    other = make_user(ctx, "berg", Role.VETERINARIAN, full_name="Per Berg", hpr_number="7654321")
    form = consultation(patient.animal_id, ctx.clock.now())
    save_draft(ctx, vet, form)
    with pytest.raises(PermissionDenied, match="Only Ingrid Lie"):
        save_draft(ctx, other, dataclasses.replace(form, content={"anamnesis": "overskrevet"}))
    with pytest.raises(PermissionDenied):
        sign_draft(ctx, other, form.id)
    with pytest.raises(PermissionDenied):
        discard_draft(ctx, other, form.id)
    with pytest.raises(PermissionDenied):
        add_draft_attachment(ctx, other, form.id, "x.png", PNG)
    assert get_draft(ctx, vet, form.id).content == form.content


def test_a_receptionist_cannot_write_drafts(
    ctx: ServiceContext, receptionist: Actor, patient: Patient
) -> None:
    with pytest.raises(PermissionDenied):
        save_draft(ctx, receptionist, consultation(patient.animal_id, ctx.clock.now()))


def test_unknown_fields_and_naive_times_are_refused(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    form = consultation(patient.animal_id, ctx.clock.now(), product="Nobivac")
    with pytest.raises(ValidationError) as caught:
        save_draft(ctx, vet, form)
    assert "product" in caught.value.field_errors
    naive = dataclasses.replace(form, content={}, event_time=dt.datetime(2026, 11, 22, 9, 0))
    with pytest.raises(ValidationError) as caught:
        save_draft(ctx, vet, naive)
    assert "event_time" in caught.value.field_errors


def test_a_draft_cannot_move_to_another_animal(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    other = add_patient(ctx, name="Pusi", species="cat")
    form = consultation(patient.animal_id, ctx.clock.now())
    save_draft(ctx, vet, form)
    with pytest.raises(ValidationError):
        save_draft(ctx, vet, dataclasses.replace(form, animal_id=other.animal_id))


def test_saving_on_a_signed_entry_is_a_conflict(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    form = consultation(patient.animal_id, ctx.clock.now())
    save_draft(ctx, vet, form)
    sign_draft(ctx, vet, form.id)
    with pytest.raises(ConflictError, match="correction"):
        save_draft(ctx, vet, form)


def test_attachments_are_sniffed_hashed_and_removable_before_signing(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    form = consultation(patient.animal_id, ctx.clock.now())
    save_draft(ctx, vet, form)
    png = add_draft_attachment(ctx, vet, form.id, "røntgen.png", PNG)
    pdf = add_draft_attachment(ctx, vet, form.id, "lab.pdf", PDF)
    assert png.media_type == "image/png" and pdf.media_type == "application/pdf"
    assert png.sha256 == hashlib.sha256(PNG).hexdigest()
    with pytest.raises(ValidationError, match="not a PDF or an image"):
        add_draft_attachment(ctx, vet, form.id, "virus.pdf", b"MZ\x90\x00 not a pdf")
    remove_draft_attachment(ctx, vet, png.id)
    assert [a.filename for a in get_draft(ctx, vet, form.id).attachments] == ["lab.pdf"]


def test_adding_files_saves_the_draft_and_every_file_together(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    form = consultation(patient.animal_id, ctx.clock.now())
    added = save_draft_with_files(ctx, vet, form, [("røntgen.png", PNG), ("lab.pdf", PDF)])
    assert [a.filename for a in added] == ["røntgen.png", "lab.pdf"]
    draft = get_draft(ctx, vet, form.id)
    assert [a.filename for a in draft.attachments] == ["røntgen.png", "lab.pdf"]
    assert draft.content["findings"] == "Øm over kneet."


def test_one_refused_file_leaves_none_of_the_chosen_files_attached(
    ctx: ServiceContext, vet: Actor, patient: Patient
) -> None:
    """One user action, one transaction (issue 8): "Add files…" with three files, the last
    not a PDF or an image, used to attach the first two before refusing the third."""
    form = consultation(patient.animal_id, ctx.clock.now())
    save_draft_with_files(ctx, vet, form, [("lab.pdf", PDF)])
    edited = dataclasses.replace(form, content={**form.content, "findings": "Hovent kne."})
    with pytest.raises(ValidationError, match="not a PDF or an image"):
        save_draft_with_files(ctx, vet, edited, [("røntgen.png", PNG), ("mer.pdf", PDF),
                                                 ("virus.pdf", b"MZ\x90\x00 not a pdf")])
    draft = get_draft(ctx, vet, form.id)
    assert [a.filename for a in draft.attachments] == ["lab.pdf"]
    assert draft.content["findings"] == "Øm over kneet."


def test_my_drafts_and_discard(ctx: ServiceContext, vet: Actor, patient: Patient) -> None:
    first = consultation(patient.animal_id, ctx.clock.now())
    second = consultation(patient.animal_id, ctx.clock.now(), draft_id=uuid.uuid4())
    save_draft(ctx, vet, first)
    save_draft(ctx, vet, second)
    assert {d.id for d in my_drafts(ctx, vet)} == {first.id, second.id}
    discard_draft(ctx, vet, first.id)
    assert [d.id for d in my_drafts(ctx, vet)] == [second.id]
    with pytest.raises(NotFound):
        get_draft(ctx, vet, first.id)


def test_a_draft_is_its_authors_alone_until_signed(
    ctx: ServiceContext, vet: Actor, clinic: None
) -> None:
    from vetdesk.services.journal import attachment_file, check_draft, get_draft

    nurse = make_user(ctx, "tone", Role.NURSE, full_name="Tone Aasheim")
    patient = add_patient(ctx)
    form = consultation(patient.animal_id, ctx.clock.now())
    save_draft(ctx, vet, form)
    png = b"\x89PNG\r\n\x1a\n" + b"1" * 20
    file_id = add_draft_attachment(ctx, vet, form.id, "bilde.png", png).id
    assert get_draft(ctx, vet, form.id).id == form.id
    for look in (lambda: get_draft(ctx, nurse, form.id), lambda: check_draft(ctx, nurse, form.id),
                 lambda: attachment_file(ctx, nurse, file_id)):
        with pytest.raises(NotFound):
            look()
