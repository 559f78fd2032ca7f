"""``vetdesk vetreg due [--json]`` and ``vetdesk vetreg export --out FILE``: medicine reporting
for food-producing animals and horses (issue 12)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from vetdesk.cli.environment import CliEnvironment
from vetdesk.cli.files import check_writable_target, file_problem
from vetdesk.errors import UserFacingError
from vetdesk.i18n import _, ngettext
from vetdesk.services.pharmacy.vetreg import due_entries, export_due


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("vetreg", help=_("medicine reporting (VetReg) for "
                                                     "food-producing animals and horses"))
    actions = parser.add_subparsers(dest="vetreg_command", metavar=_("ACTION"), required=True)
    due = actions.add_parser("due", help=_("medicine not yet reported, oldest first"))
    due.add_argument("--json", action="store_true", help=_("print them as JSON"))
    due.set_defaults(func=run_due)
    export = actions.add_parser("export", help=_("write the report file and mark its entries "
                                                  "reported"))
    export.add_argument("--out", type=Path, required=True, metavar=_("FILE"),
                        help=_("the file to write (CSV)"))
    export.set_defaults(func=run_export)


def run_due(args: argparse.Namespace, env: CliEnvironment) -> int:
    actor = env.actor()
    assert actor is not None
    found = due_entries(env.context(), actor)
    if args.json:
        print(json.dumps([{
            "key": e.key, "source": e.source.value, "reference": e.reference,
            "item_id": e.item_id,
            "prescription_id": e.prescription_id.hex if e.prescription_id else None,
            "given_id": e.given_id.hex if e.given_id else None,
            "used_on": e.used_on.isoformat(), "due_on": e.due_on.isoformat(),
            "overdue": e.overdue, "species": e.species,
            "production_category": e.production_category, "producer_number": e.producer_number,
            "animal": e.animal_identity, "individual": e.individual, "product": e.product_name,
            "varenummer": e.varenummer,
            "amount": None if e.amount is None else format(e.amount, "f"),
            "unit": e.amount_unit, "administered_by": e.administered_by,
            "missing": list(e.missing),
        } for e in found], ensure_ascii=False, indent=2), file=env.out)
        return 0
    if not found:
        print(_("Nothing to report."), file=env.out)
    for e in found:
        flag = _("OVERDUE") if e.overdue else ""
        missing = (" " + _("(missing: {fields})").format(
            fields=", ".join(_missing_label(field) for field in e.missing))
                   if e.missing else "")
        print(f"{e.used_on.strftime('%d.%m.%Y')}  {e.due_on.strftime('%d.%m.%Y')} {flag:<8} "
              f"{e.animal_identity}: {e.product_name}{missing}", file=env.out)
    return 0


def run_export(args: argparse.Namespace, env: CliEnvironment) -> int:
    actor = env.actor()
    assert actor is not None
    check_writable_target(args.out)
    data, count = export_due(env.context(), actor, args.out.name)
    try:
        args.out.write_bytes(data)
    except OSError as exc:
        raise UserFacingError(file_problem(exc)) from exc
    print(ngettext("Wrote {path}: {count} entry, now marked reported. Check the file format "
                   "with the animal health portal before production use.",
                   "Wrote {path}: {count} entries, now marked reported. Check the file format "
                   "with the animal health portal before production use.", count).format(
                       path=args.out, count=count), file=env.out)
    return 0


def _missing_label(field: str) -> str:
    """What an entry lacks in words, as the VetReg page says it (the codes stay in --json)."""
    return {"production_category": _("production category"),
            "producer_number": _("producer number"), "amount": _("amount"),
            "administered_by": _("who gives it")}.get(field, field)
