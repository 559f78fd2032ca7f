"""Run the benchmarks: ``.venv/bin/python -m tests.bench.run [--quick] [--chain] [--only ...]``.

--quick   a 2,000-client clinic instead of 20,000, 200 runs (checks the harness works)
--chain   also the 300,000-client chain on PostgreSQL (built once, then cached)
--only    comma list of: search, card, chart, calendar, due, import, startup
          (calendar: the week view, 8 vets and 600 appointments, on both engines; due: the
          due list's first page over 300,000 clients on PostgreSQL, its database built once
          in about 3-4 minutes and then kept)
Prints a table (p50, p95, max, statements and round trips per action, and beside each figure
the p50 of the floor it is measured against and the ratio, in wall-clock and in this process's
CPU time, which a loaded machine distorts less) and writes JSON to
tests/bench/results/. The floors (tests/bench/floors.py) run on a raw driver connection,
interleaved with the measured actions: search against its bare match predicate (ids only, the
same cap), the card's and the chart's reads, the week's read and the due list's page against
their own statements sent raw. Beside each figure, the CPU time this process spent on it.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from pathlib import Path

from tests.bench import datasets, floors, scenarios
from tests.bench.measure import HEADER, Figure, measure, write_json
from tests.bench.proxy import DelayProxy
from vetdesk.db.opening import open_database
from vetdesk.services.context import ServiceContext

RESULTS = Path(__file__).resolve().parent / "results"
ONE_WAY_DELAY = 0.0125  # 25 ms round trip


def _run_dataset(data: datasets.DataSet, only: set[str], runs: int,
                 figures: list[Figure], *, proxied: bool) -> None:
    datasets.ensure(data)
    links: list[tuple[str, int | None]] = [("loopback" if data.engine != "sqlite" else "file",
                                            None)]
    proxy = None
    if proxied and data.engine == "postgresql":
        proxy = DelayProxy("127.0.0.1", 5432, one_way_delay=ONE_WAY_DELAY).start()
        links.append(("proxy25ms", proxy.port))
    try:
        for link, port in links:
            db = open_database(data.url(port=port), now=dt.datetime.now(dt.UTC))
            link_proxy = proxy if port is not None else None
            raw = floors.RawConnection(db.engine)
            try:
                ctx = ServiceContext(db=db)
                actor = datasets.bench_actor(ctx)
                label = f"{data.name}-{data.clients // 1000}k"

                def record(figure: Figure) -> None:
                    figures.append(figure)
                    print(figure.row(), flush=True)

                if "search" in only:
                    queries = scenarios.search_queries(ctx)
                    target = {"sqlite": "p95<=10, <=2x", "postgresql": "<=2x"}[data.engine]
                    if link_proxy:
                        target = "1 RT, p95<=60"
                    record(measure(
                        "search", label, link, db.engine,
                        scenarios.search_actions(ctx, actor, queries), runs=max(runs, 200),
                        proxy=link_proxy, target=target,
                        floors=[floors.match_predicate(raw, q) for q in queries],
                        floor="bare match predicate (ids, same cap)",
                    ))
                if "card" in only:
                    card_ctx = dataclasses.replace(ctx, clock=scenarios.SteppingClock(ctx))
                    ids = scenarios.busiest_clients(card_ctx)
                    target = "<=4 q, " + ("p95<=150" if link_proxy else "p95<=50")
                    record(measure(
                        "card (view logged + reads)", label, link, db.engine,
                        scenarios.card_actions(card_ctx, actor, ids),
                        runs=max(runs, 200), proxy=link_proxy, target=target,
                    ))
                    reads = scenarios.card_reads(ctx, ids)
                    record(measure(
                        "card reads", label, link, db.engine, reads, runs=max(runs, 200),
                        proxy=link_proxy, target="<=3x",
                        floors=[floors.replay(raw, db.engine, read) for read in reads],
                        floor="its statements raw",
                    ))
                if "chart" in only:
                    pages = scenarios.chart_first_pages(ctx, actor)
                    record(measure(
                        "chart first page", label, link, db.engine, pages,
                        runs=max(runs, 200), proxy=link_proxy, target="<=3x",
                        floors=[floors.replay(raw, db.engine, page) for page in pages],
                        floor="its statement raw",
                    ))
            finally:
                raw.close()
                db.dispose()
    finally:
        if proxy is not None:
            proxy.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.run")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--chain", action="store_true")
    parser.add_argument("--only", default="search,card,chart,calendar,due,import,startup")
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    engines = args.engines.split(",")
    clients = 2_000 if args.quick else 20_000
    figures: list[Figure] = []
    extra: dict[str, object] = {}
    print(HEADER, flush=True)
    for engine in engines:
        if only & {"search", "card", "chart"}:
            data = datasets.DataSet("clinic", engine, clients)
            _run_dataset(data, only, args.runs, figures, proxied=True)
    if args.chain and only & {"search", "card"}:
        _run_dataset(datasets.DataSet("chain", "postgresql", 300_000), only, args.runs, figures,
                     proxied=True)
    if "calendar" in only:
        from tests.bench.bench_calendar import run_calendar_bench

        figures += run_calendar_bench(min(args.runs, 60), engines)
    if "due" in only and "postgresql" in engines:
        from tests.bench.bench_messaging import bench_due_list

        # --quick: a 20,000-client month (the harness check), else the chain's 300,000.
        figure, extra["due_list"] = bench_due_list(20_000 if args.quick else 300_000,
                                                   min(args.runs, 40))
        figures.append(figure)
        print(figure.row(), flush=True)
        print(f"due list: {extra['due_list']}", flush=True)
    if "startup" in only:
        # Start-up against a bare PySide6 window process, floor and ratio beside each figure.
        from tests.bench.bench_startup import run_startup_bench

        extra["startup"] = run_startup_bench(quick=args.quick)
    if "import" in only:
        from tests.bench.import_bench import run_import_bench

        extra["import"] = run_import_bench(quick=args.quick)
        print(f"import: {extra['import']}", flush=True)
    path = write_json(figures, extra, RESULTS)
    print(f"written {path}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
