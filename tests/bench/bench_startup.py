"""Start-up against its floor, a bare PySide6 window: ``python -m tests.bench.bench_startup``.

    .venv/bin/python -m tests.bench.bench_startup [--runs 15] [--quick]

Three figures (issue 9), each beside its floor and as a ratio:

- **start to the sign-in dialog**: from spawning ``vetdesk --database URL`` to the moment its
  sign-in dialog is shown (the program's own start path, the dialog ready for typing; the
  ORM, the models and the main window load behind it), against the bare window's "shown".

- **start to a usable main window**: from spawning ``vetdesk --database URL --user bench
  --self-test`` to its "main window" line (the database opened, the user signed in, the main
  window built and its first screen loaded), against a bare process that creates a
  QApplication and shows a QMainWindow, to its "shown" line. Goal ≤ 3×, not growing with the
  database: it runs on the 2,000- and the 20,000-client demo.
- **the whole self-test process** (sign-in, search and sign-out included) against the whole
  bare-window process. Goal ≤ 4× on the 2,000-client demo.

Beside them, a second floor: **the parts alone** (``STACK_FLOOR``), the bare window plus
importing SQLAlchemy's ORM and the models and one argon2id password check, arranged as cheaply
as they can be, with no database opened. It is what any program built on these parts pays
before doing anything; "main window vs the stack floor" is what VetDesk adds to it.

Both run offscreen with warm bytecode caches (as an installed program has them), one warm-up
each, then interleaved (floor, VetDesk 2k, VetDesk 20k, floor, ...) so that other load on the
machine hits both alike; medians. CPU time (user + system) of each process is reported too.
Writes JSON to tests/bench/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tests.bench import datasets
from vetdesk.cli.self_test import MAIN_WINDOW_STEP

RESULTS = Path(__file__).resolve().parent / "results"
ROOT = Path(__file__).resolve().parents[2]

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(["bare", "-platform", "offscreen"])
window = QMainWindow()
window.resize(1180, 760)
window.show()
app.processEvents()
print("shown", flush=True)
"""

# What the chosen parts cost before the program does anything of its own: SQLAlchemy with its
# ORM, the models (mappers configured) and one argon2id check at the program's cost, beside
# the bare window. Arranged as cheaply as they can be: the imports before Qt (so PySide6's
# import hook sees none of them) and the password check on a thread while Qt starts (argon2
# releases Python's lock). No database is opened and nothing is read or drawn.
STACK_FLOOR = """
import sys, threading
import sqlalchemy
if sys.argv[2] == "orm":
    import sqlalchemy.orm
    import vetdesk.db.models
    sqlalchemy.orm.configure_mappers()
from vetdesk.security.passwords import verify_password
check = threading.Thread(target=verify_password, args=(sys.argv[1], "not the password"))
check.start()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(["bare", "-platform", "offscreen"])
window = QMainWindow()
window.resize(1180, 760)
window.show()
app.processEvents()
check.join()
print("shown", flush=True)
"""

# The program as ``vetdesk --database URL`` starts it, reporting when the launcher has shown
# the sign-in dialog, and quitting there.
SIGN_IN_DIALOG = """
import sys
from vetdesk.ui import startup

show_sign_in = startup.AppLauncher.show_sign_in


def shown(self):
    show_sign_in(self)
    print("sign-in dialog", flush=True)
    self.quit(0)


startup.AppLauncher.show_sign_in = shown
from vetdesk.cli import main

sys.exit(main(["--database", sys.argv[1]]))
"""


@dataclass
class Run:
    window_ms: float  # spawn to the window line
    process_ms: float  # spawn to exit
    cpu_ms: float  # the child's user + system time
    # The self-test's own step times ("main window": 212.0, ...); empty for the floor.
    steps: dict[str, float] = field(default_factory=dict)


_STEP = re.compile(r"^\s+(?P<name>.+?)\s+(?P<ms>\d+) ms(?:\s+\(.*\))?$")


@dataclass
class StartupFigure:
    scenario: str
    dataset: str
    runs: int
    median_ms: float
    floor_ms: float
    ratio: float
    cpu_ms: float
    floor_cpu_ms: float
    cpu_ratio: float
    target: str

    def row(self) -> str:
        return (f"{self.scenario:<32} {self.dataset:<14} {self.runs:>4} {self.median_ms:>9.0f} "
                f"{self.floor_ms:>9.0f} {self.ratio:>6.2f}x {self.cpu_ms:>8.0f} "
                f"{self.floor_cpu_ms:>9.0f} {self.cpu_ratio:>6.2f}x  {self.target}")


HEADER = (f"{'scenario':<32} {'data set':<14} {'runs':>4} {'median ms':>9} {'floor ms':>9} "
          f"{'ratio':>7} {'CPU ms':>8} {'floor CPU':>9} {'ratio':>7}  target")


def _environment() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("VETDESK_")}
    # Bytecode written and reused (outside the source tree), as an installed program has it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(datasets.CACHE / "pycache")
    env["LC_ALL"] = env["LANG"] = "C.UTF-8"  # English step names
    env["VETDESK_PASSWORD"] = datasets.BENCH_PASSWORD
    return env


def _timed(command: list[str], window_line: str) -> Run:
    """Spawn ``command``; the time its stdout shows ``window_line``, and the time it ends."""
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=_environment(), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    window_at: float | None = None
    lines = []
    for line in child.stdout:
        lines.append(line)
        if window_at is None and line.strip().startswith(window_line):
            window_at = time.perf_counter()
    _out, err = child.communicate()
    ended = time.perf_counter()
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if child.returncode != 0 or window_at is None:
        raise RuntimeError(f"{command[-1]} failed ({child.returncode}):\n{''.join(lines)}{err}")
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    steps = {match["name"]: float(match["ms"]) for line in lines
             if (match := _STEP.match(line.rstrip()))}
    return Run((window_at - started) * 1000, (ended - started) * 1000, cpu * 1000, steps)


def _bare() -> Run:
    return _timed([sys.executable, "-c", BARE_WINDOW], "shown")


def _stack_floor(stored_hash: str, layer: str = "orm") -> Run:
    """``layer``: "orm" (SQLAlchemy's ORM and the models) or "core" (SQLAlchemy Core only,
    what a first screen read without the ORM would still need)."""
    return _timed([sys.executable, "-c", STACK_FLOOR, stored_hash, layer], "shown")


def _sign_in_dialog(data: datasets.DataSet) -> Run:
    return _timed([sys.executable, "-c", SIGN_IN_DIALOG, data.url(), "-platform", "offscreen"],
                  "sign-in dialog")


def _vetdesk(data: datasets.DataSet) -> Run:
    return _timed([sys.executable, "-m", "vetdesk", "--database", data.url(),
                   "--user", datasets.BENCH_USER, "--self-test"], MAIN_WINDOW_STEP)


def _before_first_step(run: Run) -> float:
    timed = 0.0
    for name, ms in run.steps.items():
        timed += ms
        if name == MAIN_WINDOW_STEP:
            break
    return run.window_ms - timed


def _median(values: list[float]) -> float:
    return float(statistics.median(values))


def run_startup_bench(*, runs: int = 15, quick: bool = False) -> dict[str, object]:
    sizes = [2_000] if quick else [2_000, 20_000]
    data_sets = [datasets.DataSet("clinic", "sqlite", clients) for clients in sizes]
    for data in data_sets:
        datasets.ensure(data)
    from vetdesk.security.passwords import hash_password

    stored_hash = hash_password(datasets.BENCH_PASSWORD)
    # Warm-up: bytecode written, files in the page cache.
    _bare()
    _stack_floor(stored_hash)
    _stack_floor(stored_hash, "core")
    for data in data_sets:
        _vetdesk(data)
        _sign_in_dialog(data)
    floor: list[Run] = []
    stack: list[Run] = []
    core: list[Run] = []
    ours: dict[str, list[Run]] = {data.sqlite_path.name: [] for data in data_sets}
    dialogs: dict[str, list[Run]] = {data.sqlite_path.name: [] for data in data_sets}
    for _ in range(runs):
        floor.append(_bare())
        stack.append(_stack_floor(stored_hash))
        core.append(_stack_floor(stored_hash, "core"))
        for data in data_sets:
            ours[data.sqlite_path.name].append(_vetdesk(data))
            dialogs[data.sqlite_path.name].append(_sign_in_dialog(data))
    floor_window = _median([run.window_ms for run in floor])
    floor_process = _median([run.process_ms for run in floor])
    floor_cpu = _median([run.cpu_ms for run in floor])
    figures: list[StartupFigure] = []
    step_medians: dict[str, dict[str, float]] = {}
    stack_window = _median([run.window_ms for run in stack])
    stack_cpu = _median([run.cpu_ms for run in stack])
    print(HEADER, flush=True)
    figures.append(StartupFigure(
        "the parts alone (stack floor)", "-", runs, stack_window, floor_window,
        stack_window / floor_window, stack_cpu, floor_cpu, stack_cpu / floor_cpu,
        "what SQLAlchemy's ORM, the models and argon2id cost"))
    core_window = _median([run.window_ms for run in core])
    core_cpu = _median([run.cpu_ms for run in core])
    figures.append(StartupFigure(
        "the parts, SQLAlchemy Core only", "-", runs, core_window, floor_window,
        core_window / floor_window, core_cpu, floor_cpu, core_cpu / floor_cpu,
        "the same without the ORM and the models"))
    for figure in figures:
        print(figure.row(), flush=True)
    for data in data_sets:
        mine = ours[data.sqlite_path.name]
        label = f"{data.name}-{data.clients // 1000}k"
        dialog = dialogs[data.sqlite_path.name]
        dialog_ms = _median([run.window_ms for run in dialog])
        dialog_cpu = _median([run.cpu_ms for run in dialog])
        figures.append(StartupFigure(
            "start to the sign-in dialog", label, runs, dialog_ms, floor_window,
            dialog_ms / floor_window, dialog_cpu, floor_cpu, dialog_cpu / floor_cpu,
            "as close to 1x as it gets"))
        cpu = _median([run.cpu_ms for run in mine])
        window = _median([run.window_ms for run in mine])
        figures.append(StartupFigure(
            "start to usable main window", label, runs, window, floor_window,
            window / floor_window, cpu, floor_cpu, cpu / floor_cpu, "<=3x, flat in size"))
        process = _median([run.process_ms for run in mine])
        figures.append(StartupFigure(
            "self-test process (sign-in incl.)", label, runs, process, floor_process,
            process / floor_process, cpu, floor_cpu, cpu / floor_cpu, "<=4x"))
        figures.append(StartupFigure(
            "main window vs the stack floor", label, runs, window, stack_window,
            window / stack_window, cpu, stack_cpu, cpu / stack_cpu,
            "what the program adds to its parts"))
        for figure in figures[-4:]:
            print(figure.row(), flush=True)
        steps = {name: _median([run.steps.get(name, 0.0) for run in mine])
                 for name in mine[0].steps}
        # What comes before the first step: the interpreter and the command line's imports.
        steps = {"interpreter and imports": _median([_before_first_step(run) for run in mine]),
                 **steps}
        print("  self-test steps (medians): " + ", ".join(
            f"{name} {ms:.0f} ms" for name, ms in steps.items()), flush=True)
        step_medians[label] = steps
    return {
        "figures": [asdict(figure) for figure in figures],
        "floor": "a bare PySide6 QApplication + QMainWindow.show() process, offscreen",
        "stack_floor": "the bare window process plus importing SQLAlchemy's ORM and the "
                       "models (mappers configured) and one argon2id check at the program's "
                       "cost, arranged as cheaply as possible (STACK_FLOOR)",
        "self_test_steps_ms": step_medians,
        "runs": {"floor": [asdict(run) for run in floor],
                 "stack floor": [asdict(run) for run in stack],
                 "stack floor, SQLAlchemy Core only": [asdict(run) for run in core],
                 **{name: [asdict(run) for run in mine] for name, mine in ours.items()},
                 **{f"sign-in dialog {name}": [asdict(run) for run in shown]
                    for name, shown in dialogs.items()}},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_startup")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--quick", action="store_true", help="the 2,000-client demo only")
    args = parser.parse_args(argv)
    result = run_startup_bench(runs=args.runs, quick=args.quick)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    path = RESULTS / f"startup-{stamp}.json"
    path.write_text(json.dumps({"when": stamp, "startup": result}, indent=2), encoding="utf-8")
    print(f"written {path}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
