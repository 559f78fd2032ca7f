"""PySide6's per-import source scan is a byte scan once VetDesk's Qt module is loaded (issue 9).

The checks that depend on import order run in a fresh interpreter: in this one, other tests
have imported everything already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import types
from pathlib import Path

import pytest

from vetdesk.ui import qt_import_scan

ROOT = Path(__file__).resolve().parents[2]


def _fresh(code: str) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_modules_imported_after_qt_are_not_read_into_linecache() -> None:
    """PySide6's own scan (inspect.getsource) leaves every module imported after it in
    linecache; the byte scan reads the file and keeps nothing. Goes red without install()."""
    seen = _fresh("""
        import json, linecache, sys
        import vetdesk.ui.qt
        import sqlalchemy.orm  # a package imported after Qt, as the program imports it
        from vetdesk.domain import text
        from vetdesk.ui import qt_strings
        kept = [name for name in linecache.cache if name.endswith(".py")
                and ("/sqlalchemy/" in name or name.endswith(("text.py", "qt_strings.py")))]
        feature = sys.modules["shibokensupport.feature"]
        print(json.dumps({"kept": kept,
                          "byte_scan": getattr(feature._mod_uses_pyside, "vetdesk_byte_scan",
                                               False),
                          "orm": feature.pyside_feature_dict["sqlalchemy.orm"],
                          "qt": feature.pyside_feature_dict["vetdesk.ui.qt"]}))
    """)
    assert seen["kept"] == []
    assert seen["byte_scan"] is True
    # The same answers PySide6 gives: -1 (ignored) for a module whose source never names
    # PySide6, 0 (feature switching, none selected) for the one that imports it.
    assert seen["orm"] == -1
    assert seen["qt"] == 0


def _module(tmp_path: Path, name: str, source: str | bytes) -> types.ModuleType:
    path = tmp_path / name
    if isinstance(source, bytes):
        path.write_bytes(source)
    else:
        path.write_text(source, encoding="utf-8")
    module = types.ModuleType(name.removesuffix(".py"))
    module.__file__ = str(path)
    return module


def test_the_byte_scan_answers_as_pyside_does(tmp_path: Path) -> None:
    asked: list[str] = []

    def upstream(module: types.ModuleType) -> bool:
        asked.append(module.__name__)
        return False

    scan = qt_import_scan._byte_scan(upstream)
    uses = _module(tmp_path, "uses.py", "from PySide6 import QtCore\n")
    names_it = _module(tmp_path, "names_it.py", '"""Ærlig talt: PySide6 er nevnt her."""\n')
    latin = _module(tmp_path, "latin.py",
                    b"# -*- coding: latin-1 -*-\n# S\xf8ker etter PySide6\nx = 1\n")
    plain = _module(tmp_path, "plain.py", "import sqlite3\n# PySide2 is not PySide6's name\n"
                    .replace("PySide6's", "the"))
    assert (scan(uses), scan(names_it), scan(latin), scan(plain)) == (True, True, True, False)
    assert asked == []

    # Not a source file: PySide6's own answer, as before.
    compiled = types.ModuleType("compiled")
    compiled.__file__ = str(tmp_path / "compiled.cpython-311-x86_64-linux-gnu.so")
    builtin = types.ModuleType("builtin_like")
    gone = _module(tmp_path, "gone.py", "x = 1\n")
    Path(str(gone.__file__)).unlink()
    assert (scan(compiled), scan(builtin), scan(gone)) == (False, False, False)
    assert asked == ["compiled", "builtin_like", "gone"]


def test_install_leaves_a_pyside_without_the_function_alone(monkeypatch: pytest.MonkeyPatch,
                                                            ) -> None:
    monkeypatch.setitem(sys.modules, qt_import_scan.FEATURE_MODULE, types.ModuleType("feature"))
    assert qt_import_scan.install() is False


def test_install_twice_wraps_once(monkeypatch: pytest.MonkeyPatch) -> None:
    feature = types.ModuleType("feature")

    def upstream(module: types.ModuleType) -> bool:
        return False

    feature._mod_uses_pyside = upstream  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, qt_import_scan.FEATURE_MODULE, feature)
    assert qt_import_scan.install() is True
    first = feature._mod_uses_pyside  # type: ignore[attr-defined]
    assert first is not upstream
    assert qt_import_scan.install() is True
    assert feature._mod_uses_pyside is first  # type: ignore[attr-defined]
