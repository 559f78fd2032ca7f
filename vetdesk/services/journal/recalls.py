"""A signed vaccination completes the animal's open recall for it and sets the next one.

Which open recalls a vaccination completes: those titled for the same vaccine; where none is,
those falling due within ``COMPLETES_WITHIN`` of the vaccination (a generic "vaccination due"
recall the front desk made), never a recall for another vaccine due years later.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import Reminder
from vetdesk.domain.codes import ReminderKind, ReminderStatus
from vetdesk.domain.text import fold

COMPLETES_WITHIN = dt.timedelta(days=90)
# fold("Vaccination: X") starts with this; a bare "Vaccination" does not.
_NAMED_PREFIX = fold("Vaccination:") + " "
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
) -> tuple[list[int], int | None]:
    """Complete the matching open recalls and create the next one; (completed ids, new id)."""
    open_recalls = session.execute(
        select(Reminder).where(
            Reminder.animal_id == animal_id,
            Reminder.kind == ReminderKind.VACCINATION.value,
            Reminder.status.in_(_OPEN),
        )
    ).scalars().all()
    wanted = fold(recall_title(product))
    same_vaccine = [r for r in open_recalls if fold(r.title) == wanted]
    completing = same_vaccine or [
        r for r in open_recalls
        if r.due_on <= given_on + COMPLETES_WITHIN and not _names_other_vaccine(r.title, wanted)
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


def _names_other_vaccine(title: str, wanted: str) -> bool:
    """A recall titled "Vaccination: X" for another X is someone else's business."""
    folded = fold(title)
    return folded.startswith(_NAMED_PREFIX) and folded != wanted
