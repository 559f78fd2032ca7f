"""``vetdesk messages send | poll | status [--json] | review ID``: the outbox of SMS and
e-mail (issue 11). ``send`` is what a scheduled job runs (it asks the gateway for delivery
reports afterwards, where ``sms.status_url`` is set; ``poll`` only asks); any number may run
at once."""

from __future__ import annotations

import argparse
import json
import uuid
from typing import Any

from vetdesk.cli.environment import CliEnvironment
from vetdesk.errors import ValidationError
from vetdesk.i18n import _, ngettext


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("messages", help=_("the outbox of SMS and e-mail"))
    actions = parser.add_subparsers(dest="action", required=True, metavar=_("ACTION"))
    send = actions.add_parser("send", help=_("send what is queued (for a scheduled job)"))
    send.add_argument("--limit", type=int, metavar="N", help=_("send at most N messages"))
    send.set_defaults(func=run_send)
    poll = actions.add_parser("poll", help=_("ask the SMS gateway what became of the sent "
                                             "messages (sms.status_url)"))
    poll.add_argument("--limit", type=int, metavar="N", help=_("ask about at most N messages"))
    poll.set_defaults(func=run_poll)
    status = actions.add_parser("status", help=_("what the outbox holds, and what needs "
                                                 "a person's decision"))
    status.add_argument("--json", action="store_true", help=_("print JSON"))
    status.set_defaults(func=run_status)
    receive = actions.add_parser(
        "receive", help=_("receive the SMS gateway's delivery reports and replies (POST "
                          "/delivery and /inbound) until stopped"))
    receive.add_argument("--port", type=int, required=True, metavar="N")
    receive.add_argument("--host", default="0.0.0.0",  # noqa: S104  (the gateway calls in)
                         help=_("the address to listen on (default: all)"))
    receive.set_defaults(func=run_receive)
    review = actions.add_parser("review", help=_("decide on an uncertain or failed message"))
    review.add_argument("message_id", metavar="ID")
    choice = review.add_mutually_exclusive_group(required=True)
    choice.add_argument("--was-sent", action="store_true",
                        help=_("it did arrive (found in the server's log): mark it sent"))
    choice.add_argument("--resend", action="store_true", help=_("send it again"))
    choice.add_argument("--reviewed", action="store_true",
                        help=_("a failed message was seen to: leave it"))
    review.set_defaults(func=run_review)


def _secrets(env: CliEnvironment) -> Any:
    from vetdesk.services.messaging.secrets import MessagingSecrets

    return MessagingSecrets(environ=env.environ, store=env.credentials)


def run_send(args: argparse.Namespace, env: CliEnvironment) -> int:
    from vetdesk.services.messaging.channels import send_outbox

    actor = env.actor()
    assert actor is not None
    report = send_outbox(env.context(), actor, _secrets(env), limit=args.limit)
    print(_("{sent} sent, {retry} to try again later, {failed} failed, {uncertain} "
            "uncertain.").format(sent=report.sent, retry=report.retry_later,
                                 failed=report.failed, uncertain=report.uncertain),
          file=env.out)
    for channel, reason in report.unavailable.items():
        print(f"{channel}: {reason}", file=env.err)
    _poll(env, args.limit, quiet=True)
    if report.abandoned_found:
        print(ngettext("{count} message was left half-sent by a sender that stopped: see "
                       "`vetdesk messages status`.",
                       "{count} messages were left half-sent by a sender that stopped: see "
                       "`vetdesk messages status`.", report.abandoned_found).format(
                           count=report.abandoned_found),
              file=env.err)
    return 0


def run_poll(args: argparse.Namespace, env: CliEnvironment) -> int:
    if not _poll(env, args.limit, quiet=False):
        raise ValidationError(_("Delivery reports are not polled: set sms.url and "
                                "sms.status_url (vetdesk settings set)."))
    return 0


def _poll(env: CliEnvironment, limit: int | None, *, quiet: bool) -> bool:
    """Ask the gateway about the sent SMS and say what it answered; False when the clinic
    has no status address. ``quiet``: say nothing when nothing was asked (after a send)."""
    from vetdesk.services.messaging.polling import poll_delivery

    actor = env.actor()
    assert actor is not None
    report = poll_delivery(env.context(), actor, _secrets(env), limit=limit)
    if not report.configured:
        return False
    if report.checked or report.stopped or not quiet:
        print(_("Delivery status: {checked} asked about, {delivered} delivered, {failed} "
                "failed, {pending} not known yet.").format(
                    checked=report.checked, delivered=report.delivered,
                    failed=report.failed, pending=report.pending), file=env.out)
    if report.stopped:
        print(f"sms: {report.stopped}", file=env.err)
    return True


def run_status(args: argparse.Namespace, env: CliEnvironment) -> int:
    from vetdesk.services.messaging.status import outbox_status

    actor = env.actor()
    assert actor is not None
    status = outbox_status(env.context(), actor)
    if args.json:
        print(json.dumps({
            "counts": [{"channel": c.channel, "state": c.state, "count": c.count}
                       for c in status.counts],
            "attention": [{
                "id": str(a.message_id), "client_id": a.client_id, "channel": a.channel,
                "state": a.state, "reference": a.reference, "reason": a.reason,
                "attempts": a.attempts, "queued_at": a.queued_at.isoformat(),
                "next_attempt_at": a.next_attempt_at.isoformat() if a.next_attempt_at
                else None,
            } for a in status.attention],
        }, ensure_ascii=False, indent=2), file=env.out)
        return 0
    for count in status.counts:
        print(f"{count.channel:<7} {count.state:<18} {count.count}", file=env.out)
    for item in status.attention:
        print(f"{item.message_id}  {item.channel}  {item.state}  {item.reference or ''}  "
              f"{item.reason or ''}", file=env.out)
    return 0


def run_review(args: argparse.Namespace, env: CliEnvironment) -> int:
    from vetdesk.services.messaging.status import review_message

    actor = env.actor()
    assert actor is not None
    try:
        message_id = uuid.UUID(args.message_id)
    except ValueError:
        raise ValidationError(_("“{id}” is not a message id; `vetdesk messages status` lists "
                                "them.").format(id=args.message_id)) from None
    decision = True if args.was_sent else False if args.resend else None
    state = review_message(env.context(), actor, message_id, was_sent=decision)
    print(_("The message is now {state}.").format(state=state), file=env.out)
    return 0


RECEIVER_TOKEN_VARIABLE = "VETDESK_RECEIVER_TOKEN"


def receiver_routes(env: CliEnvironment) -> dict[str, Any]:
    """The receiver's paths, each a service call as the signed-in user."""
    from vetdesk.messaging.receiver import first
    from vetdesk.services.messaging.delivery import (
        DeliveryReport,
        InboundSms,
        record_delivery,
        record_inbound,
    )

    ctx, actor = env.context(), env.actor()
    assert actor is not None

    def delivery(fields: Any) -> None:
        record_delivery(ctx, actor, DeliveryReport(
            number=first(fields, "number", "msisdn", "to", "recipient"),
            status=first(fields, "status", "state", "statuscode") or "",
            provider_id=first(fields, "id", "messageid", "msgid"),
            reference=first(fields, "reference", "ref", "clientreference"),
            error_code=first(fields, "errorcode", "error", "code")))

    def inbound(fields: Any) -> None:
        record_inbound(ctx, actor, InboundSms(
            number=first(fields, "number", "msisdn", "from", "sender") or "",
            text=first(fields, "text", "message", "body") or ""))

    return {"/delivery": delivery, "/inbound": inbound}


def run_receive(args: argparse.Namespace, env: CliEnvironment) -> int:
    from vetdesk.messaging.receiver import make_server

    server = make_server(args.host, args.port, receiver_routes(env),
                         token=env.environ.get(RECEIVER_TOKEN_VARIABLE) or None)
    print(_("Receiving delivery reports on port {port}; Ctrl+C stops.").format(
        port=server.server_address[1]), file=env.out, flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0
