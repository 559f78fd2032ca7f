"""The program reads its .po catalogues itself (issue 9); it reads them as Babel does."""

from __future__ import annotations

import io

from babel.messages.pofile import read_po

from vetdesk.i18n import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    catalogue_path,
    parse_catalogue,
    read_catalogue,
)

SAMPLE = '''# a comment
msgid ""
msgstr ""
"Language: nb\\n"

#: vetdesk/x.py
#, python-brace-format
msgid ""
"A long {name} "
"sentence: \\"quoted\\", a tab\\there,\\na line and a \\\\ backslash."
msgstr "En lang {name} setning: «sitert», en tab\\ther,\\nen linje og en \\\\ skråstrek."

#, fuzzy
msgid "Not sure yet."
msgstr "Usikker."

msgid "Not translated."
msgstr ""

#: vetdesk/y.py
msgid "{count} file"
msgid_plural "{count} files"
msgstr[0] "{count} fil"
msgstr[1] ""
"{count} "
"filer"
'''


def _plurals_with_babel(text: str) -> dict[str, tuple[str, ...]]:
    return {
        str(message.id[0]): tuple(str(form) for form in message.string)
        for message in read_po(io.StringIO(text))
        if isinstance(message.id, tuple) and all(message.string) and not message.fuzzy
    }


def _with_babel(text: str) -> dict[str, str]:
    return {
        str(message.id): str(message.string)
        for message in read_po(io.StringIO(text))
        if message.id and isinstance(message.id, str) and message.string and not message.fuzzy
    }


def test_escapes_continuations_fuzzy_and_empty_entries_read_as_babel_reads_them() -> None:
    assert read_catalogue(SAMPLE) == _with_babel(SAMPLE)
    assert parse_catalogue(SAMPLE).plurals == _plurals_with_babel(SAMPLE) == {
        "{count} file": ("{count} fil", "{count} filer")}
    assert list(read_catalogue(SAMPLE)) == [
        'A long {name} sentence: "quoted", a tab\there,\na line and a \\ backslash.']


def test_the_catalogues_read_as_babel_reads_them() -> None:
    for code in LANGUAGES:
        if code == SOURCE_LANGUAGE:
            continue
        with open(catalogue_path(code), encoding="utf-8") as po_file:
            text = po_file.read()
        assert read_catalogue(text) == _with_babel(text)
        assert parse_catalogue(text).plurals == _plurals_with_babel(text)
