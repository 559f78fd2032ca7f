"""``vetdesk --self-test``: start the program without a screen, time each step, exit 0.

Two forms (issue 9):

- ``vetdesk --self-test``: a temporary database is created and migrated, a clinic is set up,
  its administrator signs in, the main window is built, a client is registered and found by
  the search box's service, and a journal is rendered to PDF. Nothing outside a temporary
  folder is touched. It proves an installation works (fonts, migrations, Qt, reportlab).
- ``vetdesk [--database URL] --user NAME --self-test`` (password from VETDESK_PASSWORD, or a
  prompt in a terminal): that database is opened as the program opens it at start, without
  creating, migrating or otherwise changing it; NAME signs in (and out: both are audited, as
  every sign-in is), the main window is built and one search is run. This is the measure of
  start-up against a real clinic's file, and later of the installed bundle.

Each step prints its time as it finishes, so a benchmark reading the output can tell when the
main window was usable. The window is built on the offscreen platform, so no screen is needed.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import getpass
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from pathlib import Path
from typing import TextIO, TypeVar

from vetdesk.cli.environment import CliEnvironment
from vetdesk.clock import SystemClock
from vetdesk.config import PASSWORD_VARIABLE
from vetdesk.db.engine import check_reachable, parse_target
from vetdesk.db.workstation import WorkstationDatabase, open_for_workstation
from vetdesk.errors import AuthenticationFailed, DatabaseOpenError, UserFacingError
from vetdesk.i18n import _
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.staff.sign_in_screen import preload_data_layer
from vetdesk.startup_gc import pause_collector, resume_collector

T = TypeVar("T")

# A word that finds a good part of a Norwegian register (Hansen, Johansen, Johanne...).
EXISTING_SEARCH = "han"
# The temporary clinic's one client, found by the search step.
SELF_TEST_CLIENT = ("Selma", "Selvtestesen")
# Step names the benchmark looks for (tests/bench/bench_startup.py): keep them in step.
MAIN_WINDOW_STEP = "main window"
# The longest a first screen may take before the self-test calls it broken.
FIRST_SCREEN_TIMEOUT_S = 120.0


class StepTimer:
    """Runs the steps in order and prints each one's time as it finishes."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.started = time.perf_counter()

    def step(self, name: str, work: Callable[[], T], *, note: Callable[[T], str] | None = None,
             ) -> T:
        began = time.perf_counter()
        try:
            result = work()
        except BaseException:
            print(f"  {name:<44} " + _("failed"), file=self.out, flush=True)
            raise
        elapsed_ms = (time.perf_counter() - began) * 1000
        remark = note(result) if note is not None else ""
        extra = f"  ({remark})" if remark else ""
        print(f"  {name:<44} {elapsed_ms:7.0f} ms{extra}", file=self.out, flush=True)
        return result

    def finish(self) -> None:
        total_ms = (time.perf_counter() - self.started) * 1000
        print(f"  {_('total'):<44} {total_ms:7.0f} ms", file=self.out, flush=True)
        print(_("Self-test passed."), file=self.out, flush=True)


def run_self_test(env: CliEnvironment) -> int:
    """The ``--self-test`` flag: a temporary database, or the one given with ``--user``."""
    if env.database_url and not env.username:
        raise AuthenticationFailed(_(
            "A self-test of an existing database signs in: give the user with “vetdesk "
            "--database URL --user NAME --self-test” (password from {variable})."
        ).format(variable=PASSWORD_VARIABLE))
    # As the program starts: no garbage collection until the main window is up
    # (vetdesk/startup_gc.py).
    collecting = pause_collector()
    # One worker beside the main thread, as the program has one behind its sign-in dialog:
    # once the Qt application exists it loads the ORM and the models while the main thread
    # opens the database, then signs in (vetdesk/ui/startup.py).
    worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vetdesk-self-test")
    try:
        if env.username:
            return _existing_database(env, collecting, worker)
        return _temporary_database(env, collecting, worker)
    finally:
        worker.shutdown()
        resume_collector(collecting)


def _existing_database(env: CliEnvironment, collecting: bool, worker: Executor) -> int:
    url, username = env.url, env.username or ""
    password = _password(env, username)
    timer = StepTimer(env.out)
    print(_("VetDesk self-test on {database}").format(database=_shown(url)), file=env.out,
          flush=True)
    app = timer.step(_("Qt application (offscreen)"), _application)
    _start_preloading(worker)
    clock = SystemClock()
    opened = timer.step(_("database opened (nothing changed)"),
                        lambda: _open_existing(url, clock.now()),
                        note=_opening_note)
    db = opened.database
    try:
        ctx = ServiceContext(db=db, clock=clock)
        actor, _checked_ms = timer.step(
            _("signed in as {username}").format(username=username),
            lambda: _sign_in(worker, ctx, username, password),
            note=lambda signed: _("the sign-in itself {ms:.0f} ms").format(ms=signed[1]))
        session = timer.step(MAIN_WINDOW_STEP, lambda: _main_window(app, ctx, actor))
        resume_collector(collecting)
        from vetdesk.services import search

        try:
            timer.step(_("search for “{text}”").format(text=EXISTING_SEARCH),
                       lambda: search.search(ctx, actor, EXISTING_SEARCH),
                       note=lambda found: _("{count} found").format(count=found.total))
        finally:
            timer.step(_("signed out"), session.sign_out)
    finally:
        opened.close()
    timer.finish()
    return 0


def _temporary_database(env: CliEnvironment, collecting: bool, worker: Executor) -> int:
    timer = StepTimer(env.out)
    print(_("VetDesk self-test on a temporary database"), file=env.out, flush=True)
    app = timer.step(_("Qt application (offscreen)"), _application)
    _start_preloading(worker)
    clock = SystemClock()
    with tempfile.TemporaryDirectory(prefix="vetdesk-self-test-") as folder:
        url = f"sqlite:///{Path(folder) / 'self-test.sqlite'}"
        opened = timer.step(_("temporary database created and migrated"),
                            lambda: open_for_workstation(url, now=clock.now(), create=True))
        try:
            ctx = ServiceContext(db=opened.database, clock=clock)
            password = secrets.token_urlsafe(18)
            timer.step(_("clinic set up"), lambda: _set_up(ctx, password))
            actor, _checked_ms = timer.step(_("signed in"),
                                            lambda: _sign_in(worker, ctx, "selftest", password))
            session = timer.step(MAIN_WINDOW_STEP, lambda: _main_window(app, ctx, actor))
            resume_collector(collecting)
            try:
                animal_id = timer.step(_("client and animal registered"),
                                       lambda: _register(ctx, actor))
                timer.step(_("search"), lambda: _find_registered(ctx, actor))
                timer.step(_("journal rendered to PDF"), lambda: _print(ctx, actor, animal_id),
                           note=lambda size: _("{size} bytes").format(size=size))
            finally:
                timer.step(_("signed out"), session.sign_out)
        finally:
            opened.close()
    timer.finish()
    return 0


def _start_preloading(worker: Executor) -> None:
    """The data layer loads on the worker from here. Not before the Qt application exists:
    PySide6's start-up walks ``sys.modules``, and another thread importing at that moment
    makes it fail ("dictionary changed size during iteration", a fatal error)."""
    worker.submit(preload_data_layer)


def _sign_in(worker: Executor, ctx: ServiceContext, username: str, password: str,
             ) -> tuple[Actor, float]:
    """Sign in on the worker (once it has loaded the data layer) while the main window's
    modules load here, as the program loads them while its sign-in dialog waits
    (vetdesk/ui/startup.py). The password check, argon2id here or the server's, runs without
    holding Python's lock, so on two cores the two overlap. Returns the actor and how long
    the sign-in itself took (ms)."""
    from vetdesk.ui.startup import preload_main_window

    def signed_in() -> tuple[Actor, float]:
        from vetdesk.services import auth

        began = time.perf_counter()
        actor = auth.sign_in(ctx, username, password)
        return actor, (time.perf_counter() - began) * 1000

    # In this command's context, so its messages speak the terminal's language.
    signing_in = worker.submit(contextvars.copy_context().run, signed_in)
    preload_main_window()
    return signing_in.result()


def _main_window(app: object, ctx: ServiceContext, actor: Actor) -> _MainWindowSession:
    """As the program does after sign-in: learn the clinic's time zone, then the window."""
    from vetdesk.services.local_time import learn_clinic_zone

    learn_clinic_zone(ctx)
    return _MainWindowSession(app, ctx, actor)


def _password(env: CliEnvironment, username: str) -> str:
    password = env.environ.get(PASSWORD_VARIABLE)
    if password is not None:
        return password
    if not env.stdin.isatty():
        raise AuthenticationFailed(_(
            "No password for “{username}”: set {variable} or run the command in a "
            "terminal to be asked."
        ).format(username=username, variable=PASSWORD_VARIABLE))
    return getpass.getpass(_("Password for {username}: ").format(username=username))


def _shown(url: str) -> str:
    try:
        return parse_target(url).description
    except DatabaseOpenError:
        return url


def _application() -> object:
    from vetdesk.ui.app import create_application
    from vetdesk.ui.qt import qInstallMessageHandler

    qInstallMessageHandler(_qt_message)
    # The offscreen platform: no display is needed, and nothing appears on one.
    app, _language = create_application(["vetdesk", "-platform", "offscreen"])
    return app  # the command's own language block (cli/__init__.py) speaks for the core


def _qt_message(_mode: object, _context: object, message: str) -> None:
    # The offscreen platform says, for every window, that it cannot size one to its
    # contents: true, and nothing to do with the test. Anything else Qt says is passed on.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _open_existing(url: str, now: dt.datetime) -> WorkstationDatabase:
    target = parse_target(url)
    if target.is_sqlite and not target.sqlite_path.exists():
        raise DatabaseOpenError(_(
            "There is no VetDesk database at {path}; check the path, or run “vetdesk db "
            "upgrade” with this address to create a new, empty one there."
        ).format(path=target.sqlite_path))
    if not target.is_sqlite:
        check_reachable(target)
    # As the program opens it: never migrated here, never created.
    return open_for_workstation(url, now=now, create=False)


def _opening_note(opened: WorkstationDatabase) -> str:
    if opened.checked_at_open:
        return _("integrity checked: the last shutdown was not clean")
    return ""


def _set_up(ctx: ServiceContext, password: str) -> None:
    from vetdesk.services.clinic import ClinicDetails, FirstAdministrator, set_up_clinic

    set_up_clinic(ctx, ClinicDetails(name="VetDesk selvtest"),
                  FirstAdministrator("selftest", "Selvtest Administrator", password))


def _register(ctx: ServiceContext, actor: Actor) -> int:
    from vetdesk.domain.animal_rules import AnimalInput
    from vetdesk.domain.client_rules import ClientInput
    from vetdesk.services.animals import register_animal
    from vetdesk.services.clients import register_client

    first, last = SELF_TEST_CLIENT
    client = register_client(ctx, actor, ClientInput(first_name=first, last_name=last))
    animal = register_animal(ctx, actor, client.client_id, AnimalInput(name="Pus", species="cat"))
    return animal.animal_id


def _find_registered(ctx: ServiceContext, actor: Actor) -> None:
    from vetdesk.services import search

    found = search.search(ctx, actor, SELF_TEST_CLIENT[1])
    if not any(owner.last_name == SELF_TEST_CLIENT[1] for owner in found.owners):
        raise UserFacingError(_("The search did not find the client just registered."))


def _print(ctx: ServiceContext, actor: Actor, animal_id: int) -> int:
    from vetdesk.services.journal import print_journal

    pdf = print_journal(ctx, actor, animal_id)
    if not pdf.startswith(b"%PDF"):
        raise UserFacingError(_("The journal printout is not a PDF."))
    return len(pdf)


class _MainWindowSession:
    """The main window as the program builds it after sign-in, up until its first screen has
    loaded (every database call it started has come back), and signed out through it."""

    def __init__(self, app: object, ctx: ServiceContext, actor: Actor) -> None:
        from vetdesk.ui.main_window import MainWindow
        from vetdesk.ui.ops import Operations

        self._app = app
        self._failures: list[str] = []
        self.ops = Operations.for_database(ctx.db)
        self.ops.failed.connect(lambda report: self._failures.append(report.message))
        self.window = MainWindow(ctx, self.ops, actor)
        self._signed_out = False
        self.window.signed_out.connect(self._on_signed_out)
        self.window.show()
        self._wait(lambda: not self.ops.busy)

    def _on_signed_out(self, _quitting: bool) -> None:
        self._signed_out = True

    def _wait(self, done: Callable[[], bool]) -> None:
        from vetdesk.ui.qt import QCoreApplication

        deadline = time.monotonic() + FIRST_SCREEN_TIMEOUT_S
        QCoreApplication.processEvents()
        while not done():
            if time.monotonic() > deadline:
                raise UserFacingError(_("The main window did not finish loading in time."))
            time.sleep(0.002)  # results come back from the worker as queued events
            QCoreApplication.processEvents()
        if self._failures:
            raise UserFacingError(self._failures[0])

    def sign_out(self) -> None:
        """Through the window, as a user closing it would: the sign-out is audited."""
        try:
            self.window.sign_out(quitting=True)
            self._wait(lambda: self._signed_out and not self.ops.busy)
        finally:
            self.ops.shutdown()
            self.window.deleteLater()

