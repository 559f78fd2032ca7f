"""What a search box text asks for: name words, phone digits, chip, client number, e-mail.

Pure parsing, no database. Any text at all is accepted: what cannot be a name, number or
address simply asks for nothing, so a search never fails on odd input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vetdesk.domain.chips import normalise_chip
from vetdesk.domain.phones import phone_digits_for_search
from vetdesk.domain.text import fold

# Longer input is cut: nobody types 200 characters to find a client, and it bounds the SQL.
MAX_QUERY_CHARS = 200
MAX_WORDS = 6
MIN_PHONE_DIGITS = 4
_CLIENT_NO = re.compile(r"^\d{1,9}$")
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


def parse_query(text: str) -> SearchQuery:
    raw = text[:MAX_QUERY_CHARS].strip()
    words = tuple(dict.fromkeys(fold(raw).split()))[:MAX_WORDS]
    if len("".join(words)) < 2:
        words = ()
    digits = phone_digits_for_search(raw)
    phone = digits if digits and len(digits) >= MIN_PHONE_DIGITS else None
    compact = normalise_chip(raw)
    client_no = int(compact) if _CLIENT_NO.match(compact) and compact == raw else None
    chip_exact = compact if len(compact) in (10, 15) and compact.isalnum() else None
    chip_suffix = compact if compact.isdigit() and MIN_PHONE_DIGITS <= len(compact) < 15 else None
    email = raw.lower() if _EMAIL_CHARS.match(raw) and not raw.isdigit() else None
    if email is not None and "@" not in email and not words:
        email = None
    if client_no is not None and words == (compact,):
        # A number alone is a client number, phone or chip, not a name.
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
