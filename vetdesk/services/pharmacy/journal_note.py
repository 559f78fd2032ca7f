"""The signed journal note that a prescription or medicine given writes in its own
transaction (journal § 4: the medicine's name, varenummer, dose and withdrawal periods), and
the words both use for a product."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from vetdesk.db.models import JournalEntry
from vetdesk.domain import prescription_rules as rules
from vetdesk.domain.codes import JournalKind, Requester, VersionAction
from vetdesk.i18n import _
from vetdesk.services.journal.records import VersionFields, append_version
from vetdesk.services.permissions import Actor


def write_signed_note(session: Session, actor: Actor, *, entry_id: uuid.UUID, animal_id: int,
                      text: str, event_time: dt.datetime, now: dt.datetime
                      ) -> tuple[str, uuid.UUID]:
    """A note signed by ``actor`` at the tip of the animal's chain: its version's hash and id
    (for the audit event that anchors it)."""
    entry = JournalEntry(
        id=entry_id, animal_id=animal_id, author_id=actor.user_id,
        kind=JournalKind.NOTE.value, started_at=now, signed_at=now,
        signed_by_id=actor.user_id, auto_locked=False,
    )
    session.add(entry)
    session.flush()
    version = append_version(session, entry, note_fields(actor, text, event_time), now)
    return version.hash, version.id


def note_fields(actor: Actor, text: str, event_time: dt.datetime) -> VersionFields:
    return VersionFields(
        version_no=1, action=VersionAction.SIGN, event_time=event_time,
        help_requested_at=event_time, content={"text": text}, weight_kg=None,
        temperature_c=None, confidential=False, reason=None, requested_by=Requester.CLINIC,
        author_id=actor.user_id,
    )


def product_parts(item: Mapping[str, Any]) -> list[str]:
    """"Penovet vet. (benzylpenicillinprokain)", "injeksjonsvæske 300 mg/ml", "varenr. …"."""
    parts = [rules.product_name_line(item["product_name"], item["active_substances"])]
    parts.append(" ".join(p for p in (item["form"], item["strength"]) if p))
    if item["product_number"]:
        parts.append(_("varenr. {number}").format(number=item["product_number"]))
    return [p for p in parts if p]
