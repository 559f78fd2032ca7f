"""``vetdesk prescriptions list --animal ID [--json]``, ``print ID --out FILE.pdf``,
``cancel ID --reason TEXT`` and ``settings``: prescriptions from a terminal (issue 12)."""

from __future__ import annotations

import argparse
import json
import uuid
from pathlib import Path
from typing import Any

from vetdesk.cli.environment import CliEnvironment
from vetdesk.cli.files import write_printout
from vetdesk.errors import NotFound
from vetdesk.i18n import N_, _
from vetdesk.services.pharmacy.cancelling import cancel_prescription
from vetdesk.services.pharmacy.printing import print_prescription
from vetdesk.services.pharmacy.reading import list_prescriptions
from vetdesk.services.pharmacy.rules_settings import set_prescription_rules
from vetdesk.services.pharmacy.types import PrescriptionState

_STATES = {
    PrescriptionState.VALID: N_("valid"),
    PrescriptionState.EXPIRED: N_("expired"),
    PrescriptionState.CANCELLED: N_("void"),
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("prescriptions", help=_("list, print and cancel "
                                                            "prescriptions"))
    actions = parser.add_subparsers(dest="prescriptions_command", metavar=_("ACTION"),
                                    required=True)
    listing = actions.add_parser("list", help=_("an animal's prescriptions and their state"))
    listing.add_argument("--animal", type=int, required=True, metavar=_("ID"),
                         help=_("the animal's number"))
    listing.add_argument("--json", action="store_true", help=_("print them as JSON"))
    listing.set_defaults(func=run_list)
    printing = actions.add_parser("print", help=_("write a prescription to a PDF (audited)"))
    printing.add_argument("id", metavar=_("ID"), help=_("the prescription's id"))
    printing.add_argument("--out", type=Path, required=True, metavar=_("FILE.pdf"),
                          help=_("the PDF file to write"))
    printing.set_defaults(func=run_print)
    cancel = actions.add_parser("cancel", help=_("cancel a prescription, with the reason"))
    cancel.add_argument("id", metavar=_("ID"), help=_("the prescription's id"))
    cancel.add_argument("--reason", required=True, metavar=_("TEXT"),
                        help=_("why it is cancelled"))
    cancel.set_defaults(func=run_cancel)
    rules = actions.add_parser("settings", help=_("the clinic's prescription settings"))
    rules.add_argument("--hpr-required", choices=("yes", "no"),
                       help=_("refuse to issue without the vet's HPR number"))
    rules.add_argument("--cancel-others", choices=("yes", "no"),
                       help=_("let vets cancel each other's prescriptions"))
    rules.set_defaults(func=run_settings)


def _prescription_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise NotFound(_("“{text}” is not a prescription id (32 hexadecimal digits, as "
                         "“prescriptions list” shows).").format(text=text)) from None


def run_list(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx = env.context()
    actor = env.actor()
    assert actor is not None
    found = list_prescriptions(ctx, actor, args.animal)
    if args.json:
        print(json.dumps([{
            "id": p.id.hex, "issued_at": p.issued_at.isoformat(),
            "expires_on": p.expires_on.isoformat() if p.expires_on else None,
            "prescriber": p.prescriber_name, "products": list(p.products),
            "state": p.state.value, "cancelled_reason": p.cancelled_reason,
        } for p in found], ensure_ascii=False, indent=2), file=env.out)
        return 0
    if not found:
        print(_("No prescriptions for animal {id}.").format(id=args.animal), file=env.out)
    for p in found:
        valid = p.expires_on.strftime("%d.%m.%Y") if p.expires_on else "—"
        print(_("{id}  {issued}  {state} (valid until {valid})  {who}: {products}").format(
            id=p.id.hex, issued=p.issued_at.strftime("%d.%m.%Y"), state=_(_STATES[p.state]),
            valid=valid, who=p.prescriber_name, products=", ".join(p.products)),
            file=env.out)
    return 0


def run_print(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx = env.context()
    actor = env.actor()
    assert actor is not None
    write_printout(args.out, lambda: print_prescription(ctx, actor, _prescription_id(args.id)),
                   env.out)
    return 0


def run_cancel(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx = env.context()
    actor = env.actor()
    assert actor is not None
    cancel_prescription(ctx, actor, _prescription_id(args.id), args.reason)
    print(_("The prescription is cancelled."), file=env.out)
    return 0


def run_settings(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx = env.context()
    actor = env.actor()
    assert actor is not None
    rules = set_prescription_rules(
        ctx, actor,
        hpr_required=None if args.hpr_required is None else args.hpr_required == "yes",
        cancel_others=None if args.cancel_others is None else args.cancel_others == "yes")
    yes, no = _("yes"), _("no")
    print(_("HPR number required: {hpr}. Vets may cancel each other's prescriptions: "
            "{others}.").format(hpr=yes if rules.hpr_required else no,
                                others=yes if rules.cancel_others else no), file=env.out)
    return 0
