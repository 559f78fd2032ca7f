"""``vetdesk import clients.csv [animals.csv]``: bring clients over from another system."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vetdesk.cli.environment import CliEnvironment
from vetdesk.services.importing import ImportReport, import_animals, import_clients

MAX_LISTED_ERRORS = 200


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "import", help="import clients (and their animals) from CSV files of another system"
    )
    parser.add_argument("clients", type=Path, help="clients CSV (client_no,first_name,...)")
    parser.add_argument("animals", type=Path, nargs="?", help="animals CSV (client_no,name,...)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx = env.context()
    actor = env.actor()
    assert actor is not None
    reports = [import_clients(ctx, actor, args.clients)]
    if args.animals is not None:
        reports.append(import_animals(ctx, actor, args.animals))
    for report in reports:
        _print(report, env)
    return 1 if any(report.errors for report in reports) else 0


def _print(report: ImportReport, env: CliEnvironment) -> None:
    print(
        f"{report.file}: {report.rows} rows, {report.created} new, {report.updated} updated, "
        f"{report.unchanged} unchanged, {len(report.errors)} not imported.",
        file=env.out,
    )
    for error in report.errors[:MAX_LISTED_ERRORS]:
        print(f"  line {error.line}: {error.reason}", file=env.out)
    for note in report.warnings[:MAX_LISTED_ERRORS]:
        print(f"  line {note.line} (imported): {note.reason}", file=env.out)
    if len(report.errors) > MAX_LISTED_ERRORS:
        print(f"  … and {len(report.errors) - MAX_LISTED_ERRORS} more rows with errors.",
              file=env.out)
