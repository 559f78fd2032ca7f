"""The command line opens the database as the program does (issue 9): the file's integrity
check only after an unclean shutdown or when asked (``vetdesk db check``), and a command run
once more after a lost connection where that is safe, as the program's unit of work does."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, func, select

from tests.conftest import TEST_PASSWORD, make_user
from tests.support.faults import connection_breaks
from tests.unit.test_opening import _scribble_over_index
from tests.unit.test_workstation_open import _crash_while_open, _markers, checks  # noqa: F401
from vetdesk.cli import main
from vetdesk.cli.environment import CliEnvironment
from vetdesk.db.database import Database
from vetdesk.db.models import Client
from vetdesk.domain.codes import Role
from vetdesk.security.credentials import MemoryCredentialStore
from vetdesk.services.clinic import ClinicDetails, ensure_clinic
from vetdesk.services.context import ServiceContext

TRYING_AGAIN = "vetdesk: The connection to the server was lost; trying again.\n"
CLIENTS = (
    "client_no,first_name,last_name,address,postal_code,city,phone,email,birth_date,"
    "reminder_consent,marketing_consent\n"
    "7,Kari,Ødegård,Fjellveien 22B,0150,Oslo,91234567,kari@example.no,1980-04-03,ja,nei\n"
)
ANIMALS = (
    "client_no;name;species;breed;sex;birth_date;microchip;deceased_date\n"
    "7;Bamse;hund;;han;2016-03-01;578093000123456;\n"
)


def _cli(db_url: str, *argv: str, user: str | None = "mona") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = CliEnvironment(out=out, err=err, stdin=io.StringIO(""),
                         credentials=MemoryCredentialStore(),
                         environ={"VETDESK_PASSWORD": TEST_PASSWORD, "LC_ALL": "C"})
    who = ["--user", user] if user else []
    code = main(["--database", db_url, *who, *argv], env=env)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def cli_db(db_url: str, ctx: ServiceContext) -> str:
    ensure_clinic(ctx, ClinicDetails(name="Dyreklinikken"))
    make_user(ctx, "mona", Role.MANAGER, full_name="Mona Manager")
    return db_url


def _path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


# -- the integrity check ----------------------------------------------------------------------


@pytest.mark.sqlite_only
def test_a_command_on_a_cleanly_closed_file_does_not_read_the_whole_file(
    cli_db: str, checks: list[Path]  # noqa: F811
) -> None:
    code, out, _ = _cli(cli_db, "search", "nobody")
    assert code == 0, out
    code, _, _ = _cli(cli_db, "search", "nobody")
    assert code == 0
    assert checks == []
    assert _markers(_path(cli_db)) == []  # each command's own marker, gone as it closed


@pytest.mark.sqlite_only
def test_after_an_unclean_shutdown_a_command_checks_the_file_at_open_once(
    cli_db: str, checks: list[Path]  # noqa: F811
) -> None:
    path = _path(cli_db)
    _crash_while_open(path)
    code, _, err = _cli(cli_db, "search", "nobody")
    assert (code, err) == (0, "")
    assert checks == [path]
    assert _markers(path) == []  # the check passed: the crash is forgotten
    _cli(cli_db, "search", "nobody")
    assert checks == [path]


@pytest.mark.sqlite_only
def test_db_check_passes_a_healthy_file_and_forgets_an_unclean_shutdown(
    cli_db: str, checks: list[Path]  # noqa: F811
) -> None:
    path = _path(cli_db)
    _crash_while_open(path)
    code, out, err = _cli(cli_db, "db", "check", user=None)
    assert (code, err) == (0, "")
    assert out == f"The database file {path} passed the integrity check.\n"
    assert checks == [path]
    assert _markers(path) == []


@pytest.mark.sqlite_only
def test_db_check_names_a_damaged_file_and_the_next_open_checks_again(
    cli_db: str, checks: list[Path]  # noqa: F811
) -> None:
    path = _path(cli_db)
    _crash_while_open(path)
    _scribble_over_index(path, "ix_clients_search_key")
    code, out, _ = _cli(cli_db, "db", "check", user=None)
    assert code == 1
    assert out.startswith(f"The database file {path} is damaged")
    assert len(_markers(path)) == 1  # kept: the next start checks at open
    # A command then finds it at open and refuses to write to it.
    code, _, err = _cli(cli_db, "import", str(path.parent / "nothing.csv"))
    assert code == 2 and "is damaged" in err
    assert checks == [path, path]


@pytest.mark.pg_only
def test_db_check_on_a_server_says_there_is_no_file(cli_db: str) -> None:
    code, out, _ = _cli(cli_db, "db", "check", user=None)
    assert code == 0
    assert "is a PostgreSQL server" in out and "vetdesk verify" in out


def test_db_check_of_a_missing_file_is_one_sentence(tmp_path: Path) -> None:
    code, out, err = _cli(f"sqlite:///{tmp_path / 'typo.sqlite'}", "db", "check", user=None)
    assert (code, out) == (2, "")
    assert err.startswith("vetdesk: There is no VetDesk database at ")
    assert not (tmp_path / "typo.sqlite").exists()


# -- a lost connection ------------------------------------------------------------------------


@pytest.fixture
def cut_once(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The command's first statement containing the text put in the returned list has its
    connection cut (on every engine the command binds: on PostgreSQL the signed-in person's
    own). Afterwards the list holds what was cut."""
    wanted: list[str] = []
    real_bind = Database._bind

    def bind(self: Database, engine: Engine) -> None:
        real_bind(self, engine)

        def do_execute(cursor: Any, statement: str, _parameters: Any, _context: Any) -> None:
            if len(wanted) == 1 and wanted[0] in statement:
                wanted.append("cut")
                # The cursor's own connection: the hot reads (vetdesk/db/raw_rows.py) run
                # their statements with no execution context.
                connection_breaks(engine.dialect.name)(cursor.connection)

        event.listen(engine.dialect, "do_execute", do_execute)

    monkeypatch.setattr(Database, "_bind", bind)
    return wanted


@pytest.mark.pg_only  # a server's connection; SQLite's file has none to lose
def test_a_search_whose_connection_is_lost_is_run_again_and_says_so(
    cli_db: str, tmp_path: Path, cut_once: list[str]
) -> None:
    clients = tmp_path / "clients.csv"
    clients.write_text(CLIENTS, encoding="utf-8")
    assert _cli(cli_db, "import", str(clients))[0] == 0
    cut_once.append("search_key")
    code, out, err = _cli(cli_db, "search", "odegard")
    # Signing in wrote its audit row first: a retry does not sign in again, so it is safe.
    assert cut_once == ["search_key", "cut"]
    assert (code, err) == (0, TRYING_AGAIN)
    assert "Ødegård" in out


def test_a_command_that_had_saved_something_is_not_run_again(
    cli_db: str, ctx: ServiceContext, tmp_path: Path, cut_once: list[str]
) -> None:
    clients = tmp_path / "clients.csv"
    clients.write_text(CLIENTS, encoding="utf-8")
    animals = tmp_path / "animals.csv"
    animals.write_text(ANIMALS, encoding="utf-8")
    # The clients are saved, then the animals' first read loses the connection: running the
    # command again would import the clients a second time.
    cut_once.append("identities")
    code, _out, err = _cli(cli_db, "import", str(clients), str(animals))
    assert cut_once == ["identities", "cut"]
    assert code == 2
    assert TRYING_AGAIN not in err
    assert "connection to the database server was lost" in err
    with ctx.db.reading() as session:
        assert session.execute(select(func.count()).select_from(Client)).scalar_one() == 1
