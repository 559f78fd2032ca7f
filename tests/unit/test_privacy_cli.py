"""``vetdesk privacy ...`` from a terminal: record, list, extend, close, refuse, inspect; bad
input is one sentence and changes nothing; a Norwegian terminal hears bokmål only."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import TEST_PASSWORD
from tests.support.english import english_lines
from tests.support.journal_data import add_patient, consultation
from tests.support.permission_world import changed_tables, database_snapshot
from tests.support.privacy_data import add_people
from tests.unit.test_cli import Run
from vetdesk.cli import main
from vetdesk.cli.environment import CliEnvironment
from vetdesk.db.models import AuditEvent
from vetdesk.domain import privacy_rules as rules
from vetdesk.security.credentials import MemoryCredentialStore
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import save_draft, sign_draft
from vetdesk.services.permissions import Actor


class Terminal:
    def __init__(self, db_url: str, language: str = "en_GB.UTF-8") -> None:
        self.db_url, self.language = db_url, language
        self.shown: list[str] = []

    def __call__(self, *argv: str, user: str = "mona") -> int:
        out, err = io.StringIO(), io.StringIO()
        env = CliEnvironment(out=out, err=err, stdin=io.StringIO(""),
                             credentials=MemoryCredentialStore(),
                             environ={"LANG": self.language, "VETDESK_PASSWORD": TEST_PASSWORD})
        code = main(["--database", self.db_url, "--user", user, *argv], env=env)
        self.shown.append(out.getvalue() + err.getvalue())
        return code


@pytest.fixture
def people(ctx: ServiceContext, vet: Actor, manager: Actor) -> None:
    add_people(ctx, vet)


def test_a_request_from_record_to_answer(db_url: str, people: None) -> None:
    # The command line runs on the real clock: dates relative to today (the due-date rule
    # itself is pinned with written-down dates in test_privacy_requests.py).
    received = dt.date.today() - dt.timedelta(days=3)
    due, until = rules.due_date(received), rules.add_months(rules.due_date(received), 1)
    run = Terminal(db_url)
    assert run("privacy", "request", "erasure", "--client", "100", "--received",
               _day(received), "--channel", "e-post") == 0
    assert run.shown[-1] == f"Request 3 recorded: erasure from Kari Østmo, due {_day(due)}.\n"
    assert run("privacy", "extend", "3", "--until", _day(until), "--reason", "Mye arbeid",
               "--told", _day(received)) == 0
    assert run.shown[-1] == f"Request 3 is now due {_day(until)}.\n"
    assert run("privacy", "requests", "--open") == 0
    assert run.shown[-1].startswith("3 open, ")
    assert run("privacy", "refuse", "3", "--reason", "Ubetalte fakturaer") == 0
    assert "Datatilsynet" in run.shown[-1]
    assert run("privacy", "close", "1", "--outcome", "Innsyn gitt") == 0
    assert run("privacy", "inspect", "100") == 0
    shown = run.shown[-1]
    assert shown.startswith("Client 100: Kari Østmo\n")
    assert "Journals (6)" in shown and "May be deleted: 20.10.2035" in shown
    assert "Message: SMS; to 912 34 567; delivered" in shown
    assert "        Hei Kari! Bamse skal vaksineres.\n" in shown
    assert "Invoice: invoice 100; kr 750,00; paid" in shown
    assert "Access (privacy)" in shown and "privacy_inspect" not in shown


def _day(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


@pytest.mark.parametrize(("argv", "sentence"), [
    (("privacy", "request", "--client", "100"),
     "vetdesk: Choose what the person asks for: information, access, correction, restriction, "
     "objection to marketing, erasure or portability."),
    (("privacy", "request", "access", "--client", "4711"),
     "vetdesk: There is no client number 4711; check the number."),
    (("privacy", "inspect", "4711"), "vetdesk: There is no client number 4711; check the number."),
    (("privacy", "close", "99", "--outcome", "x"),
     "vetdesk: There is no privacy request number 99."),
])
def test_bad_input_is_one_sentence_and_changes_nothing(
    db_url: str, ctx: ServiceContext, people: None, argv: tuple[str, ...], sentence: str
) -> None:
    run = Terminal(db_url)
    before = database_snapshot(ctx)
    assert run(*argv) == 2
    assert run.shown[-1].splitlines()[0] == sentence
    # Only the sign-in left its mark (the audit row and the last sign-in time).
    assert set(changed_tables(before, database_snapshot(ctx))) <= {"audit_events", "users"}


def test_a_receptionist_is_refused(db_url: str, people: None, receptionist: Actor) -> None:
    run = Terminal(db_url)
    assert run("privacy", "requests", user="kari") == 2
    assert "may not handle privacy requests" in run.shown[-1]


def test_a_norwegian_terminal_hears_bokmal(db_url: str, people: None) -> None:
    run = Terminal(db_url, "nb_NO.UTF-8")
    assert run("privacy", "request", "access", "--client", "100") == 0
    assert run("privacy", "requests") == 0
    assert run("privacy", "inspect", "100") == 0
    assert run("privacy", "refuse", "3", "--reason", "Ikke grunnlag") == 0
    with pytest.raises(SystemExit):
        run("privacy", "--help")
    assert not english_lines("\n".join(run.shown)), "\n".join(english_lines(
        "\n".join(run.shown)))


def test_export_to_a_file(db_url: str, people: None, tmp_path: Path) -> None:
    run = Terminal(db_url)
    out = tmp_path / "kari.zip"
    assert run("privacy", "export", "100", "--out", str(out)) == 0
    assert run.shown[-1].startswith("Wrote ")
    with zipfile.ZipFile(out) as archive:
        assert "MANIFEST.sha256" in archive.namelist()


@pytest.mark.parametrize(("name", "sentence"), [
    ("missing/kari.zip", "vetdesk: The folder {tmp}/missing does not exist; create it or "
                         "choose another."),
    ("kari.txt", "vetdesk: Name the output file with .zip at the end."),
])
def test_an_export_path_that_cannot_be_written(
    db_url: str, ctx: ServiceContext, people: None, tmp_path: Path, name: str, sentence: str
) -> None:
    run = Terminal(db_url)
    before = database_snapshot(ctx)
    assert run("privacy", "export", "100", "--out", str(tmp_path / name)) == 2
    assert run.shown[-1].splitlines()[0] == sentence.format(tmp=tmp_path)
    assert set(changed_tables(before, database_snapshot(ctx))) <= {"audit_events", "users"}
    with ctx.db.reading() as session:
        assert session.execute(select(AuditEvent.id).where(
            AuditEvent.action == "export")).first() is None


def test_erase_plan_then_yes_then_again(db_url: str, ctx: ServiceContext, people: None,
                                        tmp_path: Path) -> None:
    run = Terminal(db_url)
    assert run("privacy", "erase", "100", "--plan") == 0
    assert run.shown[-1].startswith("Deleted now:\n  ")
    # The tables by the names the client's receipt gives them.
    assert "\n  Journal versions " in run.shown[-1]
    assert "journal_versions" not in run.shown[-1]
    log, receipt = tmp_path / "erasures.log", tmp_path / "kvittering.pdf"
    assert run("privacy", "erase", "100", "--yes", "--log", str(log), "--receipt",
               str(receipt)) == 0
    assert "Client 100 is erased; the rows kept by law now carry the pseudonym SLETTET-" in (
        run.shown[-1])
    assert receipt.read_bytes().startswith(b"%PDF")
    assert log.read_text().count("\n") == 1 and "Østmo" not in log.read_text()
    assert run("privacy", "erase", "100", "--yes", "--log", str(log)) == 2
    assert run.shown[-1].startswith("vetdesk: Client 100 was already erased on ")
    assert run("privacy", "replay", "--log", str(log)) == 0
    assert run.shown[-1] == ("0 clients erased again, 1 already erased, 0 left alone because "
                             "they are not the same person.\n")


def test_restrict_and_lift(db_url: str, people: None) -> None:
    run = Terminal(db_url)
    assert run("privacy", "restrict", "100") == 0
    assert run.shown[-1] == "Client 100 is restricted: nothing is sent to them.\n"
    assert run("privacy", "restrict", "100", "--lift") == 0
    assert run.shown[-1] == "Client 100 is no longer restricted.\n"


def test_correct_tells_the_client(db_url: str, people: None) -> None:
    run = Terminal(db_url)
    assert run("privacy", "correct", "100", "--field", "email", "--value", "kari@ny.no") == 0
    assert run.shown[-1] == ("Corrected e-mail address: “kari.ostmo@example.no” → "
                             "“kari@ny.no”; told by SMS.\n")
    assert run("privacy", "correct", "100", "--field", "email", "--value", "kari@ny.no") == 2
    assert run.shown[-1].startswith("vetdesk: The e-mail address already reads so; there is "
                                    "nothing to correct.")


def test_anonymised_copy_from_the_command_line(db_url: str, people: None,
                                               tmp_path: Path) -> None:
    run = Terminal(db_url)
    out = tmp_path / "support.sqlite"
    assert run("privacy", "anonymize-copy", "--out", str(out)) == 0, run.shown[-1]
    assert run.shown[-1].startswith(f"Anonymised copy written to {out}: ")
    assert "none holds an original name, phone, e-mail or chip" in run.shown[-1]
    assert run.shown[-1].endswith("re-sealed over the replaced values and end with an event "
                                  "saying so: “vetdesk verify” holds on the copy, but proves "
                                  "nothing about this database.\n")
    assert run("privacy", "anonymize-copy", "--out", str(out)) == 2
    assert run.shown[-1] == f"vetdesk: {out} already exists; choose a new file name.\n"


def test_the_copy_verifies_for_its_support_user(db_url: str, ctx: ServiceContext, vet: Actor,
                                                manager: Actor, tmp_path: Path) -> None:
    """Copy, sign in to the copy as the support user it was given, verify: exit 0, and the
    copy says it is a re-sealed copy. Journal notes naming the owner and every username
    changed, so the copied hashes would not have held."""
    patient = add_patient(ctx, owner_first="Solveig", owner_last="Brekkestø")
    form = consultation(patient.animal_id, ctx.clock.now() - dt.timedelta(hours=1),
                        anamnesis="Solveig Brekkestø ringte.")
    save_draft(ctx, vet, form)
    sign_draft(ctx, vet, form.id)
    out = tmp_path / "support.sqlite"
    run = Run(db_url)
    code, shown, err = run("--user", "mona", "privacy", "anonymize-copy", "--out", str(out),
                           "--support-user", "hjelp", stdin="support-password-1\n",
                           password=TEST_PASSWORD)
    assert code == 0, err
    code, shown, err = Run(f"sqlite:///{out}")("--user", "hjelp", "verify",
                                                password="support-password-1")
    assert (code, err) == (0, ""), shown
    first, second = shown.splitlines()[:2]
    assert first.startswith("This database is an anonymised copy made ")
    assert first.endswith(": its chains were re-sealed over the replaced values, so this "
                          "check proves the copy whole and nothing about the original "
                          "database.")
    assert second.startswith("OK: ")


def test_a_support_user_with_a_short_password_is_refused_first(
        db_url: str, people: None, tmp_path: Path) -> None:
    out = tmp_path / "support.sqlite"
    code, _shown, err = Run(db_url)("--user", "mona", "privacy", "anonymize-copy", "--out",
                                    str(out), "--support-user", "hjelp", stdin="kort\n",
                                    password=TEST_PASSWORD)
    assert code == 2 and err.startswith("vetdesk: ") and err.count("\n") == 1
    assert not out.exists()


def test_record_and_notice(db_url: str, people: None, tmp_path: Path) -> None:
    run = Terminal(db_url)
    assert run("privacy", "record", "--out", str(tmp_path / "protokoll.pdf")) == 0
    assert run("privacy", "notice", "--language", "en", "--out", str(tmp_path / "n.pdf")) == 0
    assert (tmp_path / "n.pdf").read_bytes().startswith(b"%PDF")


def test_consent_letter(db_url: str, people: None, tmp_path: Path) -> None:
    run = Terminal(db_url)
    assert run("privacy", "consents", "100", "--out", str(tmp_path / "samtykker.pdf"),
               user="mona") == 0
    assert (tmp_path / "samtykker.pdf").read_bytes().startswith(b"%PDF")


def test_retention_list(db_url: str, people: None) -> None:
    run = Terminal(db_url, "nb_NO.UTF-8")
    assert run("privacy", "retention") == 0
    lines = run.shown[-1].splitlines()
    assert lines[0] == "Har passert lagringstiden i dag («--purge --yes» sletter dem):"
    assert lines[1].split()[:6] == ["journaler", "for", "dyr", "som", "antas", "døde"]
    assert lines[1].split()[6] == "0"
    assert lines[-1].split()[:5] == ["eldste", "oppføringer", "i", "tilgangsloggen", "0"]


def test_retention_purge_needs_yes(db_url: str, people: None) -> None:
    run = Terminal(db_url)
    assert run("privacy", "retention", "--purge") == 2
    assert run.shown[-1] == ("vetdesk: Look at the list first (without --purge), then confirm "
                             "the purge with --purge --yes.\n")
    assert run("privacy", "retention", "--purge", "--yes") == 0
    assert run.shown[-1] == (
        "Deleted: the journals of 0 animals (0 versions, 0 files, 0 prescriptions, 0 unsigned "
        "drafts, 0 referrals and lab requests), 0 audit log entries, 0 messages, 0 invoices "
        "(0 lines), 0 answered privacy requests. Where "
        "the journal and audit chains were cut is recorded; “vetdesk verify” checks what "
        "remains.\n")
    assert run("privacy", "retention", "--audit-years", "1") == 2
    assert run.shown[-1] == ("vetdesk: The audit log is kept from 2 to 100 years; give a "
                             "number in between.\n")
    assert run("privacy", "retention", "--purge", "--yes", user="kari") == 2
