"""Translations for the sentences the core (services, domain, db, security) shows to people.

The UI translates its own strings with Qt; the core must not import Qt, so its user-facing
sentences go through :func:`_` here. The source text is the English sentence itself (tests
assert it); ``resources/translations/services_<language>.po`` maps it to the translation.
Placeholders are filled AFTER translating, so the catalogue holds one entry per sentence::

    _("{name} already owns {animal}.").format(name=owner, animal=animal)

A number that counts something takes the form its count needs, with :func:`ngettext` (one
catalogue entry with ``msgid_plural``; never "1 files")::

    ngettext("{count} file", "{count} files", n).format(count=n)

The language is not process-wide state: the composition root hands it down by speaking it
around what it runs, ``with language(code):`` (the program's start-up around its event loop,
with the code it chose for the Qt translator; the command line around each command, from
LANG/LC_MESSAGES). It lives in a context variable, so it follows the call, not the process:
``ui/ops.py`` runs each service call in the context of the screen that asked, another thread
or a test outside the block speaks English, and nothing has to be put back by hand.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from vetdesk.resources import resource_path

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "nb")
_NORWEGIAN_PREFIXES = ("nb", "no", "nn")
# Both languages have two forms: one, and everything else (see plural_index).
PLURAL_FORMS = 2

# Set only by language(), for the extent of a with block (see the module docstring).
_speaking: ContextVar[str] = ContextVar("vetdesk_language", default=SOURCE_LANGUAGE)
# First use may come from several worker threads (ops runs services off the GUI thread).
_load_lock = threading.Lock()


def current_language() -> str:
    """The language of the block this call runs in (English outside any)."""
    return _speaking.get()


@contextmanager
def language(code: str) -> Iterator[None]:
    """Speak ``code`` inside the block (the app's event loop, one CLI command, a test), then
    what was spoken before; unknown codes speak English."""
    token = _speaking.set(code if code in LANGUAGES else SOURCE_LANGUAGE)
    try:
        yield
    finally:
        _speaking.reset(token)


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """``nb`` for a Norwegian terminal, following gettext's order LC_ALL, LC_MESSAGES, LANG."""
    environ = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "").strip()
        if value:
            lowered = value.lower()
            return "nb" if lowered.startswith(_NORWEGIAN_PREFIXES) else SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def catalogue_path(code: str) -> str:
    return str(resource_path("translations", f"services_{code}.po"))


@dataclass(frozen=True)
class Catalogue:
    """A .po file's translations: plain ``msgid -> msgstr``, and for the entries with a
    ``msgid_plural`` the singular msgid -> its forms (``msgstr[0]``, ``msgstr[1]``)."""

    sentences: dict[str, str]
    plurals: dict[str, tuple[str, ...]]


@cache
def _catalogue(code: str) -> Catalogue:
    with _load_lock, open(catalogue_path(code), encoding="utf-8") as po_file:
        return parse_catalogue(po_file.read())


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}
_ESCAPE = re.compile(r"\\(.)")
_FIELDS = ("msgid ", "msgid_plural ", "msgstr ", "msgstr[")


def _unquote(text: str) -> str:
    body = text.strip()[1:-1]
    return _ESCAPE.sub(lambda match: _ESCAPES.get(match[1], match[0]), body)


def parse_catalogue(text: str) -> Catalogue:
    """The translations of a .po file, plain entries and plural ones.

    Read directly (no contexts in our catalogues); Babel's reader costs the program's start
    ~40 ms of imports (issue 9). Fuzzy or empty entries are not translations yet: English is
    better than a guess, and so is a plural entry missing one of its forms.
    """
    sentences: dict[str, str] = {}
    plurals: dict[str, tuple[str, ...]] = {}
    entry: dict[str, str] = {}
    fuzzy = False
    field = ""

    def keep() -> None:
        if not entry.get("msgid") or fuzzy:
            return
        if "msgid_plural" in entry:
            forms = tuple(entry.get(f"msgstr[{index}]", "") for index in range(PLURAL_FORMS))
            if all(forms):
                plurals[entry["msgid"]] = forms
        elif entry.get("msgstr"):
            sentences[entry["msgid"]] = entry["msgstr"]

    def complete() -> bool:
        return any(key.startswith("msgstr") for key in entry)

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith(("#", "msgid ")) and complete():
            keep()  # the previous entry is complete
            entry, fuzzy, field = {}, False, ""
        if line.startswith("#,"):
            fuzzy = "fuzzy" in (flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith(_FIELDS):
            field, _space, quoted = line.partition(" ")
            entry[field] = _unquote(quoted)
        elif line.startswith('"') and field:
            entry[field] += _unquote(line)
        else:
            raise ValueError(f"unexpected line in a translation catalogue: {line[:60]!r}")
    if complete():
        keep()
    return Catalogue(sentences, plurals)


def read_catalogue(text: str) -> dict[str, str]:
    """The translated plain sentences of a .po file: ``msgid`` -> ``msgstr``."""
    return parse_catalogue(text).sentences


def translations(code: str) -> Mapping[str, str]:
    """Every translated sentence of the ``code`` catalogue (English source -> translation)."""
    return _catalogue(code).sentences


def plural_translations(code: str) -> Mapping[str, tuple[str, ...]]:
    """Every translated plural entry of the ``code`` catalogue (singular -> its forms)."""
    return _catalogue(code).plurals


def plural_index(count: int) -> int:
    """Which form ``count`` takes: English and bokmål both say one thing, two things (the
    catalogue's header: ``nplurals=2; plural=(n != 1)``)."""
    return 0 if count == 1 else 1


def _(message: str) -> str:
    """The current language's translation of the English ``message`` (itself if none)."""
    speaking = _speaking.get()
    if speaking == SOURCE_LANGUAGE:
        return message
    return _catalogue(speaking).sentences.get(message, message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a sentence with a number that ``count`` takes, in the current language::

        ngettext("{count} file", "{count} files", n).format(count=n)

    The catalogue holds it as one entry with ``msgid_plural`` and ``msgstr[0]``/``msgstr[1]``.
    """
    index = plural_index(count)
    speaking = _speaking.get()
    if speaking != SOURCE_LANGUAGE:
        forms = _catalogue(speaking).plurals.get(singular)
        if forms:
            return forms[index]
    return (singular, plural)[index]


def N_(message: str) -> str:  # noqa: N802 - the gettext name extractors and readers know
    """Mark a sentence kept in a table for translation later, where it is shown, with _()."""
    return message
