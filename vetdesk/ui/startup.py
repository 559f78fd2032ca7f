"""From start to the main window: open the database, set up or sign in, and back after sign-out.

Every step that touches the database runs off the GUI thread; the windows only show where
things stand. Nothing here is global: the launcher is given the URL and the clock, so tests
drive it with fakes. On a PostgreSQL server the person signing in is the connection: there is
no workstation password to keep (the keyring is only the command line's, for the owner).
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from vetdesk.clock import Clock, SystemClock
from vetdesk.config import may_create_database
from vetdesk.db.database import Database
from vetdesk.db.engine import DatabaseTarget, check_reachable, parse_target
from vetdesk.db.workstation import WorkstationDatabase, open_for_workstation
from vetdesk.errors import DatabaseOpenError, ServerUnreachableError
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.staff.sign_in_screen import (
    SignInScreenFacts,
    preload_data_layer,
    sign_in_screen_facts,
)
from vetdesk.ui.opening_window import OpeningWindow
from vetdesk.ui.ops import Operations, describe_failure
from vetdesk.ui.qt import QObject, QTimer, Signal
from vetdesk.ui.signin_dialog import SignInDialog

if TYPE_CHECKING:
    from vetdesk.ui.main_window import MainWindow
    from vetdesk.ui.setup_dialog import SetupDialog

RETRY_SECONDS = 5
MAIN_WINDOW_MODULE = "vetdesk.ui.main_window"
# The background integrity check waits this long after the main window appears, so the first
# screen's own reads come first (issue 9).
INTEGRITY_CHECK_DELAY_MS = 3_000


def server_unreachable(error: BaseException, target: DatabaseTarget | None) -> bool:
    """True when a server could not be reached at all (worth retrying by itself)."""
    return isinstance(error, ServerUnreachableError)


class AppLauncher(QObject):
    """Drives the start-up windows; ``finished(exit_code)`` when the user quits."""

    finished = Signal(int)
    main_window_shown = Signal(object)

    def __init__(
        self,
        database_url: str,
        *,
        clock: Clock | None = None,
        retry_seconds: int = RETRY_SECONDS,
        idle_timeout_ms: int | None = None,
        tips_file: Path | None = None,
        integrity_check_delay_ms: int = INTEGRITY_CHECK_DELAY_MS,
        opening_window: OpeningWindow | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.url = database_url
        # This computer's record of the audit tip it saw last (issue 7), read once the main
        # window opens; None leaves the check out (tests that are not about it).
        self.tips_file = tips_file
        self.clock = clock or SystemClock()
        self.retry_seconds = retry_seconds
        self.idle_timeout_ms = idle_timeout_ms
        self.target: DatabaseTarget | None = None
        self.opened: WorkstationDatabase | None = None
        self.db: Database | None = None
        self.integrity_check_delay_ms = integrity_check_delay_ms
        # None: not run (yet); "": the file is healthy; else the sentence that was shown.
        self.integrity_result: str | None = None
        self._integrity_check_started = False
        self.ctx: ServiceContext | None = None
        self.ops: Operations | None = None
        # Keyring and connection work before a database exists runs on its own worker.
        self.opener = Operations(workers=1, parent=self)
        # Given when the program showed it before loading this module (vetdesk/ui/launch.py).
        self.opening_window = opening_window or OpeningWindow()
        self.opening_window.retry_requested.connect(self.attempt)
        self.opening_window.quit_requested.connect(lambda: self.quit(0))
        self.setup_dialog: SetupDialog | None = None
        self.signin_dialog: SignInDialog | None = None
        self.main_window: MainWindow | None = None
        self._countdown = 0
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(1000)
        self._retry_timer.timeout.connect(self._tick)
        self._clinic_name = ""
        self._last_username = ""
        self._preloaded = False
        self.attempts = 0

    # -- opening ------------------------------------------------------------------------------

    def start(self) -> None:
        self.opening_window.show()
        self.attempt()

    def attempt(self) -> None:
        self.attempts += 1
        self._retry_timer.stop()
        try:
            self.target = parse_target(self.url)
        except DatabaseOpenError as exc:
            self.opening_window.show_error(describe_failure(exc))
            return
        self.opening_window.show_opening(self.target.description)
        self._open()

    def _open(self) -> None:
        """The SQLite file is opened (and migrated) at once. A PostgreSQL server is only
        checked for an answer: the connection is made at sign-in, as the person signing in
        (each staff member is a database role; no workstation password exists)."""
        url, now, target = self.url, self.clock.now(), self.target

        def open_it() -> WorkstationDatabase:
            if target is not None and not target.is_sqlite:
                check_reachable(target)
            # Only the default file is created here (then set up on first start); another
            # address that does not exist is a typing error, not a new clinic (issue 8).
            return open_for_workstation(url, now=now, create=may_create_database(url))

        self.opener.run(open_it, success=self._opened, failure=self._open_failed)

    def _open_failed(self, error: BaseException) -> bool:
        report = describe_failure(error)
        if server_unreachable(error, self.target):
            self._countdown = self.retry_seconds
            self.opening_window.show_error(report, retry_in_seconds=self._countdown)
            self._retry_timer.start()
        else:
            self.opening_window.show_error(report)
        return True

    def _tick(self) -> None:
        self._countdown -= 1
        if self._countdown <= 0:
            self.attempt()
        else:
            self.opening_window.show_countdown(self._countdown)

    def _opened(self, opened: WorkstationDatabase) -> None:
        self.opened = opened
        db = self.db = opened.database
        self.ctx = ServiceContext(db=db, clock=self.clock)
        self.ops = Operations.for_database(db, parent=self)
        if db.signs_in_as_staff:
            # Nothing can be read before someone signs in; set-up of a server database is the
            # owner's `vetdesk db upgrade` and `vetdesk user add` (README).
            self._first_screen(SignInScreenFacts(needs_setup=False,
                                                 clinic_name=db.description))
            return
        ctx = self.ctx
        self.ops.run(lambda: sign_in_screen_facts(ctx), success=self._first_screen,
                     failure=self._open_failed)

    def _first_screen(self, facts: SignInScreenFacts) -> None:
        self._clinic_name = facts.clinic_name
        self.opening_window.hide()
        if facts.needs_setup:
            self.show_setup()
        else:
            self.show_sign_in()

    # -- who is at the keyboard ---------------------------------------------------------------

    def _opened_session(self) -> tuple[ServiceContext, Operations]:
        if self.ctx is None or self.ops is None:
            raise RuntimeError("the database is not open yet")
        return self.ctx, self.ops

    def show_setup(self) -> None:
        ctx, ops = self._opened_session()
        # Only the first start sets up a clinic: the form is imported then (issue 9).
        from vetdesk.ui.setup_dialog import SetupDialog

        dialog = SetupDialog(ctx, ops)
        self.setup_dialog = dialog
        dialog.set_up.connect(self.show_main)
        dialog.rejected.connect(lambda: self.quit(0))
        dialog.show()

    def show_sign_in(self) -> None:
        ctx, ops = self._opened_session()
        dialog = SignInDialog(ctx, ops, clinic_name=self._clinic_name,
                              username=self._last_username)
        self.signin_dialog = dialog
        dialog.signed_in.connect(self.show_main)
        dialog.rejected.connect(lambda: self.quit(0))
        dialog.show()
        # The main window's modules load while the user types, not after "Sign in": first
        # the data layer on a worker, then the screens on the GUI thread. Started from the
        # event loop, once the dialog is on screen.
        QTimer.singleShot(0, self._preload)

    def _preload(self) -> None:
        if self._preloaded:
            return
        self._preloaded = True
        # Only a head start: a module that fails to load here fails again, and is reported,
        # when the main window is built.
        self.opener.run(preload_data_layer, success=lambda _none: preload_main_window(),
                        failure=lambda _error: True)

    def show_main(self, actor: Actor) -> None:
        # The clinic's time zone setting is read once the database lets this person read
        # (after sign-in on a server), and handed down in the context (issue 8).
        ctx, ops = self._opened_session()
        from vetdesk.services.local_time import learn_clinic_zone

        ops.run(lambda: learn_clinic_zone(ctx), success=lambda _zone: self._show_main(actor),
                failure=self._open_failed)

    def _show_main(self, actor: Actor) -> None:
        ctx, ops = self._opened_session()
        self._last_username = actor.username
        from vetdesk.services.integrity import WorkstationTips
        from vetdesk.ui.main_window import MainWindow

        tips = WorkstationTips(self.tips_file) if self.tips_file is not None else None
        window = MainWindow(ctx, ops, actor, idle_timeout_ms=self.idle_timeout_ms,
                            workstation_tips=tips)
        self.main_window = window
        window.signed_out.connect(self._signed_out)
        window.show()
        self.main_window_shown.emit(window)
        if self.opened is not None and self.opened.needs_background_check \
                and not self._integrity_check_started:
            self._integrity_check_started = True
            QTimer.singleShot(self.integrity_check_delay_ms, self._check_integrity)

    # -- the file's integrity, once per start, off the start path -----------------------------

    def _check_integrity(self) -> None:
        opened = self.opened
        if opened is None:
            return
        # The opener's own worker and the check's own connection: the database worker stays
        # free for the user's work while the whole file is read.
        self.opener.run(opened.integrity_problem, success=self._integrity_checked,
                        failure=self._integrity_check_failed)

    def _integrity_checked(self, problem: str | None) -> None:
        self.integrity_result = problem or ""
        if problem is None or self.opened is None:
            return
        self.opened.mark_damaged(problem)
        if self.main_window is not None:
            self.main_window.banner.show_message(problem)

    def _integrity_check_failed(self, error: BaseException) -> bool:
        # The check itself broke (quick_check reports SQLite's own errors as problems): a bug,
        # shown like any other, without turning the session read-only on a guess.
        if self.main_window is not None:
            self.main_window.banner.show_failure(describe_failure(error))
        return True

    def _signed_out(self, quitting: bool) -> None:
        window, self.main_window = self.main_window, None
        if window is not None:
            if window.switching_user:
                self._last_username = ""  # someone else signs in next
            window.deleteLater()
        if quitting:
            self.quit(0)
            return
        ctx, ops = self._opened_session()
        if ctx.db.signs_in_as_staff:
            # The next person connects as themselves: end this person's connections first.
            ops.run(ctx.db.disconnect, success=lambda _none: self.show_sign_in())
        else:
            self.show_sign_in()

    def quit(self, code: int) -> None:
        """Join the workers and close the database, then report the exit code."""
        self._retry_timer.stop()
        self.opening_window.close()
        for dialog in (self.setup_dialog, self.signin_dialog):
            if dialog is not None and dialog.isVisible():
                dialog.blockSignals(True)
                dialog.close()
        self.opener.shutdown()
        if self.ops is not None:
            self.ops.shutdown()
        if self.opened is not None:
            self.opened.close()  # a clean shutdown: the next start need not check the file
        elif self.db is not None:
            self.db.dispose()
        self.finished.emit(code)


def preload_main_window() -> None:
    """Import the main window and what its first screen uses. The sign-in dialog is shown
    without them (about half of the program's modules), and they load while it waits.
    On the GUI thread: widget modules are imported where widgets live."""
    importlib.import_module(MAIN_WINDOW_MODULE)
