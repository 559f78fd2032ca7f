"""``vetdesk calendar hours | set-hours | holidays | open-holiday | close-holiday``: each
resource's opening hours and breaks, and the public holidays the clinic opens (issue 11)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from vetdesk.cli.environment import CliEnvironment
from vetdesk.errors import ValidationError
from vetdesk.i18n import _


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "calendar", help=_("opening hours, breaks and holiday openings per vet, room or "
                           "equipment"))
    actions = parser.add_subparsers(dest="action", required=True, metavar=_("ACTION"))
    show = actions.add_parser("hours", help=_("show the week of every resource, or of one"))
    show.add_argument("resource", nargs="?", metavar=_("RESOURCE"),
                      help=_("a vet's username or a room's name"))
    show.set_defaults(func=run_hours)
    put = actions.add_parser(
        "set-hours", help=_("change the hours of one day or a range of days (practice "
                            "manager or administrator)"))
    put.add_argument("resource", metavar=_("RESOURCE"), help=_("a vet's username or a room's "
                                                               "name"))
    put.add_argument("days", metavar=_("DAYS"), help=_("mandag, or a range like "
                                                       "mandag-fredag"))
    put.add_argument("hours", metavar=_("HOURS"),
                     help=_("like \"08:00-16:00, pause 11:30-12:00\", or stengt"))
    put.set_defaults(func=run_set_hours)
    listing = actions.add_parser("holidays", help=_("the year's public holidays, closed or "
                                                    "opened"))
    listing.add_argument("--year", type=int, metavar=_("YEAR"))
    listing.set_defaults(func=run_holidays)
    opening = actions.add_parser("open-holiday", help=_("open a public holiday after all"))
    opening.add_argument("day", metavar=_("DATE"), help=_("like 26.12.2026"))
    opening.add_argument("hours", metavar=_("HOURS"), help=_("like 10:00-14:00"))
    opening.add_argument("--resource", metavar=_("RESOURCE"),
                         help=_("only this vet or room (else the whole clinic)"))
    opening.set_defaults(func=run_open_holiday)
    closing = actions.add_parser("close-holiday", help=_("close an opened public holiday "
                                                         "again"))
    closing.add_argument("day", metavar=_("DATE"))
    closing.add_argument("--resource", metavar=_("RESOURCE"))
    closing.set_defaults(func=run_close_holiday)


def _day(text: str) -> dt.date:
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise ValidationError(_("Give the date as dd.mm.yyyy, like 26.12.2026."))


def _day_text(rows: Any) -> str:
    from vetdesk.domain.hours_text import format_day

    return format_day(rows, closed=_("closed"), pause=_("pause"))


def run_hours(args: argparse.Namespace, env: CliEnvironment) -> int:
    from vetdesk.domain.hours_text import weekday_name
    from vetdesk.services.scheduling.hours import pick_resource, resource_weeks

    actor = env.actor()
    assert actor is not None
    weeks = resource_weeks(env.context(), actor)
    if args.resource:
        weeks = (pick_resource(weeks, args.resource),)
    for number, week in enumerate(weeks):
        if number:
            print(file=env.out)
        who = week.resource.name + (f" ({week.resource.username})"
                                    if week.resource.username else "")
        marker = "  " + _("(the clinic's default week)") if week.is_default else ""
        print(f"{who}{marker}", file=env.out)
        for weekday in range(7):
            print(f"  {weekday_name(weekday):<9} {_day_text(week.day(weekday))}", file=env.out)
    return 0


def run_set_hours(args: argparse.Namespace, env: CliEnvironment) -> int:
    from vetdesk.domain.hours_text import parse_day, weekday_name, weekdays
    from vetdesk.services.scheduling.hours import pick_resource, resource_weeks, set_days

    ctx = env.context()
    actor = env.actor()
    assert actor is not None
    days = weekdays(args.days)
    rows = parse_day(days[0], args.hours)
    week = pick_resource(resource_weeks(ctx, actor), args.resource)
    saved = set_days(ctx, actor, week.resource.resource_id, days, rows)
    for weekday in days:
        print(f"{week.resource.name}, {weekday_name(weekday).lower()}: "
              f"{_day_text(r for r in saved if r.weekday == weekday)}", file=env.out)
    return 0


def _resource_id(env: CliEnvironment, text: str | None) -> int | None:
    from vetdesk.services.scheduling.hours import pick_resource, resource_weeks

    if text is None:
        return None
    actor = env.actor()
    assert actor is not None
    return pick_resource(resource_weeks(env.context(), actor), text).resource.resource_id


def run_holidays(args: argparse.Namespace, env: CliEnvironment) -> int:
    from vetdesk.domain.opening_hours import public_holidays
    from vetdesk.services.scheduling.hours import holiday_openings

    ctx = env.context()
    actor = env.actor()
    assert actor is not None
    year = args.year or ctx.clock.now().astimezone(ctx.zone).year
    opened = holiday_openings(ctx, actor, dt.date(year, 1, 1), dt.date(year, 12, 31))
    for day, name in public_holidays(year):
        openings = [o for o in opened if o.day == day]
        state = "; ".join(
            f"{o.resource_name or _('the clinic')} {o.starts:%H:%M}-{o.ends:%H:%M}"
            for o in openings) or _("closed")
        print(f"{day:%d.%m.%Y}  {name:<22} {state}", file=env.out)
    return 0


def run_open_holiday(args: argparse.Namespace, env: CliEnvironment) -> int:
    from vetdesk.domain.hours_text import parse_span
    from vetdesk.services.scheduling.resources import open_holiday

    day = _day(args.day)
    starts, ends = parse_span(args.hours)
    resource_id = _resource_id(env, args.resource)
    actor = env.actor()
    assert actor is not None
    open_holiday(env.context(), actor, day, starts, ends, resource_id=resource_id)
    print(_("{day} is open {starts}-{ends}.").format(
        day=f"{day:%d.%m.%Y}", starts=f"{starts:%H:%M}", ends=f"{ends:%H:%M}"), file=env.out)
    return 0


def run_close_holiday(args: argparse.Namespace, env: CliEnvironment) -> int:
    from vetdesk.services.scheduling.hours import close_holiday

    day = _day(args.day)
    resource_id = _resource_id(env, args.resource)
    actor = env.actor()
    assert actor is not None
    if close_holiday(env.context(), actor, day, resource_id=resource_id):
        print(_("{day} is closed again.").format(day=f"{day:%d.%m.%Y}"), file=env.out)
    else:
        print(_("{day} was not opened; nothing changed.").format(day=f"{day:%d.%m.%Y}"),
              file=env.out)
    return 0
