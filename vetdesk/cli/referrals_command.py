"""``vetdesk referrals list --animal ID [--json]``, ``files --animal ID [--json]``,
``send ...``, ``print ID --out FILE.pdf``, ``parties [--all] [--json]`` and
``add-recipient``, ``edit-recipient ID``, ``deactivate-recipient ID``, ``activate-recipient ID``:
referrals, lab requests and the register of recipients from a terminal (issue 12)."""

from __future__ import annotations

import argparse
import json
import uuid
from pathlib import Path
from typing import Any

from vetdesk.cli.conflict_words import changed_in_command_words
from vetdesk.cli.environment import CliEnvironment
from vetdesk.cli.files import write_printout
from vetdesk.db.sqlite_files import read_chosen_file
from vetdesk.domain.codes import ReferralKind, Urgency
from vetdesk.errors import NotFound, ValidationError
from vetdesk.i18n import _, ngettext
from vetdesk.services.conflicts import RecordChangedError
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.referrals.attachments import attachable_files, size_label, type_label
from vetdesk.services.referrals.letter import referral_letter
from vetdesk.services.referrals.parties import (
    add_party,
    edit_party,
    list_parties,
    set_party_active,
)
from vetdesk.services.referrals.sending import list_referrals, send_referral
from vetdesk.services.referrals.types import FileToSend, PartyInfo, PartyInput, ReferralInput


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("referrals", help=_("referrals and lab requests"))
    actions = parser.add_subparsers(dest="referrals_command", metavar=_("ACTION"),
                                    required=True)
    listing = actions.add_parser("list", help=_("an animal's referrals and lab requests"))
    listing.add_argument("--animal", type=int, required=True, metavar=_("ID"),
                         help=_("the animal's number"))
    listing.add_argument("--json", action="store_true", help=_("print them as JSON"))
    listing.set_defaults(func=run_list)
    printing = actions.add_parser("print", help=_("write a referral letter or lab request "
                                                   "to a PDF (audited)"))
    printing.add_argument("id", metavar=_("ID"), help=_("the referral's id"))
    printing.add_argument("--out", type=Path, required=True, metavar=_("FILE.pdf"),
                          help=_("the PDF file to write"))
    printing.set_defaults(func=run_print)
    files = actions.add_parser("files", help=_("the files in an animal's journal that can "
                                               "go with a referral"))
    files.add_argument("--animal", type=int, required=True, metavar=_("ID"),
                       help=_("the animal's number"))
    files.add_argument("--json", action="store_true", help=_("print them as JSON"))
    files.set_defaults(func=run_files)
    _register_send(actions)
    parties = actions.add_parser("parties", help=_("the register of recipients"))
    parties.add_argument("--all", action="store_true",
                         help=_("deactivated recipients too"))
    parties.add_argument("--json", action="store_true", help=_("print them as JSON"))
    parties.set_defaults(func=run_parties)
    _register_recipients(actions)


def _register_send(actions: Any) -> None:
    send = actions.add_parser("send", help=_("send a referral or lab request (a disclosure: "
                                             "the owner must have agreed)"))
    send.add_argument("--animal", type=int, required=True, metavar=_("ID"),
                      help=_("the animal's number"))
    send.add_argument("--recipient", type=int, required=True, metavar=_("ID"),
                      help=_("the recipient's number (as “referrals parties” shows)"))
    send.add_argument("--reason", required=True, metavar=_("TEXT"),
                      help=_("the reason for the referral"))
    send.add_argument("--lab", action="store_true", help=_("a lab request, not a referral"))
    send.add_argument("--urgency", choices=[u.value for u in Urgency],
                      default=Urgency.ROUTINE.value, help=_("how soon (default: routine)"))
    send.add_argument("--summary", default="", metavar=_("TEXT"),
                      help=_("the clinical summary"))
    send.add_argument("--samples", default="", metavar=_("TEXT"),
                      help=_("the samples or images sent (a lab request)"))
    send.add_argument("--question", default="", metavar=_("TEXT"),
                      help=_("what the laboratory is asked (a lab request)"))
    send.add_argument("--entry", action="append", default=[], metavar=_("ID"),
                      help=_("a journal entry to enclose (repeat for more)"))
    send.add_argument("--attachment", action="append", default=[], metavar=_("ID"),
                      help=_("a file in the journal to enclose, as “referrals files” shows "
                             "(repeat for more)"))
    send.add_argument("--file", action="append", default=[], type=Path, metavar=_("PATH"),
                      help=_("a PDF or image from disk to enclose; it is stored in the "
                             "journal (repeat for more)"))
    send.add_argument("--include-confidential", action="store_true",
                      help=_("send the chosen confidential entries and their files too"))
    send.add_argument("--owner-consented", action="store_true",
                      help=_("the owner agreed to sharing this with the recipient (required)"))
    send.set_defaults(func=run_send)


def _register_recipients(actions: Any) -> None:
    add = actions.add_parser("add-recipient", help=_("add a specialist, animal hospital or "
                                                     "laboratory to the register"))
    add.add_argument("--name", required=True, metavar=_("TEXT"), help=_("the name"))
    edit = actions.add_parser("edit-recipient", help=_("change a recipient's details (the "
                                                       "ones given; the rest stay)"))
    edit.add_argument("id", type=int, metavar=_("ID"),
                      help=_("the recipient's number (as “referrals parties” shows)"))
    edit.add_argument("--name", metavar=_("TEXT"), help=_("the name"))
    edit.add_argument("--version", type=int, metavar=_("N"),
                      help=_("refuse if the recipient changed since this version"))
    for parser in (add, edit):
        parser.add_argument("--speciality", metavar=_("TEXT"), help=_("the speciality"))
        parser.add_argument("--lab", choices=("yes", "no"), help=_("a laboratory or not"))
        parser.add_argument("--address", metavar=_("TEXT"), help=_("the address"))
        parser.add_argument("--phone", metavar=_("NUMBER"), help=_("the phone number"))
        parser.add_argument("--email", metavar=_("ADDRESS"), help=_("the e-mail address"))
    add.set_defaults(func=run_add_recipient)
    edit.set_defaults(func=run_edit_recipient)
    for name, active, text in (
            ("deactivate-recipient", False,
             _("stop offering a recipient (old referrals keep naming it)")),
            ("activate-recipient", True, _("offer a deactivated recipient again"))):
        switch = actions.add_parser(name, help=text)
        switch.add_argument("id", type=int, metavar=_("ID"),
                            help=_("the recipient's number (as “referrals parties” shows)"))
        switch.set_defaults(func=run_set_active, active=active)


def run_list(args: argparse.Namespace, env: CliEnvironment) -> int:
    actor = env.actor()
    assert actor is not None
    found = list_referrals(env.context(), actor, args.animal)
    if args.json:
        print(json.dumps([{
            "id": r.id.hex, "kind": r.kind.value, "recipient": r.recipient,
            "reason": r.reason, "urgency": r.urgency.value, "status": r.status,
            "sent_at": r.sent_at.isoformat() if r.sent_at else None, "entries": r.entries,
            "report_entry_id": r.report_entry_id.hex if r.report_entry_id else None,
            "attachments": r.attachments,
        } for r in found], ensure_ascii=False, indent=2), file=env.out)
        return 0
    if not found:
        print(_("No referrals for animal {id}.").format(id=args.animal), file=env.out)
    zone = env.context().zone
    for r in found:
        # The day in the clinic's clock, as the chart's list shows it (sent_at is UTC).
        sent = r.sent_at.astimezone(zone).strftime("%d.%m.%Y") if r.sent_at else "—"
        print(f"{r.id.hex}  {sent}  {_status_label(r.status)}  {r.recipient}: {r.reason}",
              file=env.out)
    return 0


def _status_label(status: str) -> str:
    """The referral's state in words (the code stays in --json), as the chart's list says it."""
    labels = {"draft": _("Draft"), "sent": _("Sent"), "accepted": _("Accepted"),
              "answered": _("Report received")}
    return labels.get(status, status)


def run_files(args: argparse.Namespace, env: CliEnvironment) -> int:
    actor = env.actor()
    assert actor is not None
    found = attachable_files(env.context(), actor, args.animal)
    if args.json:
        print(json.dumps([{
            "id": f.id.hex, "entry_id": f.entry_id.hex, "filename": f.filename,
            "media_type": f.media_type, "size_bytes": f.size_bytes,
            "added_at": f.added_at.isoformat(), "confidential": f.confidential,
            "sha256": f.sha256} for f in found], ensure_ascii=False, indent=2), file=env.out)
        return 0
    if not found:
        print(_("No files in the journal of animal {id}.").format(id=args.animal), file=env.out)
    for f in found:
        secret = "  " + _("[confidential]") if f.confidential else ""
        print(f"{f.id.hex}  {f.added_at.astimezone(env.context().zone):%d.%m.%Y}  "
              f"{f.filename} ({type_label(f.media_type)}, {size_label(f.size_bytes)}){secret}",
              file=env.out)
    return 0


def run_send(args: argparse.Namespace, env: CliEnvironment) -> int:
    actor = env.actor()
    assert actor is not None
    database = env.context().db.target.sqlite_file
    form = ReferralInput(
        id=uuid.uuid4(), animal_id=args.animal, recipient_id=args.recipient,
        kind=ReferralKind.LAB if args.lab else ReferralKind.REFERRAL, reason=args.reason,
        owner_consented=args.owner_consented, urgency=Urgency(args.urgency),
        clinical_summary=args.summary, samples=args.samples, question=args.question,
        entry_ids=tuple(_id(text, _("“{text}” is not a journal entry id (32 hexadecimal "
                                    "digits, as “journal show --json” shows)."))
                        for text in args.entry),
        include_confidential=args.include_confidential,
        attachment_ids=tuple(_id(text, _("“{text}” is not a file id (32 hexadecimal digits, "
                                         "as “referrals files” shows)."))
                             for text in args.attachment),
        files=tuple(FileToSend(path.name, read_chosen_file(path, database))
                    for path in args.file))
    try:
        sent = send_referral(env.context(), actor, form)
    except ValidationError as refused:
        raise _in_command_words(refused) from None
    print(_("Sent {id} to {recipient}: {entries}, {files}.").format(
        id=sent.id.hex, recipient=sent.recipient,
        entries=ngettext("{count} journal entry", "{count} journal entries",
                         sent.entries).format(count=sent.entries),
        files=ngettext("{count} file", "{count} files", sent.attachments).format(
            count=sent.attachments)),
        file=env.out)
    return 0


def _in_command_words(refused: ValidationError) -> ValidationError:
    """The form's "Tick that the owner agreed…" cannot be done in a terminal: name the
    option instead, keeping every other problem as the service said it."""
    form_words = refused.field_errors.get("owner_consented")
    if form_words is None:
        return refused
    option = _("Add --owner-consented once the owner has agreed to sharing the journal with "
               "the recipient.")
    fields = {**refused.field_errors, "owner_consented": option}
    message = option if refused.message == form_words else refused.message
    return ValidationError(message, fields, summary=refused.summary)


def _id(text: str, refusal: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise ValidationError(refusal.format(text=text)) from None


def run_print(args: argparse.Namespace, env: CliEnvironment) -> int:
    actor = env.actor()
    assert actor is not None

    def letter() -> bytes:
        try:
            referral_id = uuid.UUID(args.id.strip())
        except ValueError:
            raise NotFound(_("“{text}” is not a referral id (32 hexadecimal digits, as "
                             "“referrals list” shows).").format(text=args.id)) from None
        return referral_letter(env.context(), actor, referral_id)

    write_printout(args.out, letter, env.out)
    return 0


def run_parties(args: argparse.Namespace, env: CliEnvironment) -> int:
    actor = env.actor()
    assert actor is not None
    found = list_parties(env.context(), actor, include_inactive=args.all)
    if args.json:
        print(json.dumps([{"id": p.id, "name": p.name, "speciality": p.speciality,
                           "laboratory": p.is_laboratory, "address": p.address,
                           "phone": p.phone, "email": p.email, "active": p.active,
                           "version": p.version} for p in found],
                         ensure_ascii=False, indent=2), file=env.out)
        return 0
    for p in found:
        kind = _("laboratory") if p.is_laboratory else (p.speciality or "")
        off = "  " + _("[deactivated]") if not p.active else ""
        print(f"{p.id:>4}  {p.name} ({kind}){off}", file=env.out)
    return 0


def run_add_recipient(args: argparse.Namespace, env: CliEnvironment) -> int:
    actor = env.actor()
    assert actor is not None
    added = add_party(env.context(), actor, PartyInput(
        name=args.name, speciality=args.speciality or "", is_laboratory=args.lab == "yes",
        address=args.address or "", phone=args.phone or "", email=args.email or ""))
    print(_("Added recipient {id}: {name}.").format(id=added.id, name=added.name),
          file=env.out)
    return 0


def run_edit_recipient(args: argparse.Namespace, env: CliEnvironment) -> int:
    actor = env.actor()
    assert actor is not None
    ctx = env.context()
    now = _recipient(ctx, actor, args.id)

    def given(value: str | None, current: str | None) -> str:
        return current or "" if value is None else value

    try:
        saved = edit_party(ctx, actor, args.id, PartyInput(
            name=given(args.name, now.name), speciality=given(args.speciality, now.speciality),
            is_laboratory=now.is_laboratory if args.lab is None else args.lab == "yes",
            address=given(args.address, now.address), phone=given(args.phone, now.phone),
            email=given(args.email, now.email)),
            expected_version=now.version if args.version is None else args.version)
    except RecordChangedError as changed:
        raise changed_in_command_words(changed, _(
            "Run “vetdesk referrals parties --json” to see its current details and version, "
            "then run the command again.")) from None
    print(_("Saved recipient {id}: {name}.").format(id=saved.id, name=saved.name),
          file=env.out)
    return 0


def run_set_active(args: argparse.Namespace, env: CliEnvironment) -> int:
    actor = env.actor()
    assert actor is not None
    ctx = env.context()
    now = _recipient(ctx, actor, args.id)
    saved = set_party_active(ctx, actor, args.id, args.active, expected_version=now.version)
    text = (_("{name} is offered for referrals again.") if saved.active
            else _("{name} is no longer offered for referrals; its referrals stay as they "
                   "were."))
    print(text.format(name=saved.name), file=env.out)
    return 0


def _recipient(ctx: ServiceContext, actor: Actor, party_id: int) -> PartyInfo:
    """The recipient as it is now (a command is its own form: it starts from the latest)."""
    for party in list_parties(ctx, actor, include_inactive=True):
        if party.id == party_id:
            return party
    raise NotFound(_("There is no recipient number {id} in the register; “vetdesk referrals "
                     "parties --all” lists them.").format(id=party_id))
