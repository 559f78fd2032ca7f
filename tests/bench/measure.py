"""Timing, statement counting and the result table."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from tests.bench.proxy import DelayProxy


@dataclass
class Figure:
    scenario: str
    dataset: str
    link: str
    runs: int
    p50_ms: float
    p95_ms: float
    max_ms: float
    statements_per_action: float
    round_trips_per_action: float | None
    target: str = ""
    # What the figure is measured against (issue 9): the same work at its floor, timed in the
    # same interleaved runs, and the ratios of the medians and of the 95th percentiles.
    floor: str = ""
    floor_p50_ms: float | None = None
    floor_p95_ms: float | None = None
    ratio_p50: float | None = None
    ratio_p95: float | None = None
    # The same in CPU time of this process (issue 9): on a loaded machine a longer action is
    # preempted more often than its short floor, which inflates the wall-clock ratio.
    cpu_p50_ms: float | None = None
    cpu_p95_ms: float | None = None
    floor_cpu_p50_ms: float | None = None
    cpu_ratio_p50: float | None = None

    def row(self) -> str:
        trips = "-" if self.round_trips_per_action is None else f"{self.round_trips_per_action:.1f}"
        floor = "-" if self.floor_p50_ms is None else f"{self.floor_p50_ms:.2f}"
        ratio = "-" if self.ratio_p50 is None else f"{self.ratio_p50:.1f}x"
        cpu = "-" if self.cpu_p50_ms is None else f"{self.cpu_p50_ms:.2f}"
        cpu_ratio = "-" if self.cpu_ratio_p50 is None else f"{self.cpu_ratio_p50:.1f}x"
        floor_label = f"  vs {self.floor}" if self.floor else ""
        return (f"{self.scenario:<22} {self.dataset:<18} {self.link:<10} {self.runs:>5} "
                f"{self.p50_ms:>8.2f} {self.p95_ms:>8.2f} {self.max_ms:>8.1f} "
                f"{self.statements_per_action:>6.1f} {trips:>6} {floor:>9} {ratio:>7} "
                f"{cpu:>8} {cpu_ratio:>7}  {self.target}{floor_label}")


HEADER = (f"{'scenario':<22} {'data set':<18} {'link':<10} {'runs':>5} {'p50 ms':>8} "
          f"{'p95 ms':>8} {'max ms':>8} {'stmts':>6} {'RTs':>6} {'floor p50':>9} "
          f"{'ratio':>7} {'cpu p50':>8} {'cpu x':>7}  target  vs floor")


class StatementCounter:
    def __init__(self, engine: Engine) -> None:
        self.count = 0
        self.texts: list[str] = []
        self._engine = engine

    def _seen(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        self.count += 1
        self.texts.append(statement)

    @contextmanager
    def listening(self) -> Iterator[StatementCounter]:
        event.listen(self._engine, "before_cursor_execute", self._seen)
        try:
            yield self
        finally:
            event.remove(self._engine, "before_cursor_execute", self._seen)


def measure(
    scenario: str, dataset: str, link: str, engine: Engine, actions: Sequence[Callable[[], Any]],
    *, runs: int, warmup: int = 10, proxy: DelayProxy | None = None, target: str = "",
    floors: Sequence[Callable[[], Any]] | None = None, floor: str = "",
) -> Figure:
    """Time ``actions`` (in turn); with ``floors`` (one per action), each run of an action is
    followed by its floor, so load from elsewhere on the machine hits both alike."""
    for index, action in enumerate(actions[:warmup]):
        action()
        if floors:
            floors[index]()
    times: list[float] = []
    floor_times: list[float] = []
    cpu: list[float] = []
    floor_cpu: list[float] = []
    counter = StatementCounter(engine)
    trips = 0
    for index in range(runs):
        action = actions[index % len(actions)]
        trips_before = proxy.round_trips if proxy else 0
        with counter.listening():
            started, started_cpu = time.perf_counter(), time.process_time()
            action()
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        trips += (proxy.round_trips - trips_before) if proxy else 0
        if floors:
            started, started_cpu = time.perf_counter(), time.process_time()
            floors[index % len(floors)]()
            floor_times.append((time.perf_counter() - started) * 1000)
            floor_cpu.append((time.process_time() - started_cpu) * 1000)
    figure = Figure(
        scenario=scenario, dataset=dataset, link=link, runs=runs,
        p50_ms=statistics.median(times), p95_ms=_p95(times), max_ms=max(times),
        statements_per_action=counter.count / runs,
        round_trips_per_action=trips / runs if proxy else None, target=target,
        cpu_p50_ms=round(statistics.median(cpu), 3), cpu_p95_ms=round(_p95(cpu), 3),
    )
    if floor_times:
        figure.floor = floor
        figure.floor_p50_ms = statistics.median(floor_times)
        figure.floor_p95_ms = _p95(floor_times)
        figure.ratio_p50 = round(figure.p50_ms / figure.floor_p50_ms, 2)
        figure.ratio_p95 = round(figure.p95_ms / figure.floor_p95_ms, 2)
        figure.floor_cpu_p50_ms = round(statistics.median(floor_cpu), 3)
        if figure.floor_cpu_p50_ms > 0:
            figure.cpu_ratio_p50 = round(statistics.median(cpu) / figure.floor_cpu_p50_ms, 2)
    return figure


def _p95(times: Sequence[float]) -> float:
    ordered = sorted(times)
    return ordered[int(0.95 * (len(ordered) - 1))]


def write_json(figures: Sequence[Figure], extra: dict[str, Any], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    payload = {"when": stamp, "figures": [asdict(f) for f in figures], **extra}
    path = folder / f"bench-{stamp}.json"
    path.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    (folder / "latest.json").write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return path
