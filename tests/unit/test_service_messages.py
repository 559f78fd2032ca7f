"""The core's user-facing sentences are all in the Norwegian catalogue, and nb is really spoken.

This is the extraction check (there is no extraction tool): every literal passed to
``vetdesk.i18n._`` or ``N_`` in services, domain, db, security and cli must have a non-empty
translation in resources/translations/services_nb.po with the same {placeholders}.
"""

from __future__ import annotations

import ast
import contextvars
import dataclasses
import datetime as dt
import io
import string
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from vetdesk import i18n
from vetdesk.cli import main
from vetdesk.cli.environment import CliEnvironment
from vetdesk.clock import FixedClock
from vetdesk.domain.chips import read_chip
from vetdesk.domain.client_rules import ClientInput, PhoneInput
from vetdesk.errors import PermissionDenied, ValidationError
from vetdesk.security.credentials import MemoryCredentialStore
from vetdesk.services.clients import register_client, update_client
from vetdesk.services.conflicts import RecordChangedError
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal.kinds import KIND_FIELDS, KIND_LABELS
from vetdesk.services.merging import merge_clients
from vetdesk.services.permissions import Actor

ROOT = Path(__file__).resolve().parents[2]
# Everything below the UI that speaks to people: the core and the command line.
CORE = ("vetdesk/services", "vetdesk/domain", "vetdesk/db", "vetdesk/security", "vetdesk/cli",
        "vetdesk/messaging")
MARKERS = {"_", "N_"}

KARI = ClientInput(first_name="Kari", last_name="Ødegård", phones=(PhoneInput("912 34 567"),),
                   email="kari@example.no", address="Fjellveien 22B", postal_code="0150",
                   city="Oslo")


@pytest.fixture
def norwegian() -> Iterator[None]:
    with i18n.language("nb"):
        yield
    assert i18n.current_language() == "en"


def marked_messages() -> dict[str, str]:
    """Every string literal given to _() or N_() in the core, with where it was found."""
    found: dict[str, str] = {}
    for folder in CORE:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in MARKERS and node.args
                ):
                    first = node.args[0]
                    where = f"{path.relative_to(ROOT)}:{node.lineno}"
                    if isinstance(first, ast.Constant) and isinstance(first.value, str):
                        found.setdefault(first.value, where)
                    else:
                        # _(variable) shows a sentence marked with N_() in a table; N_ itself
                        # must hold a literal, or it would mark nothing.
                        assert node.func.id == "_", f"{where}: N_() needs a string literal"
    return found


def marked_plurals() -> dict[tuple[str, str], str]:
    """Every (singular, plural) pair of literals given to ngettext() in the core."""
    found: dict[tuple[str, str], str] = {}
    for folder in CORE:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "ngettext"
                ):
                    where = f"{path.relative_to(ROOT)}:{node.lineno}"
                    one, many = node.args[0], node.args[1]
                    assert isinstance(one, ast.Constant) and isinstance(one.value, str), where
                    assert isinstance(many, ast.Constant) and isinstance(many.value, str), where
                    found.setdefault((one.value, many.value), where)
    return found


def placeholders(text: str) -> set[str]:
    return {name for _literal, name, _spec, _conv in string.Formatter().parse(text)
            if name is not None}


def test_every_marked_sentence_has_a_translation_with_the_same_placeholders() -> None:
    messages = marked_messages()
    catalogue = i18n.translations("nb")
    # Journal field and kind labels are data in kinds.py; validation translates them with _().
    labels = {spec.label for specs in KIND_FIELDS.values() for spec in specs}
    labels |= set(KIND_LABELS.values())
    assert len(messages) > 150  # the walk really found the marked sentences
    missing = [f"{where}: {text!r}" for text, where in messages.items()
               if not catalogue.get(text, "").strip()]
    missing += [repr(label) for label in sorted(labels) if not catalogue.get(label, "").strip()]
    assert not missing, "untranslated:\n" + "\n".join(missing)
    mismatched = [text for text in messages if placeholders(text) != placeholders(catalogue[text])]
    assert not mismatched, mismatched


def test_every_counted_sentence_has_both_forms_with_the_same_placeholders() -> None:
    pairs = marked_plurals()
    catalogue = i18n.plural_translations("nb")
    assert len(pairs) > 10  # the walk really found the ngettext calls
    missing = [f"{where}: {one!r}" for (one, _many), where in pairs.items()
               if one not in catalogue]
    assert not missing, "untranslated plural entries:\n" + "\n".join(missing)
    for (one, many), where in pairs.items():
        assert placeholders(one) == placeholders(many), where
        assert all(placeholders(form) == placeholders(one) for form in catalogue[one]), where
    # A sentence is either counted or not: the same text under _() would be "1 files".
    assert not {one for one, _many in pairs} & set(marked_messages())


def test_the_catalogue_holds_nothing_stale() -> None:
    labels = {spec.label for specs in KIND_FIELDS.values() for spec in specs}
    used = set(marked_messages()) | labels | set(KIND_LABELS.values())
    assert sorted(set(i18n.translations("nb")) - used) == []
    counted = {one for one, _many in marked_plurals()}
    assert sorted(set(i18n.plural_translations("nb")) - counted) == []


PLURAL_ENTRY = """
msgid "{count} file"
msgid_plural "{count} files"
msgstr[0] "{count} fil"
msgstr[1] ""
"{count} filer"

#, fuzzy
msgid "{count} guess"
msgid_plural "{count} guesses"
msgstr[0] "{count} gjetning"
msgstr[1] "{count} gjetninger"

msgid "{count} half"
msgid_plural "{count} halves"
msgstr[0] "{count} halvdel"
msgstr[1] ""
"""


def test_the_reader_understands_plural_entries() -> None:
    read = i18n.parse_catalogue('msgid "A"\nmsgstr "B"\n' + PLURAL_ENTRY)
    assert read.sentences == {"A": "B"}
    # The fuzzy one is a guess and the half one lacks a form: English is better than those.
    assert read.plurals == {"{count} file": ("{count} fil", "{count} filer")}


@pytest.mark.parametrize(("lang", "count", "expected"), [
    ("en", 1, "1 journal entry sent"), ("en", 2, "2 journal entries sent"),
    ("nb", 1, "1 journalnotat sendt"), ("nb", 2, "2 journalnotater sendt"),
    ("en", 0, "0 journal entries sent"), ("nb", 0, "0 journalnotater sendt"),
])
def test_a_count_takes_its_form(lang: str, count: int, expected: str) -> None:
    with i18n.language(lang):
        said = i18n.ngettext("{count} journal entry sent", "{count} journal entries sent",
                             count).format(count=count)
    assert said == expected


def test_english_is_the_default_and_the_block_restores_it() -> None:
    assert i18n.current_language() == "en"
    english = "A Norwegian postal code has 4 digits."
    assert i18n._(english) == english
    with i18n.language("nb"):
        assert i18n._("A Norwegian postal code has 4 digits.") == "Et norsk postnummer har 4 sifre."
        assert i18n._("Not a marked sentence.") == "Not a marked sentence."
    assert i18n.current_language() == "en"


def test_the_language_is_handed_down_not_process_wide() -> None:
    """Issue 8: the language was a module global that any caller could set for every thread.
    Now it is spoken inside a block and follows the call: a thread that was not handed the
    block's context (a desk's worker without ops, another command) still speaks English."""
    postal = "A Norwegian postal code has 4 digits."
    heard: list[str] = []
    with i18n.language("nb"):
        elsewhere = threading.Thread(target=lambda: heard.append(i18n._(postal)))
        elsewhere.start()
        elsewhere.join()
        handed = threading.Thread(
            target=contextvars.copy_context().run, args=(lambda: heard.append(i18n._(postal)),))
        handed.start()
        handed.join()
        with i18n.language("xx"):  # an unknown code speaks English, then gives nb back
            assert i18n._(postal) == postal
        assert i18n._(postal) == "Et norsk postnummer har 4 sifre."
    assert heard == [postal, "Et norsk postnummer har 4 sifre."]
    assert not hasattr(i18n, "set_language")


@pytest.mark.parametrize(("environment", "expected"), [
    ({"LANG": "nb_NO.UTF-8"}, "nb"),
    ({"LANG": "no_NO.UTF-8"}, "nb"),
    ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "nb_NO.UTF-8"}, "nb"),
    ({"LANG": "nb_NO.UTF-8", "LC_ALL": "C"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({}, "en"),
])
def test_terminal_language_follows_the_locale_variables(
    environment: dict[str, str], expected: str
) -> None:
    assert i18n.language_from_environment(environment) == expected


def test_bad_postal_code_is_explained_in_norwegian(
    ctx: ServiceContext, receptionist: Actor, norwegian: None
) -> None:
    with pytest.raises(ValidationError) as caught:
        register_client(ctx, receptionist, dataclasses.replace(KARI, postal_code="150"))
    assert caught.value.field_errors["postal_code"] == "Et norsk postnummer har 4 sifre."
    assert caught.value.message.startswith("Noen opplysninger må rettes før kunden kan lagres: ")


def test_permission_denied_is_in_norwegian(
    ctx: ServiceContext, receptionist: Actor, norwegian: None
) -> None:
    with pytest.raises(PermissionDenied) as caught:
        merge_clients(ctx, receptionist, keep_id=1, remove_id=2, keep_version=1,
                      remove_version=1)
    assert caught.value.message == (
        "Kari Resepsjon (resepsjonist) har ikke tilgang til å slå sammen kunder; spør en "
        "kollega med en rolle som tillater det."
    )


def test_conflict_names_who_changed_it_in_norwegian(
    ctx: ServiceContext, receptionist: Actor, manager: Actor, clock: FixedClock, norwegian: None
) -> None:
    saved = register_client(ctx, receptionist, KARI)
    clock.advance(dt.timedelta(minutes=10))
    update_client(ctx, manager, saved.client_id, dataclasses.replace(KARI, city="Bergen"),
                  expected_version=saved.version)
    with pytest.raises(RecordChangedError) as caught:
        update_client(ctx, receptionist, saved.client_id,
                      dataclasses.replace(KARI, city="Trondheim"),
                      expected_version=saved.version)
    assert caught.value.message.startswith(
        "Kari Ødegård ble endret av Mona Manager 22.11.2026 09:05 mens du redigerte; "
    )


@pytest.mark.parametrize(("lang", "expected"), [
    ("nb_NO.UTF-8", "vetdesk: Databaseadressen «nonsense://x» er ikke gyldig"),
    ("en_GB.UTF-8", "vetdesk: The database address “nonsense://x” is not valid"),
])
def test_the_command_line_speaks_the_terminal_language(lang: str, expected: str) -> None:
    err = io.StringIO()
    env = CliEnvironment(out=io.StringIO(), err=err, stdin=io.StringIO(""),
                         credentials=MemoryCredentialStore(), environ={"LANG": lang})
    assert main(["--database", "nonsense://x", "verify"], env=env) == 2
    assert err.getvalue().startswith(expected)
    assert i18n.current_language() == "en"


def test_a_foreign_chip_names_the_country_in_norwegian(norwegian: None) -> None:
    reading = read_chip("752093000000001")
    assert reading.origin == "Sverige"
    assert reading.warning == "Utenlandsk chip (Sverige): registrer den i DyreID."


@pytest.mark.parametrize(("lang", "counts", "expected"), [
    ("en", {"clients": 1, "animals": 1, "invoices": 2},
     "1 client, 1 animal, 0 journal entries, 0 appointments, 0 recalls and reminders, "
     "0 messages, 0 prescriptions, 2 invoices"),
    ("nb", {"clients": 1, "journal_entries": 1, "reminders": 1, "invoices": 2},
     "1 kunde, 0 dyr, 1 journalnotat, 0 timeavtaler, 1 innkalling eller påminnelse, "
     "0 meldinger, 0 resepter, 2 fakturaer"),
])
def test_the_demo_counts_take_their_forms(lang: str, counts: dict[str, int],
                                          expected: str) -> None:
    from vetdesk.cli.demo_command import _shown

    with i18n.language(lang):
        assert ", ".join(_shown(counts)) == expected


@pytest.mark.parametrize(("lang", "problems", "expected"), [
    ("en", ["Line 2: x"], "The catalogue was not imported: 1 problem in the file; correct it "
                          "and import it again."),
    ("en", ["Line 2: x", "Line 3: y"], "The catalogue was not imported: 2 problems in the "
                                       "file; correct them and import it again."),
    ("nb", ["Line 2: x"], "Katalogen ble ikke importert: 1 feil i filen; rett den og "
                          "importer på nytt."),
    ("nb", ["Line 2: x", "Line 3: y"], "Katalogen ble ikke importert: 2 feil i filen; rett "
                                       "dem og importer på nytt."),
])
def test_a_refused_catalogue_counts_its_problems(lang: str, problems: list[str],
                                                 expected: str) -> None:
    from vetdesk.services.pharmacy.catalogue import CatalogueFileRefused

    with i18n.language(lang):
        assert CatalogueFileRefused(problems).message == expected


@pytest.mark.parametrize(("lang", "more", "expected"), [
    ("en", 1, "Choose a product. (1 more field needs attention.)"),
    ("en", 2, "Choose a product. (2 more fields need attention.)"),
])
def test_the_prescription_banner_counts_the_other_fields(lang: str, more: int,
                                                         expected: str) -> None:
    from vetdesk.services.pharmacy.validation import first_problem

    problems = {"items": "Choose a product."} | {f"field{n}": "x" for n in range(more)}
    with i18n.language(lang):
        assert first_problem(problems) == expected


@pytest.mark.parametrize(("lang", "count", "expected"), [
    ("en", 1, "Deleted: the journal of 1 animal (1 version, 1 file, 1 prescription, 1 unsigned "
              "draft, 1 referral or lab request), 1 audit log entry, 1 message, 1 invoice "
              "(1 line), 1 answered privacy request. "),
    ("en", 2, "Deleted: the journals of 2 animals (2 versions, 2 files, 2 prescriptions, 2 "
              "unsigned drafts, 2 referrals and lab requests), 2 audit log entries, 2 messages, "
              "2 invoices (2 lines), 2 answered privacy requests. "),
    ("nb", 1, "Slettet: journalen til 1 dyr (1 versjon, 1 fil, 1 resept, 1 usignert utkast, "
              "1 henvisning eller laboratorierekvisisjon), 1 oppføring i tilgangsloggen, "
              "1 melding, 1 faktura (1 linje), 1 besvart personvernhenvendelse. "),
    ("nb", 2, "Slettet: journalene til 2 dyr (2 versjoner, 2 filer, 2 resepter, 2 usignerte "
              "utkast, 2 henvisninger og laboratorierekvisisjoner), 2 oppføringer i "
              "tilgangsloggen, 2 meldinger, 2 fakturaer (2 linjer), 2 besvarte "
              "personvernhenvendelser. "),
])
def test_the_purge_report_counts_each_kind(lang: str, count: int, expected: str) -> None:
    from vetdesk.cli.privacy_command import _purged_words
    from vetdesk.services.privacy.retention import Purged

    purged = Purged(messages=count, invoices=count, invoice_lines=count,
                    privacy_requests=count, journal_chains=count, journal_versions=count,
                    journal_entries=count, journal_attachments=count, prescriptions=count,
                    audit_events=count, journal_drafts=count, referrals=count)
    with i18n.language(lang):
        assert _purged_words(purged).startswith(expected)


@pytest.mark.parametrize(("lang", "columns", "expected"), [
    ("en", ["mobile2"], "The column mobile2 is not imported."),
    ("en", ["mobile2", "fax"], "The columns mobile2, fax are not imported."),
    ("nb", ["mobile2"], "Kolonnen mobile2 importeres ikke."),
    ("nb", ["mobile2", "fax"], "Kolonnene mobile2, fax importeres ikke."),
])
def test_ignored_columns_are_one_or_several(lang: str, columns: list[str],
                                            expected: str) -> None:
    with i18n.language(lang):
        said = i18n.ngettext("The column {columns} is not imported.",
                             "The columns {columns} are not imported.",
                             len(columns)).format(columns=", ".join(columns))
    assert said == expected
