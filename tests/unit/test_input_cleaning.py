"""The domain's shared text rules: digits of any script, invisible characters, lengths, times.

Pure functions, no database; tests/unit/test_bad_input.py takes the same input through the
services on both engines.
"""

from __future__ import annotations

import datetime as dt
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vetdesk.domain.animal_rules import AnimalInput, check_animal, clean_animal
from vetdesk.domain.chips import read_chip
from vetdesk.domain.client_rules import (
    ClientInput,
    check_client,
    check_client_no,
    check_org_number,
    check_postal_code,
    clean_client,
)
from vetdesk.domain.event_time import check_event_time
from vetdesk.domain.field_report import join_sentences
from vetdesk.domain.phones import parse_phone, phone_digits_for_search
from vetdesk.domain.search_query import parse_query
from vetdesk.domain.text import ascii_digits, clean_line, clean_multiline, search_key

TODAY = dt.date(2026, 11, 22)
# The zero of every decimal digit set Python knows (Arabic-Indic, Devanagari, full-width...).
ZEROS = [chr(c) for c in range(sys.maxunicode + 1)
         if unicodedata.category(chr(c)) == "Nd" and unicodedata.decimal(chr(c)) == 0]


def in_script(digits: str, zero: str) -> str:
    return "".join(chr(ord(zero) + int(d)) for d in digits)


@given(st.sampled_from(ZEROS), st.text(alphabet="0123456789", min_size=1, max_size=20))
def test_digits_of_any_script_read_as_ascii(zero: str, digits: str) -> None:
    assert ascii_digits(in_script(digits, zero)) == digits


@pytest.mark.parametrize("zero", ["\uff10", "\u0660", "\u06f0", "\u0966"])
def test_a_chip_in_another_script_is_the_same_chip(zero: str) -> None:
    # Issue 8: "５７８…125" was saved beside "578000000000125" on another animal.
    assert read_chip(in_script("578000000000125", zero)).value == "578000000000125"
    assert read_chip("５７８ ０００ ０００ ０００ １２５").value == "578000000000125"


def test_phones_postal_codes_and_numbers_are_read_in_ascii() -> None:
    assert parse_phone("９１２ ３４ ５６７").e164 == "+4791234567"
    assert parse_phone("٩١٢٣٤٥٦٧").e164 == "+4791234567"
    assert phone_digits_for_search("９１２３") == "9123"
    assert check_postal_code("０１５０") is None
    assert check_org_number("９７４ ７６０ ６７３") is None
    typed = ClientInput("Kari", "Ødegård", postal_code="０１５０", org_number="٩٧٤٧٦٠٦٧٣")
    clean = clean_client(typed)
    assert (clean.postal_code, clean.org_number) == ("0150", "974760673")
    assert parse_query("١٠٢").client_no == 102


@pytest.mark.parametrize("typed", ["²", "1²", "¹⁰²", "½"])
def test_superscripts_and_fractions_are_not_digits(typed: str) -> None:
    # NFKC would turn "²" into 2: a client number or postal code typed that way is a slip.
    assert check_postal_code(typed * 4) == "A Norwegian postal code has 4 digits."
    assert parse_query(typed).client_no is None


def test_client_numbers_stay_within_what_the_column_holds() -> None:
    assert check_client_no(999_999_999) is None
    assert check_client_no(10**20) == "A client number is a whole number from 1 to 999999999."
    assert check_client_no(0) == "A client number is a whole number from 1 to 999999999."


@pytest.mark.parametrize("invisible", [
    "\x00", "\ud800", "\u200b", "\ufeff", "\u202e", "\u2066", "\u00ad", "\x1b",
])
def test_invisible_characters_leave_one_line_text(invisible: str) -> None:
    assert clean_line(f"Ka{invisible}ri") == "Kari"


def test_line_breaks_in_one_line_text_become_spaces_and_stay_in_free_text() -> None:
    assert clean_line("Fjellveien\u2028 22B\r\n\tOslo") == "Fjellveien 22B Oslo"
    assert clean_multiline("one\u2028two\r\nthree\u2029four") == "one\ntwo\nthree\nfour"
    # Joiners shape emoji and scripts in free text, so they stay there.
    assert clean_multiline("a\u200db\x00\ud800") == "a\u200db"


@given(st.text(max_size=40))
def test_cleaned_text_is_encodable_and_stable(text: str) -> None:
    for cleaned in (clean_line(text), clean_multiline(text)):
        cleaned.encode("utf-8")  # a lone surrogate would raise here
        assert "\x00" not in cleaned
    assert clean_line(clean_line(text)) == clean_line(text)
    assert clean_multiline(clean_multiline(text)) == clean_multiline(text)


@pytest.mark.parametrize(("field", "limit", "label"), [
    ("first_name", 100, "First name"), ("last_name", 100, "Last name"),
    ("address", 200, "Address"), ("city", 100, "Town"), ("notes", 10_000, "Notes"),
])
def test_client_text_lengths_match_the_columns(field: str, limit: int, label: str) -> None:
    at_limit = ClientInput(**{"first_name": "Kari", "last_name": "Ødegård", field: "ø" * limit})
    assert field not in check_client(at_limit, TODAY).errors
    over = ClientInput(**{"first_name": "Kari", "last_name": "Ødegård",
                          field: "ø" * (limit + 1)})
    assert check_client(over, TODAY).errors[field] == (
        f"{label} can have at most {limit} characters.")


@pytest.mark.parametrize(("field", "limit"), [
    ("name", 100), ("breed", 100), ("colour", 100), ("insurance_company", 100),
    ("insurance_policy", 50), ("notes", 10_000),
])
def test_animal_text_lengths_match_the_columns(field: str, limit: int) -> None:
    base = {"name": "Bamse", "species": "dog"}
    assert field not in check_animal(AnimalInput(**{**base, field: "x" * limit}), TODAY).errors
    assert field in check_animal(AnimalInput(**{**base, field: "x" * (limit + 1)}), TODAY).errors


def test_length_is_counted_after_cleaning() -> None:
    # 100 letters and a zero-width space: stored as 100 characters, so it fits.
    typed = AnimalInput(name="x" * 100 + "\u200b", species="dog")
    report = check_animal(typed, TODAY)
    assert "name" not in report.errors
    assert report.warnings["name"].startswith("Invisible or direction-changing characters")
    assert clean_animal(typed, TODAY).name == "x" * 100


def test_a_search_key_is_cut_to_its_column() -> None:
    # "ﬃ" folds to "ffi": 100 of them fit the name column but not a 200-character key.
    assert len(search_key("ﬃ" * 100)) == 300
    assert search_key("ﬃ" * 100, limit=200) == "ffi" * 66 + "ff"
    assert search_key("Kari", "Ødegård", limit=400) == "kari odegard"


@pytest.mark.parametrize("when", [
    dt.datetime(1, 1, 1, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))),
    dt.datetime(1, 1, 1, tzinfo=dt.UTC),
    dt.datetime(9999, 12, 31, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-1))),
    dt.datetime(1899, 12, 31, 23, 59, tzinfo=dt.UTC),
])
def test_event_times_outside_the_years_a_journal_can_hold_are_refused(
    when: dt.datetime
) -> None:
    assert check_event_time(when) == (
        "The time of the event must be between the years 1900 and 2100; check the date.")


def test_event_times_need_a_zone_and_a_plausible_year() -> None:
    assert check_event_time(dt.datetime(2026, 11, 22, 9, 0)) == (
        "The time of the event has no time zone.")
    assert check_event_time(dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)) is None


def test_problems_join_as_sentences() -> None:
    assert join_sentences([
        "A Norwegian postal code has 4 digits.", "the species is missing",
        "“x” is not a date (use YYYY-MM-DD or DD.MM.YYYY)", " ",
    ]) == ("A Norwegian postal code has 4 digits. The species is missing. "
           "“x” is not a date (use YYYY-MM-DD or DD.MM.YYYY).")
