"""Seal files: the audit tip with its time, one line per check, in a file kept elsewhere.

Someone with the database files or superuser rights can rewrite the whole database, chains
and all; what they cannot rewrite is a copy of the tip that has left the building (a USB
stick in the safe, a share on another server, a printout). ``vetdesk verify --seal FILE``
appends to such a file and ``--expect-from FILE`` checks against its last line::

    2026-11-22T08:55:00+00:00 1234:5f3a9c...

Lines that are empty or start with ``#`` are the clinic's own notes and are skipped.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from vetdesk.errors import UserFacingError
from vetdesk.i18n import _
from vetdesk.services.integrity.chains import ChainTip

_SHOWN = 80
EXAMPLE = "2026-11-22T08:55:00+00:00 1234:5f3a9c0e1d2b4a67…"


class SealFileError(UserFacingError):
    """The seal file could not be read or written, or holds no usable seal."""


@dataclass(frozen=True)
class Seal:
    sealed_at: dt.datetime
    tip: ChainTip

    def line(self) -> str:
        return f"{self.sealed_at.isoformat(timespec='seconds')} {self.tip}"


def append_seal(path: Path, seal: Seal) -> None:
    """Add the seal as the file's last line, created if need be, flushed to the disk (it is
    often a removable one)."""
    try:
        with path.open("a+b") as file:
            file.seek(0, os.SEEK_END)
            starts_clean = file.tell() == 0 or _ends_with_newline(file)
            text = ("" if starts_clean else "\n") + seal.line() + "\n"
            file.write(text.encode("utf-8"))
            file.flush()
            os.fsync(file.fileno())
    except OSError as exc:
        raise SealFileError(_(
            "The seal could not be written to {path} ({reason}); the check itself is done, so "
            "choose a file you may write to and seal again."
        ).format(path=path, reason=exc.strerror or exc)) from exc


def last_seal(path: Path) -> Seal:
    """The file's last seal, or SealFileError saying what was expected and what was found."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise SealFileError(_(
            "There is no seal file at {path}; give the file an earlier “--seal” wrote to."
        ).format(path=path)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else _("it is not a text file")
        raise SealFileError(_(
            "The seal file {path} could not be read ({reason}); give the file an earlier "
            "“--seal” wrote to."
        ).format(path=path, reason=reason or exc)) from exc
    lines = [line.strip() for line in text.splitlines()]
    seals = [line for line in lines if line and not line.startswith("#")]
    if not seals:
        raise SealFileError(_(
            "The file {path} holds no seal; a seal is a line like “{example}”, written by "
            "“vetdesk verify --seal”."
        ).format(path=path, example=EXAMPLE))
    found = seals[-1]
    seal = parse_seal(found)
    if seal is None:
        shown = found if len(found) <= _SHOWN else found[: _SHOWN - 1] + "…"
        raise SealFileError(_(
            "The last line of {path} should be a seal like “{example}”, but it reads “{found}”; "
            "check the file."
        ).format(path=path, example=EXAMPLE, found=shown))
    return seal


def parse_seal(line: str) -> Seal | None:
    parts = line.split()
    if len(parts) != 2:
        return None
    try:
        sealed_at = dt.datetime.fromisoformat(parts[0])
        tip = ChainTip.parse(parts[1])
    except ValueError:
        return None
    if sealed_at.tzinfo is None:
        return None
    return Seal(sealed_at, tip)


def _ends_with_newline(file: IO[bytes]) -> bool:
    file.seek(-1, os.SEEK_END)
    return file.read(1) == b"\n"
