"""``vetdesk referrals list --animal ID [--json]``, ``print ID --out FILE.pdf`` and
``parties [--json]``: referrals and lab requests from a terminal (issue 12)."""

from __future__ import annotations

import argparse
import json
import uuid
from pathlib import Path
from typing import Any

from vetdesk.cli.environment import CliEnvironment
from vetdesk.cli.files import write_printout
from vetdesk.errors import NotFound
from vetdesk.i18n import _
from vetdesk.services.referrals.letter import referral_letter
from vetdesk.services.referrals.parties import list_parties
from vetdesk.services.referrals.sending import list_referrals


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("referrals", help=_("referrals and lab requests"))
    actions = parser.add_subparsers(dest="referrals_command", metavar=_("ACTION"),
                                    required=True)
    listing = actions.add_parser("list", help=_("an animal's referrals and lab requests"))
    listing.add_argument("--animal", type=int, required=True, metavar=_("ID"),
                         help=_("the animal's number"))
    listing.add_argument("--json", action="store_true", help=_("print them as JSON"))
    listing.set_defaults(func=run_list)
    printing = actions.add_parser("print", help=_("write a referral letter or lab request "
                                                   "to a PDF (audited)"))
    printing.add_argument("id", metavar=_("ID"), help=_("the referral's id"))
    printing.add_argument("--out", type=Path, required=True, metavar=_("FILE.pdf"),
                          help=_("the PDF file to write"))
    printing.set_defaults(func=run_print)
    parties = actions.add_parser("parties", help=_("the register of recipients"))
    parties.add_argument("--json", action="store_true", help=_("print them as JSON"))
    parties.set_defaults(func=run_parties)


def run_list(args: argparse.Namespace, env: CliEnvironment) -> int:
    actor = env.actor()
    assert actor is not None
    found = list_referrals(env.context(), actor, args.animal)
    if args.json:
        print(json.dumps([{
            "id": r.id.hex, "kind": r.kind.value, "recipient": r.recipient,
            "reason": r.reason, "urgency": r.urgency.value, "status": r.status,
            "sent_at": r.sent_at.isoformat() if r.sent_at else None, "entries": r.entries,
            "report_entry_id": r.report_entry_id.hex if r.report_entry_id else None,
        } for r in found], ensure_ascii=False, indent=2), file=env.out)
        return 0
    if not found:
        print(_("No referrals for animal {id}.").format(id=args.animal), file=env.out)
    for r in found:
        sent = r.sent_at.strftime("%d.%m.%Y") if r.sent_at else "—"
        print(f"{r.id.hex}  {sent}  {r.status}  {r.recipient}: {r.reason}", file=env.out)
    return 0


def run_print(args: argparse.Namespace, env: CliEnvironment) -> int:
    actor = env.actor()
    assert actor is not None

    def letter() -> bytes:
        try:
            referral_id = uuid.UUID(args.id.strip())
        except ValueError:
            raise NotFound(_("“{text}” is not a referral id (32 hexadecimal digits, as "
                             "“referrals list” shows).").format(text=args.id)) from None
        return referral_letter(env.context(), actor, referral_id)

    write_printout(args.out, letter, env.out)
    return 0


def run_parties(args: argparse.Namespace, env: CliEnvironment) -> int:
    actor = env.actor()
    assert actor is not None
    found = list_parties(env.context(), actor)
    if args.json:
        print(json.dumps([{"id": p.id, "name": p.name, "speciality": p.speciality,
                           "laboratory": p.is_laboratory, "address": p.address,
                           "phone": p.phone, "email": p.email} for p in found],
                         ensure_ascii=False, indent=2), file=env.out)
        return 0
    for p in found:
        kind = _("laboratory") if p.is_laboratory else (p.speciality or "")
        print(f"{p.id:>4}  {p.name} ({kind})", file=env.out)
    return 0
