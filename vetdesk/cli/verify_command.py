"""``vetdesk verify``: walk the hash chains; exit 1 naming the first broken row."""

from __future__ import annotations

import argparse
from typing import Any

from vetdesk.cli.environment import CliEnvironment
from vetdesk.services.verify import verify_all


def register(subparsers: Any) -> None:
    verify = subparsers.add_parser(
        "verify", help="check the audit log and journal hash chains for tampering"
    )
    verify.set_defaults(func=run)


def run(args: argparse.Namespace, env: CliEnvironment) -> int:
    report = verify_all(env.context())
    if report.first_break is not None:
        print(f"TAMPERING DETECTED in {report.first_break}.", file=env.out)
        print(
            "Rows from this one on cannot be trusted; keep the database as it is and contact "
            "support.",
            file=env.out,
        )
        return 1
    print(
        f"OK: {report.audit_rows} audit events and {report.journal_versions} journal versions "
        "verified; no changes found.",
        file=env.out,
    )
    return 0
