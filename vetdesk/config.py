"""Where VetDesk finds its database, and the few settings that live outside it."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "VetDesk"
DATABASE_URL_VARIABLE = "VETDESK_DATABASE_URL"
PASSWORD_VARIABLE = "VETDESK_PASSWORD"
# In the user's data folder: the audit tip this computer saw last (issue 7).
TIPS_FILENAME = "audit-tips.json"


def data_dir() -> Path:
    """The per-user folder for the embedded database and its backups."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_sqlite_path() -> Path:
    return data_dir() / "vetdesk.sqlite"


def resolve_database_url(explicit: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The command-line option wins, then ``VETDESK_DATABASE_URL``, then the local file."""
    env = os.environ if environ is None else environ
    if explicit:
        return explicit
    from_env = env.get(DATABASE_URL_VARIABLE, "").strip()
    if from_env:
        return from_env
    return default_database_url()


def default_database_url() -> str:
    return f"sqlite:///{default_sqlite_path()}"


def may_create_database(url: str) -> bool:
    """Whether opening ``url`` may create a new, empty database: only the default local file.

    Any other SQLite address that does not exist yet is far more likely a typing error than a
    wish for a second clinic, and a quietly created empty file then answers "wrong password".
    ``vetdesk db upgrade`` creates one at any address, on purpose.
    """
    return url == default_database_url()
