"""Reading CSV exports from other clinic systems: encoding, delimiter, headers, values.

Pure text handling; the importing service decides what to store.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from vetdesk.domain.client_rules import check_client_no
from vetdesk.domain.codes import ClientLanguage, Sex, Species
from vetdesk.domain.text import ascii_digits, fold, is_ascii_number
from vetdesk.i18n import _, ngettext

CLIENT_COLUMNS = ("client_no", "first_name", "last_name", "address", "postal_code", "city",
                  "phone", "email", "birth_date", "reminder_consent", "marketing_consent")
# Read when the file has them; a file without them imports as before.
CLIENT_OPTIONAL_COLUMNS = ("language",)
ANIMAL_COLUMNS = ("client_no", "name", "species", "breed", "sex", "birth_date", "microchip",
                  "deceased_date")
_DOTTED = re.compile(r"^([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})$")
_YES = {"yes", "ja", "1", "y", "j", "true", "sann"}
_NO = {"no", "nei", "0", "n", "false", "usann"}
# What other systems write for a species, folded; the English codes are accepted too.
_SPECIES = {
    "hund": Species.DOG, "katt": Species.CAT, "kanin": Species.RABBIT, "hest": Species.HORSE,
    "storfe": Species.CATTLE, "ku": Species.CATTLE, "kalv": Species.CATTLE,
    "sau": Species.SHEEP, "geit": Species.GOAT, "gris": Species.PIG, "svin": Species.PIG,
    "fjorfe": Species.POULTRY, "hone": Species.POULTRY, "hons": Species.POULTRY,
    "marsvin": Species.GUINEA_PIG, "ilder": Species.FERRET, "fugl": Species.BIRD,
    "reptil": Species.REPTILE, "krypdyr": Species.REPTILE, "annet": Species.OTHER,
    "guinea pig": Species.GUINEA_PIG,
}
_SEX = {"male": Sex.MALE, "m": Sex.MALE, "han": Sex.MALE, "hann": Sex.MALE,
        "female": Sex.FEMALE, "f": Sex.FEMALE, "hun": Sex.FEMALE, "hunn": Sex.FEMALE,
        "k": Sex.FEMALE, "unknown": Sex.UNKNOWN, "ukjent": Sex.UNKNOWN, "": Sex.UNKNOWN}


class ImportFileError(ValueError):
    """The file as a whole cannot be read (encoding, missing columns)."""


@dataclass(frozen=True)
class CsvRow:
    line: int
    values: dict[str, str]
    # What is wrong with the line as a whole (a wrong number of fields), one sentence each.
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class CsvStream:
    """A file's rows as they are read: the header has been checked, ``rows`` reads the rest
    one record at a time and may still raise :class:`ImportFileError` for a later line."""

    rows: Iterator[CsvRow]
    # Header columns VetDesk does not read: reported, so nothing is left out silently.
    ignored_columns: tuple[str, ...] = ()


# Universal newlines inside one "\n"-terminated line: a lone "\r" ends a line too (as
# io.StringIO(newline="") reads it), "\r\n" is one ending.
_LONE_CR = re.compile(r"(?<=\r)(?!\n)")


def decode_lines(chunks: Iterable[bytes]) -> Iterator[str]:
    """The text lines of a UTF-8 file (with or without BOM) read as ``\n``-ended byte lines,
    line endings kept, decoded one line at a time so the whole file is never in memory.
    A byte that is not UTF-8 raises :class:`ImportFileError` naming its line. Splitting the
    bytes at ``\n`` is safe: no UTF-8 sequence of more than one byte contains that byte."""
    for number, chunk in enumerate(chunks, start=1):
        try:
            text = chunk.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            # The line, not the byte offset: it is what an editor shows (issue 8).
            raise _not_utf8(number) from exc
        if "\r" in text:
            yield from (piece for piece in _LONE_CR.split(text) if piece)
        else:
            yield text


def _not_utf8(line: int) -> ImportFileError:
    return ImportFileError(
        _("Line {line} is not UTF-8 text (the file was probably saved as Latin-1 or "
          "Windows-1252); export it again as UTF-8.").format(line=line))


def detect_delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    return ";" if header.count(";") > header.count(",") else ","


def stream_table(lines: Iterable[str], columns: tuple[str, ...],
                 optional: tuple[str, ...] = ()) -> CsvStream:
    """Rows as {column: stripped value}, with the file line each row starts on, from text
    lines (endings kept) read as the rows are asked for. The header is read and checked at
    once; a file that cannot be read further raises :class:`ImportFileError` when the
    reading gets there."""
    source = iter(lines)
    first = next(source, "")
    delimiter = detect_delimiter(first)
    reader = csv.reader(itertools.chain((first,) if first else (), source),
                        delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise ImportFileError(_("The file is empty; it needs a header line.")) from None
    except csv.Error as exc:
        raise _unreadable(1) from exc
    missing = [c for c in columns if c not in header]
    if missing:
        raise ImportFileError(
            ngettext("The header line lacks the column {missing}; expected {expected}.",
                     "The header line lacks the columns {missing}; expected {expected}.",
                     len(missing)).format(missing=", ".join(missing), expected=",".join(columns))
        )
    index = {name: header.index(name) for name in (*columns, *optional) if name in header}
    ignored = tuple(h for h in header if h and h not in index)
    return CsvStream(_records(reader, header, index, delimiter), ignored)


def _records(reader: Any, header: list[str], index: dict[str, int], delimiter: str
             ) -> Iterator[CsvRow]:
    line = reader.line_num
    while True:
        start = line + 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _unreadable(start) from exc
        line = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        values = {name: (record[i].strip() if i < len(record) else "")
                  for name, i in index.items()}
        yield CsvRow(start, values, _field_count_problems(record, header, delimiter))


def _field_count_problems(record: list[str], header: list[str], delimiter: str
                          ) -> tuple[str, ...]:
    """A line with more or fewer fields than the header has its values under the wrong
    columns (usually an address with the delimiter in it, unquoted): refuse it, never guess.
    Even an empty extra field counts: the shifted last column is often the empty one."""
    if len(record) != len(header):
        return (ngettext(
            "This line has {count} field where the header has {expected}; put a value that "
            "contains “{delimiter}” in quotation marks.",
            "This line has {count} fields where the header has {expected}; put a value that "
            "contains “{delimiter}” in quotation marks.", len(record)).format(
                      count=len(record), expected=len(header), delimiter=delimiter),)
    return ()


def _unreadable(line: int) -> ImportFileError:
    # The csv module stops at a field over its limit (131,072 characters), almost always a
    # quotation mark that is never closed; its own message is English and names no line.
    return ImportFileError(_(
        "The file cannot be read from line {line} on: a value there is too long or a "
        "quotation mark is never closed; correct the file and import it again."
    ).format(line=line))


def parse_date(text: str) -> dt.date | None:
    """YYYY-MM-DD or DD.MM.YYYY; empty is None. Raises ValueError with a plain reason."""
    value = ascii_digits(text).strip()
    if not value:
        return None
    try:
        if match := _DOTTED.match(value):
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year, month, day)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(_("“{value}” is not a date (use YYYY-MM-DD or DD.MM.YYYY)").format(
            value=text.strip())) from None


def parse_yes_no(text: str) -> bool | None:
    value = text.strip().lower()
    if not value:
        return None
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise ValueError(_("“{value}” is not yes/no (use yes, no, ja, nei, 1 or 0)").format(value=text))


_LANGUAGES = {"nb": ClientLanguage.BOKMAL, "no": ClientLanguage.BOKMAL,
              "bokmal": ClientLanguage.BOKMAL, "norsk": ClientLanguage.BOKMAL,
              "norwegian": ClientLanguage.BOKMAL, "en": ClientLanguage.ENGLISH,
              "engelsk": ClientLanguage.ENGLISH, "english": ClientLanguage.ENGLISH}


def parse_language(text: str) -> ClientLanguage | None:
    """The client's language; None when the cell is empty (a new client gets bokmål, an
    existing one keeps theirs)."""
    value = fold(text)
    if not value:
        return None
    if value in _LANGUAGES:
        return _LANGUAGES[value]
    raise ValueError(_("“{value}” is not a language VetDesk writes in (use nb or en)").format(
        value=text))


def parse_species(text: str) -> Species:
    value = fold(text)
    if not value:
        raise ValueError(_("the species is missing"))
    try:
        return Species(value.replace(" ", "_"))
    except ValueError:
        pass
    if value in _SPECIES:
        return _SPECIES[value]
    raise ValueError(_("“{value}” is not a known species").format(value=text))


def parse_sex(text: str) -> Sex:
    value = text.strip().lower()
    if value in _SEX:
        return _SEX[value]
    raise ValueError(_("“{value}” is not a sex (male/female or han/hun)").format(value=text))


def parse_client_no(text: str) -> int:
    value = ascii_digits(text).strip()
    if not value:
        raise ValueError(_("The client number is missing."))
    if not is_ascii_number(value) or len(value) > 9 or check_client_no(int(value)):
        raise ValueError(_("“{value}” is not a client number (1 to 9 digits)").format(value=text))
    return int(value)
