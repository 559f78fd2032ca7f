"""``vetdesk verify``: walk the hash chains; exit 1 naming the first broken row."""

from __future__ import annotations

import argparse
from typing import Any

from vetdesk.cli.environment import CliEnvironment
from vetdesk.errors import ValidationError
from vetdesk.i18n import _
from vetdesk.services.verify import ChainTip, verify_all


def register(subparsers: Any) -> None:
    verify = subparsers.add_parser(
        "verify", help="check the audit log and journal hash chains for tampering"
    )
    verify.add_argument(
        "--expect", metavar="ID:HASH",
        help="the audit tip printed by an earlier run: also proves no rows were removed since",
    )
    verify.set_defaults(func=run)


def run(args: argparse.Namespace, env: CliEnvironment) -> int:
    expected = None
    if args.expect:
        try:
            expected = ChainTip.parse(args.expect)
        except ValueError as exc:
            raise ValidationError(_(
                "--expect takes the tip an earlier run printed, like 1234:5f3a…; check what "
                "was copied."
            )) from exc
    report = verify_all(env.context(), expected_tip=expected)
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
    if report.audit_tip is not None:
        print(
            f"Audit tip: {report.audit_tip}\nKeep this line outside the database; "
            f"“vetdesk verify --expect {report.audit_tip.row_id}:{report.audit_tip.hash[:16]}” "
            "later also proves that no rows were removed since.",
            file=env.out,
        )
    return 0
