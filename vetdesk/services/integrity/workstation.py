"""The audit tip each workstation last saw: an anchor outside the database, kept by itself.

At every start (after sign-in) the program looks up the row it saw last time. If that row is
gone or carries another hash, the audit log was cut back or rewritten since, by someone who
went around the program (or a backup was restored); the window says so. Then the newest tip
is recorded for next time. It costs one statement: two rows looked up by key, no chain walk
(that is ``vetdesk verify``'s job).

The file holds one line of JSON per database the workstation has opened, keyed by where the
database is (a server database by host, port and name, never by user or password; a SQLite
database by its absolute path), so one computer working with several clinics keeps them apart.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.exc import DBAPIError

from vetdesk.db.database import Database
from vetdesk.db.models import AuditEvent
from vetdesk.i18n import _
from vetdesk.services.context import ServiceContext
from vetdesk.services.integrity.chains import ChainTip

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TipCheck:
    """What the start-up check found; ``warning`` is the sentence to show, if any."""

    seen_before: ChainTip | None
    newest: ChainTip | None
    warning: str | None = None


def database_identity(db: Database) -> str:
    """Where the database is, without who connects to it or with which password."""
    target = db.target
    if target.is_sqlite:
        try:
            return f"sqlite:{target.sqlite_path.resolve()}"
        except ValueError:
            return f"sqlite:{target.url.database}"
    url = target.url
    return f"postgresql://{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


class WorkstationTips:
    """The file in the user's data folder that remembers the last audit tip per database."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def check_and_record(self, ctx: ServiceContext) -> TipCheck:
        """Compare with the tip seen last time, then remember the newest one."""
        key = database_identity(ctx.db)
        seen = self._load().get(key)
        try:
            still_there, newest = _lookup(ctx, seen)
        except DBAPIError:
            # A staff role that may not read the audit log cannot make this check; say so in
            # the log rather than stop the start-up (verify, for managers, still works).
            log.warning("Could not read the audit tip of %s for the workstation check", key,
                        exc_info=True)
            return TipCheck(seen, None)
        warning = None
        if seen is not None and (still_there is None or not seen.matches(still_there)):
            warning = _(
                "The audit log no longer holds the entry this computer saw last time ({tip}): "
                "unless a backup was restored, it was changed outside VetDesk. Ask a manager "
                "to run “vetdesk verify --expect {tip}” and contact support."
            ).format(tip=f"{seen.row_id}:{seen.hash[:16]}")
        if newest is not None and newest != seen:
            self._store(key, newest)
        return TipCheck(seen, newest, warning)

    def _load(self) -> dict[str, ChainTip]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            log.warning("Ignoring unreadable %s", self.path, exc_info=True)
            return {}
        tips: dict[str, ChainTip] = {}
        if isinstance(raw, dict):
            for key, value in raw.items():
                try:
                    tips[str(key)] = ChainTip.parse(str(value))
                except ValueError:
                    log.warning("Ignoring a garbled tip for %s in %s", key, self.path)
        return tips

    def _store(self, key: str, tip: ChainTip) -> None:
        tips = {name: str(value) for name, value in self._load().items()}
        tips[key] = str(tip)
        temporary: str | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Write a new file and move it into place: a crash never leaves half a file.
            handle, temporary = tempfile.mkstemp(prefix=".audit-tips-", dir=self.path.parent)
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(tips, file, indent=1, sort_keys=True)
            os.replace(temporary, self.path)
            temporary = None
        except OSError:
            log.warning("Could not record the audit tip in %s", self.path, exc_info=True)
        finally:
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)


def _lookup(ctx: ServiceContext, seen: ChainTip | None) -> tuple[str | None, ChainTip | None]:
    """The hash of the row seen last time (None if gone) and the newest row, in one statement."""
    newest_id = select(func.max(AuditEvent.id)).scalar_subquery()
    wanted = AuditEvent.id == newest_id
    if seen is not None:
        wanted = or_(wanted, AuditEvent.id == seen.row_id)
    with ctx.db.reading() as session:
        rows = session.execute(select(AuditEvent.id, AuditEvent.hash).where(wanted)).all()
    by_id = {row.id: row.hash for row in rows}
    newest = ChainTip(max(by_id), by_id[max(by_id)]) if by_id else None
    still_there = by_id.get(seen.row_id) if seen is not None else None
    return still_there, newest
