"""The command line runs the same services, audited, with one-sentence errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.support.tamper import execute_bypassing_guards
from vetdesk.cli import main
from vetdesk.cli.environment import CliEnvironment
from vetdesk.security.credentials import MemoryCredentialStore


class Run:
    def __init__(self, db_url: str) -> None:
        self.db_url = db_url

    def __call__(
        self, *argv: str, stdin: str = "", password: str | None = None
    ) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        environ = {"VETDESK_PASSWORD": password} if password else {}
        env = CliEnvironment(
            out=out,
            err=err,
            stdin=io.StringIO(stdin),
            credentials=MemoryCredentialStore(),
            environ=environ,
        )
        code = main(["--database", self.db_url, *argv], env=env)
        return code, out.getvalue(), err.getvalue()


@pytest.fixture
def run(db_url: str) -> Run:
    return Run(db_url)


def test_users_and_verify(run: Run) -> None:
    code, out, _ = run(
        "user",
        "add",
        "boss",
        "--role",
        "administrator",
        "--name",
        "Bjørn Sjef",
        stdin="first-password\n",
    )
    assert (code, out) == (0, "Added Bjørn Sjef as boss (Administrator).\n")
    code, _, err = run(
        "user",
        "add",
        "lie",
        "--role",
        "veterinarian",
        "--name",
        "Ingrid Lie",
        "--hpr",
        "1234567",
        stdin="second-password\n",
    )
    assert code == 2 and "sign in as an administrator" in err
    code, out, _ = run(
        "--user",
        "boss",
        "user",
        "add",
        "lie",
        "--role",
        "veterinarian",
        "--name",
        "Ingrid Lie",
        "--hpr",
        "1234567",
        stdin="second-password\n",
        password="first-password",
    )
    assert code == 0
    code, out, _ = run("--user", "boss", "user", "list", password="first-password")
    assert "lie" in out and "HPR 1234567" in out
    code, out, _ = run("--user", "boss", "verify", password="first-password")
    assert code == 0 and out.startswith("OK:")


def test_wrong_password_and_missing_user(run: Run) -> None:
    run("user", "add", "boss", "--role", "administrator", "--name", "B", stdin="first-password\n")
    code, _, err = run("--user", "boss", "user", "list", password="nope-nope")
    assert code == 2 and "username or password is wrong" in err
    code, _, err = run("user", "list")
    assert code == 2 and "--user NAME" in err


def test_verify_exits_1_naming_the_changed_row(run: Run, db_url: str) -> None:
    run("user", "add", "boss", "--role", "administrator", "--name", "B", stdin="first-password\n")
    execute_bypassing_guards(
        db_url, "UPDATE audit_events SET details = '{}' WHERE id = 1", "audit_events"
    )
    code, out, _ = run("--user", "boss", "verify", password="first-password")
    assert code == 1
    assert "audit_events row 1" in out


def test_db_upgrade_on_a_new_file_and_again(tmp_path: Path) -> None:
    run = Run(f"sqlite:///{tmp_path / 'new.sqlite'}")
    code, out, _ = run("db", "upgrade")
    assert code == 0 and "created at schema" in out
    code, out, _ = run("db", "upgrade")
    assert code == 0 and "already at schema" in out


def test_bad_database_address(tmp_path: Path) -> None:
    code, _, err = Run("mysql://nowhere/x")("verify")
    assert code == 2
    assert err.startswith("vetdesk: The database address") and "Traceback" not in err


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_an_unexpected_failure_is_one_sentence_not_a_traceback(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vetdesk.cli import verify_command

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("content")

    monkeypatch.setattr(verify_command, "verify_all", broken)
    run("user", "add", "boss", "--role", "administrator", "--name", "B", stdin="first-password\n")
    code, _, err = run("--user", "boss", "verify", password="first-password")
    assert code == 70
    assert "Traceback" not in err
    assert err.startswith("vetdesk: something went wrong that VetDesk did not expect (KeyError")
    assert "VETDESK_DEBUG=1" in err


def test_field_details_only_where_they_add_to_the_headline() -> None:
    from vetdesk.cli import field_details
    from vetdesk.errors import ValidationError

    single = ValidationError("Give a reason for the cancellation.", {"reason": "Required."})
    assert field_details(single) == []
    several = ValidationError("Some details need fixing: The name is required.",
                              {"name": "The name is required.", "phone": "8 digits.",
                               "email": "8 digits."})
    assert field_details(several) == ["8 digits."]
    summed_up = ValidationError("Some fields cannot be saved; correct them.",
                                {"summary": "At most 200 characters; shorten the text."},
                                summary=True)
    assert field_details(summed_up) == ["At most 200 characters; shorten the text."]


@pytest.mark.parametrize(("lang", "expected"), [
    ("C", "vetdesk: Kari Ødegård was changed by Mona Manager at 22.11.2026 09:05; nothing was "
          "saved. Run the command again: it starts from the current version.\n"),
    ("nb_NO.UTF-8", "vetdesk: Kari Ødegård ble endret av Mona Manager 22.11.2026 09:05; "
                    "ingenting ble lagret. Kjør kommandoen på nytt: den tar utgangspunkt i "
                    "gjeldende versjon.\n"),
])
def test_a_stale_save_is_said_for_the_terminal(lang: str, expected: str) -> None:
    """No form to keep the typing in on the command line, and nothing to reload."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    from vetdesk import i18n
    from vetdesk.cli import _report
    from vetdesk.services.conflicts import RecordChangedError

    err = io.StringIO()
    env = CliEnvironment(out=io.StringIO(), err=err, stdin=io.StringIO(""),
                         credentials=MemoryCredentialStore(), environ={"LANG": lang})
    with i18n.language(i18n.language_from_environment(env.environ)):
        changed = RecordChangedError("Kari Ødegård", "Mona Manager",
                                     dt.datetime(2026, 11, 22, 8, 5, tzinfo=dt.UTC),
                                     ZoneInfo("Europe/Oslo"))
        assert _report(changed, env) == 2
    assert err.getvalue() == expected
