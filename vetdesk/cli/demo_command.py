"""``vetdesk demo [--clients N] [--seed S]``: fill an empty database with the demo clinic."""

from __future__ import annotations

import argparse
from typing import Any

from babel.numbers import format_decimal

from vetdesk import i18n
from vetdesk.cli.environment import CliEnvironment
from vetdesk.i18n import N_, _
from vetdesk.services.demo import DEMO_USERS, load_demo

_SHOWN = (
    ("clients", N_("{count} clients")), ("animals", N_("{count} animals")),
    ("journal_entries", N_("{count} journal entries")),
    ("appointments", N_("{count} appointments")),
    ("reminders", N_("{count} recalls and reminders")), ("messages", N_("{count} messages")),
    ("prescriptions", N_("{count} prescriptions")), ("invoices", N_("{count} invoices")),
)

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
    print("  " + ", ".join(_(label).format(count=summary.counts.get(table, 0))
                           for table, label in _SHOWN), file=env.out)
    print(_("Staff accounts, all with the password “{password}”:").format(
        password=summary.demo_password), file=env.out)
    for person in DEMO_USERS:
        note = "" if person.username in summary.created_usernames else \
            "  " + _("(existed already; left unchanged)")
        print(f"  {person.username:<11} {person.full_name:<16} {_(person.role.label)}{note}",
              file=env.out)
    return 0
