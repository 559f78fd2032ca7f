"""``vetdesk search QUERY [--json] [--limit N]``: the search box from a terminal."""

from __future__ import annotations

import argparse
import json
from typing import Any

from vetdesk.cli.environment import CliEnvironment
from vetdesk.domain.codes import ClientStatus, species_name
from vetdesk.i18n import N_, _
from vetdesk.services.search import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    AnimalHit,
    HitAlert,
    OwnerHit,
    SearchResults,
    search,
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "search", help=_("find clients and animals by name, phone, e-mail, chip or client number")
    )
    parser.add_argument("query", metavar=_("QUERY"),
                        help=_("what to look for, e.g. odegard, 4567 or a chip number"))
    parser.add_argument("--json", action="store_true", help=_("print the hits as JSON"))
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
                        help=_("at most this many hits (1-{most}, default {default})").format(
                            most=MAX_LIMIT, default=DEFAULT_LIMIT))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx = env.context()
    actor = env.actor()
    assert actor is not None
    results = search(ctx, actor, args.query, limit=args.limit)
    if args.json:
        print(json.dumps(as_json(results), ensure_ascii=False, indent=2), file=env.out)
        return 0
    print_table(results, env)
    return 0


def as_json(results: SearchResults) -> dict[str, Any]:
    """What the text output lists, as data: each client with all the animals shown under the
    name, ``matched`` marking what the query itself found (the ">" of the text output)."""
    return {
        "query": results.query,
        "clients": [_owner_json(owner) for owner in results.owners],
        "more": results.more,
        "more_is_lower_bound": results.total_is_lower_bound,
    }


def _owner_json(owner: OwnerHit) -> dict[str, Any]:
    return {
        "client_id": owner.client_id, "client_no": owner.client_no, "name": owner.name,
        "phone": owner.phone, "email": owner.email, "address": owner.address,
        "postal_code": owner.postal_code, "city": owner.city,
        "status": owner.status.value, "rank": owner.rank, "matched": owner.matched,
        "alerts": [_alert_json(alert) for alert in owner.alerts],
        "animals": [_animal_json(animal) for animal in owner.animals],
    }


def _animal_json(animal: AnimalHit) -> dict[str, Any]:
    return {
        "animal_id": animal.animal_id, "name": animal.name, "species": animal.species,
        "breed": animal.breed, "microchip": animal.microchip,
        "birth_date": animal.birth_date.isoformat() if animal.birth_date else None,
        "deceased_on": animal.deceased_on.isoformat() if animal.deceased_on else None,
        "matched": animal.matched,
        "alerts": [_alert_json(alert) for alert in animal.alerts],
    }


def _alert_json(alert: HitAlert) -> dict[str, str]:
    return {"severity": alert.severity.value, "text": alert.text}


def print_table(results: SearchResults, env: CliEnvironment) -> None:
    if not results.owners:
        print(_("No client or animal matches “{query}”.").format(query=results.query),
              file=env.out)
        return
    for owner in results.owners:
        marks = "" if not owner.inactive else f"  [{_status(owner.status)}]"
        contact = "  ".join(x for x in (owner.phone, owner.email) if x)
        print(f"{owner.client_no:>7}  {owner.name}{marks}  {contact}", file=env.out)
        for animal in owner.animals:
            chip = ("  " + _("chip {number}").format(number=animal.microchip)
                    if animal.microchip else "")
            dead = "  [" + _("deceased") + "]" if animal.deceased else ""
            pointer = ">" if animal.matched else " "
            print(f"         {pointer} {animal.name} ({species_name(animal.species)}){chip}"
                  f"{dead}", file=env.out)
    if results.more:
        plus = "+" if results.total_is_lower_bound else ""
        print(_("… and {count} more; type more of the name or number.").format(
            count=f"{results.more}{plus}"), file=env.out)


def _status(status: ClientStatus) -> str:
    return _(_STATUS_NAMES.get(status, status.value))


_STATUS_NAMES = {ClientStatus.INACTIVE: N_("inactive"), ClientStatus.ERASED: N_("erased")}
