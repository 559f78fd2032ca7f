"""Find English in text that should be bokmål: a test helper for the command line, the
services' sentences and (cheaply) the screens.

A sentence left in English nearly always holds one of the little words below, none of which
is a bokmål word. What the program quotes (a name, a path, an address, a command to type,
an option), placeholders and numbers are not language and are left out first.
"""

from __future__ import annotations

import re

ENGLISH_WORDS = frozenset({
    "the", "is", "are", "was", "were", "been", "not", "with", "this", "that", "these",
    "has", "have", "had", "which", "from", "your", "you", "must", "should", "could", "would",
    "cannot", "can't", "there", "their", "they", "what", "when", "where", "after", "before",
    "any", "some", "more", "than", "only", "also", "into", "found", "and", "of", "or", "in",
    "on", "it", "its", "no", "yes", "please", "valid", "invalid", "error", "wrote", "locked",
    "rows", "row", "draft", "drafts", "matches", "client", "animal", "deceased", "dog", "cat",
    "file", "folder", "password", "wrong", "check", "expected", "unexpected", "something",
    "went", "nothing", "saved", "already", "upgraded", "created", "sealed", "keep", "line",
    "email", "address", "sign", "period", "character", "characters", "domain", "part",
    "such", "directory", "permission", "denied", "unable", "open", "failed", "none",
})

# «quoted», “quoted” and "quoted" text, {placeholders}, options, paths and addresses, numbers,
# domain names ("example.no") and identifiers (VETDESK_PASSWORD, client_no).
_NOT_LANGUAGE = re.compile(
    r"«[^»]*»|“[^”]*”|\"[^\"]*\"|\{[^}]*\}|(?<!\w)--?[\w-]+|\S*[/\\@]\S*|\S*\.(?:pdf|csv|txt)"
    r"|\b\w*\d\w*\b|\b[\w-]+(?:\.[\w-]+)*\.(?:no|com|org|net)\b|\b\w+_\w+\b"
)
_WORD = re.compile(r"[A-Za-zÆØÅæøåÉéÜüÖöÄä']+")


def english_words(text: str, *, allowed: frozenset[str] = frozenset()) -> list[str]:
    """The English words in ``text`` outside quotes, paths, options and placeholders."""
    plain = _NOT_LANGUAGE.sub(" ", text)
    return [
        word for word in _WORD.findall(plain)
        if word.lower() in ENGLISH_WORDS and word.lower() not in allowed
    ]


def english_lines(text: str, *, allowed: frozenset[str] = frozenset()) -> list[str]:
    """Each line of ``text`` that holds English, with the words found (for a clear failure)."""
    return [
        f"{line!r}: {found}" for line in text.splitlines()
        if (found := english_words(line, allowed=allowed))
    ]
