"""``vetdesk import clients.csv [animals.csv]``: bring clients over from another system."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vetdesk.cli.environment import CliEnvironment
from vetdesk.i18n import _, ngettext
from vetdesk.services.importing import ImportReport, import_animals, import_clients

MAX_LISTED_ERRORS = 200


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "import", help=_("import clients (and their animals) from CSV files of another system")
    )
    parser.add_argument("clients", type=Path, metavar=_("CLIENTS.csv"),
                        help=_("clients CSV (client_no,first_name,...)"))
    parser.add_argument("animals", type=Path, nargs="?", metavar=_("ANIMALS.csv"),
                        help=_("animals CSV (client_no,name,...)"))
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
    print(_(
        "{file}: {rows} rows, {created} new, {updated} updated, {unchanged} unchanged, "
        "{refused} not imported."
    ).format(file=report.file, rows=report.rows, created=report.created,
             updated=report.updated, unchanged=report.unchanged, refused=len(report.errors)),
        file=env.out)
    for error in report.errors[:MAX_LISTED_ERRORS]:
        print("  " + _("line {line}: {reason}").format(line=error.line, reason=error.reason),
              file=env.out)
    for note in report.warnings[:MAX_LISTED_ERRORS]:
        print("  " + _("line {line} (imported): {reason}").format(
            line=note.line, reason=note.reason), file=env.out)
    if len(report.errors) > MAX_LISTED_ERRORS:
        more = len(report.errors) - MAX_LISTED_ERRORS
        print("  " + ngettext("… and {count} more row with errors.",
                              "… and {count} more rows with errors.", more).format(count=more),
              file=env.out)
