"""Find bundled files (fonts, migrations, translations) in a checkout and in a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    """The folder that holds resources/ and migrations/.

    In a PyInstaller bundle that is ``sys._MEIPASS``; in a source checkout or an editable
    install it is the repository root, one level above the package.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return project_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    return project_root() / "migrations"
