"""After sign-in the main window checks the audit tip this workstation saw last (issue 7)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.support.tamper import execute_bypassing_guards
from vetdesk.services.context import ServiceContext
from vetdesk.services.integrity import WorkstationTips
from vetdesk.services.permissions import Actor
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations


def _open(qtbot: QtBot, ctx: ServiceContext, ops: Operations, actor: Actor,
          tips: WorkstationTips, windows: list[MainWindow]) -> MainWindow:
    window = MainWindow(ctx, ops, actor, workstation_tips=tips)
    windows.append(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_banner_warns_when_the_log_lost_the_tip_seen_last_time(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
    windows: list[MainWindow], tmp_path: Path, db_url: str,
) -> None:
    tips = WorkstationTips(tmp_path / "audit-tips.json")
    first = _open(qtbot, ctx, db_ops, receptionist, tips, windows)
    qtbot.waitUntil(tips.path.exists, timeout=10_000)
    assert not first.banner.isVisible()
    seen = tips.check_and_record(ctx).newest
    assert seen is not None
    # Someone with the files cuts the log back behind the program's back.
    execute_bypassing_guards(db_url, f"DELETE FROM audit_events WHERE id >= {seen.row_id}",
                             "audit_events")
    second = _open(qtbot, ctx, db_ops, receptionist, tips, windows)
    qtbot.waitUntil(second.banner.isVisible, timeout=10_000)
    assert second.banner.message_label.text().startswith(
        f"The audit log no longer holds the entry this computer saw last time "
        f"({seen.row_id}:{seen.hash[:16]})"
    )
