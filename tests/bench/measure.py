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

    def row(self) -> str:
        trips = "-" if self.round_trips_per_action is None else f"{self.round_trips_per_action:.1f}"
        return (f"{self.scenario:<22} {self.dataset:<18} {self.link:<10} {self.runs:>5} "
                f"{self.p50_ms:>8.1f} {self.p95_ms:>8.1f} {self.max_ms:>8.1f} "
                f"{self.statements_per_action:>6.1f} {trips:>6}  {self.target}")


HEADER = (f"{'scenario':<22} {'data set':<18} {'link':<10} {'runs':>5} {'p50 ms':>8} "
          f"{'p95 ms':>8} {'max ms':>8} {'stmts':>6} {'RTs':>6}  target")


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
) -> Figure:
    for action in actions[:warmup]:
        action()
    times: list[float] = []
    counter = StatementCounter(engine)
    trips_before = proxy.round_trips if proxy else 0
    with counter.listening():
        for index in range(runs):
            action = actions[index % len(actions)]
            started = time.perf_counter()
            action()
            times.append((time.perf_counter() - started) * 1000)
    trips = (proxy.round_trips - trips_before) / runs if proxy else None
    times.sort()
    return Figure(
        scenario=scenario, dataset=dataset, link=link, runs=runs,
        p50_ms=statistics.median(times), p95_ms=times[int(0.95 * (len(times) - 1))],
        max_ms=times[-1], statements_per_action=counter.count / runs,
        round_trips_per_action=trips, target=target,
    )


def write_json(figures: Sequence[Figure], extra: dict[str, Any], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    payload = {"when": stamp, "figures": [asdict(f) for f in figures], **extra}
    path = folder / f"bench-{stamp}.json"
    path.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    (folder / "latest.json").write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return path
