"""Which database the program opens: the option, then the variable, then the local file."""

from __future__ import annotations

import platformdirs

from vetdesk.config import default_sqlite_path, resolve_database_url


def test_option_wins_over_variable() -> None:
    env = {"VETDESK_DATABASE_URL": "postgresql+psycopg://clinic@db/vetdesk"}
    assert resolve_database_url("sqlite:///x.sqlite", env) == "sqlite:///x.sqlite"
    assert resolve_database_url(None, env) == "postgresql+psycopg://clinic@db/vetdesk"


def test_default_is_the_file_in_the_user_data_folder() -> None:
    url = resolve_database_url(None, {"VETDESK_DATABASE_URL": "  "})
    assert url == f"sqlite:///{default_sqlite_path()}"
    assert str(default_sqlite_path()).startswith(platformdirs.user_data_dir("VetDesk", False))
