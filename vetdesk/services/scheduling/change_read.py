"""What changing an appointment must know before it writes, in one statement (issue 9): the
appointment, who changed it last and the clinic's time zone (for the "changed by NAME at
TIME" sentence), and the facts the change needs beside it: for a move the target column's
hours and the client (booking_check.py), for a notice the client's reach and the clinic
(services/messaging/booking_confirmation.py). PostgreSQL only: SQLite is local and keeps
its table-by-table path (changes.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ScalarSelect, select, true, union_all
from sqlalchemy.orm import Session, aliased

from vetdesk.db.models import Appointment, Clinic, User
from vetdesk.i18n import _
from vetdesk.services.conflicts import RecordChangedError
from vetdesk.services.context import DEFAULT_ZONE


@dataclass(frozen=True)
class LoadedAppointment:
    id: int
    version: int
    status: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    resource_id: int
    room_id: int | None
    client_id: int
    animal_id: int | None
    appointment_type: str
    reason: str | None
    updated_at: dt.datetime
    changed_by: str | None
    zone: ZoneInfo
    # The rows of the facts read with it (``fact_row`` shape and a ``kind``).
    facts: tuple[Any, ...]

    def check_version(self, expected: int | None, what: str) -> None:
        """Refuse the change when the appointment moved on since the screen loaded it
        (conflicts.check_version's sentence, from what was read)."""
        if expected is not None and self.version != expected:
            raise RecordChangedError(what, self.changed_by or _("another user"),
                                     self.updated_at, self.zone)


@dataclass(frozen=True)
class OfAppointment:
    """The appointment's own columns as scalar subqueries, for facts read in the same
    statement (the client, the animal and the column are the appointment's)."""

    client_id: ScalarSelect[Any]
    animal_id: ScalarSelect[Any]
    resource_id: ScalarSelect[Any]


def load_for_change(session: Session, appointment_id: int,
                    parts: Callable[[OfAppointment], Sequence[Any]] | None = None
                    ) -> LoadedAppointment | None:
    """The appointment and the facts of ``parts``; None when there is no such appointment."""
    a = aliased(Appointment, name="a")
    # Not correlated with ``a``: each is the appointment's own value, read once.
    own = OfAppointment(*(
        select(column).where(Appointment.id == appointment_id).correlate(None)
        .scalar_subquery()
        for column in (Appointment.client_id, Appointment.animal_id, Appointment.resource_id)))
    zone = select(Clinic.timezone).limit(1).correlate(None).scalar_subquery()
    columns = (a.id, a.version, a.status, a.starts_at, a.ends_at, a.resource_id, a.room_id,
               a.client_id, a.animal_id, a.appointment_type, a.reason, a.updated_at,
               User.full_name.label("changed_by"), zone.label("zone"))
    selects = list(parts(own)) if parts is not None else []
    query = select(*columns).select_from(a).outerjoin(User, User.id == a.updated_by_id)
    if selects:
        facts = union_all(*selects).subquery("f")
        query = query.add_columns(facts.c.what, facts.c.text, facts.c.number, facts.c.starts,
                                  facts.c.ends, facts.c.kind).outerjoin(facts, true())
    rows = session.execute(query.where(a.id == appointment_id)).all()
    if not rows:
        return None
    first = rows[0]
    return LoadedAppointment(
        first.id, first.version, first.status, first.starts_at, first.ends_at,
        first.resource_id, first.room_id, first.client_id, first.animal_id,
        first.appointment_type, first.reason, first.updated_at, first.changed_by,
        ZoneInfo(first.zone) if first.zone else DEFAULT_ZONE,
        tuple(row for row in rows if selects and row.what is not None))
