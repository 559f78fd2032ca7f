"""The integrity check runs in the background once the main window is up (issue 9)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.support.launching import close_launcher, sign_in_through
from tests.unit.test_opening import _scribble_over_index
from vetdesk.errors import ReadOnlyDatabaseError
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.startup import AppLauncher

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def launcher(qtbot: QtBot, db_url: str, admin: Actor) -> Iterator[AppLauncher]:
    made = AppLauncher(db_url, integrity_check_delay_ms=0)
    yield made
    close_launcher(made)


def test_a_healthy_file_is_checked_after_the_window_is_up_and_nothing_is_shown(
    qtbot: QtBot, launcher: AppLauncher
) -> None:
    window = sign_in_through(qtbot, launcher)
    assert launcher.opened is not None and not launcher.opened.checked_at_open
    qtbot.waitUntil(lambda: launcher.integrity_result is not None, timeout=20_000)
    assert launcher.integrity_result == ""
    assert window.banner.report is None
    assert launcher.db is not None and not launcher.db.readonly


def test_damage_found_after_the_window_is_up_is_shown_and_stops_writes(
    qtbot: QtBot, launcher: AppLauncher, db_url: str, ctx: ServiceContext
) -> None:
    ctx.db.dispose()
    _scribble_over_index(Path(db_url.removeprefix("sqlite:///")), "ix_clients_search_key")
    window = sign_in_through(qtbot, launcher)
    qtbot.waitUntil(lambda: bool(launcher.integrity_result), timeout=20_000)
    assert window.banner.report is not None
    assert "is damaged, so VetDesk opened it read-only" in window.banner.report.message
    assert launcher.db is not None and launcher.db.readonly
    with pytest.raises(ReadOnlyDatabaseError), launcher.db.transaction():
        pass
