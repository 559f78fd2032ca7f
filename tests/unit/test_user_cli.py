"""``vetdesk user role | deactivate | reactivate | password`` from a terminal, on both engines:
one sentence on success, one sentence and exit 2 on a refusal, never a traceback."""

from __future__ import annotations

import io

import pytest

from vetdesk.cli import main
from vetdesk.cli.environment import CliEnvironment
from vetdesk.security.credentials import MemoryCredentialStore

BOSS_PASSWORD = "first-password"
LIE_PASSWORD = "second-password"


class Run:
    def __init__(self, db_url: str) -> None:
        self.db_url = db_url

    def __call__(self, *argv: str, stdin: str = "", password: str | None = None,
                 user: str | None = None) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        environ = {"VETDESK_PASSWORD": password} if password else {}
        env = CliEnvironment(out=out, err=err, stdin=io.StringIO(stdin),
                             credentials=MemoryCredentialStore(), environ=environ)
        who = ["--user", user] if user else []
        code = main(["--database", self.db_url, *who, *argv], env=env)
        assert "Traceback" not in err.getvalue()
        return code, out.getvalue(), err.getvalue()

    def admin(self, *argv: str, stdin: str = "") -> tuple[int, str, str]:
        return self(*argv, stdin=stdin, password=BOSS_PASSWORD, user="boss")


@pytest.fixture
def run(db_url: str) -> Run:
    run = Run(db_url)
    code, _, err = run("user", "add", "boss", "--role", "administrator", "--name", "Bjørn Sjef",
                       stdin=f"{BOSS_PASSWORD}\n")
    assert code == 0, err
    for argv in (("lie", "--role", "veterinarian", "--name", "Ingrid Lie", "--hpr", "1234567",
                  "--email", "ingrid@klinikken.no"),
                 ("kari", "--role", "receptionist", "--name", "Kari Resepsjon")):
        code, _, err = run.admin("user", "add", *argv, stdin=f"{LIE_PASSWORD}\n")
        assert code == 0, err
    return run


def test_change_a_role(run: Run) -> None:
    assert run.admin("user", "role", "lie", "nurse")[:2] == (
        0, "Ingrid Lie (lie) now works as Nurse.\n")
    code, _, err = run.admin("user", "role", "kari", "veterinarian")
    assert code == 2 and "A veterinarian needs an HPR number" in err
    code, out, _ = run.admin("user", "role", "KARI", "veterinarian", "--hpr", "7654321")
    assert (code, out) == (0, "Kari Resepsjon (kari) now works as Veterinarian (HPR 7654321).\n")
    code, out, _ = run.admin("user", "role", "kari", "veterinarian")
    assert (code, out) == (0, "Kari Resepsjon (kari) already works as Veterinarian; nothing "
                              "changed.\n")
    _, out, _ = run.admin("user", "list")
    assert "kari             Veterinarian       Kari Resepsjon  HPR 7654321" in out


def test_the_rules_refuse_in_one_sentence(run: Run) -> None:
    code, _, err = run.admin("user", "role", "boss", "receptionist")
    assert code == 2 and err == "vetdesk: Nobody changes their own role; ask another " \
                                "administrator.\n"
    code, _, err = run.admin("user", "deactivate", "boss")
    assert code == 2 and "Nobody deactivates their own account" in err
    code, _, err = run.admin("user", "role", "nobody", "nurse")
    assert code == 2 and err == "vetdesk: No user is called “nobody”; “vetdesk user list” " \
                                "shows who there is.\n"
    # Only an administrator manages users.
    code, _, err = run("user", "deactivate", "kari", password=LIE_PASSWORD, user="lie")
    assert code == 2 and "may not manage user accounts" in err
    code, _, err = run("user", "deactivate", "kari")
    assert code == 2 and "--user NAME" in err


def test_an_unknown_role_is_a_usage_error(run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:  # argparse's own exit 2, with the usage
        run.admin("user", "role", "lie", "pope")
    assert stopped.value.code == 2
    assert "invalid choice: 'pope'" in capsys.readouterr().err


def test_deactivate_and_reactivate(run: Run) -> None:
    code, out, _ = run.admin("user", "deactivate", "lie")
    assert (code, out) == (0, "Deactivated Ingrid Lie (lie): they can no longer sign in; their "
                              "records and history are kept.\n")
    code, _, err = run("search", "kari", password=LIE_PASSWORD, user="lie")
    # The server says why; the SQLite check stays vague (see the report of this change).
    assert code == 2 and ("deactivated" in err or "username or password is wrong" in err)
    assert "lie" in run.admin("user", "list")[1].split("(inactive)")[0]
    code, out, _ = run.admin("user", "deactivate", "lie")
    assert (code, out) == (0, "Ingrid Lie (lie) was already deactivated; nothing changed.\n")
    code, out, _ = run.admin("user", "reactivate", "lie")
    assert (code, out) == (0, "Reactivated Ingrid Lie (lie): they can sign in again.\n")
    assert run("search", "kari", password=LIE_PASSWORD, user="lie")[0] == 0
    code, out, _ = run.admin("user", "reactivate", "lie")
    assert (code, out) == (0, "Ingrid Lie (lie) is active already; nothing changed.\n")


def test_a_new_password_from_standard_input(run: Run) -> None:
    code, _, err = run.admin("user", "password", "lie", stdin="short\n")
    assert code == 2 and err == "vetdesk: The password must have at least 8 characters.\n"
    code, _, err = run.admin("user", "password", "lie")  # nothing piped in
    assert code == 2 and "at least 8 characters" in err
    code, out, _ = run.admin("user", "password", "lie", stdin="third password here\n")
    assert (code, out) == (0, "Set a new password for Ingrid Lie (lie); the old one no longer "
                              "works.\n")
    assert run("search", "kari", password=LIE_PASSWORD, user="lie")[0] == 2
    assert run("search", "kari", password="third password here", user="lie")[0] == 0


def test_the_last_administrator_stays_one(run: Run) -> None:
    run.admin("user", "role", "lie", "administrator")
    code, _, _ = run("user", "role", "boss", "nurse", password=LIE_PASSWORD, user="lie")
    assert code == 0
    code, _, err = run("user", "deactivate", "boss", password=LIE_PASSWORD, user="lie")
    assert code == 0
    # lie is now the only active administrator: another administrator may not remove her,
    # and there is none; she may not remove herself.
    code, _, err = run("user", "role", "lie", "nurse", password=LIE_PASSWORD, user="lie")
    assert code == 2 and "own role" in err
