"""Why a server could not be reached, in a few words staff read in the sentence about it.

The operating system's own text ("[Errno -2] Name or service not known") and an exception's
class name ("ReadTimeout") are English program words: they went into the bokmål banner of the
reminders page. The exception itself is kept with the raised error (``from exc``) for support.
"""

from __future__ import annotations

import errno
import smtplib
import socket
import ssl
from collections.abc import Iterator

import httpx

from vetdesk.i18n import _

_UNREACHABLE_NETWORK = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN, errno.EHOSTDOWN}


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def why_unreachable(error: BaseException) -> str:
    """A short reason for ``error`` and the errors it came from, in the current language."""
    for cause in _chain(error):
        if isinstance(cause, socket.gaierror):
            return _("no server has that name")
        if isinstance(cause, ConnectionRefusedError):
            return _("it refused the connection")
        if isinstance(cause, TimeoutError | httpx.TimeoutException):
            return _("it did not answer in time")
        if isinstance(cause, ssl.SSLError):
            return _("the secure connection failed")
        if isinstance(cause, smtplib.SMTPServerDisconnected | ConnectionResetError
                      | BrokenPipeError | httpx.RemoteProtocolError):
            return _("the connection was broken")
        if isinstance(cause, OSError) and cause.errno in _UNREACHABLE_NETWORK:
            return _("the network does not reach it")
    return _("a network error")
