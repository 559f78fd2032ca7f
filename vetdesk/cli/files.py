"""Files named on the command line: one translated sentence when one cannot be used.

The operating system's own text ("[Errno 2] No such file or directory") is English whatever
the terminal's language, so the reason is chosen here from the error number instead.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from vetdesk.errors import UserFacingError, ValidationError
from vetdesk.i18n import _


def file_problem(exc: OSError) -> str:
    """The sentence for a file that could not be read or written."""
    path = exc.filename
    if exc.errno == errno.ENOENT:
        folder = Path(str(path)).parent
        if not folder.is_dir():
            return _("The folder {folder} does not exist; create it or choose another.").format(
                folder=folder)
        return _("There is no file {path}; check the name.").format(path=path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("You may not use {path}; choose a file or folder you have access to.").format(
            path=path)
    if exc.errno == errno.EISDIR:
        return _("{path} is a folder; give the name of a file.").format(path=path)
    if exc.errno == errno.ENOSPC:
        return _("The disk holding {path} is full; free some space or choose another disk."
                 ).format(path=path)
    return _("{path} cannot be used (error {number}); check the file and the folder.").format(
        path=path, number=exc.errno)


def check_writable_target(path: Path) -> None:
    """Refuse, before any work is done, an output file whose folder is missing or is a
    folder itself: a journal printout is audited, so it should not be logged as printed and
    then fail to be written."""
    if path.is_dir():
        raise ValidationError(_("{path} is a folder; give the name of a file.").format(
            path=path))
    folder = path.parent
    if not folder.is_dir():
        raise ValidationError(
            _("The folder {folder} does not exist; create it or choose another.").format(
                folder=folder))


def write_printout(out_path: Path, make_pdf: Callable[[], bytes], report_to: TextIO) -> None:
    """Write a PDF printout (journal, prescription, referral letter) to `out_path` and say so.

    The file name is checked before `make_pdf` runs: making a printout is audited, so a
    typing error must be refused before it is logged as a disclosure."""
    if out_path.suffix.lower() != ".pdf":
        raise ValidationError(_("Name the output file with .pdf at the end."))
    check_writable_target(out_path)
    pdf = make_pdf()
    try:
        out_path.write_bytes(pdf)
    except OSError as exc:
        raise UserFacingError(file_problem(exc)) from exc
    print(_("Wrote {path} ({size} kB).").format(path=out_path, size=len(pdf) // 1024 + 1),
          file=report_to)
