"""Property-based: random sequences of edit, sign, correct and void, by the right and the wrong
people, with weights, temperatures and times help was asked for as well as text. Every version
comes back as it was written (measurements rounded to their columns, the same on both
engines), the changes between versions name exactly what changed, the chain verifies, and
nobody but the author edits a draft or anyone without the right signs."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

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
    VersionView,
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
# Inside the usual range for both a dog and a cat (vetdesk/services/journal/plausibility.py:
# cats 0.5-12 kg and 37.7-39.2 °C), so signing never stops on a warning; typed with one more
# decimal than the columns keep (Numeric(8, 3) and Numeric(4, 1)) to exercise the rounding.
WEIGHTS = st.none() | st.decimals(min_value=Decimal("0.5"), max_value=Decimal("12"), places=4)
TEMPERATURES = st.none() | st.decimals(min_value=Decimal("37.7"), max_value=Decimal("39.2"),
                                       places=2)
# Minutes before the event that help was asked for; None: at the event.
ASKED_BEFORE = st.none() | st.integers(min_value=0, max_value=24 * 60)
OPERATIONS = st.lists(
    st.sampled_from(["write", "edit", "sign", "correct", "void", "intrude", "later"]),
    min_size=3, max_size=14,
)


@dataclass(frozen=True)
class Written:
    """One version as it should read back."""

    content: dict[str, str]
    weight_kg: Decimal | None
    temperature_c: Decimal | None
    help_requested_at: dt.datetime


def _stored(value: Decimal | None, step: str) -> Decimal | None:
    """What the column gives back: rounded half-even to its scale (Decimal's default)."""
    return None if value is None else value.quantize(Decimal(step))


def _measured(data: st.DataObject) -> tuple[Decimal | None, Decimal | None]:
    return data.draw(WEIGHTS), data.draw(TEMPERATURES)


def _asked(data: st.DataObject, event_time: dt.datetime) -> dt.datetime | None:
    minutes = data.draw(ASKED_BEFORE)
    return None if minutes is None else event_time - dt.timedelta(minutes=minutes)


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
    # entry id -> each version as written, oldest first; and whether it is voided.
    history: dict[uuid.UUID, list[Written]] = {}
    voided: set[uuid.UUID] = set()
    for operation in operations:
        if operation == "write" or (operation in {"edit", "sign", "intrude"} and not drafts):
            event_time = clock.now() - dt.timedelta(minutes=5)
            weight, temperature = _measured(data)
            form = DraftInput(
                id=uuid.uuid4(), animal_id=data.draw(st.sampled_from(world.animals)),
                kind=JournalKind.NOTE, event_time=event_time,
                content={"text": data.draw(TEXT)}, weight_kg=weight, temperature_c=temperature,
                help_requested_at=_asked(data, event_time),
            )
            save_draft(ctx, world.vet, form)
            drafts[form.id] = form
            _check_draft(ctx, world.vet, form)
        elif operation == "edit":
            draft_id = data.draw(st.sampled_from(sorted(drafts)))
            weight, temperature = _measured(data)
            drafts[draft_id] = dataclasses.replace(
                drafts[draft_id], content={"text": data.draw(TEXT)}, weight_kg=weight,
                temperature_c=temperature,
                help_requested_at=_asked(data, drafts[draft_id].event_time),
            )
            save_draft(ctx, world.vet, drafts[draft_id])
            _check_draft(ctx, world.vet, drafts[draft_id])
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
            form = drafts.pop(draft_id)
            history[draft_id] = [Written(
                form.content, _stored(form.weight_kg, "0.001"),
                _stored(form.temperature_c, "0.1"),
                form.help_requested_at or form.event_time,
            )]
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
            new_text = data.draw(TEXT.filter(
                lambda t, old=versions[-1].content["text"]: t != old))
            current = entry_detail(ctx, world.vet, entry_id).current
            weight, temperature = _measured(data)
            asked = _asked(data, current.event_time)
            correct_entry(ctx, world.other_vet, Correction(
                entry_id=entry_id, expected_version_no=len(versions),
                event_time=current.event_time, content={"text": new_text},
                reason=data.draw(TEXT), requested_by=data.draw(st.sampled_from(Requester)),
                weight_kg=weight, temperature_c=temperature, help_requested_at=asked,
            ))
            # Not given, the time help was asked for stays as it was.
            versions.append(Written(
                {"text": new_text}, _stored(weight, "0.001"), _stored(temperature, "0.1"),
                versions[-1].help_requested_at if asked is None else asked,
            ))
        else:
            clock.advance(dt.timedelta(minutes=data.draw(st.integers(1, 600))))
    for entry_id, versions in history.items():
        detail = entry_detail(ctx, world.vet, entry_id)
        assert [
            Written(v.content, v.weight_kg, v.temperature_c, v.help_requested_at)
            for v in detail.versions
        ] == versions
        assert detail.voided == (entry_id in voided)
        for before, after in zip(detail.versions, detail.versions[1:], strict=False):
            # Exactly what changed is listed, and the spans rebuild both values.
            differs = {
                "text": before.content != after.content,
                "weight_kg": before.weight_kg != after.weight_kg,
                "temperature_c": before.temperature_c != after.temperature_c,
                "help_requested_at": before.help_requested_at != after.help_requested_at,
            }
            assert {c.field for c in after.changes} == {f for f, d in differs.items() if d}
            for change in after.changes:
                old = "".join(s.text for s in change.spans if s.op != "added")
                new = "".join(s.text for s in change.spans if s.op != "removed")
                assert (_read(change.field, old), _read(change.field, new)) == (
                    _value(before, change.field), _value(after, change.field))
    report = verify_all(ctx, world.manager)
    assert report.ok, report.first_break


def _check_draft(ctx: ServiceContext, vet: Actor, form: DraftInput) -> None:
    """The draft as the editor would reopen it after a crash."""
    draft = get_draft(ctx, vet, form.id)
    assert (draft.content, draft.weight_kg, draft.temperature_c, draft.help_requested) == (
        form.content, _stored(form.weight_kg, "0.001"), _stored(form.temperature_c, "0.1"),
        form.help_requested_at or form.event_time)


def _value(version: VersionView, field: str) -> object:
    if field in {"weight_kg", "temperature_c", "help_requested_at"}:
        return getattr(version, field)
    return version.content.get(field, "")


def _read(field: str, text: str) -> object:
    """A change's text back as a value: numbers as Decimal, the time as a datetime."""
    if field in {"weight_kg", "temperature_c"}:
        return Decimal(text) if text else None
    if field == "help_requested_at":
        return dt.datetime.fromisoformat(text)
    return text
