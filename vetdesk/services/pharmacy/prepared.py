"""A prescription as checked and ready to write: the same rows and hash whichever engine
writes it (issuing.py on SQLite, server_issue.py on PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from vetdesk.services.journal.records import AnimalFacts
from vetdesk.services.pharmacy.types import DrugInfo


@dataclass(frozen=True)
class IssueFacts:
    """What the checks need, read in one statement (issuing.issue_facts)."""

    animal: AnimalFacts
    hpr_number: str | None
    hpr_required: bool
    # The prescriber of an earlier attempt with the same form id, if there was one.
    earlier_prescriber_id: int | None
    drugs: dict[int, DrugInfo]


@dataclass(frozen=True)
class PreparedIssue:
    # The prescription's columns (its hash apart) and its items' columns, as stored.
    row: Mapping[str, Any]
    items: Sequence[Mapping[str, Any]]
    hash: str
    entry_id: uuid.UUID
    now: dt.datetime
    expires_on: dt.date
    antimicrobial: bool
    today: dt.date
