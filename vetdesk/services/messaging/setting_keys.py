"""The settings of e-mail (SMTP), the SMS gateway and reminders, and how each is checked.

Passwords and tokens are not settings: they come from the environment or the keyring
(services/messaging/secrets.py), never from the database or a file.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from urllib.parse import urlsplit

from vetdesk.domain.client_rules import check_email
from vetdesk.i18n import N_, _
from vetdesk.services.settings.keys import (
    Combination,
    Parser,
    SettingKey,
    host_name,
    is_loopback,
    one_word_of,
    plain_text,
    problem,
    whole_number,
)

SECURITY_CHOICES = ("tls", "starttls", "none")
SMS_AUTH_CHOICES = ("bearer", "basic", "none")
# The gateway's request body: JSON with these placeholders, filled JSON-escaped.
SMS_BODY_PLACEHOLDERS = ("to", "text", "sender", "reference")
DEFAULT_SMS_BODY = (
    '{"to": "$to", "message": "$text", "sender": "$sender", "reference": "$reference"}'
)


def _sender_address(text: str) -> str:
    error, normalised = check_email(text)
    if error or normalised is None:
        message = error or _("smtp.sender takes the e-mail address messages are sent from.")
        raise problem("smtp.sender", message)
    return normalised


def _gateway_url(key: str) -> Parser:
    def parse(text: str) -> str:
        value = text.strip()
        parts = urlsplit(value)
        if parts.scheme not in ("https", "http") or not parts.hostname or " " in value:
            raise problem(key, _("{key} takes the gateway's address, like "
                                 "https://sms.example.no/send.").format(key=key))
        if parts.scheme == "http" and not is_loopback(parts.hostname):
            raise problem(key, _("{key} must use https (plain http only on this computer, "
                                 "for tests).").format(key=key))
        return value
    return parse


def _status_url(text: str) -> str:
    value = _gateway_url("sms.status_url")(text)
    if "$id" not in value and "$reference" not in value:
        raise problem("sms.status_url", _(
            "sms.status_url must say where the message goes in the address: $id (the "
            "gateway's id) or $reference (ours), like https://sms.example.no/status/$id."))
    return value


def _sms_body(text: str) -> str:
    value = text.strip()
    try:
        template = string.Template(value)
        sample = template.substitute({name: f"sample {name}" for name in SMS_BODY_PLACEHOLDERS})
        json.loads(sample)
    except (KeyError, ValueError):
        raise problem("sms.body", _(
            "sms.body takes the request as JSON with the placeholders $to, $text, $sender "
            "and $reference, like {example}.").format(example=DEFAULT_SMS_BODY)) from None
    if "$to" not in value or "$text" not in value:
        raise problem("sms.body", _("sms.body must contain $to and $text."))
    return value


def _sms_sender(text: str) -> str:
    value = text.strip()
    # An alphanumeric sender shows at most 11 characters; a number up to 15 digits.
    digits = value.lstrip("+")
    if not value or (not (digits.isascii() and digits.isdigit() and len(digits) <= 15)
                     and not (value.isascii() and value.isalnum() and len(value) <= 11)):
        raise problem("sms.sender", _(
            "sms.sender takes up to 11 letters and digits (like Dyreklinikk) or a phone "
            "number."))
    return value


SMTP_KEYS: tuple[SettingKey, ...] = (
    SettingKey("smtp.host", N_("the e-mail server (SMTP) to send through"), host_name("smtp.host")),
    SettingKey("smtp.port", N_("its port (465 for tls, 587 for starttls)"),
               whole_number("smtp.port", 1, 65535)),
    SettingKey("smtp.security", N_("tls, starttls, or none (only for a server on this "
                                   "computer)"),
               one_word_of("smtp.security", SECURITY_CHOICES), default="starttls"),
    SettingKey("smtp.sender", N_("the address e-mail is sent from"), _sender_address),
    SettingKey("smtp.username", N_("the user name on the e-mail server (the password comes "
                                   "from VETDESK_SMTP_PASSWORD or the keyring)"),
               plain_text("smtp.username", 254, required=False), default=""),
    SettingKey("smtp.timeout", N_("seconds to wait for the e-mail server"),
               whole_number("smtp.timeout", 1, 300), default="30"),
)

SMS_KEYS: tuple[SettingKey, ...] = (
    SettingKey("sms.url", N_("the SMS gateway's address for sending"), _gateway_url("sms.url")),
    SettingKey("sms.auth", N_("bearer, basic or none (the token comes from "
                              "VETDESK_SMS_TOKEN or the keyring)"),
               one_word_of("sms.auth", SMS_AUTH_CHOICES), default="bearer"),
    SettingKey("sms.username", N_("the user name for basic authentication"),
               plain_text("sms.username", 254, required=False), default=""),
    SettingKey("sms.sender", N_("the sender shown on the phone"), _sms_sender,
               default="VetDesk"),
    SettingKey("sms.body", N_("the request body, JSON with $to, $text, $sender, $reference"),
               _sms_body, default=DEFAULT_SMS_BODY),
    SettingKey("sms.status_url", N_("where to ask the gateway for a message's delivery "
                                    "status ($id or $reference; unset: reports are posted "
                                    "to `vetdesk messages receive` instead)"), _status_url),
    SettingKey("sms.timeout", N_("seconds to wait for the gateway"),
               whole_number("sms.timeout", 1, 120), default="15"),
)

REMINDER_KEYS: tuple[SettingKey, ...] = (
    SettingKey("reminders.first_days_before", N_("days before a recall falls due that the "
                                                 "first reminder goes"),
               whole_number("reminders.first_days_before", 0, 180), default="21"),
    SettingKey("reminders.second_days_after", N_("days after the first reminder that a "
                                                 "second goes (0: none)"),
               whole_number("reminders.second_days_after", 0, 180), default="14"),
    SettingKey("reminders.followup_days", N_("days after the last reminder without a "
                                             "booking before the client is listed to call"),
               whole_number("reminders.followup_days", 1, 365), default="30"),
    SettingKey("appointments.confirm_bookings", N_("1: a booking queues its confirmation "
                                                   "by SMS or e-mail; 0: none"),
               whole_number("appointments.confirm_bookings", 0, 1), default="1"),
    SettingKey("appointments.notify_changes", N_("1: moving or cancelling a booking tells "
                                                 "the client by SMS or e-mail; 0: not"),
               whole_number("appointments.notify_changes", 0, 1), default="1"),
)


def _plain_smtp_only_on_this_computer(values: Mapping[str, str]) -> tuple[str, str] | None:
    """An unencrypted SMTP connection would send the password and the clients' data in
    clear over the network: allowed only to a server on this computer (tests, a local relay)."""
    host = values.get("smtp.host", "")
    if values.get("smtp.security") == "none" and host and not is_loopback(host):
        return "smtp.security", _(
            "smtp.security none sends in clear and is accepted only for a server on this "
            "computer (localhost); choose tls or starttls for {host}.").format(host=host)
    return None


COMBINATIONS: tuple[Combination, ...] = (_plain_smtp_only_on_this_computer,)
