"""``vetdesk --user NAME verify``: walk the hash chains; exit 1 naming the first broken row.

A manager's or administrator's check, in the audit log. ``--seal FILE`` appends the tip with
the time to a file kept elsewhere; ``--expect-from FILE`` checks against that file's last seal.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vetdesk.cli.environment import CliEnvironment
from vetdesk.errors import ValidationError
from vetdesk.i18n import _, ngettext
from vetdesk.services.integrity import (
    ChainTip,
    Seal,
    VerifyReport,
    append_seal,
    last_seal,
    verify_all,
)
from vetdesk.services.local_time import shown_moment


def register(subparsers: Any) -> None:
    verify = subparsers.add_parser(
        "verify", help=_(
            "check the audit log and journal hash chains for tampering (manager or "
            "administrator; give --user)"
        ),
    )
    expected = verify.add_mutually_exclusive_group()
    expected.add_argument(
        "--expect", metavar="ID:HASH",
        help=_("the audit tip printed by an earlier run: also proves no rows were removed since"),
    )
    expected.add_argument(
        "--expect-from", metavar=_("FILE"), type=Path,
        help=_("check against the last seal in FILE (written by --seal)"),
    )
    verify.add_argument(
        "--seal", metavar=_("FILE"), type=Path,
        help=_("when all is well, append the time and the tip to FILE (keep it elsewhere)"),
    )
    verify.set_defaults(func=run)


def run(args: argparse.Namespace, env: CliEnvironment) -> int:
    expected = _expected_tip(args)
    # The database first: a wrong address is the sentence to see, not "give --user".
    ctx = env.context()
    actor = env.actor()
    assert actor is not None  # required=True signs in or raises
    report = verify_all(ctx, actor, expected_tip=expected)
    if report.resealed_copy_at is not None:
        # First, so nobody reads "OK" below as a proof about the clinic's own database.
        print(_(
            "This database is an anonymised copy made {when}: its chains were re-sealed over "
            "the replaced values, so this check proves the copy whole and nothing about the "
            "original database."
        ).format(when=shown_moment(report.resealed_copy_at, ctx.zone)), file=env.out)
    if not report.ok:
        _print_break(report, env, expected)
        if args.seal is not None:
            print(_("Nothing was sealed to {path}.").format(path=args.seal), file=env.out)
        return 1
    # Each count takes its own form; the sentence puts the three together.
    print(_("OK: {events}, {versions} and {files} verified; no changes found.").format(
        events=ngettext("{count} audit event", "{count} audit events",
                        report.audit_rows).format(count=report.audit_rows),
        versions=ngettext("{count} journal version", "{count} journal versions",
                          report.journal_versions).format(count=report.journal_versions),
        files=ngettext("{count} attached file", "{count} attached files",
                       report.attachments).format(count=report.attachments)), file=env.out)
    if expected is not None:
        print(_("The audit log still holds the tip {tip} written down earlier.").format(
            tip=f"{expected.row_id}:{expected.hash[:16]}"), file=env.out)
    tip = report.audit_tip
    if tip is None:
        return 0
    if args.seal is not None:
        append_seal(args.seal, Seal(ctx.clock.now(), tip))
        print(_("Sealed the audit tip {tip} to {path}; keep that file outside the building's "
                "computers.").format(tip=tip, path=args.seal), file=env.out)
    else:
        print(_("Audit tip: {tip}").format(tip=tip), file=env.out)
        print(_(
            "Keep this line outside the database; “vetdesk verify --expect {short}” later also "
            "proves that no rows were removed since."
        ).format(short=f"{tip.row_id}:{tip.hash[:16]}"), file=env.out)
    return 0


def _expected_tip(args: argparse.Namespace) -> ChainTip | None:
    """The tip to check against; bad input is one sentence (exit 2), never 'tampering'."""
    if args.expect_from is not None:
        return last_seal(args.expect_from).tip
    if args.expect is None:
        return None
    try:
        return ChainTip.parse(args.expect)
    except ValueError as exc:
        given = args.expect if len(args.expect) <= 80 else args.expect[:79] + "…"
        raise ValidationError(_(
            "--expect takes the tip an earlier run printed, like “1234:5f3a9c0e1d2b4a67” (the "
            "event number, a colon and at least 16 of the hash's digits), but was given "
            "“{given}”; check what was copied."
        ).format(given=given)) from exc


def _print_break(report: VerifyReport, env: CliEnvironment, expected: ChainTip | None) -> None:
    print(_("TAMPERING DETECTED in {where}.").format(where=report.first_break), file=env.out)
    print(_(
        "Rows from this one on cannot be trusted; keep the database as it is and contact "
        "support."
    ), file=env.out)
    if report.first_break is not None and report.first_break.against_tip and expected:
        # Say what was written down and what the log holds: a digit copied wrongly is then
        # seen at a glance, before anyone cries foul (issue 8).
        print(_("The tip written down earlier: {tip}.").format(
            tip=f"{expected.row_id}:{expected.hash[:16]}"), file=env.out)
        print(_("If the tip was copied by hand, compare it with the original first."),
              file=env.out)
