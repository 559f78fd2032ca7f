"""Which animal a command means: its number, its chip, or its owner's client number and name.

Nobody at a desk knows the internal animal number; the chip is on the reader and the client
number and the animal's name are on every letter. The lookup goes through the search service,
so it is permission-checked and sees exactly what the search box sees.
"""

from __future__ import annotations

import argparse

from vetdesk.domain.chips import normalise_chip
from vetdesk.domain.text import fold
from vetdesk.errors import NotFound, ValidationError
from vetdesk.i18n import _
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.search import MAX_LIMIT, AnimalHit, search


def add_animal_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("animal_id", type=int, nargs="?", metavar=_("ANIMAL_ID"),
                        help=_("the animal's internal number (or use --chip, or --client "
                        "with --animal)"))
    parser.add_argument("--chip", metavar="CHIP", help=_("the animal's microchip number"))
    parser.add_argument("--client", type=int, metavar=_("CLIENT_NO"),
                        help=_("the owner's client number (with --animal)"))
    parser.add_argument("--animal", metavar=_("NAME"), help=_("the animal's name (with --client)"))


def chosen_animal(ctx: ServiceContext, actor: Actor, args: argparse.Namespace) -> int:
    """The internal number of the animal the arguments name; one sentence if none or many."""
    by_owner = args.client is not None or args.animal is not None
    ways = sum((args.animal_id is not None, args.chip is not None, by_owner))
    if ways != 1:
        raise ValidationError(_(
            "Name one animal: its chip (--chip 578093000123456), its owner's client number "
            "and its name (--client 1042 --animal Bamse), or its number."
        ))
    if args.animal_id is not None:
        return int(args.animal_id)
    if args.chip is not None:
        return _by_chip(ctx, actor, args.chip)
    if args.client is None or not args.animal:
        raise ValidationError(_(
            "Give both the owner's client number and the animal's name, like --client 1042 "
            "--animal Bamse."
        ))
    return _by_owner_and_name(ctx, actor, args.client, args.animal)


def _by_chip(ctx: ServiceContext, actor: Actor, typed: str) -> int:
    chip = normalise_chip(typed)
    if not chip:
        raise ValidationError(_("Give the chip number, like 578093000123456."))
    found = {
        animal.animal_id
        for owner in search(ctx, actor, chip, limit=MAX_LIMIT).owners
        for animal in owner.animals
        if animal.microchip is not None and normalise_chip(animal.microchip) == chip
    }
    if not found:
        raise NotFound(_("No animal in the register has the chip {chip}; check the number."
                         ).format(chip=chip))
    if len(found) > 1:  # the register refuses this; an old import may still hold one
        raise ValidationError(_(
            "Several animals have the chip {chip}; give the animal's number instead: {numbers}."
        ).format(chip=chip, numbers=", ".join(str(n) for n in sorted(found))))
    return found.pop()


def _by_owner_and_name(ctx: ServiceContext, actor: Actor, client_no: int, name: str) -> int:
    owners = [owner for owner in search(ctx, actor, str(client_no), limit=MAX_LIMIT).owners
              if owner.client_no == client_no]
    if not owners:
        raise NotFound(_("There is no client number {number}; check the number.").format(
            number=client_no))
    animals: tuple[AnimalHit, ...] = owners[0].animals
    wanted = fold(name).strip()
    same = [animal for animal in animals if fold(animal.name).strip() == wanted]
    if len(same) == 1:
        return same[0].animal_id
    if len(same) > 1:
        raise ValidationError(_(
            "Client {number} has several animals called {name}; give the animal's number "
            "instead: {numbers}."
        ).format(number=client_no, name=name,
                 numbers=", ".join(str(animal.animal_id) for animal in same)))
    if not animals:
        raise NotFound(_("Client {number} has no animals registered.").format(number=client_no))
    raise NotFound(_("Client {number} has no animal called {name}; their animals are {names}."
                     ).format(number=client_no, name=name,
                              names=", ".join(animal.name for animal in animals)))
