"""Property-based: random sequences of edit, sign, correct and void, by the right and the wrong
people. Every version stays reconstructable, the chain verifies, and nobody but the author
edits a draft or anyone without the right signs."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import make_user
from tests.support.journal_data import add_patient
from vetdesk.clock import FixedClock
from vetdesk.domain.codes import JournalKind, Requester, Role
from vetdesk.errors import PermissionDenied
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import (
    Correction,
    DraftInput,
    correct_entry,
    entry_detail,
    get_draft,
    save_draft,
    sign_draft,
    void_entry,
)
from vetdesk.services.permissions import Actor
from vetdesk.services.verify import verify_all

WORDS = st.sampled_from(["venstre", "høyre", "bakben", "øye", "kne", "Ærlig", "på", "ikke", "å"])
TEXT = st.lists(WORDS, min_size=1, max_size=8).map(" ".join)
OPERATIONS = st.lists(
    st.sampled_from(["write", "edit", "sign", "correct", "void", "intrude", "later"]),
    min_size=3, max_size=14,
)


@dataclasses.dataclass
class World:
    vet: Actor
    other_vet: Actor
    receptionist: Actor
    manager: Actor
    animals: list[int]


@pytest.fixture
def world(
    ctx: ServiceContext, vet: Actor, receptionist: Actor, manager: Actor, clinic: None
) -> World:
    other = make_user(ctx, "berg", Role.VETERINARIAN, full_name="Per Berg", hpr_number="7654321")
    animals = [add_patient(ctx).animal_id, add_patient(ctx, name="Pusi", species="cat").animal_id]
    return World(vet, other, receptionist, manager, animals)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=OPERATIONS, data=st.data())
def test_random_journal_histories_stay_whole(
    ctx: ServiceContext, world: World, operations: list[str], data: st.DataObject
) -> None:
    clock = ctx.clock
    assert isinstance(clock, FixedClock)
    drafts: dict[uuid.UUID, DraftInput] = {}
    # entry id -> the content of each version, oldest first; and whether it is voided.
    history: dict[uuid.UUID, list[dict[str, str]]] = {}
    voided: set[uuid.UUID] = set()
    for operation in operations:
        if operation == "write" or (operation in {"edit", "sign", "intrude"} and not drafts):
            form = DraftInput(
                id=uuid.uuid4(), animal_id=data.draw(st.sampled_from(world.animals)),
                kind=JournalKind.NOTE, event_time=clock.now() - dt.timedelta(minutes=5),
                content={"text": data.draw(TEXT)},
            )
            save_draft(ctx, world.vet, form)
            drafts[form.id] = form
        elif operation == "edit":
            draft_id = data.draw(st.sampled_from(sorted(drafts)))
            drafts[draft_id] = dataclasses.replace(
                drafts[draft_id], content={"text": data.draw(TEXT)}
            )
            save_draft(ctx, world.vet, drafts[draft_id])
        elif operation == "intrude":
            draft_id = data.draw(st.sampled_from(sorted(drafts)))
            with pytest.raises(PermissionDenied):
                save_draft(ctx, world.other_vet, dataclasses.replace(
                    drafts[draft_id], content={"text": "overskrevet"}))
            with pytest.raises(PermissionDenied):
                sign_draft(ctx, world.receptionist, draft_id)
            with pytest.raises(PermissionDenied):
                sign_draft(ctx, world.other_vet, draft_id)
            assert get_draft(ctx, world.vet, draft_id).content == drafts[draft_id].content
        elif operation == "sign":
            draft_id = data.draw(st.sampled_from(sorted(drafts)))
            sign_draft(ctx, world.vet, draft_id)
            history[draft_id] = [drafts.pop(draft_id).content]
        elif operation in {"correct", "void"}:
            open_entries = sorted(set(history) - voided)
            if not open_entries:
                continue
            entry_id = data.draw(st.sampled_from(open_entries))
            versions = history[entry_id]
            if operation == "void":
                void_entry(ctx, world.other_vet, entry_id, reason="feil dyr",
                           expected_version_no=len(versions))
                versions.append(versions[-1])
                voided.add(entry_id)
                continue
            new_text = data.draw(TEXT.filter(lambda t, old=versions[-1]["text"]: t != old))
            current = entry_detail(ctx, world.vet, entry_id).current
            correct_entry(ctx, world.other_vet, Correction(
                entry_id=entry_id, expected_version_no=len(versions),
                event_time=current.event_time, content={"text": new_text},
                reason=data.draw(TEXT), requested_by=data.draw(st.sampled_from(Requester)),
            ))
            versions.append({"text": new_text})
        else:
            clock.advance(dt.timedelta(minutes=data.draw(st.integers(1, 600))))
    for entry_id, versions in history.items():
        detail = entry_detail(ctx, world.vet, entry_id)
        assert [v.content for v in detail.versions] == versions
        assert detail.voided == (entry_id in voided)
        for before, after in zip(detail.versions, detail.versions[1:], strict=False):
            # The diff spans rebuild both texts exactly.
            for change in after.changes:
                old = "".join(s.text for s in change.spans if s.op != "added")
                new = "".join(s.text for s in change.spans if s.op != "removed")
                assert old == before.content.get(change.field, "")
                assert new == after.content.get(change.field, "")
    report = verify_all(ctx, world.manager)
    assert report.ok, report.first_break
