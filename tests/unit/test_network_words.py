"""Why a server could not be reached reads as words in the sentence staff see, in bokmål too:
"[Errno -2] Name or service not known" and "ReadTimeout" were English program words in the
reminders page's banner (found walking the clinic's day)."""

from __future__ import annotations

import errno
import smtplib
import socket

import httpx
import pytest

from vetdesk import i18n
from vetdesk.messaging.network_words import why_unreachable


def _wrapped(outer: BaseException, inner: BaseException) -> BaseException:
    try:
        try:
            raise inner
        except BaseException as exc:
            raise outer from exc
    except BaseException as raised:
        return raised


@pytest.mark.parametrize(("error", "english", "bokmal"), [
    (socket.gaierror(-2, "Name or service not known"), "no server has that name",
     "ingen server har det navnet"),
    (ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"),
     "it refused the connection", "den avviste tilkoblingen"),
    (_wrapped(httpx.ConnectError("[Errno -2] Name or service not known"),
              socket.gaierror(-2, "Name or service not known")),
     "no server has that name", "ingen server har det navnet"),
    (httpx.ReadTimeout("timed out"), "it did not answer in time", "den svarte ikke i tide"),
    (smtplib.SMTPServerDisconnected("Connection unexpectedly closed"),
     "the connection was broken", "forbindelsen ble brutt"),
    (OSError(errno.ENETUNREACH, "Network is unreachable"), "the network does not reach it",
     "nettverket når den ikke"),
    (ValueError("something else"), "a network error", "en nettverksfeil"),
])
def test_the_reason_in_words(error: BaseException, english: str, bokmal: str) -> None:
    assert why_unreachable(error) == english
    with i18n.language("nb"):
        assert why_unreachable(error) == bokmal
