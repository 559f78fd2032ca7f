"""Fixtures for the Qt tests: the app's look, one background executor per test, joined after."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from vetdesk.ui.app import apply_scheme, load_fonts
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import QApplication


@pytest.fixture(autouse=True, scope="session")
def _vetdesk_look(qapp: QApplication) -> None:
    qapp.setStyle("Fusion")
    load_fonts(qapp)
    apply_scheme(qapp, dark=False)


@pytest.fixture
def ops() -> Iterator[Operations]:
    operations = Operations()
    yield operations
    # Join the worker so no thread outlives its test (and its database).
    operations.shutdown()
