"""Optimistic locking: a stale save names who changed the record and when, never overwrites."""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import User
from vetdesk.errors import ConflictError
from vetdesk.i18n import _
from vetdesk.services.context import ServiceContext
from vetdesk.services.local_time import clinic_zone, shown_moment


class RecordChangedError(ConflictError):
    """Another workstation saved the record first. The form keeps what the user typed and
    offers to reload; ``changed_by``/``changed_at`` say who and when."""

    def __init__(self, what: str, changed_by: str, changed_at: dt.datetime,
                 zone: ZoneInfo) -> None:
        when = shown_moment(changed_at, zone)
        # ``message`` is the screen's advice (the form keeps the typing); the facts stay on
        # the error so the command line can word its own (vetdesk/cli/conflict_words.py).
        super().__init__(_(
            "{what} was changed by {name} at {when} while you were editing; your changes are "
            "kept in the form: reload to see theirs, then save again."
        ).format(what=what, name=changed_by, when=when))
        self.what = what
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.shown_at = when


class Versioned(Protocol):
    version: int
    updated_at: dt.datetime
    updated_by_id: int | None


def check_version(session: Session, record: Versioned, expected: int, what: str) -> None:
    """Refuse the save when the record moved on since the form loaded it."""
    if record.version != expected:
        raise changed_error(session, record, what)


def changed_error(session: Session, record: Versioned, what: str) -> RecordChangedError:
    name = _("another user")
    if record.updated_by_id is not None:
        found = session.execute(
            select(User.full_name).where(User.id == record.updated_by_id)
        ).scalar_one_or_none()
        name = found or name
    return RecordChangedError(what, name, record.updated_at, clinic_zone(session))


def after_lost_race(ctx: ServiceContext, model: type[Any], record_id: int, what: str
                    ) -> RecordChangedError:
    """The UPDATE found our version gone at flush time: read who won, in a fresh session."""
    with ctx.db.reading() as session:
        record = session.get(model, record_id)
        if record is None:
            return RecordChangedError(what, _("another user"), ctx.clock.now(), ctx.zone)
        return changed_error(session, record, what)
