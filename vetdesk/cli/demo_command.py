"""``vetdesk demo [--clients N] [--seed S]``: fill an empty database with the demo clinic."""

from __future__ import annotations

import argparse
from typing import Any

from vetdesk.cli.environment import CliEnvironment
from vetdesk.services.demo import DEMO_USERS, load_demo

_SHOWN = (
    ("clients", "clients"), ("animals", "animals"), ("journal_entries", "journal entries"),
    ("appointments", "appointments"), ("reminders", "recalls and reminders"),
    ("messages", "messages"), ("prescriptions", "prescriptions"), ("invoices", "invoices"),
)


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser(
        "demo",
        help="fill a database that has no clients yet with a generated demo clinic",
        description="Generate a realistic Norwegian clinic, the same one for the same seed, "
        "with its own staff accounts (all with the demo password). Once the database has "
        "users, run it as a manager or administrator (--user).",
    )
    demo.add_argument("--clients", type=int, default=2000, metavar="N",
                      help="how many clients to generate (default 2000)")
    demo.add_argument("--seed", type=int, default=1, metavar="S",
                      help="the same seed gives the same clinic (default 1)")
    demo.set_defaults(func=run)


def run(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx = env.context()
    actor = env.actor(required=False)

    def progress(stage: str, fraction: float) -> None:
        print(f"demo: {fraction:4.0%} {stage}", file=env.err, flush=True)

    summary = load_demo(ctx, actor, clients=args.clients, seed=args.seed, progress=progress)
    print(
        f"Loaded the demo clinic (seed {summary.seed}) into {ctx.db.description} in "
        f"{summary.seconds:.1f} s:",
        file=env.out,
    )
    print("  " + ", ".join(f"{summary.counts.get(table, 0)} {label}"
                           for table, label in _SHOWN), file=env.out)
    print(f"Staff accounts, all with the password “{summary.demo_password}”:", file=env.out)
    for person in DEMO_USERS:
        note = "" if person.username in summary.created_usernames else \
            "  (existed already; left unchanged)"
        print(f"  {person.username:<11} {person.full_name:<16} {person.role.label}{note}",
              file=env.out)
    return 0
