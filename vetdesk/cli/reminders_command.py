"""``vetdesk reminders due|queue --from D --to D`` and ``vetdesk reminders rules|rule``:
the recalls falling due, queued per consent and channel, and the clinic's recall rules
(issue 11)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from vetdesk.cli.environment import CliEnvironment
from vetdesk.domain.recall_titles import shown_recall_title
from vetdesk.errors import ValidationError
from vetdesk.i18n import N_, _, ngettext

STEP_WORDS = {"first": N_("first reminder"), "second": N_("second reminder"),
              "call": N_("call: no booking"), "waiting": N_("waiting")}
CHANNEL_WORDS = {"sms": N_("SMS"), "email": N_("e-mail"), "letter": N_("letter"),
                 None: N_("cannot be reached")}


def _date(text: str) -> dt.date:
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(_("“{text}” is not a date (YYYY-MM-DD or DD.MM.YYYY)"
                                       ).format(text=text))


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("reminders", help=_("recalls and reminders"))
    actions = parser.add_subparsers(dest="action", required=True, metavar=_("ACTION"))
    for name, help_text, func in (
        ("due", _("the recalls falling due in a period, and the step each is at"), run_due),
        ("queue", _("queue the reminders due in a period, per consent and channel"),
         run_queue),
    ):
        action = actions.add_parser(name, help=help_text)
        action.add_argument("--from", dest="start", type=_date, required=True, metavar=_("DATE"))
        action.add_argument("--to", dest="end", type=_date, required=True, metavar=_("DATE"))
        action.add_argument("--species", help=_("only this species (dog, cat, …)"))
        action.add_argument("--kind", choices=("vaccination", "checkup", "postop"))
        if name == "due":
            action.add_argument("--json", action="store_true", help=_("print JSON"))
        action.set_defaults(func=func)
    coming = actions.add_parser("appointments", help=_(
        "queue the reminders of appointments starting within the rule's hours (24 by default)"))
    coming.set_defaults(func=run_appointments)
    letters = actions.add_parser("letters", help=_("the queued reminder letters as one PDF "
                                                   "(they count as sent)"))
    letters.add_argument("--output", type=Path, required=True, metavar=_("FILE"))
    letters.set_defaults(func=run_letters)
    rules = actions.add_parser("rules", help=_("the clinic's recall rules"))
    rules.set_defaults(func=run_rules)
    rule = actions.add_parser("rule", help=_("add or change a recall rule"))
    rule.add_argument("kind", choices=("vaccination", "checkup", "postop", "appointment"))
    rule.add_argument("interval", type=int, metavar="N",
                      help=_("months (vaccination, check-up), days (post-op), hours "
                             "(appointment)"))
    rule.add_argument("--product", help=_("the vaccine, like “Nobivac DHPPi”"))
    rule.add_argument("--species", help=_("only for this species"))
    rule.add_argument("--group", help=_("vaccines of one group replace each other"))
    rule.set_defaults(func=run_rule)


def _filter(args: argparse.Namespace) -> Any:
    from vetdesk.services.messaging.due import DueFilter

    return DueFilter(start=args.start, end=args.end, species=args.species, kind=args.kind)


def run_due(args: argparse.Namespace, env: CliEnvironment) -> int:
    from vetdesk.services.messaging.due import due_recalls

    actor = env.actor()
    assert actor is not None
    rows = due_recalls(env.context(), actor, _filter(args))
    if args.json:
        print(json.dumps([{
            "reminder_id": r.reminder_id, "client_no": r.client_no, "client": r.client_name,
            "animal": r.animal_name, "species": r.species, "kind": r.kind, "title": r.title,
            "due_on": r.due_on.isoformat(), "step": r.step, "reminders_sent": r.reminders_sent,
            "last_sent_on": r.last_sent_on.isoformat() if r.last_sent_on else None,
            "channel": r.channel,
        } for r in rows], ensure_ascii=False, indent=2), file=env.out)
        return 0
    if not rows:
        print(_("No recalls fall due in this period."), file=env.out)
    for r in rows:
        print(f"{r.due_on:%d.%m.%Y}  {r.client_no:>6}  {r.client_name}  {r.animal_name}  "
              f"{shown_recall_title(r.title)}  {_(STEP_WORDS[r.step])}  "
              f"{_(CHANNEL_WORDS[r.channel])}",
              file=env.out)
    return 0


def run_queue(args: argparse.Namespace, env: CliEnvironment) -> int:
    from vetdesk.services.messaging.queueing import queue_reminders

    actor = env.actor()
    assert actor is not None
    result = queue_reminders(env.context(), actor, _filter(args))
    for channel in ("sms", "email", "letter"):
        print(f"{channel}: {result.by_channel.get(channel, 0)}", file=env.out)
    already = result.already_queued
    print(_("{count} could not be reached (no consent or no address), {already}, {calls} "
            "should be called.").format(
                count=result.not_reachable, calls=result.to_call,
                already=ngettext("{count} was queued before", "{count} were queued before",
                                 already).format(count=already)), file=env.out)
    return 0


def run_rules(args: argparse.Namespace, env: CliEnvironment) -> int:
    from vetdesk.services.messaging.recall_rules import list_rules

    actor = env.actor()
    assert actor is not None
    for rule in list_rules(env.context(), actor):
        print(f"{rule.id:>3}  {rule.kind:<12} {rule.product or '-':<24} {rule.species or '*':<8} "
              f"{rule.interval} {rule.unit}{'' if rule.active else '  (' + _('retired') + ')'}",
              file=env.out)
    return 0


def run_rule(args: argparse.Namespace, env: CliEnvironment) -> int:
    from vetdesk.domain.codes import RecallRuleKind
    from vetdesk.services.messaging.recall_rules import RuleInput, save_rule

    actor = env.actor()
    assert actor is not None
    if args.kind == "vaccination" and not args.product:
        raise ValidationError(_("A vaccination rule needs the product, like Nobivac DHPPi."))
    saved = save_rule(env.context(), actor, RuleInput(
        kind=RecallRuleKind(args.kind), interval=args.interval, product=args.product,
        species=args.species, vaccine_group=args.group))
    print(f"{saved.id}: {saved.kind} {saved.product or ''} {saved.interval} {saved.unit}".replace(
        "  ", " "), file=env.out)
    return 0


def run_letters(args: argparse.Namespace, env: CliEnvironment) -> int:
    from vetdesk.services.messaging.letters import print_letters

    actor = env.actor()
    assert actor is not None
    printed = print_letters(env.context(), actor)
    args.output.write_bytes(printed.pdf)
    print(ngettext("{count} letter written to {file}.", "{count} letters written to {file}.",
                   printed.count).format(count=printed.count, file=args.output), file=env.out)
    return 0


def run_appointments(args: argparse.Namespace, env: CliEnvironment) -> int:
    from vetdesk.services.messaging.appointments import queue_appointment_reminders

    actor = env.actor()
    assert actor is not None
    counts = queue_appointment_reminders(env.context(), actor)
    for channel in ("sms", "email"):
        print(f"{channel}: {counts.get(channel, 0)}", file=env.out)
    return 0
