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


# -- no import circles ------------------------------------------------------------------------

# SQLAlchemy's two-way relationships name each other's class for the type checker only; the
# mapper resolves them by name at run time, so neither module needs the other to load.
ALLOWED_CIRCLES = [{"vetdesk.db.models.animals", "vetdesk.db.models.clients"}]


def _module_files() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def import_graph() -> dict[str, set[str]]:
    """Module -> the vetdesk modules it imports, read from the source: ``TYPE_CHECKING`` and
    function-level imports count too (a circle the type checker needs is still a circle in
    the design). A module importing its own package (whose ``__init__`` re-exports it) is
    how a package is put together, not a circle, and is left out."""
    modules = _module_files()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        wanted: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                wanted.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = package[:len(package) - node.level + 1] if node.level else []
                module = ".".join([*base, *([node.module] if node.module else [])])
                wanted.add(module)
                wanted.update(f"{module}.{alias.name}" for alias in node.names)
        graph[name] = {
            other for other in wanted
            if other in modules and other != name and not name.startswith(other + ".")
        }
    return graph


def circles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The groups of modules that import each other, directly or round about (Tarjan)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(module: str) -> None:
        order[module] = low[module] = len(order)
        stack.append(module)
        for other in sorted(graph[module]):
            if other not in order:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], order[other])
        if low[module] == order[module]:
            group = set()
            while True:
                member = stack.pop()
                group.add(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(group)

    for module in sorted(graph):
        if module not in order:
            visit(module)
    return found


def test_circles_are_found() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(graph) == [{"a", "b", "c"}]


def test_no_module_imports_one_that_imports_it_back() -> None:
    """Issue 8: ui/help/focus.py imported the main window, which imports help. A screen's
    part is handed what it needs instead (DESIGN.md, "Where new code goes")."""
    graph = import_graph()
    assert "vetdesk.ui.main_window" in graph["vetdesk.ui.app"] | graph["vetdesk.ui.startup"]
    assert [group for group in circles(graph) if group not in ALLOWED_CIRCLES] == []


def test_no_module_keeps_state_a_function_reassigns() -> None:
    """DESIGN.md: process-wide state lives only in the composition root, handed down; never a
    module global (issue 8: the message language and a "record changed" singleton were)."""
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{node.lineno} global {', '.join(node.names)}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Global)
    ]
    assert offenders == []
