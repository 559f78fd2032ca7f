"""``vetdesk`` with no command: start the desktop app on the given database."""

from __future__ import annotations

import sys

from vetdesk import i18n
from vetdesk.config import TIPS_FILENAME, data_dir
from vetdesk.startup_gc import pause_collector, resume_collector
from vetdesk.ui.app import create_application
from vetdesk.ui.opening_window import OpeningWindow


def run_app(database_url: str) -> int:
    """Open the window, run until the user quits, and return the process exit code."""
    # No garbage collection until the main window is up, or the program ends without one
    # (vetdesk/startup_gc.py).
    collecting = pause_collector()
    app, language = create_application(sys.argv)
    # The core's messages (field errors, conflicts) speak the screens' language: handed down
    # for the whole run, and carried to the worker with each call (ui/ops.py).
    with i18n.language(language):
        app.setQuitOnLastWindowClosed(False)  # the launcher decides when VetDesk is done
        # "Opening database…" is on screen before the database code (SQLAlchemy, the models,
        # the launcher's windows) loads, about half a second of start-up (issue 9).
        opening_window = OpeningWindow()
        opening_window.show()
        app.processEvents()
        from vetdesk.ui.startup import AppLauncher

        # The audit tip this computer saw last lives in the user's data folder (issue 7).
        launcher = AppLauncher(database_url, tips_file=data_dir() / TIPS_FILENAME,
                               opening_window=opening_window)
        launcher.finished.connect(app.exit)
        launcher.main_window_shown.connect(lambda _window: resume_collector(collecting))
        launcher.finished.connect(lambda _code: resume_collector(collecting))
        launcher.start()
        return int(app.exec())
