"""A Norwegian terminal sees no English (issue 8): not in the catalogue's translations, not in
the e-mail check (whose library explains in English), and not in what the commands print,
on standard output or in their one-sentence errors.

English is found by its little words (tests/support/english.py); names, paths, addresses,
quoted commands and options are not language and are left out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSWORD, make_user
from tests.support.english import english_lines, english_words
from tests.support.front_desk import add_animal, add_client
from tests.support.journal_data import consultation, write_and_sign
from vetdesk import i18n
from vetdesk.cli import main
from vetdesk.cli.environment import CliEnvironment
from vetdesk.clock import FixedClock
from vetdesk.domain.client_rules import check_email
from vetdesk.domain.codes import Role, Species, species_name
from vetdesk.security.credentials import MemoryCredentialStore
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import save_draft
from vetdesk.services.permissions import Actor

ROOT = Path(__file__).resolve().parents[2]
NORWEGIAN = {"LANG": "nb_NO.UTF-8"}
CHIP = "578093000123456"
# Listed on purpose: the import accepts the English words for yes and no.
ALLOWED_IN_CATALOGUE = {"«{value}» er ikke ja/nei (bruk ja, nei, yes, no, 1 eller 0)"}

BAD_ADDRESSES = [
    "kari.example.no", "kari@", "@example.no", "kari @example.no", "kari@@example.no",
    "post@dyreklinikk", ".kari@example.no", "kari..o@example.no", "kari@-example.no",
    "kåri(x)@example.no", "kari@exa_mple.no", "kari＠example.no", "kari@localhost",
    "kari@example.invalid", "kari@[1.2.3.4]", "kari@ex!ample.no", "kari@example.no.",
    "x" * 250 + "@example.no", "kari@" + "a" * 64 + ".no",
]


def test_no_translation_in_the_catalogue_is_left_in_english() -> None:
    found = [f"{english!r} -> {norwegian!r}: {words}"
             for english, norwegian in i18n.translations("nb").items()
             if norwegian not in ALLOWED_IN_CATALOGUE
             and (words := english_words(norwegian))]
    assert not found, "\n".join(found)


def test_no_screen_translation_is_left_in_english() -> None:
    """The screens' catalogue (Qt .ts) by the same measure; tests/gui/test_translations.py
    checks that it is complete and reached."""
    root = ET.parse(ROOT / "resources" / "translations" / "vetdesk_nb.ts").getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            for text in [translation.text or ""] + [
                form.text or "" for form in translation.iter("numerusform")
            ]:
                if words := english_words(text.replace("&", "")):
                    found.append(f"{context.findtext('name')}: {text!r}: {words}")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("address", BAD_ADDRESSES)
def test_the_e_mail_check_gives_our_own_sentence_in_both_languages(address: str) -> None:
    english, _ = check_email(address)
    assert english is not None and "@-sign" not in english  # the library's own wording
    assert english in i18n.translations("nb")
    with i18n.language("nb"):
        norwegian, _ = check_email(address)
    assert norwegian is not None and not english_words(norwegian), norwegian


def test_species_names_are_bokmal() -> None:
    with i18n.language("nb"):
        names = [species_name(species.value) for species in Species]
    assert names[:3] == ["hund", "katt", "kanin"]
    assert not [name for name in names if english_words(name)]
    assert species_name("unicorn") == "unicorn"


class Terminal:
    """Runs commands as a Norwegian terminal would, and keeps everything they printed."""

    def __init__(self, db_url: str) -> None:
        self.db_url = db_url
        self.shown: list[str] = []

    def __call__(self, *argv: str, database: str | None = None, user: str | None = "lie",
                 password: str | None = TEST_PASSWORD) -> int:
        out, err = io.StringIO(), io.StringIO()
        environ = dict(NORWEGIAN)
        if password:
            environ["VETDESK_PASSWORD"] = password
        env = CliEnvironment(out=out, err=err, stdin=io.StringIO(""),
                             credentials=MemoryCredentialStore(), environ=environ)
        user_option = ("--user", user) if user else ()
        code = main(["--database", database or self.db_url, *user_option, *argv], env=env)
        self.shown.append(out.getvalue() + err.getvalue())
        return code

    @property
    def english(self) -> list[str]:
        return english_lines("\n".join(self.shown))


def test_every_command_speaks_bokmal_on_a_norwegian_terminal(
    db_url: str, ctx: ServiceContext, vet: Actor, receptionist: Actor, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_user(ctx, "mona", Role.MANAGER, full_name="Mona Manager")
    kari = add_client(ctx, receptionist, "Kari", "Ødegård", phone="912 34 567")
    bamse = add_animal(ctx, receptionist, kari.client_id, "Bamse", chip=CHIP)
    add_animal(ctx, receptionist, kari.client_id, "Tassen", species="cat",
               deceased_on=dt.date(2025, 3, 1))
    form = consultation(bamse.animal_id, ctx.clock.now())
    write_and_sign(ctx, vet, dataclasses.replace(form, weight_kg=Decimal("31.4")))
    long_ago = dataclasses.replace(
        ctx, clock=FixedClock(dt.datetime.now(dt.UTC) - dt.timedelta(hours=30)))
    save_draft(long_ago, vet, consultation(bamse.animal_id, long_ago.clock.now()))
    clients = tmp_path / "clients.csv"
    clients.write_text(
        "client_no,first_name,last_name,address,postal_code,city,phone,email,birth_date,"
        "reminder_consent,marketing_consent,mobile2\n"
        "7,Per,Olsen,,0150,Oslo,,,,,,\n"
        "8,Ola,Hansen,,99,Oslo,,ola@,,,,\n"
        "9,,Haugen gård,,,,,,,,,\n",
        encoding="utf-8",
    )
    run = Terminal(db_url)

    assert run("search", "91234567") == 0
    assert "hund" in run.shown[-1] and "[død]" in run.shown[-1]
    assert run("search", "nobody-like-this") == 0
    assert run("search", "91234567", user=None) == 2
    assert run("journal", "print", "--chip", CHIP, "--out", str(tmp_path / "b.pdf")) == 0
    assert run("journal", "print", "--client", str(kari.client_no), "--animal", "Fido",
               "--out", str(tmp_path / "b.pdf")) == 2
    assert run("journal", "print", "--chip", "578093000999999",
               "--out", str(tmp_path / "b.pdf")) == 2
    assert run("journal", "print", "--chip", CHIP, "--out", str(tmp_path / "x" / "b.pdf")) == 2
    assert run("journal", "print", "--chip", CHIP, "--out", str(tmp_path / "b.txt")) == 2
    assert run("journal", "print", "--out", str(tmp_path / "b.pdf")) == 2
    assert run("journal", "autolock", user=None) == 0
    assert run("import", str(clients), user="mona") == 1
    assert run("import", str(tmp_path / "nope.csv"), user="mona") == 2
    assert run("verify", user="mona") == 0
    assert run("verify", "--expect", "12x4:5f3a", user="mona") == 2
    assert run("verify", user="lie") == 2  # a vet may not
    assert run("search", "x", user="lie", password="wrong-password") == 2
    assert run("verify", database=f"sqlite:///{tmp_path / 'skrivefeil.sqlite'}") == 2
    assert run("verify", database="postgresql://kari:hemmelig@db.klinikk.no") == 2
    new_file = f"sqlite:///{tmp_path / 'ny.sqlite'}"
    assert run("db", "upgrade", database=new_file, user=None) == 0
    assert run("db", "upgrade", database=new_file, user=None) == 0
    assert run("demo", "--clients", "10", database=new_file, user=None) == 0
    assert run("demo", "--clients", "3", database=new_file, user=None) == 2

    from vetdesk.cli import verify_command

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("content")

    monkeypatch.setattr(verify_command, "verify_all", broken)
    assert run("verify", user="mona") == 70
    assert run.shown[-1].startswith("vetdesk: noe gikk galt som VetDesk ikke ventet (KeyError")
    assert not run.english, "\n".join(run.english)


# Every command's help is marked now; nothing is left out.
NOT_YET_MARKED: tuple[str, ...] = ()


def _argparse_output(capsys: pytest.CaptureFixture[str], *argv: str,
                     environ: dict[str, str]) -> tuple[int, str]:
    env = CliEnvironment(out=io.StringIO(), err=io.StringIO(), stdin=io.StringIO(""),
                         credentials=MemoryCredentialStore(), environ=environ)
    with pytest.raises(SystemExit) as stopped:
        main(list(argv), env=env)
    captured = capsys.readouterr()
    assert i18n.current_language() == "en"
    return int(stopped.value.code or 0), captured.out + captured.err


@pytest.mark.parametrize("argv", [
    ("--help",), ("journal", "--help"), ("journal", "print", "--help"),
    ("journal", "autolock", "--help"), ("search", "--help"), ("verify", "--help"),
    ("db", "upgrade", "--help"), ("demo", "--help"), ("import", "--help"),
])
def test_help_is_bokmal(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    code, shown = _argparse_output(capsys, *argv, environ=NORWEGIAN)
    assert code == 0 and shown.startswith("bruk: vetdesk")
    lines = [line for line in shown.splitlines()
             if not any(text in line for text in NOT_YET_MARKED)]
    assert not english_lines("\n".join(lines)), english_lines("\n".join(lines))


@pytest.mark.parametrize(("argv", "said"), [
    (("search",), "vetdesk search: disse må oppgis: SØK"),
    (("search", "x", "--bogus"), "vetdesk: VetDesk kjenner ikke disse argumentene: --bogus"),
    (("serch", "x"), "vetdesk: KOMMANDO: «serch» er ikke en av db, user, verify"),
    (("journal", "print", "--client", "x", "--out", "b.pdf"),
     "vetdesk journal print: --client: «x» er ikke et heltall"),
    (("journal", "print", "--from", "2026-13-01", "--out", "b.pdf"),
     "vetdesk journal print: --from: «2026-13-01» er ikke en dato; bruk ÅÅÅÅ-MM-DD."),
    (("journal", "print", "--language", "de", "--out", "b.pdf"),
     "vetdesk journal print: --language: «de» er ikke en av nb, en"),
    (("verify", "--expect", "1:x", "--expect-from", "f"),
     "vetdesk verify: --expect-from: kan ikke oppgis sammen med --expect"),
    (("journal", "print", "--out"), "vetdesk journal print: --out: en verdi må følge etter"),
])
def test_a_mistyped_command_is_explained_in_bokmal(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], said: str
) -> None:
    code, shown = _argparse_output(capsys, *argv, environ=NORWEGIAN)
    assert code == 2
    assert shown.startswith("bruk: vetdesk") and said in shown
    assert not english_lines(shown), english_lines(shown)


def test_an_english_terminal_keeps_argparse_as_it_is(capsys: pytest.CaptureFixture[str]) -> None:
    code, shown = _argparse_output(capsys, "search", environ={"LANG": "en_GB.UTF-8"})
    assert code == 2
    assert "usage: vetdesk search" in shown
    assert "vetdesk search: error: the following arguments are required: QUERY" in shown
