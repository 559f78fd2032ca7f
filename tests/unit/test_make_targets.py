"""The Makefile's targets do what their help line says."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Test files that hold tests needing the server by fixture rather than by the db_url parameter.
SERVER_WORDS = ("pg_template", "postgres_available", "pg_only")


def recipe_pytest_arguments(target: str) -> list[str]:
    """The arguments the target's recipe gives pytest (``$(BIN)/python -m pytest ARGS``)."""
    lines = (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{target}:"))
    for line in lines[start + 1:]:
        if not line.startswith("\t"):
            break
        words = shlex.split(line.strip())
        if "pytest" in words:
            return words[words.index("pytest") + 1:]
    raise AssertionError(f"the {target} recipe does not run pytest")


def test_test_fast_needs_no_postgresql_server(tmp_path: Path) -> None:
    """With the server unreachable and CI set (where a missing server fails instead of
    skipping), setting up every test `make test-fast` selects must not touch PostgreSQL."""
    files = sorted(
        str(path.relative_to(ROOT)) for path in (ROOT / "tests" / "unit").glob("test_*.py")
        if path.name != Path(__file__).name
        and any(word in path.read_text(encoding="utf-8") for word in SERVER_WORDS)
    )
    assert "tests/unit/test_pg_trust.py" in files  # the search found the server's tests
    environment = dict(os.environ, CI="1",
                       VETDESK_TEST_PG_URL="postgresql://nobody@127.0.0.1:1/nothing")
    finished = subprocess.run(
        [sys.executable, "-m", "pytest", *recipe_pytest_arguments("test-fast"), "--setup-only",
         "-q", "-p", "no:cacheprovider", "--basetemp", str(tmp_path / "run"), *files],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=600, check=False,
    )
    report = finished.stdout + finished.stderr
    assert finished.returncode == 0, report[-3000:]
    assert "PostgreSQL not reachable" not in report
    assert " skipped" not in report.splitlines()[-1]
