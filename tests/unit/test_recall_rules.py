"""The clinic's recall rules, and a signed vaccination following them (issue 11)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from tests.conftest import TEST_PASSWORD
from tests.support.journal_data import add_patient
from tests.unit.test_cli import Run
from vetdesk.db.models import Reminder
from vetdesk.domain.codes import JournalKind, RecallRuleKind
from vetdesk.errors import PermissionDenied, ValidationError
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import DraftInput, save_draft, sign_draft
from vetdesk.services.messaging.recall_rules import (
    RuleInput,
    add_months,
    list_rules,
    retire_rule,
    save_rule,
)
from vetdesk.services.permissions import Actor

DHPPI = RuleInput(RecallRuleKind.VACCINATION, 36, product="Nobivac DHPPi", species="dog",
                  vaccine_group="DHPPi")


def test_months_are_added_as_a_calendar_does() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2027, 11, 30), 3) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2026, 11, 22), 36) == dt.date(2029, 11, 22)


def test_rules_are_kept_per_kind_product_and_species(ctx: ServiceContext, vet: Actor,
                                                     manager: Actor,
                                                     receptionist: Actor) -> None:
    save_rule(ctx, vet, DHPPI)
    save_rule(ctx, manager, RuleInput(RecallRuleKind.APPOINTMENT, 24))
    changed = save_rule(ctx, manager, RuleInput(RecallRuleKind.VACCINATION, 12,
                                                product="nobivac dhppi", species="dog"))
    rules = list_rules(ctx, receptionist)
    assert [(r.kind, r.product, r.species, r.interval, r.unit) for r in rules] == [
        ("appointment", None, None, 24, "hours"),
        ("vaccination", "nobivac dhppi", "dog", 12, "months")]
    retire_rule(ctx, manager, changed.id)
    assert [r.active for r in list_rules(ctx, receptionist)] == [True, False]
    with pytest.raises(PermissionDenied):
        save_rule(ctx, receptionist, DHPPI)
    with pytest.raises(PermissionDenied):
        retire_rule(ctx, receptionist, changed.id)
    with pytest.raises(ValidationError) as refused:
        save_rule(ctx, vet, RuleInput(RecallRuleKind.VACCINATION, 0))
    assert refused.value.message == ("Choose from 1 to 120 months. A vaccination rule needs "
                                     "the product, like Nobivac DHPPi.")


def test_a_vaccination_follows_the_rules(ctx: ServiceContext, vet: Actor, clinic: None) -> None:
    save_rule(ctx, vet, DHPPI)
    save_rule(ctx, vet, RuleInput(RecallRuleKind.VACCINATION, 36, product="Nobivac DHP",
                                  vaccine_group="DHPPi"))
    patient = add_patient(ctx)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        # An older recall for another product of the same group, and one for another vaccine.
        session.add_all([
            Reminder(animal_id=patient.animal_id, client_id=patient.client_id,
                     kind="vaccination", title="Vaksinasjon: Nobivac DHP",
                     due_on=dt.date(2027, 3, 1), created_at=now),
            Reminder(animal_id=patient.animal_id, client_id=patient.client_id,
                     kind="vaccination", title="Vaksinasjon: Nobivac L4",
                     due_on=dt.date(2026, 12, 15), created_at=now)])
    draft = DraftInput(id=uuid.uuid4(), animal_id=patient.animal_id,
                       kind=JournalKind.VACCINATION, event_time=now,
                       content={"product": "Nobivac DHPPi", "batch": "A123-45"})
    save_draft(ctx, vet, draft)
    signed = sign_draft(ctx, vet, draft.id)
    with ctx.db.reading() as session:
        recalls = {(r.title, r.due_on.isoformat()): r.status
                   for r in session.execute(select(Reminder)).scalars()}
    assert len(signed.completed_recalls) == 1
    assert recalls == {
        ("Vaksinasjon: Nobivac DHP", "2027-03-01"): "done",  # same group: completed
        ("Vaksinasjon: Nobivac L4", "2026-12-15"): "due",  # another vaccine: left alone
        ("Vaccination: Nobivac DHPPi", "2029-11-22"): "due",  # 36 months, from the rule
    }


def test_rules_on_the_command_line(db_url: str, vet: Actor, receptionist: Actor) -> None:
    run = Run(db_url)
    code, out, err = run("--user", "lie", "reminders", "rule", "vaccination", "12",
                         "--product", "Purevax RCP", "--species", "cat", "--group", "RCP",
                         password=TEST_PASSWORD)
    assert (code, out, err) == (0, "1: vaccination Purevax RCP 12 months\n", "")
    code, out, err = run("--user", "kari", "reminders", "rules", password=TEST_PASSWORD)
    assert (code, err) == (0, "")
    assert out.split() == ["1", "vaccination", "Purevax", "RCP", "cat", "12", "months"]
    code, _out, err = run("--user", "kari", "reminders", "rule", "checkup", "12",
                          password=TEST_PASSWORD)
    assert code == 2 and "may not change the recall rules" in err
