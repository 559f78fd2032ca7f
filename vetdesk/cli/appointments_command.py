"""``vetdesk appointments book|list|status``: the calendar from a terminal (issue 11).

    vetdesk appointments book --client 1042 --animal Bamse --vet lie --at "2026-12-01 10:00" \\
        --minutes 30 [--type Konsultasjon] [--reason "Halter"] [--room "Operasjonsstue 1"] \\
        [--confirm]
    vetdesk appointments move 17 --at "2026-12-01 11:00" [--minutes 45] [--vet berg] \\
        [--room "Operasjonsstue 1" | --no-room] [--confirm]
    vetdesk appointments list --date 2026-12-01 [--json]
    vetdesk appointments status 17 arrived [--reason R]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from vetdesk.cli.animal_choice import chosen_animal
from vetdesk.cli.environment import CliEnvironment
from vetdesk.domain.appointment_rules import STATUS_WORDS, parse_status
from vetdesk.domain.codes import AppointmentStatus
from vetdesk.domain.event_time import check_wall_clock, wall_clock_moment
from vetdesk.errors import NotFound, ValidationError
from vetdesk.i18n import _
from vetdesk.services.context import ServiceContext
from vetdesk.services.local_time import shown_moment
from vetdesk.services.permissions import Actor
from vetdesk.services.scheduling.booking import BookingRequest, book_appointment
from vetdesk.services.scheduling.calendar_view import calendar_period
from vetdesk.services.scheduling.changes import (
    AppointmentMissing,
    move_appointment,
    set_status,
)
from vetdesk.services.scheduling.occupancy import resource_label
from vetdesk.services.scheduling.resources import room_resource, vet_resource
from vetdesk.services.search import MAX_LIMIT, search


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("appointments", help=_("book, list and check in "
                                                          "appointments"))
    actions = parser.add_subparsers(dest="action", required=True, metavar=_("ACTION"))
    book = actions.add_parser("book", help=_("book an appointment"))
    book.add_argument("--client", type=int, required=True, metavar=_("CLIENT_NO"),
                      help=_("the owner's client number"))
    book.add_argument("--animal", required=True, metavar=_("NAME"), help=_("the animal's name"))
    book.add_argument("--vet", required=True, metavar=_("USERNAME"),
                      help=_("the vet's username"))
    book.add_argument("--at", required=True, metavar="\"YYYY-MM-DD HH:MM\"",
                      help=_("when it starts, in the clinic's time"))
    book.add_argument("--minutes", type=int, default=30, metavar="N",
                      help=_("how long it lasts (default 30)"))
    book.add_argument("--type", default="Konsultasjon", metavar=_("TYPE"),
                      help=_("the type of appointment (default Konsultasjon)"))
    book.add_argument("--reason", metavar=_("REASON"), help=_("why the client comes"))
    book.add_argument("--room", metavar=_("ROOM"),
                      help=_("the room or equipment it needs (its name)"))
    book.add_argument("--confirm", action="store_true",
                      help=_("book even outside opening hours or in the past"))
    book.set_defaults(func=run_book)
    move = actions.add_parser("move", help=_("move an appointment to another time, vet or "
                                             "room (the client is told)"))
    move.add_argument("appointment_id", type=int, metavar=_("ID"))
    move.add_argument("--at", required=True, metavar="\"YYYY-MM-DD HH:MM\"",
                      help=_("when it starts, in the clinic's time"))
    move.add_argument("--minutes", type=int, metavar="N",
                      help=_("how long it lasts (default: as before)"))
    move.add_argument("--vet", metavar=_("USERNAME"), help=_("another vet's username"))
    rooms = move.add_mutually_exclusive_group()
    rooms.add_argument("--room", metavar=_("ROOM"), help=_("another room or equipment"))
    rooms.add_argument("--no-room", action="store_true", help=_("give the room back"))
    move.add_argument("--confirm", action="store_true",
                      help=_("move even outside opening hours or in the past"))
    move.set_defaults(func=run_move)
    listing = actions.add_parser("list", help=_("the appointments of one day"))
    listing.add_argument("--date", required=True, metavar="YYYY-MM-DD", help=_("the day"))
    listing.add_argument("--json", action="store_true", help=_("print them as JSON"))
    listing.set_defaults(func=run_list)
    status = actions.add_parser("status", help=_("set an appointment's status (check-in: "
                                                 "arrived)"))
    status.add_argument("appointment_id", type=int, metavar=_("ID"))
    status.add_argument("status", metavar=_("STATUS"),
                        help=", ".join(s.value for s in AppointmentStatus))
    status.add_argument("--reason", metavar=_("REASON"), help=_("why it was cancelled"))
    status.set_defaults(func=run_status)


def _moment(text: str, zone: dt.tzinfo) -> dt.datetime:
    try:
        local = dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise ValidationError(_("Give the time as \"YYYY-MM-DD HH:MM\", like "
                                "\"2026-12-01 10:00\".")) from None
    moment = wall_clock_moment(local, zone)
    if moment is None:
        raise ValidationError(check_wall_clock(local, zone) or "")
    return moment


def _day(text: str) -> dt.date:
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise ValidationError(_("Give the day as YYYY-MM-DD, like 2026-12-01."))


def _client_id(ctx: ServiceContext, actor: Actor, client_no: int) -> int:
    for owner in search(ctx, actor, str(client_no), limit=MAX_LIMIT).owners:
        if owner.client_no == client_no:
            return owner.client_id
    raise NotFound(_("There is no client number {number}; check the number.").format(
        number=client_no))


def run_book(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx = env.context()
    actor = env.actor()
    assert actor is not None
    starts = _moment(args.at, ctx.zone)
    vet = vet_resource(ctx, actor, args.vet)
    room = room_resource(ctx, actor, args.room) if args.room else None
    client_id = _client_id(ctx, actor, args.client)
    animal_id = chosen_animal(ctx, actor, argparse.Namespace(
        animal_id=None, chip=None, client=args.client, animal=args.animal))
    booked = book_appointment(ctx, actor, BookingRequest(
        client_id=client_id, animal_id=animal_id, resource_id=vet.resource_id,
        starts_at=starts, ends_at=starts + dt.timedelta(minutes=args.minutes),
        appointment_type=args.type, reason=args.reason,
        room_id=room.resource_id if room is not None else None), confirmed=args.confirm)
    print(_("Booked: {when}-{end} with {vet} (appointment {number}).").format(
        when=shown_moment(booked.starts_at, ctx.zone),
        end=booked.ends_at.astimezone(ctx.zone).strftime("%H:%M"),
        vet=resource_label(vet.kind, vet.name), number=booked.appointment_id), file=env.out)
    if booked.confirmation == "sms":
        print(_("The confirmation is queued as an SMS."), file=env.out)
    elif booked.confirmation == "email":
        print(_("The confirmation is queued as an e-mail."), file=env.out)
    return 0


def run_list(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx = env.context()
    actor = env.actor()
    assert actor is not None
    period = calendar_period(ctx, actor, _day(args.date), 1)
    names = {r.resource_id: r.name for r in period.resources}
    if args.json:
        print(json.dumps([{
            "id": a.appointment_id,
            "starts_at": a.starts_at.astimezone(ctx.zone).isoformat(),
            "ends_at": a.ends_at.astimezone(ctx.zone).isoformat(),
            "resource": names.get(a.resource_id), "client_id": a.client_id,
            "client": a.client_name, "animal_id": a.animal_id, "animal": a.animal_name,
            "type": a.appointment_type, "reason": a.reason, "status": a.status,
            "state": a.state,
        } for a in period.appointments], ensure_ascii=False, indent=2), file=env.out)
        return 0
    if not period.appointments:
        print(_("No appointments on {day}.").format(day=period.first_day.strftime("%d.%m.%Y")),
              file=env.out)
    for a in period.appointments:
        start = a.starts_at.astimezone(ctx.zone).strftime("%H:%M")
        end = a.ends_at.astimezone(ctx.zone).strftime("%H:%M")
        who = f"{a.animal_name} ({a.client_name})" if a.animal_name else a.client_name
        print(f"{a.appointment_id:>6}  {start}-{end}  {names.get(a.resource_id, '')}  {who}  "
              f"{a.appointment_type}  {_(STATUS_WORDS[AppointmentStatus(a.status)])}",
              file=env.out)
    return 0


def run_status(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx = env.context()
    actor = env.actor()
    assert actor is not None
    status = parse_status(args.status)
    with _in_command_words():
        changed = set_status(ctx, actor, args.appointment_id, None, status,
                             reason=args.reason)
    print(_("Appointment {number} is now {status}.").format(
        number=changed.appointment_id, status=_(STATUS_WORDS[status])), file=env.out)
    _say_notice(changed.notice, env)
    return 0


def run_move(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx = env.context()
    actor = env.actor()
    assert actor is not None
    starts = _moment(args.at, ctx.zone)
    if args.minutes is not None and not 0 < args.minutes <= 24 * 60:
        raise ValidationError(_("Give the length in minutes, from 1 to 1440."))
    vet = vet_resource(ctx, actor, args.vet) if args.vet else None
    room = room_resource(ctx, actor, args.room) if args.room else None
    with _in_command_words():
        moved = move_appointment(
            ctx, actor, args.appointment_id, None, starts_at=starts,
            ends_at=starts + dt.timedelta(minutes=args.minutes) if args.minutes else None,
            resource_id=vet.resource_id if vet is not None else None,
            room_id=room.resource_id if room is not None else None, clear_room=args.no_room,
            confirmed=args.confirm)
    print(_("Appointment {number} is now {when}-{end}.").format(
        number=moved.appointment_id, when=shown_moment(moved.starts_at, ctx.zone),
        end=moved.ends_at.astimezone(ctx.zone).strftime("%H:%M")), file=env.out)
    _say_notice(moved.notice, env)
    return 0


@contextmanager
def _in_command_words() -> Iterator[None]:
    """A missing appointment said for the terminal: there is no calendar to reload."""
    try:
        yield
    except AppointmentMissing as missing:
        raise NotFound(_("There is no appointment number {number}; “vetdesk appointments list "
                         "--date DAY” shows the numbers of a day.").format(
                             number=missing.number)) from None


def _say_notice(channel: str | None, env: CliEnvironment) -> None:
    if channel == "sms":
        print(_("The client is told by SMS."), file=env.out)
    elif channel == "email":
        print(_("The client is told by e-mail."), file=env.out)
