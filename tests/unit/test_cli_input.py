"""The command line as the first outside testers used it (issue 8): the animals a search
shows are in its JSON too, a journal is printed by chip or by client number and name, files
and addresses that cannot be used are one sentence (exit 2), a mistyped SQLite path is not
created, a password in an address is never printed, and a bug's message holds no record data.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from tests.conftest import TEST_PASSWORD, make_user
from tests.support.front_desk import add_animal, add_client
from tests.support.journal_data import consultation, write_and_sign
from tests.unit.test_cli import Run
from vetdesk import config
from vetdesk.cli import main
from vetdesk.cli.environment import CliEnvironment
from vetdesk.db.models import AuditEvent
from vetdesk.domain.codes import AuditAction, Role
from vetdesk.security.credentials import MemoryCredentialStore
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor

BAMSE_CHIP = "578093000123456"
PASSWORD_TYPED = "hemmelig-Passord1"


@pytest.fixture
def run(db_url: str) -> Run:
    return Run(db_url)


@pytest.fixture
def family(ctx: ServiceContext, receptionist: Actor) -> tuple[int, dict[str, int]]:
    """Kari (client number returned) with Bamse (chipped), Pus and the late Tassen."""
    kari = add_client(ctx, receptionist, "Kari", "Ødegård", phone="912 34 567")
    animals = {
        "Bamse": add_animal(ctx, receptionist, kari.client_id, "Bamse", chip=BAMSE_CHIP),
        "Pus": add_animal(ctx, receptionist, kari.client_id, "Pus", species="cat"),
        "Tassen": add_animal(ctx, receptionist, kari.client_id, "Tassen",
                             deceased_on=dt.date(2025, 3, 1)),
    }
    return kari.client_no, {name: saved.animal_id for name, saved in animals.items()}


def test_search_json_holds_every_animal_the_text_lists(
    run: Run, family: tuple[int, dict[str, int]]
) -> None:
    client_no, animal_ids = family
    code, text, _ = run("--user", "kari", "search", "91234567", password=TEST_PASSWORD)
    assert code == 0
    listed = re.findall(r"^ {9}[> ] (\w+) \(", text, flags=re.MULTILINE)
    assert sorted(listed) == ["Bamse", "Pus", "Tassen"]
    code, out, _ = run("--user", "kari", "search", "91234567", "--json", password=TEST_PASSWORD)
    assert code == 0
    found = json.loads(out)
    assert found["query"] == "91234567" and found["more"] == 0
    [client] = found["clients"]
    assert (client["client_no"], client["name"], client["matched"]) == (
        client_no, "Kari Ødegård", True)
    assert [a["name"] for a in client["animals"]] == listed
    bamse = next(a for a in client["animals"] if a["name"] == "Bamse")
    assert bamse == {
        "animal_id": animal_ids["Bamse"], "name": "Bamse", "species": "dog", "breed": None,
        "microchip": BAMSE_CHIP, "birth_date": None, "deceased_on": None, "matched": False,
        "alerts": [],
    }
    # An animal found by its chip is marked, as ">" marks it in the text.
    code, text, _ = run("--user", "kari", "search", BAMSE_CHIP, password=TEST_PASSWORD)
    assert "         > Bamse (dog)  chip 578093000123456" in text.splitlines()
    code, out, _ = run("--user", "kari", "search", BAMSE_CHIP, "--json", password=TEST_PASSWORD)
    marked = [(a["name"], a["matched"]) for a in json.loads(out)["clients"][0]["animals"]]
    assert marked == [("Bamse", True)]


def test_journal_print_by_chip_or_by_client_number_and_name(
    run: Run, ctx: ServiceContext, vet: Actor, family: tuple[int, dict[str, int]],
    tmp_path: Path, db_url: str,
) -> None:
    client_no, animal_ids = family
    for name, weight in (("Bamse", "31.4"), ("Pus", "4.2")):
        form = consultation(animal_ids[name], ctx.clock.now(), diagnosis=f"Notat om {name}")
        write_and_sign(ctx, vet, dataclasses.replace(form, weight_kg=Decimal(weight)))
    out = tmp_path / "journal.pdf"

    def printed(*choice: str) -> tuple[int, str, str]:
        return run("--user", "lie", "journal", "print", *choice, "--out", str(out),
                   password=TEST_PASSWORD)

    def pdf_text() -> str:
        return "".join(page.extract_text() for page in PdfReader(out).pages)

    code, said, err = printed("--chip", "578 093 000 123 456")
    assert code == 0, err
    assert said.startswith(f"Wrote {out}") and "Notat om Bamse" in pdf_text()
    code, _, err = printed("--client", str(client_no), "--animal", "pus")
    assert code == 0, err
    assert "Notat om Pus" in pdf_text() and "Notat om Bamse" not in pdf_text()
    code, _, err = printed(str(animal_ids["Bamse"]))  # the internal number still works
    assert code == 0, err

    assert printed("--chip", "578093000999999")[2] == (
        "vetdesk: No animal in the register has the chip 578093000999999; check the number.\n")
    assert printed("--client", str(client_no), "--animal", "Fido")[2] == (
        f"vetdesk: Client {client_no} has no animal called Fido; their animals are Bamse, "
        "Pus, Tassen.\n")
    assert printed("--client", "99999", "--animal", "Fido")[2] == (
        "vetdesk: There is no client number 99999; check the number.\n")
    code, _, err = printed("--client", str(client_no))
    assert (code, err) == (2, "vetdesk: Give both the owner's client number and the animal's "
                              "name, like --client 1042 --animal Bamse.\n")
    code, _, err = printed()
    assert code == 2 and err.startswith("vetdesk: Name one animal: its chip")
    code, _, err = printed(str(animal_ids["Pus"]), "--chip", BAMSE_CHIP)
    assert code == 2 and err.startswith("vetdesk: Name one animal: its chip")


def _printouts(ctx: ServiceContext) -> int:
    with ctx.db.reading() as session:
        return session.execute(
            select(func.count()).select_from(AuditEvent)
            .where(AuditEvent.action == AuditAction.PRINT.value)
        ).scalar_one()


def test_a_missing_output_folder_is_one_sentence_and_nothing_is_printed(
    run: Run, ctx: ServiceContext, vet: Actor, family: tuple[int, dict[str, int]],
    tmp_path: Path,
) -> None:
    missing = tmp_path / "no-such-folder"
    code, out, err = run("--user", "lie", "journal", "print", "--chip", BAMSE_CHIP,
                         "--out", str(missing / "bamse.pdf"), password=TEST_PASSWORD)
    assert (code, out) == (2, "")
    assert err == (f"vetdesk: The folder {missing} does not exist; create it or choose "
                   "another.\n")
    folder = tmp_path / "journals.pdf"
    folder.mkdir()
    code, _, err = run("--user", "lie", "journal", "print", "--chip", BAMSE_CHIP,
                       "--out", str(folder), password=TEST_PASSWORD)
    assert (code, err) == (2, f"vetdesk: {folder} is a folder; give the name of a file.\n")
    # The printout (a disclosure, audited) was never made, so it is not in the log.
    assert _printouts(ctx) == 0


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_file_that_cannot_be_written_is_one_sentence_not_a_bug(
    run: Run, ctx: ServiceContext, vet: Actor, family: tuple[int, dict[str, int]],
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refused(self: Path, data: bytes) -> int:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "write_bytes", refused)
    out = tmp_path / "bamse.pdf"
    code, _, err = run("--user", "lie", "journal", "print", "--chip", BAMSE_CHIP,
                       "--out", str(out), password=TEST_PASSWORD)
    assert (code, err) == (2, f"vetdesk: You may not use {out}; choose a file or folder you "
                              "have access to.\n")


def test_a_mistyped_sqlite_path_is_refused_not_created(tmp_path: Path) -> None:
    typo = tmp_path / "vetdsk.sqlite"
    code, out, err = Run(f"sqlite:///{typo}")("--user", "boss", "verify",
                                               password="first-password")
    assert (code, out) == (2, "")
    assert err == (f"vetdesk: There is no VetDesk database at {typo}; check the path, or run "
                   "“vetdesk db upgrade” with this address to create a new, empty one there.\n")
    assert not typo.exists()
    # On purpose, it is made: `db upgrade` creates and migrates it.
    code, out, _ = Run(f"sqlite:///{typo}")("db", "upgrade")
    assert code == 0 and "created at schema" in out and typo.exists()


def test_the_default_file_is_created_on_first_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = tmp_path / "data" / "vetdesk.sqlite"
    monkeypatch.setattr(config, "default_sqlite_path", lambda: default)
    err = io.StringIO()
    env = CliEnvironment(out=io.StringIO(), err=err, stdin=io.StringIO(""),
                         credentials=MemoryCredentialStore(), environ={})
    # `vetdesk search` without a user: the database is opened (and made) before the refusal.
    assert main(["search", "kari"], env=env) == 2
    assert "--user NAME" in err.getvalue()
    assert default.exists()


@pytest.mark.parametrize("address", [
    f"postgresql+psycopg://kari:{PASSWORD_TYPED}@db.klinikk.no:notaport/vetdesk",
    f"postgresql+psycopg://kari:{PASSWORD_TYPED}@db.klinikk.no",
    f"mysql://kari:{PASSWORD_TYPED}@db.klinikk.no/vetdesk",
    f"postgresql://kari:{PASSWORD_TYPED[:4]}@{PASSWORD_TYPED[4:]}@db.klinikk.no",
    f"postgresql+psycopg://kari@db.klinikk.no/?password={PASSWORD_TYPED}",
    f"postgresql+psycopg://kari:{PASSWORD_TYPED}@127.0.0.1:1/vetdesk",
])
def test_a_password_in_the_database_address_is_never_printed(address: str) -> None:
    code, out, err = Run(address)("verify")
    assert code == 2, err
    assert PASSWORD_TYPED[4:] not in out + err and PASSWORD_TYPED[:8] not in out + err
    assert err.startswith(("vetdesk: The database address", "vetdesk: Cannot reach"))
    assert "Traceback" not in err


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_bug_is_reported_without_the_records_it_touched(
    run: Run, ctx: ServiceContext, clinic: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vetdesk.cli import verify_command

    make_user(ctx, "boss", Role.ADMINISTRATOR)

    def broken(*args: object, **kwargs: object) -> None:
        raise IntegrityError(
            "UPDATE clients SET phone=? WHERE first_name=?", ("91234567", "Kari Ødegård"),
            ValueError("UNIQUE constraint failed: Kari Ødegård 91234567"),
        )

    monkeypatch.setattr(verify_command, "verify_all", broken)
    code, _, err = run("--user", "boss", "verify", password=TEST_PASSWORD)
    assert code == 70
    assert "91234567" not in err and "Ødegård" not in err and "UPDATE" not in err
    assert err.startswith("vetdesk: something went wrong that VetDesk did not expect "
                          "(IntegrityError/ValueError at verify_command.py:")
    assert "VETDESK_DEBUG=1" in err


def test_a_mistyped_tip_digit_shows_what_was_written_down(run: Run, clinic: None,
                                                          ctx: ServiceContext) -> None:
    make_user(ctx, "boss", Role.ADMINISTRATOR)
    code, out, _ = run("--user", "boss", "verify", password=TEST_PASSWORD)
    tip = re.search(r"Audit tip: (\d+):([0-9a-f]{64})", out)
    assert code == 0 and tip is not None
    number, digest = tip.group(1), tip.group(2)
    wrong = ("0" if digest[0] != "0" else "1") + digest[1:16]
    code, out, _ = run("--user", "boss", "verify", "--expect", f"{number}:{wrong}",
                       password=TEST_PASSWORD)
    assert code == 1
    assert f"The tip written down earlier: {number}:{wrong}.\n" in out


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_file_the_system_refuses_anywhere_is_one_sentence(
    run: Run, ctx: ServiceContext, clinic: None, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from vetdesk.cli import verify_command

    make_user(ctx, "boss", Role.ADMINISTRATOR)
    missing = tmp_path / "gone" / "seals.txt"

    def broken(*args: object, **kwargs: object) -> None:
        raise FileNotFoundError(2, "No such file or directory", str(missing))

    monkeypatch.setattr(verify_command, "verify_all", broken)
    code, _, err = run("--user", "boss", "verify", password=TEST_PASSWORD)
    assert (code, err) == (2, f"vetdesk: The folder {missing.parent} does not exist; create it "
                              "or choose another.\n")
