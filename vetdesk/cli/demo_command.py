"""``vetdesk demo [--clients N] [--seed S]``: fill an empty database with the demo clinic."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from typing import Any

from babel.numbers import format_decimal

from vetdesk import i18n
from vetdesk.cli.environment import CliEnvironment
from vetdesk.i18n import N_, _, ngettext
from vetdesk.services.demo import DEMO_USERS, load_demo


def _shown(counts: Mapping[str, int]) -> list[str]:
    """What the demo loaded, each count in the form it takes ("1 invoice", "2 invoices")."""
    def count(table: str) -> int:
        return counts.get(table, 0)

    # ngettext is called with its literals here, where the check of the catalogue finds them.
    said = [
        ("clients", ngettext("{count} client", "{count} clients", count("clients"))),
        ("animals", ngettext("{count} animal", "{count} animals", count("animals"))),
        ("journal_entries", ngettext("{count} journal entry", "{count} journal entries",
                                     count("journal_entries"))),
        ("appointments", ngettext("{count} appointment", "{count} appointments",
                                  count("appointments"))),
        ("reminders", ngettext("{count} recall or reminder", "{count} recalls and reminders",
                               count("reminders"))),
        ("messages", ngettext("{count} message", "{count} messages", count("messages"))),
        ("prescriptions", ngettext("{count} prescription", "{count} prescriptions",
                                   count("prescriptions"))),
        ("invoices", ngettext("{count} invoice", "{count} invoices", count("invoices"))),
    ]
    return [words.format(count=count(table)) for table, words in said]

# The stages vetdesk.services.demo reports; listed so they are translated.
_STAGES = (N_("clients and journals"), N_("invoices"), N_("done"))


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser(
        "demo",
        help=_("fill a database that has no clients yet with a generated demo clinic"),
        description=_(
            "Generate a realistic Norwegian clinic, the same one for the same seed, with its "
            "own staff accounts (all with the demo password). Once the database has users, run "
            "it as a manager or administrator (--user)."
        ),
    )
    demo.add_argument("--clients", type=int, default=2000, metavar="N",
                      help=_("how many clients to generate (default 2000)"))
    demo.add_argument("--seed", type=int, default=1, metavar="S",
                      help=_("the same seed gives the same clinic (default 1)"))
    demo.set_defaults(func=run)


def run(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx = env.context()
    actor = env.actor(required=False)

    def progress(stage: str, fraction: float) -> None:
        # The generator names its stages in English (marked in _STAGES for translation).
        print(f"demo: {fraction:4.0%} {_(stage)}", file=env.err, flush=True)

    summary = load_demo(ctx, actor, clients=args.clients, seed=args.seed, progress=progress)
    seconds = format_decimal(summary.seconds, "0.0", locale=i18n.current_language())
    print(_("Loaded the demo clinic (seed {seed}) into {database} in {seconds} s:").format(
        seed=summary.seed, database=ctx.db.description, seconds=seconds), file=env.out)
    print("  " + ", ".join(_shown(summary.counts)), file=env.out)
    print(_("Staff accounts, all with the password “{password}”:").format(
        password=summary.demo_password), file=env.out)
    for person in DEMO_USERS:
        note = "" if person.username in summary.created_usernames else \
            "  " + _("(existed already; left unchanged)")
        print(f"  {person.username:<11} {person.full_name:<16} {_(person.role.label)}{note}",
              file=env.out)
    return 0
