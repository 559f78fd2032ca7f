"""Peak memory of importing a large client file: ``python -m tests.bench.bench_import_memory``.

    .venv/bin/python -m tests.bench.bench_import_memory [--megabytes 50] [--runs 3]

Issue 9: a 50 MB client file took 3.7 GB at its peak; the goal is ≤ 300 MB, streamed. Each
run imports the generated file into a fresh SQLite database in a process of its own (so one
run's memory cannot hide in another's), and reports that process's peak resident memory while
the import ran (Linux's VmHWM, reset just before the import), beside its resident memory
before the import (the interpreter, SQLAlchemy and the models: the floor) and after. Runs on
two file sizes show whether the peak grows with the file. Medians over the runs; the machine
may be shared, so the seconds are indicative only. ``tests.bench.run`` runs it with the import
figures (``--only import``). Writes JSON to tests/bench/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.import_bench import importer, write_files

RESULTS = Path(__file__).resolve().parent / "results"
ROOT = Path(__file__).resolve().parents[2]
# Rows of write_files' client file per megabyte (about 90 bytes a row).
ROWS_PER_MB = 11_100
GOAL_MB = 300


def _status_mb(field: str) -> float:
    """A memory figure of this process from /proc/self/status (Linux), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_peak() -> bool:
    """Reset VmHWM to the current resident size (Linux 4.0+); False where it cannot."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _child(client_file: Path, database: Path) -> dict[str, float | int]:
    """In its own process: a fresh database, one manager, then the import, measured."""
    import datetime as dt

    from vetdesk.db.opening import open_database
    from vetdesk.services.context import ServiceContext
    from vetdesk.services.importing import import_clients

    db = open_database(f"sqlite:///{database}", now=dt.datetime.now(dt.UTC))
    try:
        ctx = ServiceContext(db=db)
        actor = importer(ctx)
        before = _status_mb("VmRSS")
        reset = _reset_peak()
        started = time.perf_counter()
        report = import_clients(ctx, actor, client_file)
        seconds = time.perf_counter() - started
        peak = _status_mb("VmHWM") if reset else (
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        after = _status_mb("VmRSS")
    finally:
        db.dispose()
    return {"rows": report.rows, "created": report.created, "errors": len(report.errors),
            "rss_before_mb": round(before, 1), "peak_mb": round(peak, 1),
            "rss_after_mb": round(after, 1), "seconds": round(seconds, 2)}


def _one_run(client_file: Path, folder: Path, run: int) -> dict[str, float | int]:
    database = folder / f"import-{run}.sqlite"
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.bench_import_memory", "--child", str(client_file),
         str(database)], cwd=ROOT, capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    if done.returncode != 0:
        raise RuntimeError(f"import run failed ({done.returncode}):\n{done.stderr}")
    for name in folder.glob(database.name + "*"):
        name.unlink()
    result: dict[str, float | int] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run_import_memory_bench(*, quick: bool = False, megabytes: float | None = None,
                            runs: int = 3) -> dict[str, object]:
    """Peak memory importing a client file of ``megabytes`` (and of a tenth of it, to see
    whether it grows with the file)."""
    size = megabytes if megabytes is not None else (5.0 if quick else 50.0)
    sizes = [size / 10, size]
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="vetdesk-import-memory-") as name:
        folder = Path(name)
        files = {}
        for mb in sizes:
            sub = folder / f"{mb:g}MB"
            sub.mkdir()
            files[mb] = write_files(sub, int(mb * ROWS_PER_MB), 0)[0]
        measured: dict[float, list[dict[str, float | int]]] = {mb: [] for mb in sizes}
        for run in range(runs):  # interleaved: load on the machine hits both sizes alike
            for mb in sizes:
                measured[mb].append(_one_run(files[mb], folder, run))
                print(f"  run {run + 1}, {mb:g} MB: {measured[mb][-1]}", flush=True)
        for mb in sizes:
            mine = measured[mb]
            file_mb = files[mb].stat().st_size / 1_000_000
            figure = {
                "file_mb": round(file_mb, 1), "rows": mine[0]["rows"], "runs": runs,
                "peak_mb": statistics.median(float(r["peak_mb"]) for r in mine),
                "rss_before_mb": statistics.median(float(r["rss_before_mb"]) for r in mine),
                "seconds": statistics.median(float(r["seconds"]) for r in mine),
                "goal": f"peak <= {GOAL_MB} MB, flat in file size",
            }
            figures[f"clients {file_mb:.1f} MB"] = figure
            print(f"import {file_mb:5.1f} MB ({figure['rows']} rows): peak "
                  f"{figure['peak_mb']:.0f} MB (before the import {figure['rss_before_mb']:.0f} "
                  f"MB), {figure['seconds']:.1f} s; goal <= {GOAL_MB} MB", flush=True)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_import_memory")
    parser.add_argument("--megabytes", type=float, default=50.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=2, metavar=("CLIENTS_CSV", "DATABASE"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(Path(args.child[0]), Path(args.child[1]))), flush=True)
        return 0
    result = run_import_memory_bench(megabytes=args.megabytes, runs=args.runs)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    path = RESULTS / f"import-memory-{stamp}.json"
    path.write_text(json.dumps({"when": stamp, "import_memory": result}, indent=2),
                    encoding="utf-8")
    print(f"written {path}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
