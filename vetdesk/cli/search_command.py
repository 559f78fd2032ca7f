"""``vetdesk search QUERY [--json] [--limit N]``: the search box from a terminal."""

from __future__ import annotations

import argparse
import json
from typing import Any

from vetdesk.cli.environment import CliEnvironment
from vetdesk.services.search import DEFAULT_LIMIT, MAX_LIMIT, SearchResults, search


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "search", help="find clients and animals by name, phone, e-mail, chip or client number"
    )
    parser.add_argument("query", help="what to look for, e.g. odegard, 4567 or a chip number")
    parser.add_argument("--json", action="store_true", help="print the hits as JSON")
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT,
                        help=f"at most this many hits (1-{MAX_LIMIT}, default {DEFAULT_LIMIT})")
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


def as_json(results: SearchResults) -> list[dict[str, Any]]:
    hits: list[dict[str, Any]] = []
    for hit in results.hits:
        owner = hit.owner
        entry: dict[str, Any] = {
            "kind": "animal" if hit.animal else "client",
            "client_id": owner.client_id, "client_no": owner.client_no, "name": owner.name,
            "phone": owner.phone, "email": owner.email, "address": owner.address,
            "postal_code": owner.postal_code, "city": owner.city,
            "status": owner.status.value, "rank": owner.rank,
        }
        if hit.animal is not None:
            entry.update({
                "animal_id": hit.animal.animal_id, "animal_name": hit.animal.name,
                "species": hit.animal.species, "microchip": hit.animal.microchip,
                "deceased": hit.animal.deceased,
            })
        hits.append(entry)
    return hits


def print_table(results: SearchResults, env: CliEnvironment) -> None:
    if not results.owners:
        print(f"No client or animal matches “{results.query}”.", file=env.out)
        return
    for owner in results.owners:
        marks = "" if not owner.inactive else f"  [{owner.status.value}]"
        contact = "  ".join(x for x in (owner.phone, owner.email) if x)
        print(f"{owner.client_no:>7}  {owner.name}{marks}  {contact}", file=env.out)
        for animal in owner.animals:
            chip = f"  chip {animal.microchip}" if animal.microchip else ""
            dead = "  [deceased]" if animal.deceased else ""
            pointer = ">" if animal.matched else " "
            print(f"         {pointer} {animal.name} ({animal.species}){chip}{dead}",
                  file=env.out)
    if results.more:
        plus = "+" if results.total_is_lower_bound else ""
        print(f"… and {results.more}{plus} more; type more of the name or number.",
              file=env.out)
