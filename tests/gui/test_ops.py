"""The background helper: work off the GUI thread, results and errors back on it."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from vetdesk import i18n
from vetdesk.domain.changes import Changes
from vetdesk.errors import ValidationError
from vetdesk.services.animals import AnimalSaved
from vetdesk.services.clients import ClientSaved
from vetdesk.services.front_desk_saving import RegisterOutcome
from vetdesk.ui.ops import FailureReport, OperationCancelled, Operations, Progress, describe_failure
from vetdesk.ui.qt import QApplication, QThread, QWidget, qt_object_alive
from vetdesk.ui.widgets.error_banner import ErrorBanner


def test_work_runs_on_the_worker_and_success_arrives_on_the_gui_thread(
    qtbot: QtBot, ops: Operations
) -> None:
    seen: dict[str, object] = {}

    def work() -> int:
        seen["work_thread"] = threading.current_thread()
        seen["work_on_gui_qthread"] = QThread.currentThread() is QApplication.instance().thread()
        return 42

    def success(value: int) -> None:
        seen["value"] = value
        seen["success_thread"] = threading.current_thread()
        seen["success_on_gui_qthread"] = QThread.currentThread() is QApplication.instance().thread()

    with qtbot.waitSignal(ops.run(work, success=success).finished, timeout=5000):
        pass
    assert seen["value"] == 42
    assert seen["work_thread"] is not threading.main_thread()
    assert seen["success_thread"] is threading.main_thread()
    assert seen["work_on_gui_qthread"] is False
    assert seen["success_on_gui_qthread"] is True


def test_one_worker_thread_serves_every_call_on_sqlite(qtbot: QtBot, ops: Operations) -> None:
    names: list[str] = []
    operations = [ops.run(lambda: names.append(threading.current_thread().name)) for _ in range(5)]
    qtbot.waitUntil(lambda: all(op.done for op in operations), timeout=5000)
    assert len(names) == 5
    assert len(set(names)) == 1
    assert names[0].startswith("vetdesk-db")


def test_user_facing_error_reaches_the_banner_as_its_own_sentence(
    qtbot: QtBot, ops: Operations
) -> None:
    banner = ErrorBanner()
    qtbot.addWidget(banner)
    ops.failed.connect(banner.show_failure)

    def work() -> None:
        raise ValidationError("Enter the clinic's name.", {"name": "Enter the clinic's name."})

    with qtbot.waitSignal(ops.failed, timeout=5000) as blocker:
        ops.run(work)
    report = blocker.args[0]
    assert isinstance(report, FailureReport)
    assert report.expected
    assert banner.isVisibleTo(banner.parentWidget() or banner) or not banner.isHidden()
    assert banner.message_label.text() == "Enter the clinic's name."


def test_unexpected_error_shows_plain_message_with_traceback_one_click_away(
    qtbot: QtBot, ops: Operations
) -> None:
    banner = ErrorBanner()
    qtbot.addWidget(banner)
    banner.show()
    ops.failed.connect(banner.show_failure)

    def work() -> None:
        raise KeyError("boom in the worker")

    with qtbot.waitSignal(ops.failed, timeout=5000):
        ops.run(work)
    assert banner.message_label.text().startswith("Something went wrong")
    assert "boom in the worker" not in banner.message_label.text()
    assert banner.details_view.isHidden()
    banner.details_button.click()
    assert not banner.details_view.isHidden()
    assert "Traceback" in banner.details_view.toPlainText()
    assert "KeyError" in banner.details_view.toPlainText()


def test_failure_callback_runs_on_gui_thread_and_can_handle_the_error(
    qtbot: QtBot, ops: Operations
) -> None:
    handled: list[tuple[BaseException, threading.Thread]] = []
    routed: list[FailureReport] = []
    ops.failed.connect(routed.append)

    def failure(error: BaseException) -> bool:
        handled.append((error, threading.current_thread()))
        return True

    def work() -> None:
        raise ValueError("bad")

    with qtbot.waitSignal(ops.run(work, failure=failure).finished, timeout=5000):
        pass
    assert isinstance(handled[0][0], ValueError)
    assert handled[0][1] is threading.main_thread()
    assert routed == []


def test_a_failing_success_callback_is_routed_not_lost(qtbot: QtBot, ops: Operations) -> None:
    def success(_value: object) -> None:
        raise RuntimeError("bug in a slot")

    with qtbot.waitSignal(ops.failed, timeout=5000) as blocker:
        ops.run(lambda: 1, success=success)
    assert "bug in a slot" in blocker.args[0].details


def test_results_for_a_closed_window_are_dropped(qtbot: QtBot, ops: Operations) -> None:
    widget = QWidget()
    calls: list[int] = []
    gate = threading.Event()
    operation = ops.run(lambda: gate.wait(5) and 7, success=calls.append, parent=widget)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not qt_object_alive(widget), timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: operation.done, timeout=5000)
    assert calls == []


def test_progress_is_reported_and_cancel_stops_the_work(qtbot: QtBot, ops: Operations) -> None:
    reports: list[tuple[int, int, str]] = []
    connected = threading.Event()
    finished_normally: list[bool] = []

    def work(progress: Progress) -> None:
        connected.wait(5)
        progress(0, 10, "starting")
        for step in range(1, 1000):
            progress(step, 1000)
            threading.Event().wait(0.002)
        finished_normally.append(True)

    operation = ops.run_with_progress(work)
    operation.progressed.connect(lambda d, t, m: reports.append((d, t, m)))
    connected.set()
    qtbot.waitUntil(lambda: bool(reports), timeout=5000)
    operation.cancel()
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert reports[0] == (0, 10, "starting")
    assert finished_normally == []
    assert operation.cancelled


def test_describe_failure_never_puts_a_traceback_in_the_message() -> None:
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as exc:
        report = describe_failure(exc)
    assert not report.expected
    assert "Traceback" not in report.message
    assert "ZeroDivisionError" in report.details


def test_shutdown_joins_the_worker_and_refuses_new_work(qtbot: QtBot) -> None:
    operations = Operations()
    workers: list[threading.Thread] = []
    with qtbot.waitSignal(
        operations.run(lambda: workers.append(threading.current_thread())).finished, timeout=5000
    ):
        pass
    operations.shutdown()
    assert workers
    assert not workers[0].is_alive()
    # A timer of a closing window may still ask: the call is dropped, never run, never raised.
    late: list[int] = []
    dropped = operations.run(lambda: late.append(1))
    assert dropped.cancelled
    qtbot.wait(50)
    assert late == []


def test_cancelled_marker_is_an_exception() -> None:
    assert issubclass(OperationCancelled, Exception)


def test_results_arriving_after_shutdown_are_dropped(qtbot: QtBot) -> None:
    operations = Operations()
    gate = threading.Event()
    calls: list[object] = []
    operation = operations.run(lambda: gate.wait(5), success=calls.append,
                               failure=lambda e: bool(calls.append(e)) or True)
    gate.set()
    operations.shutdown()
    qtbot.waitUntil(lambda: operation.done, timeout=5000)
    assert calls == []


# -- a write says what it changed, and Operations announces it once ---------------------------

def test_a_write_result_is_announced_once_with_who_asked(qtbot: QtBot, ops: Operations) -> None:
    asker = QWidget()
    qtbot.addWidget(asker)
    heard: list[tuple[object, object]] = []
    ops.changed.connect(lambda changes, initiator: heard.append((changes, initiator)))
    saved = ClientSaved(client_id=7, client_no=1007, version=2)
    with qtbot.waitSignal(ops.run(lambda: saved, parent=asker).finished, timeout=5000):
        pass
    assert heard == [(Changes(clients=frozenset({7})), asker)]


def test_reads_failures_and_empty_changes_announce_nothing(
    qtbot: QtBot, ops: Operations
) -> None:
    heard: list[object] = []
    ops.changed.connect(lambda changes, _initiator: heard.append(changes))

    def refused() -> ClientSaved:
        raise ValidationError("Enter a name.", {})

    for work in (lambda: 42, refused, lambda: RegisterOutcome(None)):
        with qtbot.waitSignal(ops.run(work, failure=lambda _e: True).finished, timeout=5000):
            pass
    assert heard == []


def test_a_change_is_announced_even_when_the_window_that_asked_has_closed(
    qtbot: QtBot, ops: Operations
) -> None:
    """The records changed all the same: other screens showing them must hear of it."""
    asker = QWidget()
    heard: list[tuple[object, object]] = []
    ops.changed.connect(lambda changes, initiator: heard.append((changes, initiator)))
    gate = threading.Event()
    moved = AnimalSaved(animal_id=3, owner_id=8, version=4, previous_owner_id=5)
    operation = ops.run(lambda: gate.wait(5) and moved, parent=asker)
    asker.deleteLater()
    qtbot.waitUntil(lambda: not qt_object_alive(asker), timeout=5000)
    with qtbot.waitSignal(operation.finished, timeout=5000):
        gate.set()
    assert heard == [(Changes(clients=frozenset({5, 8})), None)]


def test_work_speaks_the_language_of_the_screen_that_asked(
    qtbot: QtBot, ops: Operations
) -> None:
    """Start-up speaks the screens' language around the event loop (vetdesk/ui/launch.py);
    each call carries it to the worker, so a service's sentence comes back in it."""
    postal = "A Norwegian postal code has 4 digits."
    heard: list[str] = []
    with i18n.language("nb"):
        norwegian = ops.run(lambda: i18n._(postal), success=heard.append)
    english = ops.run(lambda: i18n._(postal), success=heard.append)
    qtbot.waitUntil(lambda: norwegian.done and english.done, timeout=5000)
    assert heard == ["Et norsk postnummer har 4 sifre.", postal]
