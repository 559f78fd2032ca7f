"""Translations for the sentences the core (services, domain, db, security) shows to people.

The UI translates its own strings with Qt; the core must not import Qt, so its user-facing
sentences go through :func:`_` here. The source text is the English sentence itself (tests
assert it); ``resources/translations/services_<language>.po`` maps it to the translation.
Placeholders are filled AFTER translating, so the catalogue holds one entry per sentence::

    _("{name} already owns {animal}.").format(name=owner, animal=animal)

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
from functools import cache

from vetdesk.resources import resource_path

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "nb")
_NORWEGIAN_PREFIXES = ("nb", "no", "nn")

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


@cache
def _catalogue(code: str) -> dict[str, str]:
    with _load_lock, open(catalogue_path(code), encoding="utf-8") as po_file:
        return read_catalogue(po_file.read())


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}
_ESCAPE = re.compile(r"\\(.)")


def _unquote(text: str) -> str:
    body = text.strip()[1:-1]
    return _ESCAPE.sub(lambda match: _ESCAPES.get(match[1], match[0]), body)


def read_catalogue(text: str) -> dict[str, str]:
    """The translated sentences of a .po file: ``msgid`` -> ``msgstr``.

    Our catalogues use plain entries only (no contexts, no plurals), so this reads them
    directly; Babel's reader, which the tests compare this with, costs the program's start
    ~40 ms of imports (issue 9). Fuzzy or empty entries are not translations yet: English is
    better than a guess.
    """
    found: dict[str, str] = {}
    entry: dict[str, str] = {}
    fuzzy = False
    field = ""

    def keep() -> None:
        if entry.get("msgid") and entry.get("msgstr") and not fuzzy:
            found[entry["msgid"]] = entry["msgstr"]

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith(("#", "msgid ")) and "msgstr" in entry:
            keep()  # the previous entry is complete
            entry, fuzzy, field = {}, False, ""
        if line.startswith("#,"):
            fuzzy = "fuzzy" in (flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith(("msgid ", "msgstr ")):
            field, _space, quoted = line.partition(" ")
            entry[field] = _unquote(quoted)
        elif line.startswith('"') and field:
            entry[field] += _unquote(line)
        else:
            raise ValueError(f"unexpected line in a translation catalogue: {line[:60]!r}")
    if "msgstr" in entry:
        keep()
    return found


def translations(code: str) -> Mapping[str, str]:
    """Every translated sentence of the ``code`` catalogue (English source -> translation)."""
    return _catalogue(code)


def _(message: str) -> str:
    """The current language's translation of the English ``message`` (itself if none)."""
    speaking = _speaking.get()
    if speaking == SOURCE_LANGUAGE:
        return message
    return _catalogue(speaking).get(message, message)


def N_(message: str) -> str:  # noqa: N802 - the gettext name extractors and readers know
    """Mark a sentence kept in a table for translation later, where it is shown, with _()."""
    return message
