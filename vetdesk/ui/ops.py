"""Run service calls off the GUI thread and hand their results back on it.

This is Anki's QueryOp/CollectionOp idea (see ../shared/STYLE.md): every database call a widget
makes goes through :class:`Operations`, which runs it on one background executor and delivers
``success(result)`` or ``failure(error)`` on the GUI thread, through a queued Qt signal::

    ops.run(lambda: clinic.clinic_details(ctx), success=self.show_details, parent=self)

**The background function must never touch a widget** (or any QObject living on the GUI thread),
not even to read a field's text: read what it needs first and capture the values in the closure.
It may call services, which open and close their own unit of work on that worker thread.

A connection lost in the middle of a call is handled here too, for every screen: the call is
run once more where that is safe (:meth:`vetdesk.db.database.Database.run_action`: reads, and
writes that carry the form's own id), and :attr:`Operations.retrying` says so meanwhile.

A write says what it changed: when a call's result carries :class:`~vetdesk.domain.changes.
Changes` (``result.changes``), :attr:`Operations.changed` announces it once, with the object
that asked (``parent``) as the initiator, and every screen showing one of those records
refreshes itself. No form has to remember to tell the others.

Errors land in one place. A :class:`vetdesk.errors.UserFacingError` becomes its own one-sentence
message; anything else becomes "Something went wrong ..." with the traceback as details. A
``failure`` callback may handle an error itself (return True); otherwise the error is emitted as
:attr:`Operations.failed`, which windows connect to their non-modal error banner. No raw
traceback dialog is ever shown.
"""

from __future__ import annotations

import contextvars
import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from vetdesk.domain.changes import Changes, Changing
from vetdesk.errors import UserFacingError
from vetdesk.ui.qt import QCoreApplication, QObject, Qt, Signal, Slot, qt_object_alive

if TYPE_CHECKING:
    # Only named here: the opening window (which shows failures) is painted before the
    # database code loads (issue 9).
    from vetdesk.db.database import Database

T = TypeVar("T")
log = logging.getLogger(__name__)

# SQLite allows one writer at a time, so one worker never waits on the file lock. A server could
# take a few calls at once, but one worker also keeps one person's actions in the order they were
# made (save, then reload; lock, then sign out), which several workers would not. Raise it only
# for calls that need no order.
SQLITE_WORKERS = 1
SERVER_WORKERS = 1


@dataclass(frozen=True)
class FailureReport:
    """What the error banner shows: one sentence, and details one click away."""

    message: str
    details: str
    # True for a UserFacingError (the user can act on it), False for a bug.
    expected: bool


def describe_failure(error: BaseException) -> FailureReport:
    if isinstance(error, UserFacingError):
        details = error.detail or ""
        return FailureReport(message=error.message, details=details, expected=True)
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    message = QCoreApplication.translate(
        "ops",
        "Something went wrong and VetDesk could not finish this. Nothing you typed was lost; "
        "try again, and if it happens again send the details to support.",
    )
    return FailureReport(message=message, details=details, expected=False)


class OperationCancelled(Exception):
    """Raised inside the background function when the user pressed Cancel."""


class Progress:
    """Handed to a background function that reports progress; safe to call from any thread.

    Calling it after the user pressed Cancel raises :class:`OperationCancelled`, so a service
    that reports progress regularly stops at the next report and rolls back its transaction.
    """

    def __init__(self, operation: Operation) -> None:
        self._operation = operation
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def __call__(self, done: int, total: int, message: str = "") -> None:
        if self._cancelled.is_set():
            raise OperationCancelled
        self._operation.progressed.emit(int(done), int(total), str(message))


class Operation(QObject):
    """One call in flight. Lives on the GUI thread; its signals arrive there."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()  # after success or failure was delivered (or after a cancel)
    # Emitted from the worker thread; queued to _deliver on the GUI thread.
    _completed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.progress = Progress(self)
        self.done = False
        # Set when the executor shuts down: the windows that asked are going away.
        self.discarded = False
        # Set on the worker when a lost connection made it run the call a second time.
        self.retried = False
        self._on_recovered: Callable[[], None] = lambda: None
        self._completed.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], bool] | None = None
        self._parent: QObject | None = None
        self._route_failure: Callable[[BaseException], None] = lambda _error: None
        self._announce: Callable[[Changes, QObject | None], None] = lambda _c, _i: None

    def cancel(self) -> None:
        self.progress.cancel()

    @property
    def cancelled(self) -> bool:
        return self.progress.cancelled

    def _complete_from_worker(self, future: Future[Any]) -> None:
        # Runs on the worker thread (or the GUI thread if the future was cancelled unstarted):
        # only emit a signal, never touch Qt objects directly.
        self._completed.emit(future)

    @Slot(object)
    def _deliver(self, future: Future[Any]) -> None:
        self.done = True
        try:
            if future.cancelled() or self.discarded:
                return
            error = future.exception()
            parent_gone = self._parent is not None and not qt_object_alive(self._parent)
            if error is None:
                # Said even when the window that asked is gone: the records did change.
                self._announce_changes(future.result(), None if parent_gone else self._parent)
            if parent_gone:
                return  # the window that asked is gone; nobody to tell
            if error is None:
                result = future.result()
                if self.retried:
                    self._on_recovered()
                self.succeeded.emit(result)
                if self._on_success is not None:
                    self._call_safely(self._on_success, result)
                return
            if isinstance(error, OperationCancelled):
                return
            self.failed.emit(error)
            handled = False
            if self._on_failure is not None:
                handled = bool(self._call_safely(self._on_failure, error))
            if not handled:
                self._route_failure(error)
        finally:
            self.finished.emit()

    def _announce_changes(self, result: object, initiator: QObject | None) -> None:
        if isinstance(result, Changing) and (changes := result.changes):
            try:
                self._announce(changes, initiator)
            except Exception as exc:  # a screen's refresh must not lose the caller's result
                self._route_failure(exc)

    def _call_safely(self, callback: Callable[[Any], Any], value: Any) -> Any:
        # A bug in a callback must reach the banner, not kill the event loop's slot silently.
        try:
            return callback(value)
        except Exception as exc:
            self._route_failure(exc)
            return True


class Operations(QObject):
    """The background executor for service calls, shared by every window of one database."""

    failed = Signal(object)  # FailureReport of an error no callback handled
    # The connection was lost and the call is being run once more: the sentence to show.
    retrying = Signal(str)
    # A call that was run once more succeeded: the "trying again" message can go.
    recovered = Signal()
    # A write came back saying what it changed: (Changes, the object that asked or None).
    # Screens connect here and refresh what the change touches.
    changed = Signal(object, object)

    def __init__(self, *, workers: int = SQLITE_WORKERS, parent: QObject | None = None,
                 db: Database | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="vetdesk-db")
        self._in_flight: set[Operation] = set()
        self._closed = False
        # The database whose lost connections are retried; None (the opener) runs calls once.
        self._db = db

    @classmethod
    def for_database(cls, db: Database, parent: QObject | None = None) -> Operations:
        workers = SQLITE_WORKERS if db.dialect == "sqlite" else SERVER_WORKERS
        return cls(workers=workers, parent=parent, db=db)

    @property
    def busy(self) -> bool:
        return bool(self._in_flight)

    def run(
        self,
        work: Callable[[], T],
        *,
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], bool] | None = None,
        parent: QObject | None = None,
    ) -> Operation:
        """Run ``work()`` on the worker; see the module docstring for the rules."""
        return self._submit(lambda _progress: work(), success, failure, parent)

    def run_with_progress(
        self,
        work: Callable[[Progress], T],
        *,
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], bool] | None = None,
        parent: QObject | None = None,
    ) -> Operation:
        """Like :meth:`run`, but ``work`` gets a :class:`Progress` to report to (and to cancel)."""
        return self._submit(work, success, failure, parent)

    def _submit(
        self,
        work: Callable[[Progress], T],
        success: Callable[[T], None] | None,
        failure: Callable[[BaseException], bool] | None,
        parent: QObject | None,
    ) -> Operation:
        operation = Operation()
        if self._closed:
            # A window is closing (sign-out, quit) and one of its timers or late signals still
            # asked for work: nothing may touch the database any more, and the user has
            # nothing to be told. The operation is handed back already cancelled.
            log.debug("dropped a database call after the operations were shut down")
            operation.discarded = True
            operation.cancel()
            return operation
        operation._on_success = success
        operation._on_failure = failure
        operation._parent = parent
        operation._route_failure = self._report
        operation._on_recovered = self.recovered.emit
        operation._announce = self.changed.emit
        self._in_flight.add(operation)
        operation.finished.connect(lambda: self._in_flight.discard(operation))
        # The call runs in the context of the screen that asked: the language start-up hands
        # down (vetdesk/i18n.py) reaches the service's messages on the worker thread.
        future = self._executor.submit(contextvars.copy_context().run,
                                       self._retrying_lost_connections(work, operation),
                                       operation.progress)
        future.add_done_callback(operation._complete_from_worker)
        return operation

    def _retrying_lost_connections(
        self, work: Callable[[Progress], T], operation: Operation
    ) -> Callable[[Progress], T]:
        db = self._db
        if db is None:
            return work

        def retried(progress: Progress) -> T:
            # Runs on the worker: only signals cross to the GUI thread.
            def notify(message: str) -> None:
                operation.retried = True
                self.retrying.emit(message)
            return db.run_action(lambda: work(progress), on_retry=notify)

        return retried

    def _report(self, error: BaseException) -> None:
        report = describe_failure(error)
        if not report.expected:
            log.error("Unexpected error in a background operation:\n%s", report.details)
        self.failed.emit(report)

    def shutdown(self, *, wait: bool = True) -> None:
        """Cancel what has not started, ask running work to stop, and join the worker
        (``wait=False``: let running work end on its own, its answer discarded)."""
        self._closed = True
        for operation in list(self._in_flight):
            operation.discarded = True
            operation.cancel()
        self._executor.shutdown(wait=wait, cancel_futures=True)
