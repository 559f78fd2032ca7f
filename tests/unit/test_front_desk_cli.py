"""``vetdesk search`` and ``vetdesk import`` from a terminal, on both engines."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSWORD, make_user
from vetdesk.cli import main
from vetdesk.cli.environment import CliEnvironment
from vetdesk.domain.codes import Role
from vetdesk.security.credentials import MemoryCredentialStore
from vetdesk.services.clinic import ClinicDetails, ensure_clinic
from vetdesk.services.context import ServiceContext

CLIENTS = (
    "client_no,first_name,last_name,address,postal_code,city,phone,email,birth_date,"
    "reminder_consent,marketing_consent\n"
    "7,Kari,Ødegård,Fjellveien 22B,0150,Oslo,91234567,kari@example.no,1980-04-03,ja,nei\n"
    "8,Per,Olsen,,99,Oslo,,,,,\n"
)
ANIMALS = (
    "client_no;name;species;breed;sex;birth_date;microchip;deceased_date\n"
    "7;Bamse;hund;;han;2016-03-01;578093000123456;\n"
)


def _cli(db_url: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = CliEnvironment(out=out, err=err, stdin=io.StringIO(""),
                         credentials=MemoryCredentialStore(),
                         environ={"VETDESK_PASSWORD": TEST_PASSWORD})
    code = main(["--database", db_url, "--user", "mona", *argv], env=env)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def cli_db(db_url: str, ctx: ServiceContext) -> str:
    ensure_clinic(ctx, ClinicDetails(name="Dyreklinikken"))
    make_user(ctx, "mona", Role.MANAGER, full_name="Mona Manager")
    return db_url


def test_import_then_search_from_the_command_line(cli_db: str, tmp_path: Path) -> None:
    clients = tmp_path / "clients.csv"
    clients.write_text(CLIENTS, encoding="utf-8")
    animals = tmp_path / "animals.csv"
    animals.write_text(ANIMALS, encoding="utf-8")
    code, out, _ = _cli(cli_db, "import", str(clients), str(animals))
    assert code == 1  # one row was refused
    assert "clients.csv: 2 rows, 1 new, 0 updated, 0 unchanged, 1 not imported." in out
    assert "line 3: A Norwegian postal code has 4 digits." in out
    assert "animals.csv: 1 rows, 1 new" in out

    code, out, _ = _cli(cli_db, "search", "odegard", "--json")
    assert code == 0
    clients = json.loads(out)["clients"]
    assert clients[0]["client_no"] == 7
    assert clients[0]["name"] == "Kari Ødegård"
    # "123456" ends Bamse's chip and is inside Kari's phone number: both are hits.
    code, out, _ = _cli(cli_db, "search", "123456", "--json", "--limit", "5")
    [kari] = json.loads(out)["clients"]
    assert (kari["client_no"], kari["matched"]) == (7, True)
    assert [(a["name"], a["microchip"], a["matched"]) for a in kari["animals"]] == [
        ("Bamse", "578093000123456", True)]

    code, out, _ = _cli(cli_db, "search", "912 34 567")
    assert code == 0
    assert "Kari Ødegård" in out
    assert "    Bamse (dog)  chip 578093000123456" in out
    code, out, _ = _cli(cli_db, "search", "nobody-like-this")
    assert "No client or animal matches" in out


def test_import_of_a_missing_file_says_so(cli_db: str, tmp_path: Path) -> None:
    code, _, err = _cli(cli_db, "import", str(tmp_path / "nope.csv"))
    assert code == 2
    assert "Cannot read" in err


def test_a_broken_import_file_is_one_sentence_not_exit_70(cli_db: str, tmp_path: Path) -> None:
    header = CLIENTS.splitlines()[0]
    huge = tmp_path / "huge.csv"
    huge.write_text(f'{header}\n9,Kari,"{"x" * 140_000}",,,,,,,,\n', encoding="utf-8")
    code, _, err = _cli(cli_db, "import", str(huge))
    assert code == 2
    assert err == ("vetdesk: huge.csv: The file cannot be read from line 2 on: a value there is "
                   "too long or a quotation mark is never closed; correct the file and import "
                   "it again.\n")
    farm = tmp_path / "farm.csv"
    farm.write_text(f"{header},mobile2\n10,,Haugen gård,,,,,,,,,\n", encoding="utf-8")
    code, out, _ = _cli(cli_db, "import", str(farm))
    assert code == 0
    assert out.splitlines()[1:] == [
        "  line 1 (imported): The column mobile2 is not imported.",
        "  line 2 (imported): Imported without a first name (right for a farm or a company).",
    ]
