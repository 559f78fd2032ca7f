"""``vetdesk drugs import FILE.csv | --sample`` and ``vetdesk drugs search TEXT [--json]``:
the drug catalogue from a terminal (issue 12)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from vetdesk.cli.environment import CliEnvironment
from vetdesk.cli.files import file_problem
from vetdesk.errors import UserFacingError, ValidationError
from vetdesk.i18n import _
from vetdesk.services.pharmacy.catalogue import (
    CatalogueFileRefused,
    import_drugs,
    import_sample_catalogue,
    search_drugs,
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("drugs", help=_("the drug catalogue: import and search"))
    actions = parser.add_subparsers(dest="drugs_command", metavar=_("ACTION"), required=True)
    load = actions.add_parser(
        "import", help=_("add or update products from a CSV file (columns: see README, "
                         "“Drug catalogue”), or load the sample catalogue"))
    source = load.add_mutually_exclusive_group(required=True)
    source.add_argument("file", type=Path, nargs="?", metavar=_("FILE.csv"),
                        help=_("the catalogue file"))
    source.add_argument("--sample", action="store_true",
                        help=_("the shipped sample catalogue (made-up varenummer)"))
    load.set_defaults(func=run_import)
    find = actions.add_parser("search", help=_("find products by name, substance or "
                                               "varenummer"))
    find.add_argument("text", metavar=_("TEXT"))
    find.add_argument("--json", action="store_true", help=_("print the products as JSON"))
    find.set_defaults(func=run_search)


def run_import(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx = env.context()
    actor = env.actor()
    assert actor is not None
    try:
        if args.sample:
            result = import_sample_catalogue(ctx, actor)
        else:
            try:
                data = args.file.read_bytes()
            except OSError as exc:
                raise UserFacingError(file_problem(exc)) from exc
            result = import_drugs(ctx, actor, data)
    except CatalogueFileRefused as refused:
        print(refused.message, file=env.out)
        for problem in refused.problems:
            print(f"  {problem}", file=env.out)
        return 1
    print(_("{added} products added, {updated} updated.").format(
        added=result.added, updated=result.updated), file=env.out)
    return 0


def run_search(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx = env.context()
    actor = env.actor()
    assert actor is not None
    if not args.text.strip():
        raise ValidationError(_("Type part of a name, a substance or a varenummer."))
    found = search_drugs(ctx, actor, args.text)
    if args.json:
        print(json.dumps([{
            "id": d.id, "name": d.name, "active_substances": d.active_substances,
            "form": d.form, "strength": d.strength, "pack_sizes": list(d.pack_sizes),
            "varenummer": d.product_number, "atc_code": d.atc_code,
            "antimicrobial": d.antimicrobial, "vaccine": d.vaccine,
            "target_species": list(d.target_species), "withdrawal_days": d.withdrawal_days,
            "sample": d.sample,
        } for d in found], ensure_ascii=False, indent=2), file=env.out)
        return 0
    if not found:
        print(_("No product matches “{text}”.").format(text=args.text), file=env.out)
    for drug in found:
        mark = _(" (sample data)") if drug.sample else ""
        print(f"{drug.product_number or '-':>8}  {drug.name} ({drug.active_substances}), "
              f"{drug.form} {drug.strength}{mark}", file=env.out)
    return 0
