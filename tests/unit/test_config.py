"""Which database the program opens: the option, then the variable, then the local file."""

from __future__ import annotations

from pathlib import Path

import pytest

from vetdesk.config import resolve_database_url


def test_option_wins_over_variable() -> None:
    env = {"VETDESK_DATABASE_URL": "postgresql+psycopg://clinic@db/vetdesk"}
    assert resolve_database_url("sqlite:///x.sqlite", env) == "sqlite:///x.sqlite"
    assert resolve_database_url(None, env) == "postgresql+psycopg://clinic@db/vetdesk"


def test_default_is_the_file_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Written down, not computed by the code under test: the XDG data folder, then
    # VetDesk/vetdesk.sqlite (Linux; platformdirs follows XDG_DATA_HOME).
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    url = resolve_database_url(None, {"VETDESK_DATABASE_URL": "  "})
    assert url == f"sqlite:///{tmp_path}/xdg/VetDesk/vetdesk.sqlite"
