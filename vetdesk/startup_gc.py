"""The garbage collector at start-up (issue 9).

Start-up makes a few hundred thousand objects that live as long as the program: modules,
classes, SQLAlchemy's tables and mappers, Qt wrappers. Python's collector, counting
allocations, walks them again and again while they are being made, which cost about a fifth of
the time to the main window. Start-up makes next to no cyclic garbage, so the collector waits
until the main window is up, and then leaves what start-up made alone. Only the composition
roots (``vetdesk/__main__.py``, the app's ``run_app``, ``vetdesk --self-test``) use this:
process-wide state lives there.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def pause_collector() -> bool:
    """Pause the collector; returns whether it was running (for :func:`resume_collector`)."""
    running = gc.isenabled()
    gc.disable()
    return running


def resume_collector(was_running: bool = True) -> None:
    """The collector back on, with everything start-up made set aside for good (gc.freeze):
    otherwise the first full collection walks all of it, a pause of 0.1-0.3 s right after
    the window appears, and every later one does again. What start-up made lives as long as
    the program; the little garbage among it stays, as it would have until the next full
    collection."""
    gc.freeze()
    if was_running:
        gc.enable()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No collection while the block runs (loading modules), then as before. For the command
    line, which loads the database code when a command first needs it; nothing is frozen, as
    a caller may run many commands in one process (the tests do)."""
    running = pause_collector()
    try:
        yield
    finally:
        if running:
            gc.enable()
