"""Why a file could not be used, in the program's language.

The operating system's text ("No such file or directory") is English whatever the user's
language (issue 8), so the reason is chosen from the error number instead.
"""

from __future__ import annotations

import errno

from vetdesk.i18n import _


def os_error_reason(exc: OSError) -> str:
    """A short clause for why ``exc`` happened, to follow "Cannot read FILE: "."""
    if exc.errno == errno.ENOENT:
        return _("there is no such file or folder")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("you do not have access to it")
    if exc.errno == errno.EISDIR:
        return _("it is a folder, not a file")
    if exc.errno == errno.ENOSPC:
        return _("the disk is full")
    return _("the system reports error {number}").format(number=exc.errno)
