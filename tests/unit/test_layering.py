"""The core never imports Qt: services, db, domain, documents, messaging and security."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import vetdesk

PACKAGE = Path(vetdesk.__file__).parent
CORE = ["services", "db", "domain", "documents", "messaging", "security"]


def _core_modules() -> list[str]:
    names = []
    for folder in CORE:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            relative = path.relative_to(PACKAGE.parent).with_suffix("")
            parts = list(relative.parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            names.append(".".join(parts))
    return names


def test_core_source_never_mentions_qt() -> None:
    offenders = []
    for folder in CORE:
        for path in (PACKAGE / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names: list[str] = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                if any(
                    n.split(".")[0] in {"PySide6", "shiboken6"} or n.startswith("vetdesk.ui")
                    for n in names
                ):
                    offenders.append(f"{path}:{node.lineno}")
    assert offenders == []


def test_core_imports_with_qt_blocked() -> None:
    modules = _core_modules()
    assert len(modules) > 20
    script = (
        "import sys\n"
        "for blocked in ('PySide6', 'shiboken6', 'vetdesk.ui'):\n"
        "    sys.modules[blocked] = None\n"
        "import importlib\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
