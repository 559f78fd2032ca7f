"""How a setting is declared: its name, what it means, its default and how a value is checked.

A parser takes the typed text and returns the value to store (normalised) or raises
``ValidationError`` with one sentence saying what to type instead. A ``Combination`` checks
settings that must agree with each other (``smtp.security none`` only for a loopback host); it
sees every setting as it would be after the change.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from vetdesk.errors import ValidationError
from vetdesk.i18n import _

Parser = Callable[[str], str]
# Returns the problem as a sentence (and the key to blame), or None when the values agree.
Combination = Callable[[Mapping[str, str]], tuple[str, str] | None]

MAX_VALUE_LENGTH = 2000


@dataclass(frozen=True)
class SettingKey:
    name: str
    description: str  # N_() text, translated where shown
    parse: Parser
    default: str | None = None
    # True: the program cannot work without a value, so a key without a default is never
    # unset. Every key so far is optional: without smtp.host e-mail is simply not set up.
    required: bool = False


def problem(key: str, message: str) -> ValidationError:
    return ValidationError(message, {key: message})


def whole_number(key: str, low: int, high: int) -> Parser:
    def parse(text: str) -> str:
        value = text.strip()
        if not (value.isascii() and value.isdigit()) or not low <= int(value) <= high:
            raise problem(key, _("{key} takes a whole number from {low} to {high}.").format(
                key=key, low=low, high=high))
        return str(int(value))
    return parse


def one_word_of(key: str, words: tuple[str, ...]) -> Parser:
    def parse(text: str) -> str:
        value = text.strip().lower()
        if value not in words:
            raise problem(key, _("{key} is one of: {words}.").format(
                key=key, words=", ".join(words)))
        return value
    return parse


def host_name(key: str) -> Parser:
    def parse(text: str) -> str:
        value = text.strip().lower().rstrip(".")
        labels = value.split(".")
        valid_ip = _is_ip(value.strip("[]"))
        valid_name = bool(value) and len(value) <= 253 and all(
            label and len(label) <= 63 and not label.startswith("-")
            and all(ch.isalnum() or ch == "-" for ch in label)
            for label in labels
        )
        if not (valid_ip or valid_name):
            raise problem(key, _(
                "{key} takes a server's name or address, like smtp.example.no or 127.0.0.1."
            ).format(key=key))
        return value.strip("[]")
    return parse


def plain_text(key: str, longest: int, *, required: bool = True) -> Parser:
    def parse(text: str) -> str:
        value = " ".join(text.split())
        if required and not value:
            raise problem(key, _("{key} cannot be empty.").format(key=key))
        if len(value) > longest:
            raise problem(key, _("{key} takes at most {count} characters.").format(
                key=key, count=longest))
        return value
    return parse


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def is_loopback(host: str) -> bool:
    """True for this computer itself: localhost, 127.0.0.0/8, ::1."""
    name = host.strip().strip("[]").lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False
