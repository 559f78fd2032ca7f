"""``vetdesk medicine give|list|void``: medicine a vet gave without a prescription (an
injection in the clinic or on a farm visit), for the journal and VetReg (issue 12)."""

from __future__ import annotations

import argparse
import json
import uuid
from decimal import Decimal, InvalidOperation
from typing import Any

from vetdesk.cli.animal_choice import add_animal_arguments, chosen_animal
from vetdesk.cli.environment import CliEnvironment
from vetdesk.cli.journal_write import wall_clock_argument
from vetdesk.domain import vetreg
from vetdesk.errors import NotFound
from vetdesk.i18n import _
from vetdesk.services.local_time import shown_moment
from vetdesk.services.pharmacy.catalogue import search_drugs
from vetdesk.services.pharmacy.giving import list_given, record_given, void_given
from vetdesk.services.pharmacy.types import GivenInput, GivenSummary


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("medicine", help=_(
        "medicine a vet gave without a prescription (journal and VetReg)"))
    actions = parser.add_subparsers(dest="medicine_command", metavar=_("ACTION"), required=True)
    give = actions.add_parser("give", help=_(
        "record medicine given to an animal or herd, with its journal note (audited)"))
    add_animal_arguments(give)
    give.add_argument("--drug", required=True, metavar=_("VARENR"),
                      help=_("the product's varenummer in the catalogue"))
    give.add_argument("--amount", required=True, type=_amount, metavar=_("AMOUNT"),
                      help=_("the amount given, like 45 or 4,5"))
    give.add_argument("--unit", choices=vetreg.UNITS, default="ml",
                      help=_("ml or g (default ml)"))
    give.add_argument("--when", type=wall_clock_argument, metavar=_("TIME"),
                      help=_("when it was given, as dd.mm.yyyy HH:MM in the clinic's time "
                             "(default now)"))
    give.add_argument("--withdrawal", default="", metavar=_("TEXT"),
                      help=_("the withdrawal period (required for food-producing animals "
                             "and horses, even 0 days)"))
    give.add_argument("--category", default="", metavar=_("CODE"),
                      help=_("the production category for VetReg: milk, meat, other, "
                             "table_eggs, broilers, turkey_meat"))
    give.add_argument("--producer", default="", metavar=_("NUMBER"),
                      help=_("the producer number for VetReg"))
    give.add_argument("--notes", default="", metavar=_("TEXT"), help=_("a note for the journal"))
    give.add_argument("--id", type=_record_id, metavar="UUID",
                      help=_("the record's id; the same id again finds the first attempt"))
    give.add_argument("--json", action="store_true", help=_("print the result as JSON"))
    give.set_defaults(func=run_give)
    listing = actions.add_parser("list", help=_("an animal's medicine given, newest first"))
    add_animal_arguments(listing)
    listing.add_argument("--json", action="store_true", help=_("print them as JSON"))
    listing.set_defaults(func=run_list)
    void = actions.add_parser("void", help=_("void a wrong record, with the reason (its "
                                             "journal note is voided too)"))
    void.add_argument("id", type=_record_id, metavar=_("ID"),
                      help=_("the record's id, as “medicine list” shows it"))
    void.add_argument("--reason", required=True, metavar=_("TEXT"),
                      help=_("why it is voided"))
    void.set_defaults(func=run_void)


def _amount(text: str) -> Decimal:
    try:
        return Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(
            _("“{text}” is not a number; write it like 4,5.").format(text=text)) from None


def _record_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(_(
            "“{text}” is not a record id (32 hexadecimal digits, as “medicine list” shows)."
        ).format(text=text)) from None


def run_give(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx = env.context()
    actor = env.actor()
    assert actor is not None
    animal_id = chosen_animal(ctx, actor, args)
    exact = [d for d in search_drugs(ctx, actor, args.drug) if d.product_number == args.drug]
    if not exact:
        raise NotFound(_("No product in the catalogue has the varenummer “{number}”; find it "
                         "with “vetdesk drugs search”.").format(number=args.drug))
    if args.id is None:
        # Kept on the arguments: a retry after a lost connection finds the first attempt.
        args.id = uuid.uuid4()
    given = record_given(ctx, actor, GivenInput(
        id=args.id, animal_id=animal_id, drug_id=exact[0].id, amount=args.amount,
        amount_unit=args.unit, given_at=args.when, withdrawal_period=args.withdrawal,
        production_category=args.category, producer_number=args.producer, notes=args.notes))
    if args.json:
        print(json.dumps(_as_json(given), ensure_ascii=False, indent=2), file=env.out)
        return 0
    print(_("Recorded {id}: {product}, {amount} {unit}, given {when}; written in the journal.")
          .format(id=given.id.hex, product=given.product_name, amount=_shown(given.amount),
                  unit=given.amount_unit, when=shown_moment(given.given_at, ctx.zone)),
          file=env.out)
    return 0


def run_list(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx = env.context()
    actor = env.actor()
    assert actor is not None
    found = list_given(ctx, actor, chosen_animal(ctx, actor, args))
    if args.json:
        print(json.dumps([_as_json(g) for g in found], ensure_ascii=False, indent=2),
              file=env.out)
        return 0
    if not found:
        print(_("No medicine given is recorded for this animal."), file=env.out)
    for g in found:
        void = (" " + _("(void: {reason})").format(reason=g.voided_reason)
                if g.voided_reason else "")
        print(f"{g.id.hex}  {shown_moment(g.given_at, ctx.zone)}  {g.given_by_name}: "
              f"{g.product_name} {_shown(g.amount)} {g.amount_unit}{void}", file=env.out)
    return 0


def run_void(args: argparse.Namespace, env: CliEnvironment) -> int:
    actor = env.actor()
    assert actor is not None
    void_given(env.context(), actor, args.id, args.reason)
    print(_("The record is void, and so is its journal note."), file=env.out)
    return 0


def _shown(amount: Decimal) -> str:
    return format(amount.normalize(), "f").replace(".", ",")


def _as_json(g: GivenSummary) -> dict[str, Any]:
    return {"id": g.id.hex, "animal_id": g.animal_id, "given_at": g.given_at.isoformat(),
            "given_by": g.given_by_name, "product": g.product_name,
            "amount": format(g.amount, "f"), "unit": g.amount_unit,
            "withdrawal_period": g.withdrawal_period,
            "journal_entry_id": g.journal_entry_id.hex, "voided_reason": g.voided_reason}
