"""``vetdesk postcodes import FILE``: load Posten's public postal code register, so the town
fills itself in from the postal code on every desk (issue 8)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vetdesk.cli.environment import CliEnvironment
from vetdesk.i18n import _, ngettext
from vetdesk.services.addresses.postcodes import import_postcodes


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "postcodes", help=_("postal codes and towns (Posten's public register)"))
    actions = parser.add_subparsers(dest="action", required=True, metavar=_("ACTION"))
    load = actions.add_parser(
        "import", help=_("replace the postal code register with Posten's file "
                         "(tab-separated: postal code, town, municipality number, ...)"))
    load.add_argument("file", type=Path, metavar=_("FILE"),
                      help=_("Posten's register, e.g. Postnummerregister-ansi.txt"))
    load.set_defaults(func=run_import)


def run_import(args: argparse.Namespace, env: CliEnvironment) -> int:
    data = args.file.read_bytes()
    ctx = env.context()
    actor = env.actor()
    assert actor is not None
    result = import_postcodes(ctx, actor, data)
    print(ngettext("{count} postal code imported from {file}.",
                   "{count} postal codes imported from {file}.", result.imported).format(
        count=result.imported, file=args.file.name), file=env.out)
    if result.skipped_lines:
        print(ngettext("{count} line was not a postal code and was skipped (a heading, for "
                       "one).",
                       "{count} lines were not postal codes and were skipped (a heading, for "
                       "one).", result.skipped_lines).format(count=result.skipped_lines),
              file=env.out)
    return 0
