"""``vetdesk demo`` on the command line: summary on stdout, progress on stderr, refusals."""

from __future__ import annotations

import io

import pytest

from vetdesk.cli import main
from vetdesk.cli.environment import CliEnvironment
from vetdesk.security.credentials import MemoryCredentialStore
from vetdesk.services.demo import DEMO_PASSWORD


def _run(db_url: str, *argv: str, password: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = CliEnvironment(
        out=out, err=err, stdin=io.StringIO(""), credentials=MemoryCredentialStore(),
        environ={"VETDESK_PASSWORD": password} if password else {},
    )
    code = main(["--database", db_url, *argv], env=env)
    return code, out.getvalue(), err.getvalue()


def test_demo_command_loads_and_prints_the_accounts(db_url: str) -> None:
    code, out, err = _run(db_url, "demo", "--clients", "12", "--seed", "5")
    assert code == 0, err
    assert "Loaded the demo clinic (seed 5)" in out
    assert "12 clients" in out
    assert DEMO_PASSWORD in out
    for username in ("resepsjon", "lie", "berg", "sykepleier", "leder", "admin"):
        assert f"  {username} " in out
    assert "demo: 100% done" in err


def test_demo_command_refuses_a_second_load(db_url: str) -> None:
    assert _run(db_url, "demo", "--clients", "10")[0] == 0
    code, _, err = _run(db_url, "--user", "leder", "demo", "--clients", "10",
                        password=DEMO_PASSWORD)
    assert code == 2
    assert "already holds clients" in err


@pytest.mark.sqlite_only
def test_demo_command_needs_a_user_once_users_exist(db_url: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    env = CliEnvironment(out=out, err=err, stdin=io.StringIO("first-password\n"),
                         credentials=MemoryCredentialStore(), environ={})
    assert main(["--database", db_url, "user", "add", "boss", "--role", "administrator",
                 "--name", "Bjørn Sjef"], env=env) == 0
    code, _, err = _run(db_url, "demo", "--clients", "10")
    assert code == 2
    assert "--user" in err
    code, out, err = _run(db_url, "--user", "boss", "demo", "--clients", "10",
                          password="first-password")
    assert code == 0, err
    assert "admin " in out


@pytest.mark.pg_only
def test_on_a_server_the_owner_loads_the_demo_not_a_staff_member(db_url: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    env = CliEnvironment(out=out, err=err, stdin=io.StringIO("first-password\n"),
                         credentials=MemoryCredentialStore(), environ={})
    assert main(["--database", db_url, "user", "add", "boss", "--role", "administrator",
                 "--name", "Bjørn Sjef"], env=env) == 0
    code, _, err = _run(db_url, "--user", "boss", "demo", "--clients", "10",
                        password="first-password")
    assert code == 2
    assert "loaded by the database's owner" in err
    code, out, err = _run(db_url, "demo", "--clients", "10")
    assert code == 0, err
    assert "admin " in out
