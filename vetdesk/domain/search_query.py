"""What a search box text asks for: name words, phone digits, chip, client number, e-mail.

Pure parsing, no database. Any text at all is accepted: what cannot be a name, number or
address simply asks for nothing, so a search never fails on odd input.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from vetdesk.domain.chips import normalise_chip
from vetdesk.domain.phones import phone_digits_for_search
from vetdesk.domain.text import ascii_digits, fold, is_ascii_number

# Longer input is cut: nobody types 200 characters to find a client, and it bounds the SQL.
MAX_QUERY_CHARS = 200
MAX_WORDS = 6
MIN_PHONE_DIGITS = 4
_CLIENT_NO = re.compile(r"^[0-9]{1,9}$")
_EMAIL_CHARS = re.compile(r"^[^\s]{3,}$")


@dataclass(frozen=True)
class SearchQuery:
    text: str
    # Folded name words, each matched as a word prefix or (3+ letters) a substring.
    words: tuple[str, ...]
    phone_digits: str | None
    client_no: int | None
    chip_exact: str | None
    chip_suffix: str | None
    # Lower-cased; matched as a substring when it has an @, otherwise as a prefix.
    email: str | None

    @property
    def empty(self) -> bool:
        return not (
            self.words
            or self.phone_digits
            or self.client_no is not None
            or self.chip_exact
            or self.chip_suffix
            or self.email
        )


def digits_only(text: str) -> bool:
    return bool(text) and all(ch.isdigit() or ch in " +-.()/" for ch in text)


def _printable(text: str) -> str:
    """Drop control, format and lone surrogate characters: pasted from elsewhere they match
    nothing, and PostgreSQL refuses a NUL in any string."""
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith("C"))


def parse_query(text: str) -> SearchQuery:
    raw = _printable(text[:MAX_QUERY_CHARS]).strip()
    words = tuple(dict.fromkeys(fold(raw).split()))[:MAX_WORDS]
    if len("".join(words)) < 2:
        words = ()
    digits = phone_digits_for_search(raw)
    phone = digits if digits and len(digits) >= MIN_PHONE_DIGITS else None
    compact = normalise_chip(raw)
    client_no = (int(compact) if _CLIENT_NO.match(compact) and compact == ascii_digits(raw)
                 else None)
    chip_exact = compact if len(compact) in (10, 15) and compact.isalnum() else None
    chip_suffix = (compact if is_ascii_number(compact) and MIN_PHONE_DIGITS <= len(compact) < 15
                   else None)
    # E-mail only when it looks like one ("kari.o", "@example.no"): keeps name searches lean.
    email = (
        raw.lower()
        if _EMAIL_CHARS.match(raw) and ("@" in raw or "." in raw) and not digits_only(raw)
        else None
    )
    if "@" in raw:
        # An e-mail address is looked up as one, not as a heap of name words.
        words = ()
    if digits is not None or (chip_exact is not None and is_ascii_number(compact)):
        # Digits alone are a number, phone or chip, never a name.
        words = ()
    return SearchQuery(
        text=raw,
        words=words,
        phone_digits=phone,
        client_no=client_no,
        chip_exact=chip_exact,
        chip_suffix=chip_suffix,
        email=email,
    )
