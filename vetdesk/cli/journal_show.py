"""``vetdesk journal show (ANIMAL_ID | --chip CHIP | --client NO --animal NAME) [--json]``: an
animal's signed journal, newest first, with the regulation's three times per entry
(FOR-2006-02-20-229 § 4): when help was asked for, when it was given, when it was written."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

from vetdesk.cli.animal_choice import chosen_animal
from vetdesk.cli.environment import CliEnvironment
from vetdesk.domain.codes import VersionAction
from vetdesk.i18n import _
from vetdesk.services.journal import KIND_LABELS, AnimalJournal, EntryDetail, animal_journal
from vetdesk.services.journal.kinds import field_label
from vetdesk.services.local_time import shown_moment


def run_show(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx = env.context()
    actor = env.actor()
    assert actor is not None  # required=True raises instead of returning None
    journal = animal_journal(ctx, actor, chosen_animal(ctx, actor, args))
    if args.json:
        print(json.dumps(as_json(journal), ensure_ascii=False, indent=2), file=env.out)
        return 0
    print_entries(journal, env, ctx.zone)
    return 0


def as_json(journal: AnimalJournal) -> dict[str, Any]:
    """Times in UTC (ISO 8601), content under its field names, as stored."""
    return {
        "animal_id": journal.animal_id,
        "animal_name": journal.animal_name,
        "entries": [_entry_json(entry) for entry in journal.entries],
    }


def _entry_json(entry: EntryDetail) -> dict[str, Any]:
    current = entry.current
    return {
        "entry_id": entry.entry_id.hex,
        "kind": entry.kind.value,
        "author": entry.author_name,
        "help_requested_at": current.help_requested_at.isoformat(),
        "event_time": current.event_time.isoformat(),
        "written_at": entry.signed_at.isoformat(),
        "signed_by": entry.signed_by_name,
        "auto_locked": entry.auto_locked,
        "version_no": current.version_no,
        "corrected": entry.corrected,
        "voided": entry.voided,
        "confidential": current.confidential,
        "content": dict(current.content),
        "weight_kg": None if current.weight_kg is None else str(current.weight_kg.normalize()),
        "temperature_c": (None if current.temperature_c is None
                          else str(current.temperature_c.normalize())),
        "versions": [{
            "version_no": version.version_no, "action": version.action.value,
            "help_requested_at": version.help_requested_at.isoformat(),
            "event_time": version.event_time.isoformat(),
            "created_at": version.created_at.isoformat(), "author": version.author_name,
            "reason": version.reason,
        } for version in entry.versions],
    }


def print_entries(journal: AnimalJournal, env: CliEnvironment, zone: ZoneInfo) -> None:
    """The entries as text, times in ``zone`` (the clinic's, ctx.zone)."""
    def when(moment: dt.datetime) -> str:
        return shown_moment(moment, zone)

    if not journal.entries:
        print(_("{name} has no signed journal entries.").format(name=journal.animal_name),
              file=env.out)
        return
    for entry in journal.entries:
        current = entry.current
        marks = []
        if entry.corrected:
            marks.append(_("corrected"))
        if current.action is VersionAction.VOID:
            marks.append(_("voided"))
        if current.confidential:
            marks.append(_("confidential"))
        head = f"{when(current.event_time)}  {_(KIND_LABELS[entry.kind])}  {entry.author_name}"
        print(head + (f"  ({', '.join(marks)})" if marks else ""), file=env.out)
        print("  " + _(
            "help asked for {asked} · given {given} · written {written}"
        ).format(asked=when(current.help_requested_at), given=when(current.event_time),
                 written=when(entry.signed_at)), file=env.out)
        for name, value in current.content.items():
            text = " ".join(value.split())
            print(f"  {_(field_label(entry.kind, name))}: {text}", file=env.out)
