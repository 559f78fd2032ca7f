"""A signed vaccination completes the animal's open recall for it and sets the next one; a
signed operation sets the post-operative control.

Which open recalls a vaccination completes: those titled for the same vaccine, or for another
product of the same vaccine group in the clinic's recall rules (services/messaging/
recall_rules.py); where none is, those falling due within ``COMPLETES_WITHIN`` of the
vaccination (a generic "vaccination due" recall the front desk made), never a recall for
another vaccine due years later. The next one falls due on the date the vet wrote, else the
rule's interval after the vaccination.

The decision (:func:`plan_recalls`) is made from plain facts, the clinic's active rules and
the animal's open vaccination recalls, so both paths reach the same one: SQLite reads the
facts and applies the plan table by table (:func:`apply_plan`), PostgreSQL reads them with
the draft and writes the plan in the signing statement itself (server_writes, issue 9).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, type_coerce, update
from sqlalchemy.orm import Session

from vetdesk.db.models import RecallRule, Reminder
from vetdesk.domain.codes import JournalKind, RecallRuleKind, ReminderKind, ReminderStatus
from vetdesk.domain.text import fold
from vetdesk.services.messaging.recall_rules import add_months

COMPLETES_WITHIN = dt.timedelta(days=90)
# fold("Vaccination: X") starts with one of these; a bare "Vaccination" does not. The demo and
# older data say it in bokmål.
_NAMED_PREFIXES = (fold("Vaccination:") + " ", fold("Vaksinasjon:") + " ")
OPEN_STATUSES = (ReminderStatus.DUE.value, ReminderStatus.SENT.value)
# The rules a signing may use: vaccinations by product, and the general post-op control.
RULE_KINDS = (RecallRuleKind.VACCINATION.value, RecallRuleKind.POSTOP.value)


@dataclass(frozen=True)
class RuleFact:
    """An active recall rule as a signing uses it."""

    kind: str
    product_key: str
    species: str
    months: int | None
    days: int | None
    vaccine_group: str | None


@dataclass(frozen=True)
class OpenRecall:
    id: int
    title: str
    due_on: dt.date


@dataclass(frozen=True)
class NewRecall:
    kind: str
    title: str
    due_on: dt.date


@dataclass(frozen=True)
class RecallPlan:
    """What signing an entry does to the recalls: the open ones it completes (in id order)
    and the one it sets."""

    complete: tuple[int, ...] = ()
    new: NewRecall | None = None


NO_CHANGE = RecallPlan()


def recall_title(product: str) -> str:
    return f"Vaccination: {product.strip()}"


def postop_title(procedure: str) -> str:
    return f"Post-operative check: {' '.join(procedure.split())}"


def updates_recalls(kind: str, content: Mapping[str, str]) -> bool:
    """A vaccination with its product, or any signed surgery or procedure (issue 11)."""
    if kind == JournalKind.VACCINATION.value:
        return bool(content.get("product", "").strip())
    if kind == JournalKind.PROCEDURE.value:
        return bool(content.get("procedure", "").strip())
    return False


def plan_recalls(
    *, kind: str, content: Mapping[str, str], done_on: dt.date, species: str,
    rules: Iterable[RuleFact], open_recalls: Sequence[OpenRecall],
) -> RecallPlan:
    """What signing this entry (its kind, content and day in the clinic) does to the recalls."""
    if not updates_recalls(kind, content):
        return NO_CHANGE
    rules = list(rules)
    if kind == JournalKind.PROCEDURE.value:
        return _plan_procedure(rules, content["procedure"], done_on)
    return _plan_vaccination(rules, open_recalls, product=content["product"], given_on=done_on,
                             next_due_on=_date_or_none(content.get("next_due_on", "").strip()),
                             species=species)


def _plan_vaccination(
    rules: list[RuleFact], open_recalls: Sequence[OpenRecall], *, product: str,
    given_on: dt.date, next_due_on: dt.date | None, species: str,
) -> RecallPlan:
    wanted = fold(product.strip())
    vaccinations = [r for r in rules if r.kind == RecallRuleKind.VACCINATION.value]
    # The product's rule for this species, else its rule for every species.
    rule = max((r for r in vaccinations if r.product_key == wanted and r.species in (species, "")),
               key=lambda r: r.species != "", default=None)
    if next_due_on is None and rule is not None and rule.months:
        next_due_on = add_months(given_on, rule.months)
    groups = {r.product_key: fold(r.vaccine_group) for r in vaccinations if r.vaccine_group}
    group = groups.get(wanted)
    same_vaccine = [r for r in open_recalls if _product(r.title) == wanted
                    or (group is not None and groups.get(_product(r.title) or "") == group)]
    completing = same_vaccine or [
        r for r in open_recalls
        if r.due_on <= given_on + COMPLETES_WITHIN and _product(r.title) in (None, wanted)
    ]
    new = None if next_due_on is None else NewRecall(
        ReminderKind.VACCINATION.value, recall_title(product)[:200], next_due_on)
    return RecallPlan(tuple(sorted(r.id for r in completing)), new)


def _plan_procedure(rules: list[RuleFact], procedure: str, done_on: dt.date) -> RecallPlan:
    """The post-operative control the clinic's general post-op rule asks for, N days after
    the operation; nothing where the clinic has no (active) post-op rule.

    Its own kind of recall (``postop``, migration 0014), so the Reminders page can list the
    controls apart from the yearly check-ups. Signing happens once per entry, so the entry
    itself keeps this from being made twice.
    """
    days = next((r.days for r in rules if r.kind == RecallRuleKind.POSTOP.value
                 and r.product_key == "" and r.species == ""), None)
    if not days:
        return NO_CHANGE
    return RecallPlan(new=NewRecall(ReminderKind.POSTOP.value, postop_title(procedure)[:200],
                                    done_on + dt.timedelta(days=days)))


def load_facts(session: Session, animal_id: int, kind: str
               ) -> tuple[list[RuleFact], list[OpenRecall]]:
    """The active rules a signing uses and the animal's open vaccination recalls (read table
    by table; PostgreSQL reads the same with the draft, server_writes.draft_to_sign)."""
    rules = [RuleFact(*row) for row in session.execute(
        select(RecallRule.kind, RecallRule.product_key, RecallRule.species, RecallRule.months,
               RecallRule.days, RecallRule.vaccine_group)
        .where(RecallRule.active.is_(True), RecallRule.kind.in_(RULE_KINDS))
        .order_by(RecallRule.id))]
    if kind != JournalKind.VACCINATION.value:
        return rules, []
    recalls = [OpenRecall(*row) for row in session.execute(
        select(Reminder.id, Reminder.title, Reminder.due_on).where(
            Reminder.animal_id == animal_id, Reminder.kind == ReminderKind.VACCINATION.value,
            Reminder.status.in_(OPEN_STATUSES))
        .order_by(Reminder.id))]
    return rules, recalls


def apply_plan(session: Session, plan: RecallPlan, *, entry_id: uuid.UUID, animal_id: int,
               client_id: int, now: dt.datetime) -> int | None:
    """Write ``plan`` in the session; the new recall's id."""
    if plan.complete:
        # A recall keeps the entry that created it; one without gets this one.
        entry = func.coalesce(Reminder.journal_entry_id,
                              type_coerce(entry_id, Reminder.journal_entry_id.type))
        session.execute(
            update(Reminder).where(Reminder.id.in_(plan.complete))
            .values(status=ReminderStatus.DONE.value, completed_at=now, journal_entry_id=entry)
            .execution_options(synchronize_session=False)
        )
    if plan.new is None:
        return None
    recall = Reminder(
        animal_id=animal_id, client_id=client_id, journal_entry_id=entry_id,
        kind=plan.new.kind, title=plan.new.title, due_on=plan.new.due_on,
        status=ReminderStatus.DUE.value, created_at=now,
    )
    session.add(recall)
    session.flush()
    return recall.id


def _product(title: str) -> str | None:
    """The folded product a recall titled "Vaccination: X" names (None for a bare title)."""
    folded = fold(title)
    for prefix in _NAMED_PREFIXES:
        if folded.startswith(prefix):
            return folded.removeprefix(prefix).strip()
    return None


def _date_or_none(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        # Only the lock sweep gets here with a malformed date; the text stays in the entry.
        return None
