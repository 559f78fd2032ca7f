"""Text folded the way Norwegians type names without their special letters.

"Ødegård", "ØDEGÅRD", "odegard" and "oedegaard" all fold to "odegard"; "Åse" and "aase" to
"ase"; "Bækkelund" and "baekkelund" to "baekkelund". Both the stored search key and the query
are folded with the same function, so a match never depends on how a letter was typed.
"""

from __future__ import annotations

import re
import unicodedata

_LETTERS = str.maketrans({"ø": "o", "å": "a", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l"})
# Two-letter spellings of ø and å (oe, aa) collapse to the same single letter.
_DIGRAPHS = re.compile(r"oe|aa")
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case ASCII with Norwegian letters and accents folded; words separated by one space."""
    lowered = unicodedata.normalize("NFC", text).casefold().translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", lowered)
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    collapsed = _DIGRAPHS.sub(lambda m: m.group(0)[0], ascii_only)
    return _NOT_WORD.sub(" ", collapsed).strip()


def search_key(*parts: str | None, limit: int | None = None) -> str:
    """The folded words of several fields, for storing beside the record.

    ``limit`` is the key column's size. Folding can make a name longer than typed ("ﬃ" is
    "ffi", "㎒" "mhz"), so a name that fits its column may give a key that does not; the key
    is then cut (the name is still found by its first words) rather than refused."""
    key = " ".join(folded for part in parts if part and (folded := fold(part)))
    return key if limit is None else key[:limit].rstrip()


# What a stored text may not carry, and why it is removed rather than refused: these characters
# are invisible, so a person cannot find them to delete them; they arrive pasted from web
# pages, spreadsheets and word processors. Controls (NUL...) and lone surrogates cannot be
# stored on PostgreSQL or hashed for the journal; format characters (zero-width space, byte
# order mark, direction overrides such as U+202E) make a name display or sort as something
# other than what it is. Issue 8.
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
# Joiners shape emoji and some scripts in free text; in a name they are only noise.
_TEXT_JOINERS = frozenset("\u200c\u200d")
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cs", "Cf", "Zl", "Zp"})


def _invisible(ch: str, multiline: bool) -> bool:
    if ch == "\t" or ch in _LINE_BREAKS:
        return False
    if multiline and ch in _TEXT_JOINERS:
        return False
    return unicodedata.category(ch) in _INVISIBLE_CATEGORIES


def has_invisible(text: str, *, multiline: bool = False) -> bool:
    """Whether :func:`clean_line` / :func:`clean_multiline` would remove characters."""
    return any(_invisible(ch, multiline) for ch in text)


def clean_multiline(text: str) -> str:
    """Free text as stored: NFC, line breaks as "\\n", invisible characters removed.

    Outer whitespace is kept (a draft is saved while the vet types); callers strip notes."""
    lines = text.replace("\r\n", "\n")
    kept = "".join(
        "\n" if ch in _LINE_BREAKS else ch for ch in lines if not _invisible(ch, True)
    )
    return unicodedata.normalize("NFC", kept)


def clean_line(text: str) -> str:
    """A one-line value (name, address) as stored: NFC, invisible characters removed, any
    run of whitespace (tabs and line breaks pasted from a spreadsheet too) one space."""
    kept = "".join(ch for ch in text if not _invisible(ch, False))
    return " ".join(unicodedata.normalize("NFC", kept).split())


# Compatibility forms that only change a character's width or spacing: NFKC maps them to the
# plain character. Superscripts, fractions and circled digits are NOT folded ("²" is not a 2
# in a client number, it is a typing or export error to report).
_WIDTH_FORMS = ("<wide>", "<narrow>", "<noBreak>")


def ascii_digits(text: str) -> str:
    """Digits of any script ("５７８", "٥٧٨") as ASCII digits, full-width letters and signs as
    plain ones; for chips, phones, postal codes and numbers before they are checked."""
    out: list[str] = []
    for ch in text:
        if ch.isdecimal():
            out.append(str(unicodedata.decimal(ch)))
        elif unicodedata.decomposition(ch).startswith(_WIDTH_FORMS):
            out.append(unicodedata.normalize("NFKC", ch))
        else:
            out.append(ch)
    return "".join(out)


def is_ascii_number(text: str) -> bool:
    """Only the digits 0-9 (``str.isdigit`` also accepts "²", which ``int`` refuses)."""
    return text.isascii() and text.isdigit()
