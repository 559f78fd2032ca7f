"""A signed vaccination completes the animal's open recall for it and sets the next one.

Which open recalls a vaccination completes: those titled for the same vaccine, or for another
product of the same vaccine group in the clinic's recall rules (services/messaging/
recall_rules.py); where none is, those falling due within ``COMPLETES_WITHIN`` of the
vaccination (a generic "vaccination due" recall the front desk made), never a recall for
another vaccine due years later. The next one falls due on the date the vet wrote, else the
rule's interval after the vaccination.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import Reminder
from vetdesk.domain.codes import RecallRuleKind, ReminderKind, ReminderStatus
from vetdesk.domain.text import fold
from vetdesk.services.messaging.recall_rules import (
    add_months,
    kind_interval,
    vaccination_rule,
    vaccine_groups,
)

COMPLETES_WITHIN = dt.timedelta(days=90)
# fold("Vaccination: X") starts with one of these; a bare "Vaccination" does not. The demo and
# older data say it in bokmål.
_NAMED_PREFIXES = (fold("Vaccination:") + " ", fold("Vaksinasjon:") + " ")
_OPEN = (ReminderStatus.DUE.value, ReminderStatus.SENT.value)


def recall_title(product: str) -> str:
    return f"Vaccination: {product.strip()}"


def apply_vaccination(
    session: Session,
    *,
    entry_id: uuid.UUID,
    animal_id: int,
    client_id: int,
    product: str,
    given_on: dt.date,
    next_due_on: dt.date | None,
    now: dt.datetime,
    species: str | None = None,
) -> tuple[list[int], int | None]:
    """Complete the matching open recalls and create the next one; (completed ids, new id)."""
    rule = vaccination_rule(session, product, species)
    if next_due_on is None and rule is not None and rule.months:
        next_due_on = add_months(given_on, rule.months)
    groups = vaccine_groups(session)
    open_recalls = session.execute(
        select(Reminder).where(
            Reminder.animal_id == animal_id,
            Reminder.kind == ReminderKind.VACCINATION.value,
            Reminder.status.in_(_OPEN),
        )
    ).scalars().all()
    wanted = fold(product.strip())
    group = groups.get(wanted)
    same_vaccine = [r for r in open_recalls if _product(r.title) == wanted
                    or (group is not None and groups.get(_product(r.title) or "") == group)]
    completing = same_vaccine or [
        r for r in open_recalls
        if r.due_on <= given_on + COMPLETES_WITHIN and _product(r.title) in (None, wanted)
    ]
    for recall in completing:
        recall.status = ReminderStatus.DONE.value
        recall.completed_at = now
        if recall.journal_entry_id is None:
            recall.journal_entry_id = entry_id
    new_id: int | None = None
    if next_due_on is not None:
        recall = Reminder(
            animal_id=animal_id, client_id=client_id, journal_entry_id=entry_id,
            kind=ReminderKind.VACCINATION.value, title=recall_title(product)[:200],
            due_on=next_due_on, status=ReminderStatus.DUE.value, created_at=now,
        )
        session.add(recall)
        session.flush()
        new_id = recall.id
    return [r.id for r in completing], new_id


def postop_title(procedure: str) -> str:
    return f"Post-operative check: {' '.join(procedure.split())}"


def apply_procedure(
    session: Session,
    *,
    entry_id: uuid.UUID,
    animal_id: int,
    client_id: int,
    procedure: str,
    done_on: dt.date,
    now: dt.datetime,
) -> int | None:
    """The post-operative control the clinic's rule asks for, N days after the operation;
    None where the clinic has no (active) post-op rule.

    Stored as a check-up recall: the reminders' kind constraint knows no separate post-op
    kind, and a check-up is what the front desk books for it. Signing happens once per entry,
    so the entry itself keeps this from being made twice.
    """
    days = kind_interval(session, RecallRuleKind.POSTOP)
    if not days:
        return None
    recall = Reminder(
        animal_id=animal_id, client_id=client_id, journal_entry_id=entry_id,
        kind=ReminderKind.CHECKUP.value, title=postop_title(procedure)[:200],
        due_on=done_on + dt.timedelta(days=days), status=ReminderStatus.DUE.value,
        created_at=now,
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
