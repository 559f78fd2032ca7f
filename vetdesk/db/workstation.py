"""How the program opens its database at start: fast on a healthy file, careful after a crash.

SQLite's ``PRAGMA quick_check`` reads the whole file: 98 ms at 43 MB, 775 ms at 417 MB, so a
ten-year clinic waited seconds at every start (issue 9). With ``synchronous=FULL`` a crash or a
power cut does not damage the file, so at open the check runs only when the last session did
not end cleanly; otherwise the program runs it in the background once its window is up
(:meth:`WorkstationDatabase.integrity_problem`), and a failure turns the session read-only
and is shown.

"Did not end cleanly" is told by a marker file next to the database,
``<file>-open-<token>``, that each session creates and holds an OS lock on until it closes.
A marker that nobody holds a lock on belongs to a session that ended without closing: its
process crashed, was killed, or the computer lost power. Another program still running on the
same file (a command in a terminal) keeps its lock, so its marker is not mistaken for a crash.
The markers of an unclean shutdown are removed only once a check has passed, and a session that
found damage leaves its own, so the next start checks again.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import secrets
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from vetdesk.db import sqlite_files
from vetdesk.db.database import Database
from vetdesk.db.engine import PasswordPrompt, parse_target
from vetdesk.db.opening import damaged_file_reason, open_database
from vetdesk.errors import ReadOnlyDatabaseError
from vetdesk.security.credentials import CredentialStore

MARKER_INFIX = "-open-"


def _try_lock(handle: IO[str]) -> bool:
    """An exclusive, non-blocking lock on the open file; False when someone else holds one.

    The OS drops the lock when its process ends, however it ends: that is the whole point.
    """
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        # flock (not lockf): a second handle in the same process conflicts too, as in tests.
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def abandoned_markers(db_path: Path) -> list[Path]:
    """Markers of sessions on ``db_path`` that ended without closing (nobody holds their lock)."""
    pattern = glob.escape(db_path.name) + MARKER_INFIX + "*"
    abandoned = []
    for marker in sorted(db_path.parent.glob(pattern)):
        try:
            with marker.open("a", encoding="utf-8") as handle:
                if _try_lock(handle):
                    abandoned.append(marker)  # closing the handle lets go of the lock again
        except OSError:
            abandoned.append(marker)  # cannot even look: assume the worst, and check
    return abandoned


@dataclass
class ShutdownMarker:
    """This session's marker: present and locked while the database is open."""

    path: Path
    _handle: IO[str] | None = field(repr=False)

    @classmethod
    def claim(cls, db_path: Path) -> ShutdownMarker | None:
        """Create and lock a marker; None where the folder takes no new files (then the file
        is read-only to this session too, and a session that cannot write cannot damage it)."""
        path = db_path.with_name(db_path.name + MARKER_INFIX + secrets.token_hex(6))
        try:
            handle = path.open("x", encoding="utf-8")
        except OSError:
            return None
        if not _try_lock(handle):  # pragma: no cover - a fresh random name is ours alone
            handle.close()
            return None
        handle.write(f"VetDesk session, process {os.getpid()}\n")
        handle.flush()
        return cls(path, handle)

    def release(self, *, keep: bool = False) -> None:
        """The session ended cleanly: remove the marker (``keep`` leaves it, unlocked, so the
        next start checks the file at open)."""
        if self._handle is None:
            return
        self._handle.close()  # closing releases the lock
        self._handle = None
        if not keep:
            self.path.unlink(missing_ok=True)


@dataclass
class WorkstationDatabase:
    """The open database and what start-up found out about the file."""

    database: Database
    marker: ShutdownMarker | None = None
    # True when quick_check already ran at open (after an unclean shutdown).
    checked_at_open: bool = False
    _damaged: bool = False

    @property
    def needs_background_check(self) -> bool:
        """SQLite whose file was not checked at open (and is not already read-only)."""
        return (self.database.target.is_sqlite and not self.checked_at_open
                and not self.database.readonly)

    def integrity_problem(self) -> str | None:
        """Run quick_check now: None when the file is healthy, else the sentence to show.
        Runs off the GUI thread; it opens its own read-only connection."""
        path = self.database.target.sqlite_path
        problem = sqlite_files.quick_check(path)
        if problem is None:
            return None
        try:
            return damaged_file_reason(path, problem)
        except ReadOnlyDatabaseError as exc:
            return exc.message

    def mark_damaged(self, reason: str) -> None:
        """Nothing more is written this session, and the next start checks at open."""
        self.database.readonly = True
        self.database.readonly_reason = reason
        self._damaged = True

    def close(self) -> None:
        self.database.dispose()
        if self.marker is not None:
            self.marker.release(keep=self._damaged)


def open_for_workstation(
    url: str, *, now: dt.datetime, create: bool = True, migrate: bool = True
) -> WorkstationDatabase:
    """Open ``url`` as the program does at start (a server: nobody connected before sign-in).

    ``create`` and ``migrate`` say whether a missing SQLite file may be created and an older
    one migrated (``vetdesk --self-test`` on a clinic's file does neither).
    """
    return open_for_session(url, now=now, staff_sign_in=True, create_missing=create,
                            upgrade_sqlite=migrate)


def open_for_session(
    url: str,
    *,
    now: dt.datetime,
    staff_sign_in: bool,
    create_missing: bool,
    upgrade_sqlite: bool = True,
    leave_schema: bool = False,
    credentials: CredentialStore | None = None,
    prompt_password: PasswordPrompt | None = None,
) -> WorkstationDatabase:
    """:func:`open_database` for one session, the program's or a command's, with the file's
    integrity check where this module says: at open only after an unclean shutdown, and a
    marker held until :meth:`WorkstationDatabase.close`. The options are open_database's."""
    def opened(check: bool) -> Database:
        return open_database(url, now=now, staff_sign_in=staff_sign_in,
                             create_missing=create_missing, upgrade_sqlite=upgrade_sqlite,
                             leave_schema=leave_schema, credentials=credentials,
                             prompt_password=prompt_password, check_integrity=check)

    target = parse_target(url)
    if not target.is_sqlite:
        return WorkstationDatabase(opened(False))
    path = target.sqlite_path
    abandoned = abandoned_markers(path) if path.exists() else []
    check = bool(abandoned)
    db = opened(check)
    if check and not db.readonly:
        forget_unclean_shutdowns(abandoned)
    return WorkstationDatabase(db, ShutdownMarker.claim(path), checked_at_open=check)


def forget_unclean_shutdowns(abandoned: list[Path]) -> None:
    """A check passed after these sessions ended without closing: the crash left no damage
    behind, and the next start need not check again."""
    for marker in abandoned:
        marker.unlink(missing_ok=True)
