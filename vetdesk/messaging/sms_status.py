"""Asking the SMS gateway what became of a message (delivery reports by polling, issue 11).

For a clinic without a server the gateway could post its reports to (``vetdesk messages
receive``), the program asks instead: a GET on the clinic's status address
(``sms.status_url``, with ``$id`` for the gateway's id of the message and ``$reference`` for
ours), authenticated like sending. The answer is JSON naming the status (``status``,
``state`` or ``deliveryStatus``) and perhaps an error code; what the words mean is decided
by the service (services/messaging/delivery.py), as for pushed reports.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx

from vetdesk.i18n import _
from vetdesk.messaging.network_words import why_unreachable
from vetdesk.messaging.sms_gateway import SmsConfig

_STATUS_NAMES = ("status", "state", "deliveryStatus", "delivery_status")
_ERROR_NAMES = ("errorCode", "error_code", "error")


@dataclass(frozen=True)
class GatewayStatus:
    status: str  # "" when the gateway does not know the message (yet)
    error_code: str | None = None


class StatusUnavailable(Exception):
    """No status this time. ``stop``: the gateway is down or refuses us; ask no more now."""

    def __init__(self, reason: str, *, stop: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.stop = stop


def status_address(template: str, provider_id: str | None, reference: str | None) -> str:
    return string.Template(template).safe_substitute(
        id=quote(provider_id or "", safe=""), reference=quote(reference or "", safe=""))


class SmsStatusClient:
    def __init__(self, config: SmsConfig, status_url: str,
                 client: httpx.Client | None = None) -> None:
        self._config = config
        self._template = status_url
        self._client = client or httpx.Client(timeout=config.timeout)

    def status(self, provider_id: str | None, reference: str | None) -> GatewayStatus:
        config = self._config
        headers: dict[str, str] = {"Accept": "application/json"}
        auth: Any = None
        if config.auth != "none" and not config.token:
            raise StatusUnavailable(_("No token for the SMS gateway: set VETDESK_SMS_TOKEN or "
                                      "store it in the keyring."), stop=True)
        if config.auth == "bearer":
            headers["Authorization"] = f"Bearer {config.token}"
        elif config.auth == "basic":
            auth = httpx.BasicAuth(config.username, config.token or "")
        try:
            response = self._client.get(status_address(self._template, provider_id, reference),
                                        headers=headers, auth=auth)
        except httpx.HTTPError as exc:
            # Down or too slow: the next round asks again, later.
            raise StatusUnavailable(_("The SMS gateway could not be asked for the delivery "
                                      "status ({error}); it is asked again later.").format(
                                          error=why_unreachable(exc)), stop=True) from exc
        return _outcome(response)

    def close(self) -> None:
        self._client.close()


def _outcome(response: httpx.Response) -> GatewayStatus:
    code = response.status_code
    said = " ".join(response.text.split())[:200]
    if code == 404:
        return GatewayStatus("")  # not known there yet
    if code >= 500 or code == 429:
        raise StatusUnavailable(_("The SMS gateway answered {code} ({text}) to the status "
                                  "question; it is asked again later.").format(
                                      code=code, text=said), stop=True)
    if code in (401, 403):
        raise StatusUnavailable(_("The SMS gateway refused our credentials ({code}); check "
                                  "sms.auth and the token.").format(code=code), stop=True)
    if code >= 400:
        raise StatusUnavailable(_("The SMS gateway refused the status question: {code} "
                                  "{text}").format(code=code, text=said), stop=False)
    try:
        data = response.json()
    except ValueError:
        return GatewayStatus("")
    if not isinstance(data, dict):
        return GatewayStatus("")
    status = next((str(data[n]) for n in _STATUS_NAMES if data.get(n)), "")
    error = next((str(data[n]) for n in _ERROR_NAMES if data.get(n)), None)
    return GatewayStatus(status.strip()[:40], error[:40] if error else None)
