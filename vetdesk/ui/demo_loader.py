"""Load the demo clinic from the set-up dialog, with progress and a Cancel button."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.ops import Operation, Operations, Progress
from vetdesk.ui.qt import QCoreApplication, QProgressDialog, Qt, QWidget

DEMO_CLIENTS = 2000

DEMO_SEED = 1
PROGRESS_STEPS = 1000


def _stage_label(stage: str) -> str:
    """The demo service names its stages in English; show the known ones translated."""
    labels = {
        "clients and journals": QCoreApplication.translate("DemoLoader", "clients and journals"),
        "invoices": QCoreApplication.translate("DemoLoader", "invoices"),
        "done": QCoreApplication.translate("DemoLoader", "done"),
    }
    return labels.get(stage, stage)


def demo_service() -> Callable[..., Any] | None:
    """``vetdesk.services.demo.load_demo`` if this installation has it, else None."""
    try:
        module = importlib.import_module("vetdesk.services.demo")
    except ImportError:
        return None
    load = getattr(module, "load_demo", None)
    return load if callable(load) else None


def load_demo_with_progress(
    parent: QWidget,
    ctx: ServiceContext,
    ops: Operations,
    actor: Actor,
    *,
    on_finished: Callable[[bool], None],
    on_failure: Callable[[BaseException], bool],
    clients: int = DEMO_CLIENTS,
    seed: int = DEMO_SEED,
    load: Callable[..., Any] | None = None,
) -> Operation:
    """Run the demo generator on the worker; ``on_finished(True)`` when it is all in.

    The service receives ``progress(stage, fraction)``; after Cancel the next call raises,
    the service's transaction rolls back and ``on_finished(False)`` is called.
    """
    load_demo = load or demo_service()
    if load_demo is None:
        raise RuntimeError("the demo clinic service is not installed")
    dialog = QProgressDialog(
        QCoreApplication.translate("DemoLoader", "Creating the demo clinic…"),
        QCoreApplication.translate("DemoLoader", "Cancel"), 0, 0, parent,
    )
    dialog.setWindowTitle(QCoreApplication.translate("DemoLoader", "Demo clinic"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)

    def work(progress: Progress) -> object:
        # The demo service reports (stage, fraction done); the dialog counts in thousandths.
        def report(stage: str, fraction: float) -> None:
            progress(round(fraction * PROGRESS_STEPS), PROGRESS_STEPS, stage)

        return load_demo(ctx, actor, clients=clients, seed=seed, progress=report)

    answered: list[bool] = []

    def succeeded(_result: object) -> None:
        answered.append(True)
        on_finished(True)

    def failed(error: BaseException) -> bool:
        answered.append(True)
        return on_failure(error)

    operation = ops.run_with_progress(work, success=succeeded, failure=failed, parent=parent)

    def show_progress(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)
        if message:
            dialog.setLabelText(QCoreApplication.translate(
                "DemoLoader", "Creating the demo clinic: {stage}…"
            ).format(stage=_stage_label(message)))

    def cancel() -> None:
        dialog.setLabelText(QCoreApplication.translate(
            "DemoLoader", "Stopping… nothing of the demo clinic is kept."))
        operation.cancel()

    operation.progressed.connect(show_progress)
    dialog.canceled.connect(cancel)

    def finished() -> None:
        dialog.close()
        dialog.deleteLater()
        if not answered:  # cancelled: neither success nor failure was delivered
            on_finished(False)

    operation.finished.connect(finished)
    dialog.show()
    return operation
