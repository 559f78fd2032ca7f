"""``vetdesk journal write (ANIMAL_ID | --chip CHIP | --client NO --animal NAME) --kind KIND
--field NAME=TEXT ... [--when TIME] [--asked TIME] [--weight KG] [--temperature C] [--sign]
[--id UUID] [--json]``: a journal entry from a terminal, for example a phone consultation
returned later, with the regulation's three times (FOR-2006-02-20-229 § 4).

The entry is saved as a draft first (nothing typed is lost when signing is refused) and
signed with ``--sign``, as the chart's editor does. ``--id`` makes a retry harmless: the same
id updates the same draft instead of adding another.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import uuid
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from vetdesk.cli.animal_choice import add_animal_arguments, chosen_animal
from vetdesk.cli.environment import CliEnvironment
from vetdesk.domain.codes import JournalKind
from vetdesk.domain.event_time import check_wall_clock, wall_clock_moment
from vetdesk.errors import UserFacingError, ValidationError
from vetdesk.i18n import _
from vetdesk.services.journal import DraftInput, save_draft, sign_draft
from vetdesk.services.local_time import shown_moment

_TIME_FORMATS = ("%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M")


def register(actions: Any) -> None:
    writing = actions.add_parser(
        "write", help=_("write a journal entry, for example a phone consultation (audited)"))
    add_animal_arguments(writing)
    writing.add_argument("--kind", required=True, choices=[k.value for k in JournalKind],
                         help=_("the kind of entry"))
    writing.add_argument("--field", action="append", default=[], metavar=_("NAME=TEXT"),
                         help=_("a field of the entry, such as summary=…; repeat for more"))
    writing.add_argument("--when", type=wall_clock_argument, metavar=_("TIME"),
                         help=_("when help was given, as dd.mm.yyyy HH:MM in the clinic's "
                                "time (default now)"))
    writing.add_argument("--asked", type=wall_clock_argument, metavar=_("TIME"),
                         help=_("when help was asked for, if earlier (default: the same)"))
    writing.add_argument("--weight", type=_number, metavar=_("KG"), help=_("weight in kg"))
    writing.add_argument("--temperature", type=_number, metavar="°C",
                         help=_("temperature in °C"))
    writing.add_argument("--sign", action="store_true", help=_("sign the entry at once"))
    writing.add_argument("--accept-warnings", action="store_true",
                         help=_("sign even with unusual weight or temperature"))
    writing.add_argument("--id", type=_uuid, metavar="UUID",
                         help=_("the entry's id; the same id again updates the same draft"))
    writing.add_argument("--json", action="store_true", help=_("print the result as JSON"))
    writing.set_defaults(func=run_write)


def wall_clock_argument(text: str) -> dt.datetime:
    """A time as typed, still without a zone: the clinic's clock (see :func:`_moment`)."""
    for pattern in _TIME_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), pattern)
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        _("“{text}” is not a time; use dd.mm.yyyy HH:MM.").format(text=text))


def _number(text: str) -> Decimal:
    try:
        return Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(
            _("“{text}” is not a number; write it like 31,4.").format(text=text)) from None


def _uuid(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("“{text}” is not an entry id (32 hexadecimal digits).").format(text=text)
        ) from None


def _fields(pairs: list[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for pair in pairs:
        name, sign, text = pair.partition("=")
        if not sign or not name.strip():
            raise ValidationError(_(
                "Give each field as NAME=TEXT, like --field summary=\"Owner rang about…\"."))
        fields[name.strip()] = text
    return fields


def _moment(wall: dt.datetime | None, zone: ZoneInfo, default: dt.datetime) -> dt.datetime:
    if wall is None:
        return default
    moment = wall_clock_moment(wall, zone)
    if moment is None:
        raise ValidationError(check_wall_clock(wall, zone) or "")
    return moment


def run_write(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx = env.context()
    actor = env.actor()
    assert actor is not None  # required=True raises instead of returning None
    animal_id = chosen_animal(ctx, actor, args)
    zone = ctx.zone
    given = _moment(args.when, zone, ctx.clock.now())
    asked = _moment(args.asked, zone, given)
    if args.id is None:
        # Kept on the arguments: if the command is run again after a lost connection
        # (CliEnvironment.run_action), the retry saves the same draft.
        args.id = uuid.uuid4()
    form = DraftInput(
        id=args.id, animal_id=animal_id, kind=JournalKind(args.kind),
        event_time=given, content=_fields(args.field), weight_kg=args.weight,
        temperature_c=args.temperature, help_requested_at=None if asked == given else asked,
    )
    save_draft(ctx, actor, form)
    signed_at = None
    if args.sign:
        try:
            signed_at = sign_draft(ctx, actor, form.id,
                                   accept_warnings=args.accept_warnings).signed_at
        except UserFacingError:
            # The draft is kept (nothing typed is lost); without its id the corrected command
            # would start a second draft beside it.
            print("vetdesk: " + _("Saved draft {id}, not signed; correct what is said below "
                                  "and run the command again with --id {id}.").format(
                id=form.id.hex), file=env.err)
            raise
    if args.json:
        print(json.dumps(_as_json(form, asked, signed_at), ensure_ascii=False, indent=2),
              file=env.out)
        return 0
    if signed_at is None:
        print(_("Saved draft {id}; sign it in the chart or again with --sign --id {id}.").format(
            id=form.id.hex), file=env.out)
        times = _("help asked for {asked} · given {given} · not signed yet").format(
            asked=shown_moment(asked, zone), given=shown_moment(given, zone))
    else:
        print(_("Signed entry {id}.").format(id=form.id.hex), file=env.out)
        times = _("help asked for {asked} · given {given} · written {written}").format(
            asked=shown_moment(asked, zone), given=shown_moment(given, zone),
            written=shown_moment(signed_at, zone))
    print("  " + times, file=env.out)
    return 0


def _as_json(
    form: DraftInput, asked: dt.datetime, signed_at: dt.datetime | None
) -> dict[str, Any]:
    return {
        "entry_id": form.id.hex, "signed": signed_at is not None,
        "help_requested_at": asked.isoformat(), "event_time": form.event_time.isoformat(),
        "written_at": signed_at.isoformat() if signed_at else None,
    }
