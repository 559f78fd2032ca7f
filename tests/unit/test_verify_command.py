"""``vetdesk --user NAME verify``: a manager's audited check; seals kept in a file elsewhere;
bad input is one sentence (exit 2), never read as tampering and never a traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.tamper import execute_bypassing_guards
from tests.unit.test_cli import Run

BOSS = ("--user", "boss")
PASSWORD = "first-password"
SEAL_LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00 (\d+):([0-9a-f]{64})$")


@pytest.fixture
def run(db_url: str) -> Run:
    run = Run(db_url)
    code, _, err = run("user", "add", "boss", "--role", "administrator", "--name", "Bjørn Sjef",
                       stdin=f"{PASSWORD}\n")
    assert code == 0, err
    return run


def verify(run: Run, *options: str) -> tuple[int, str, str]:
    return run(*BOSS, "verify", *options, password=PASSWORD)


def test_verify_needs_a_signed_in_manager_or_administrator(run: Run) -> None:
    code, _, err = run("verify")
    assert code == 2 and "--user NAME" in err
    code, _, err = run(*BOSS, "user", "add", "kari", "--role", "receptionist", "--name",
                       "Kari Resepsjon", stdin="kari-password\n", password=PASSWORD)
    assert code == 0, err
    code, out, err = run("--user", "kari", "verify", password="kari-password")
    assert code == 2 and out == ""
    assert err == ("vetdesk: Kari Resepsjon (receptionist) may not verify the database; ask a "
                   "colleague whose role allows it.\n")
    code, out, _ = run(*BOSS, "user", "add", "mona", "--role", "manager", "--name",
                       "Mona Manager", stdin="mona-password\n", password=PASSWORD)
    code, out, _ = run("--user", "mona", "verify", password="mona-password")
    assert code == 0 and out.startswith("OK: ")


def test_seal_then_expect_from_the_last_seal(run: Run, tmp_path: Path, db_url: str) -> None:
    seals = tmp_path / "usb" / "seals.txt"
    seals.parent.mkdir()
    code, out, _ = verify(run, "--seal", str(seals))
    assert code == 0 and "Sealed the audit tip" in out
    code, out, _ = verify(run, "--expect-from", str(seals), "--seal", str(seals))
    assert code == 0 and "still holds the tip" in out
    lines = seals.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    first, last = (SEAL_LINE.match(line) for line in lines)
    assert first is not None and last is not None
    assert int(last.group(1)) > int(first.group(1))
    # Cut the log back to before the last seal: only the seal shows it.
    execute_bypassing_guards(db_url, f"DELETE FROM audit_events WHERE id >= {first.group(1)}",
                             "audit_events")
    code, out, _ = verify(run, "--expect-from", str(seals), "--seal", str(seals))
    assert code == 1
    assert out.startswith("TAMPERING DETECTED in audit_events row ")
    assert f"to {last.group(1)} were removed from the end" in out
    assert f"Nothing was sealed to {seals}." in out
    assert len(seals.read_text(encoding="utf-8").splitlines()) == 2


def test_a_seal_file_with_notes_and_no_final_newline_keeps_working(
    run: Run, tmp_path: Path
) -> None:
    seals = tmp_path / "seals.txt"
    seals.write_text("# Dyreklinikken Ødegård, kept in the safe", encoding="utf-8")
    assert verify(run, "--seal", str(seals))[0] == 0
    lines = seals.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# Dyreklinikken Ødegård, kept in the safe"
    assert SEAL_LINE.match(lines[1])
    code, out, _ = verify(run, "--expect-from", str(seals))
    assert code == 0 and "still holds the tip" in out


@pytest.mark.parametrize(("value", "found"), [
    ("12x4:5f3a9c0e1d2b4a67", "12x4:5f3a9c0e1d2b4a67"),
    ("1234:5f3a", "1234:5f3a"),
    ("1234 5f3a9c0e1d2b4a67", "1234 5f3a9c0e1d2b4a67"),
    ("1234:5f3a9c0e1d2b4a6z", "1234:5f3a9c0e1d2b4a6z"),
])
def test_a_garbled_expect_value_is_one_sentence(run: Run, value: str, found: str) -> None:
    code, out, err = verify(run, "--expect", value)
    assert (code, out) == (2, "")
    assert err == (
        "vetdesk: --expect takes the tip an earlier run printed, like “1234:5f3a9c0e1d2b4a67” "
        "(the event number, a colon and at least 16 of the hash's digits), but was given "
        f"“{found}”; check what was copied.\n"
    )


def test_a_tip_with_a_mistyped_number_is_not_read_as_tampering(run: Run) -> None:
    code, out, _ = verify(run)
    tip = re.search(r"Audit tip: (\d+):([0-9a-f]{64})", out)
    assert code == 0 and tip is not None
    number, digest = int(tip.group(1)), tip.group(2)
    code, out, err = verify(run, "--expect", f"{number + 10}:{digest[:16]}")
    assert (code, out) == (2, "")
    assert err == (
        f"vetdesk: The tip given, {number + 10}:{digest[:16]}, does not match event "
        f"{number + 10}, but its digits are those of event {number}: the number was probably "
        "copied wrongly. Check the copy and run the check again.\n"
    )
    # A digit of the hash mistyped cannot be told from a changed log: it reads as a break,
    # with the advice to compare the copy.
    wrong = ("0" if digest[0] != "0" else "1") + digest[1:16]
    code, out, _ = verify(run, "--expect", f"{number}:{wrong}")
    assert code == 1
    assert out.endswith("If the tip was copied by hand, compare it with the original first.\n")


def test_bad_seal_files_are_one_sentence_each(run: Run, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    code, _, err = verify(run, "--expect-from", str(missing))
    assert (code, err) == (2, f"vetdesk: There is no seal file at {missing}; give the file an "
                              "earlier “--seal” wrote to.\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n# only a note\n", encoding="utf-8")
    code, _, err = verify(run, "--expect-from", str(empty))
    assert (code, err) == (2, f"vetdesk: The file {empty} holds no seal; a seal is a line like "
                              "“2026-11-22T08:55:00+00:00 1234:5f3a9c0e1d2b4a67…”, written by "
                              "“vetdesk verify --seal”.\n")
    garbled = tmp_path / "garbled.txt"
    garbled.write_text("2026-11-22T08:55:00+00:00 12:5f3a9c0e1d2b4a67\nsomething else\n",
                       encoding="utf-8")
    code, out, err = verify(run, "--expect-from", str(garbled))
    assert (code, out) == (2, "")
    assert err == (f"vetdesk: The last line of {garbled} should be a seal like "
                   "“2026-11-22T08:55:00+00:00 1234:5f3a9c0e1d2b4a67…”, but it reads "
                   "“something else”; check the file.\n")
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    code, _, err = verify(run, "--expect-from", str(binary))
    assert (code, err) == (2, f"vetdesk: The seal file {binary} could not be read (it is not "
                              "a text file); give the file an earlier “--seal” wrote to.\n")


def test_a_seal_that_cannot_be_written_is_one_sentence(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    code, out, err = verify(run, "--seal", str(folder))
    assert code == 2 and out.startswith("OK: ")
    assert err.startswith(f"vetdesk: The seal could not be written to {folder} (")
    assert err.endswith("); the check itself is done, so choose a file you may write to and "
                        "seal again.\n")
    assert "Traceback" not in err
