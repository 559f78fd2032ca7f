"""``vetdesk journal print (ANIMAL_ID | --chip CHIP | --client NO --animal NAME) ...``,
``vetdesk journal show ... [--json]``, ``vetdesk journal write ...`` and
``vetdesk journal autolock``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from vetdesk.cli.animal_choice import add_animal_arguments, chosen_animal
from vetdesk.cli.environment import CliEnvironment
from vetdesk.cli.files import write_printout
from vetdesk.i18n import _, ngettext
from vetdesk.services.journal import PrintOptions, lock_stale_drafts, print_journal


def register(subparsers: Any) -> None:
    journal = subparsers.add_parser("journal",
                                    help=_("write, show or print journals, lock old drafts"))
    actions = journal.add_subparsers(dest="journal_command", metavar=_("ACTION"), required=True)
    printing = actions.add_parser("print", help=_("write an animal's journal to a PDF (audited)"))
    add_animal_arguments(printing)
    printing.add_argument("--from", dest="date_from", type=_date, metavar=_("YYYY-MM-DD"),
                          help=_("the first day to include"))
    printing.add_argument("--to", dest="date_to", type=_date, metavar=_("YYYY-MM-DD"),
                          help=_("the last day to include"))
    printing.add_argument("--out", type=Path, required=True, metavar=_("FILE.pdf"),
                          help=_("the PDF file to write"))
    printing.add_argument("--confidential", action="store_true",
                          help=_("include entries marked confidential"))
    printing.add_argument("--voided", action="store_true", help=_("include voided entries"))
    printing.add_argument("--language", choices=("nb", "en"), default="nb",
                          help=_("the printout's language (default nb)"))
    printing.set_defaults(func=run_print)
    showing = actions.add_parser(
        "show", help=_("list an animal's signed entries with their three times (audited)"))
    add_animal_arguments(showing)
    showing.add_argument("--json", action="store_true", help=_("print the entries as JSON"))
    showing.set_defaults(func=run_show)
    from vetdesk.cli.journal_write import register as register_write

    register_write(actions)
    autolock = actions.add_parser(
        "autolock",
        help=_("sign drafts older than the clinic's lock period in their authors' names"),
    )
    autolock.set_defaults(func=run_autolock)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("“{text}” is not a date; use YYYY-MM-DD.").format(text=text)) from None


def run_print(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx = env.context()
    actor = env.actor()
    assert actor is not None  # required=True raises instead of returning None

    def printout() -> bytes:
        animal_id = chosen_animal(ctx, actor, args)
        return print_journal(ctx, actor, animal_id, PrintOptions(
            date_from=args.date_from, date_to=args.date_to,
            include_confidential=args.confidential, include_voided=args.voided,
            language=args.language,
        ))

    write_printout(args.out, printout, env.out)
    return 0


def run_show(args: argparse.Namespace, env: CliEnvironment) -> int:
    from vetdesk.cli.journal_show import run_show as show

    return show(args, env)


def run_autolock(args: argparse.Namespace, env: CliEnvironment) -> int:
    # A nightly job may run without a user; the audit log then names the sweep itself.
    report = lock_stale_drafts(env.context(), env.actor(required=False))
    locked, empty = len(report.locked), len(report.discarded_empty)
    print(_(
        "Locked {locked} in their authors' names; discarded {discarded}; {signed} had already "
        "been signed elsewhere."
    ).format(locked=ngettext("{count} draft", "{count} drafts", locked).format(count=locked),
             discarded=ngettext("{count} empty draft", "{count} empty drafts",
                                empty).format(count=empty),
             signed=len(report.already_signed)), file=env.out)
    return 0
