"""SMS through an HTTP gateway (httpx): the address, the authentication and the request body
are the clinic's settings, so any Norwegian provider's JSON API fits.

What the gateway's answer means for sending exactly once:

- no connection at all (refused, DNS, connect timeout): surely not sent, try later;
- 5xx or 429: the gateway says it did not take the message: try later, same reference;
- 401/403: our credentials are wrong: not sent, try later once someone fixes them;
- another 4xx (an invalid number): refused for good;
- a timeout or a broken connection after the request went out: it may have been sent
  (``MaybeSent``), never resent blindly.
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass
from typing import Any

import httpx

from vetdesk.i18n import _
from vetdesk.messaging.network_words import why_unreachable
from vetdesk.messaging.outgoing import MaybeSent, NotSent, OutgoingMessage


@dataclass(frozen=True)
class SmsConfig:
    url: str
    body: str  # a JSON template with $to, $text, $sender, $reference
    sender: str
    auth: str = "bearer"  # bearer, basic or none
    username: str = ""
    token: str | None = None
    timeout: float = 15.0


def request_body(config: SmsConfig, message: OutgoingMessage) -> str:
    """The JSON the gateway receives: the template with each value JSON-escaped."""
    def escaped(value: str) -> str:
        return json.dumps(value, ensure_ascii=False)[1:-1]

    return string.Template(config.body).substitute(
        to=escaped(message.recipient), text=escaped(message.body),
        sender=escaped(config.sender), reference=escaped(message.reference))


class SmsGatewayTransport:
    def __init__(self, config: SmsConfig, client: httpx.Client | None = None) -> None:
        self._config = config
        self._client = client or httpx.Client(timeout=config.timeout)

    def send(self, message: OutgoingMessage) -> str:
        config = self._config
        if config.auth != "none" and not config.token:
            raise NotSent(_("No token for the SMS gateway: set VETDESK_SMS_TOKEN or store it "
                            "in the keyring."), unreachable=True)
        headers = {"Content-Type": "application/json; charset=utf-8"}
        auth: Any = None
        if config.auth == "bearer":
            headers["Authorization"] = f"Bearer {config.token}"
        elif config.auth == "basic":
            auth = httpx.BasicAuth(config.username, config.token or "")
        try:
            response = self._client.post(config.url, content=request_body(config, message)
                                         .encode("utf-8"), headers=headers, auth=auth)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise NotSent(_("The SMS gateway cannot be reached ({error}); the messages stay "
                            "queued and are tried again later.").format(
                                error=why_unreachable(exc)),
                          unreachable=True) from exc
        except httpx.HTTPError as exc:
            raise MaybeSent(_("The SMS gateway did not answer after the message was sent "
                              "({error}).").format(error=why_unreachable(exc))) from exc
        return self._outcome(response, message)

    def _outcome(self, response: httpx.Response, message: OutgoingMessage) -> str:
        code = response.status_code
        said = " ".join(response.text.split())[:200]
        if code >= 500 or code == 429:
            raise NotSent(_("The SMS gateway answered {code} ({text}); the message stays "
                            "queued and is tried again later.").format(code=code, text=said),
                          unreachable=True)
        if code in (401, 403):
            raise NotSent(_("The SMS gateway refused our credentials ({code}); check "
                            "sms.auth and the token.").format(code=code), unreachable=True)
        if code >= 400:
            raise NotSent(_("The SMS gateway refused the message: {code} {text}").format(
                code=code, text=said), permanent=True)
        return _provider_id(response) or message.reference

    def close(self) -> None:
        self._client.close()


def _provider_id(response: httpx.Response) -> str | None:
    """The gateway's id for the message, where its answer names one."""
    try:
        data = response.json()
    except ValueError:
        return None
    if isinstance(data, dict):
        for name in ("id", "messageId", "message_id", "msgid"):
            if data.get(name):
                return str(data[name])[:100]
    return None
