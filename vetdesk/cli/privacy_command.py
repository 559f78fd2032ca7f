"""``vetdesk --user NAME privacy ...``: the privacy panel from a terminal (issue 10).

``requests`` lists the register, ``request KIND`` records one, ``extend``, ``close`` and
``refuse`` answer it, ``inspect CLIENT_NO`` shows everything held about a client. Managers and
administrators only (the services check, and on PostgreSQL the grants).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import uuid
from pathlib import Path
from typing import Any

from vetdesk.cli.environment import CliEnvironment, read_secret
from vetdesk.cli.files import check_writable_target, file_problem
from vetdesk.domain.codes import PrivacyRequestKind, PrivacyRequestStatus
from vetdesk.domain.privacy_table_labels import table_label
from vetdesk.errors import ValidationError
from vetdesk.i18n import _, ngettext
from vetdesk.services.local_time import clinic_today, shown_moment
from vetdesk.services.privacy import requests
from vetdesk.services.privacy.anonymize import SupportAccount, anonymized_copy
from vetdesk.services.privacy.consents import consent_confirmation
from vetdesk.services.privacy.correction import FIELDS, correct_client
from vetdesk.services.privacy.erasure import (
    ErasurePlan,
    append_to_log,
    default_log_path,
    erase_client,
    erasure_plan,
    read_log,
    replay_erasures,
)
from vetdesk.services.privacy.export import export_client
from vetdesk.services.privacy.inspect import inspect_client
from vetdesk.services.privacy.records import privacy_notice, record_of_processing
from vetdesk.services.privacy.restriction import lift_restriction, restrict_client
from vetdesk.services.privacy.retention import (
    RETENTION_LABELS,
    Purged,
    purge_retention,
    retention_due,
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "privacy", help=_("privacy requests, inspect a client's data (manager or "
                          "administrator; give --user)"))
    actions = parser.add_subparsers(dest="action", required=True, metavar=_("ACTION"))
    listing = actions.add_parser("requests", help=_("list the register of privacy requests"))
    listing.add_argument("--open", action="store_true", help=_("only the open requests"))
    listing.set_defaults(func=run_list)

    add = actions.add_parser("request", help=_("record a request received from a person"))
    add.add_argument("kind", nargs="?", metavar=_("KIND"), help=", ".join(
        k.value for k in PrivacyRequestKind))
    add.add_argument("--client", type=int, metavar=_("CLIENT_NO"),
                     help=_("the client the request is from"))
    add.add_argument("--name", default="", help=_("the person's name (when not a client)"))
    add.add_argument("--received", type=_date, metavar=_("DATE"),
                     help=_("the day it was received (default today)"))
    add.add_argument("--channel", default="", help=_("how it came: e-mail, letter, desk"))
    add.add_argument("--note", default="", help=_("what the person asks for"))
    add.set_defaults(func=run_add)

    extend = actions.add_parser("extend", help=_("give a request up to two more months"))
    extend.add_argument("number", type=int, metavar=_("REQUEST_NO"))
    extend.add_argument("--until", type=_date, required=True, metavar=_("DATE"))
    extend.add_argument("--reason", required=True)
    extend.add_argument("--told", type=_date, required=True, metavar=_("DATE"),
                        help=_("the day the person was told why"))
    extend.set_defaults(func=run_extend)

    close = actions.add_parser("close", help=_("record that a request was answered"))
    close.add_argument("number", type=int, metavar=_("REQUEST_NO"))
    close.add_argument("--outcome", required=True)
    close.add_argument("--produced", default=None, help=_("what was produced (a file name)"))
    close.set_defaults(func=run_close)

    refuse = actions.add_parser("refuse", help=_("refuse a request, giving the reason"))
    refuse.add_argument("number", type=int, metavar=_("REQUEST_NO"))
    refuse.add_argument("--reason", required=True)
    refuse.set_defaults(func=run_refuse)

    look = actions.add_parser("inspect", help=_("show everything held about a client"))
    look.add_argument("client_no", type=int, metavar=_("CLIENT_NO"))
    look.set_defaults(func=run_inspect)

    export = actions.add_parser(
        "export", help=_("write everything held about a client to a ZIP file (access, "
                         "portability)"))
    export.add_argument("client_no", type=int, metavar=_("CLIENT_NO"))
    export.add_argument("--out", type=Path, required=True, metavar=_("FILE"))
    export.add_argument("--language", choices=("nb", "en"),
                        help=_("the language of the summary and README (default: the "
                               "client's)"))
    export.add_argument("--request", type=int, metavar=_("REQUEST_NO"),
                        help=_("the request the export answers"))
    export.set_defaults(func=run_export)

    erase = actions.add_parser(
        "erase", help=_("erase a client: --plan shows what goes and what the law keeps, --yes "
                        "does it"))
    erase.add_argument("client_no", type=int, metavar=_("CLIENT_NO"))
    chosen = erase.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--plan", action="store_true", help=_("only show the plan"))
    chosen.add_argument("--yes", action="store_true", help=_("erase now"))
    erase.add_argument("--receipt", type=Path, metavar=_("FILE"),
                       help=_("write the receipt PDF here"))
    erase.add_argument("--log", type=Path, metavar=_("FILE"), default=None,
                       help=_("the erasure log kept outside the database (default: in the "
                              "data folder)"))
    erase.add_argument("--request", type=int, metavar=_("REQUEST_NO"),
                       help=_("the request the erasure answers"))
    erase.set_defaults(func=run_erase)

    restrict = actions.add_parser(
        "restrict", help=_("restrict processing of a client's data (no messages, a banner)"))
    restrict.add_argument("client_no", type=int, metavar=_("CLIENT_NO"))
    restrict.add_argument("--lift", action="store_true", help=_("lift the restriction"))
    restrict.add_argument("--request", type=int, metavar=_("REQUEST_NO"))
    restrict.set_defaults(func=run_restrict)

    correct = actions.add_parser(
        "correct", help=_("correct a client's contact data and tell the client"))
    correct.add_argument("client_no", type=int, metavar=_("CLIENT_NO"))
    correct.add_argument("--field", required=True, choices=tuple(FIELDS),
                         help=_("the field to correct"))
    correct.add_argument("--value", required=True, metavar=_("VALUE"),
                         help=_("the corrected value"))
    correct.add_argument("--request", type=int, metavar=_("REQUEST_NO"),
                         help=_("the correction request this answers (closed with the outcome)"))
    correct.set_defaults(func=run_correct)

    copy = actions.add_parser(
        "anonymize-copy", help=_("write an anonymised copy of the database for support or "
                                 "testing (SQLite)"))
    copy.add_argument("--out", type=Path, required=True, metavar=_("FILE"))
    copy.add_argument(
        "--support-user", metavar=_("USERNAME"),
        help=_("add an administrator with this name to the copy, so support can sign in to "
               "it (no one else can: passwords are not copied); the password is read from "
               "standard input"))
    copy.set_defaults(func=run_anonymize)

    for name, help_text in (
        ("record", _("print the record of processing activities (GDPR art. 30) to a PDF")),
        ("notice", _("print a draft privacy notice for the clinic's website to a PDF")),
    ):
        document = actions.add_parser(name, help=help_text)
        document.add_argument("--out", type=Path, required=True, metavar=_("FILE"))
        document.add_argument("--language", choices=("nb", "en"), default="nb")
        document.set_defaults(func=run_document, document=name)

    consents = actions.add_parser(
        "consents", help=_("print the letter confirming a client's consents"))
    consents.add_argument("client_no", type=int, metavar=_("CLIENT_NO"))
    consents.add_argument("--out", type=Path, required=True, metavar=_("FILE"))
    consents.add_argument("--language", choices=("nb", "en"),
                          help=_("the letter's language (default: the client's)"))
    consents.set_defaults(func=run_consents)

    sweep = actions.add_parser(
        "retention", help=_("list what is past its retention period; --purge --yes deletes "
                            "what is listed"))
    sweep.add_argument("--purge", action="store_true",
                       help=_("delete what is past its period (needs --yes)"))
    sweep.add_argument("--yes", action="store_true", help=_("confirm the purge"))
    sweep.add_argument("--audit-years", type=int, default=None,
                       help=_("how long the audit log is kept (default: the setting "
                              "privacy.audit_years, 10 years unless changed)"))
    sweep.set_defaults(func=run_retention)

    replay = actions.add_parser(
        "replay", help=_("erase again, after an older backup was restored, the clients in "
                         "the erasure log"))
    replay.add_argument("--log", type=Path, metavar=_("FILE"), default=None)
    replay.set_defaults(func=run_replay)


def _date(text: str) -> dt.date:
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        _("“{text}” is not a date; use DD.MM.YYYY.").format(text=text))


def _day(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def _signed_in(env: CliEnvironment) -> Any:
    ctx = env.context()
    actor = env.actor()
    assert actor is not None  # required=True raises instead of returning None
    return ctx, actor


def _show(row: requests.RequestRow, env: CliEnvironment) -> None:
    late = _(" (overdue)") if row.overdue else ""
    print(_("{number:>4}  {kind:<24} {name:<28} received {received}  due {due}{late}  "
            "{status}").format(
        number=row.id, kind=_(row.kind.label), name=row.subject_name[:28],
        received=_day(row.received_on), due=_day(row.due_on), late=late,
        status=_(row.status.label)), file=env.out)


def run_list(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx, actor = _signed_in(env)
    register_ = requests.request_register(ctx, actor, open_only=args.open)
    print(_("{open} open, {nearly} nearly due, {overdue} overdue.").format(
        open=register_.open_count, nearly=register_.nearly_due_count,
        overdue=register_.overdue_count), file=env.out)
    for row in register_.rows:
        _show(row, env)
    return 0


def run_add(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx, actor = _signed_in(env)
    kind = args.kind if args.kind in {k.value for k in PrivacyRequestKind} else None
    given = requests.RequestInput(
        kind=PrivacyRequestKind(kind) if kind else None,
        received_on=args.received or clinic_today(ctx), request_id=uuid.uuid4(),
        client_no=args.client, subject_name=args.name, channel=args.channel,
        description=args.note)
    row = env.run_action(lambda: requests.register_request(ctx, actor, given))
    print(_("Request {number} recorded: {kind} from {name}, due {due}.").format(
        number=row.id, kind=_(row.kind.label).lower(), name=row.subject_name,
        due=_day(row.due_on)), file=env.out)
    return 0


def run_extend(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx, actor = _signed_in(env)
    row = requests.extend_request(ctx, actor, args.number, new_due_on=args.until,
                                  reason=args.reason, told_on=args.told)
    print(_("Request {number} is now due {due}.").format(number=row.id, due=_day(row.due_on)),
          file=env.out)
    return 0


def run_close(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx, actor = _signed_in(env)
    row = requests.complete_request(ctx, actor, args.number, outcome=args.outcome,
                                    produced_ref=args.produced)
    print(_("Request {number} is answered.").format(number=row.id), file=env.out)
    return 0


def run_refuse(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx, actor = _signed_in(env)
    row = requests.refuse_request(ctx, actor, args.number, reason=args.reason)
    assert row.status is PrivacyRequestStatus.REJECTED
    print(row.outcome, file=env.out)
    return 0


def run_inspect(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx, actor = _signed_in(env)
    found = inspect_client(ctx, actor, args.client_no)
    print(_("Client {client_no}: {name}").format(client_no=found.client_no, name=found.name),
          file=env.out)
    for group in found.groups:
        until = (_day(group.deletable_on) if group.deletable_on
                 else "; ".join(group.retention))
        print(f"\n{group.label} ({len(group.records)})", file=env.out)
        for purpose in group.purposes:
            print("  " + _("Purpose: {purpose}").format(purpose=purpose), file=env.out)
        for basis in group.bases:
            print("  " + _("Legal basis: {basis}").format(basis=basis), file=env.out)
        print("  " + _("May be deleted: {until}").format(until=until), file=env.out)
        for record in group.records:
            when = record.when
            shown = (shown_moment(when, ctx.zone) if isinstance(when, dt.datetime)
                     else _day(when) if when is not None else "")
            print(f"  {shown:<16}  {record.kind}: {record.text}", file=env.out)
            for line in record.details:
                print(f"  {'':<16}    {line}", file=env.out)
    return 0


def run_export(args: argparse.Namespace, env: CliEnvironment) -> int:
    if args.out.suffix.lower() != ".zip":
        raise ValidationError(_("Name the output file with .zip at the end."))
    # Before the (audited) export is made, so a wrong path is not logged as a disclosure.
    check_writable_target(args.out)
    if not os.access(args.out.parent, os.W_OK):
        raise ValidationError(_("You may not use {path}; choose a file or folder you have "
                                "access to.").format(path=args.out))
    ctx, actor = _signed_in(env)
    result = export_client(ctx, actor, args.client_no, language=args.language,
                           request_no=args.request)
    args.out.write_bytes(result.data)
    print(ngettext("Wrote {count} file for client {client_no} to {path} (SHA-256 {digest}).",
                   "Wrote {count} files for client {client_no} to {path} (SHA-256 {digest}).",
                   len(result.files)).format(
        count=len(result.files), client_no=args.client_no, path=args.out,
        digest=result.sha256[:16]), file=env.out)
    return 0


def _log_path(args: argparse.Namespace) -> Path:
    return Path(args.log) if args.log is not None else default_log_path()


def run_erase(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx, actor = _signed_in(env)
    if args.plan:
        plan = erasure_plan(ctx, actor, args.client_no)
        _print_plan(plan, env)
        if plan.refusal:
            print(plan.refusal, file=env.out)
            return 1
        return 0
    if args.receipt is not None:
        check_writable_target(args.receipt)
    log = _log_path(args)
    check_writable_target(log)
    result = erase_client(ctx, actor, args.client_no, request_no=args.request)
    append_to_log(log, result.log_entry)
    _print_plan(result.plan, env)
    print(_("Client {client_no} is erased; the rows kept by law now carry the pseudonym "
            "{pseudonym}.").format(client_no=args.client_no, pseudonym=result.pseudonym),
          file=env.out)
    if args.receipt is not None:
        args.receipt.write_bytes(result.receipt_pdf)
        print(_("Receipt written to {path}.").format(path=args.receipt), file=env.out)
    return 0


def _print_plan(plan: ErasurePlan, env: CliEnvironment) -> None:
    # The tables by the names the receipt and the privacy panel give them, not the program's.
    names = {line.table: table_label(line.table) for line in (*plan.deleted, *plan.kept)}
    width = max((len(name) for name in names.values()), default=0)
    print(_("Deleted now:"), file=env.out)
    for line in plan.deleted:
        print(f"  {names[line.table]:<{width}} {line.rows:>6}", file=env.out)
    print(_("Kept by law (the name replaced by a pseudonym):"), file=env.out)
    for line in plan.kept:
        until = _day(line.purge_on) if line.purge_on else "—"
        print(f"  {names[line.table]:<{width}} {line.rows:>6}  {until:<10}  {line.rule}",
              file=env.out)


def run_replay(args: argparse.Namespace, env: CliEnvironment) -> int:
    try:
        entries = read_log(_log_path(args))
    except OSError as exc:
        raise ValidationError(file_problem(exc)) from None
    ctx, actor = _signed_in(env)
    result = replay_erasures(ctx, actor, entries)
    again, skipped = len(result.erased_again), len(result.skipped)
    print(_("{again}, {already} already erased, {skipped}.").format(
        again=ngettext("{count} client erased again", "{count} clients erased again",
                       again).format(count=again),
        already=result.already,
        skipped=ngettext("{count} left alone because it is not the same person",
                         "{count} left alone because they are not the same person",
                         skipped).format(count=skipped)), file=env.out)
    return 0


def run_restrict(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx, actor = _signed_in(env)
    if args.lift:
        lift_restriction(ctx, actor, args.client_no)
        print(_("Client {client_no} is no longer restricted.").format(
            client_no=args.client_no), file=env.out)
    else:
        restrict_client(ctx, actor, args.client_no, request_no=args.request)
        print(_("Client {client_no} is restricted: nothing is sent to them.").format(
            client_no=args.client_no), file=env.out)
    return 0


def run_correct(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx, actor = _signed_in(env)
    done = correct_client(ctx, actor, args.client_no, args.field, args.value,
                          request_no=args.request, request_id=uuid.uuid4())
    print(done.outcome or _("Already corrected; nothing more was done."), file=env.out)
    return 0


def run_anonymize(args: argparse.Namespace, env: CliEnvironment) -> int:
    check_writable_target(args.out)
    ctx, actor = _signed_in(env)
    support = None
    if args.support_user:
        support = SupportAccount(args.support_user.strip().lower(), read_secret(
            env, _("Password for {username} in the copy: ").format(username=args.support_user)))
    report = anonymized_copy(ctx, actor, args.out, support=support)
    print(_("Anonymised copy written to {path}: {rows} rows; {checked} text values checked, "
            "none holds an original name, phone, e-mail or chip.").format(
        path=report.path, rows=report.rows, checked=report.values_checked), file=env.out)
    print(_("Its audit log and journal chains were re-sealed over the replaced values and end "
            "with an event saying so: “vetdesk verify” holds on the copy, but proves nothing "
            "about this database."), file=env.out)
    return 0


def run_document(args: argparse.Namespace, env: CliEnvironment) -> int:
    if args.out.suffix.lower() != ".pdf":
        raise ValidationError(_("Name the output file with .pdf at the end."))
    check_writable_target(args.out)
    ctx, actor = _signed_in(env)
    make = record_of_processing if args.document == "record" else privacy_notice
    args.out.write_bytes(make(ctx, actor, language=args.language))
    print(_("Written to {path}.").format(path=args.out), file=env.out)
    return 0


def run_consents(args: argparse.Namespace, env: CliEnvironment) -> int:
    if args.out.suffix.lower() != ".pdf":
        raise ValidationError(_("Name the output file with .pdf at the end."))
    check_writable_target(args.out)
    ctx, actor = _signed_in(env)
    args.out.write_bytes(consent_confirmation(ctx, actor, args.client_no, lang=args.language))
    print(_("Written to {path}.").format(path=args.out), file=env.out)
    return 0


def _purged_words(purged: Purged) -> str:
    """What the purge deleted, each count in the form it takes (never "1 animals")."""
    return _("Deleted: {chains} ({versions}, {files}, {prescriptions}, {drafts}, {referrals}), "
             "{audit}, {messages}, {invoices} ({lines}), {requests}. Where the journal and "
             "audit chains were cut is recorded; “vetdesk verify” checks what remains.").format(
        chains=ngettext("the journal of {count} animal", "the journals of {count} animals",
                        purged.journal_chains).format(count=purged.journal_chains),
        versions=ngettext("{count} version", "{count} versions",
                          purged.journal_versions).format(count=purged.journal_versions),
        files=ngettext("{count} file", "{count} files",
                       purged.journal_attachments).format(count=purged.journal_attachments),
        prescriptions=ngettext("{count} prescription", "{count} prescriptions",
                               purged.prescriptions).format(count=purged.prescriptions),
        drafts=ngettext("{count} unsigned draft", "{count} unsigned drafts",
                        purged.journal_drafts).format(count=purged.journal_drafts),
        referrals=ngettext("{count} referral or lab request", "{count} referrals and lab requests",
                           purged.referrals).format(count=purged.referrals),
        audit=ngettext("{count} audit log entry", "{count} audit log entries",
                       purged.audit_events).format(count=purged.audit_events),
        messages=ngettext("{count} message", "{count} messages",
                          purged.messages).format(count=purged.messages),
        invoices=ngettext("{count} invoice", "{count} invoices",
                          purged.invoices).format(count=purged.invoices),
        lines=ngettext("{count} line", "{count} lines",
                       purged.invoice_lines).format(count=purged.invoice_lines),
        requests=ngettext("{count} answered privacy request", "{count} answered privacy requests",
                          purged.privacy_requests).format(count=purged.privacy_requests))


def run_retention(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx, actor = _signed_in(env)
    if args.purge and not args.yes:
        raise ValidationError(_("Look at the list first (without --purge), then confirm the "
                                "purge with --purge --yes."))
    if args.purge:
        purged = purge_retention(ctx, actor, audit_years=args.audit_years)
        print(_purged_words(purged), file=env.out)
        return 0
    due = retention_due(ctx, actor, audit_years=args.audit_years)
    print(_("Past their retention period today (“--purge --yes” deletes them):"), file=env.out)
    rule = None
    for item in due:
        label = _(RETENTION_LABELS.get(item.table, item.table))
        # What goes with the line above (a journal's versions, files...): its rule once.
        shown = "" if item.rule == rule else item.rule
        print(f"  {label:<38} {item.rows:>8}  {shown}".rstrip(), file=env.out)
        rule = item.rule
    return 0
