"""The program's entry point: ``python -m vetdesk``, the ``vetdesk`` command (``run``, see
pyproject.toml) and the installed bundle (installer/vetdesk.spec)."""

import gc

from vetdesk.startup_gc import pause_collector, resume_collector

_collecting = pause_collector()  # while the program's modules load (vetdesk/startup_gc.py)
from vetdesk.cli import main  # noqa: E402 - after the collector is paused, on purpose

resume_collector(_collecting)


def run() -> int:
    try:
        return main()
    finally:
        # The process is about to end and the program has closed its database and files
        # itself. Python would otherwise collect its garbage again and again while it tears
        # down every module and Qt object, about 0.6 s after the window has gone (issue 9).
        gc.freeze()


if __name__ == "__main__":
    raise SystemExit(run())
