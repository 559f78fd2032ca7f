"""quick_check is off the start path: at open only after an unclean shutdown (issue 9)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import databases
from tests.unit.test_opening import _scribble_over_index
from vetdesk.db import sqlite_files
from vetdesk.db.workstation import ShutdownMarker, open_for_workstation
from vetdesk.errors import ReadOnlyDatabaseError

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def clinic_file(sqlite_template: Path, tmp_path: Path) -> Path:
    url = databases.sqlite_copy(sqlite_template, tmp_path)
    return Path(url.removeprefix("sqlite:///"))


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every quick_check run, by path (and still run for real)."""
    seen: list[Path] = []
    real = sqlite_files.quick_check

    def counting(path: Path) -> str | None:
        seen.append(path)
        return real(path)

    monkeypatch.setattr(sqlite_files, "quick_check", counting)
    return seen


def _markers(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + "-open-*"))


def _crash_while_open(path: Path) -> None:
    """Another process opens the file as the program does and dies without closing it."""
    code = ("import datetime as dt, os\n"
            "from vetdesk.db.workstation import open_for_workstation\n"
            f"opened = open_for_workstation('sqlite:///{path}', now=dt.datetime.now(dt.UTC))\n"
            "os._exit(9)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 9, done.stderr


def test_a_cleanly_closed_file_is_not_checked_at_open(clinic_file: Path,
                                                      checks: list[Path]) -> None:
    for _ in range(2):
        opened = open_for_workstation(f"sqlite:///{clinic_file}", now=NOW)
        assert not opened.checked_at_open
        assert opened.needs_background_check
        assert len(_markers(clinic_file)) == 1  # this session's, locked
        opened.close()
    assert checks == []
    assert _markers(clinic_file) == []


def test_after_an_unclean_shutdown_the_file_is_checked_at_open(clinic_file: Path,
                                                               checks: list[Path]) -> None:
    _crash_while_open(clinic_file)
    assert len(_markers(clinic_file)) == 1  # left behind, its lock gone with the process
    opened = open_for_workstation(f"sqlite:///{clinic_file}", now=NOW)
    try:
        assert checks == [clinic_file]
        assert opened.checked_at_open and not opened.needs_background_check
        assert not opened.database.readonly
    finally:
        opened.close()
    # The check passed, so the crash is forgotten: the next start is fast again.
    again = open_for_workstation(f"sqlite:///{clinic_file}", now=NOW)
    again.close()
    assert checks == [clinic_file]
    assert _markers(clinic_file) == []


def test_another_session_still_running_is_not_taken_for_a_crash(clinic_file: Path,
                                                                checks: list[Path]) -> None:
    other = ShutdownMarker.claim(clinic_file)  # holds its lock, as a running program does
    assert other is not None
    try:
        opened = open_for_workstation(f"sqlite:///{clinic_file}", now=NOW)
        opened.close()
        assert checks == []
        assert _markers(clinic_file) == [other.path]
    finally:
        other.release()


def test_damage_found_in_the_background_stops_writes_and_is_checked_at_the_next_open(
    clinic_file: Path,
) -> None:
    _scribble_over_index(clinic_file, "ix_clients_search_key")
    opened = open_for_workstation(f"sqlite:///{clinic_file}", now=NOW)
    try:
        assert not opened.database.readonly  # not checked at open: the last close was clean
        problem = opened.integrity_problem()
        assert problem is not None and "is damaged" in problem
        opened.mark_damaged(problem)
        with pytest.raises(ReadOnlyDatabaseError, match="damaged"), \
                opened.database.transaction():
            pass
    finally:
        opened.close()
    assert len(_markers(clinic_file)) == 1  # kept: the damage is not forgotten
    reopened = open_for_workstation(f"sqlite:///{clinic_file}", now=NOW)
    try:
        assert reopened.checked_at_open
        assert reopened.database.readonly
        assert reopened.database.readonly_reason is not None
        assert "damaged" in reopened.database.readonly_reason
    finally:
        reopened.close()


def test_a_healthy_file_passes_the_background_check(clinic_file: Path) -> None:
    opened = open_for_workstation(f"sqlite:///{clinic_file}", now=NOW)
    try:
        assert opened.integrity_problem() is None
    finally:
        opened.close()
