"""Word-level differences between two versions, for the history view: what was removed is
shown struck through, what was added highlighted."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Literal

from vetdesk.domain.codes import JournalKind
from vetdesk.services.journal.kinds import field_label, fields_of
from vetdesk.services.journal.types import DiffSpan, FieldDiff, VersionView

# Words, runs of white space and single punctuation marks are the units compared; keeping the
# white space as tokens lets the spans join back into exactly the original texts.
SpanOp = Literal["same", "removed", "added"]
_TOKENS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _TOKENS.findall(text)


def word_diff(old: str, new: str) -> tuple[DiffSpan, ...]:
    """Spans whose "same"+"removed" texts join to ``old`` and "same"+"added" to ``new``."""
    before, after = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    spans: list[DiffSpan] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            _add(spans, "same", "".join(before[a1:a2]))
            continue
        if op in ("delete", "replace"):
            _add(spans, "removed", "".join(before[a1:a2]))
        if op in ("insert", "replace"):
            _add(spans, "added", "".join(after[b1:b2]))
    return tuple(spans)


def _add(spans: list[DiffSpan], op: SpanOp, text: str) -> None:
    if not text:
        return
    if spans and spans[-1].op == op:
        spans[-1] = DiffSpan(spans[-1].op, spans[-1].text + text)
        return
    spans.append(DiffSpan(op, text))


def version_changes(kind: JournalKind, old: VersionView, new: VersionView) -> tuple[FieldDiff, ...]:
    """Every field that differs, in the form's order, then the measurements and flags."""
    changes: list[FieldDiff] = []
    names = [spec.name for spec in fields_of(kind)]
    names += sorted((set(old.content) | set(new.content)) - set(names))
    for name in names:
        before, after = old.content.get(name, ""), new.content.get(name, "")
        if before != after:
            changes.append(FieldDiff(name, field_label(kind, name), word_diff(before, after)))
    simple: Mapping[str, tuple[str, str, str]] = {
        "event_time": ("Time of event", _time(old), _time(new)),
        "help_requested_at": ("Help asked for", old.help_requested_at.isoformat(),
                              new.help_requested_at.isoformat()),
        "weight_kg": ("Weight (kg)", _num(old.weight_kg), _num(new.weight_kg)),
        "temperature_c": ("Temperature (°C)", _num(old.temperature_c), _num(new.temperature_c)),
        "confidential": ("Confidential", _yes(old.confidential), _yes(new.confidential)),
    }
    for name, (label, before, after) in simple.items():
        if before != after:
            changes.append(FieldDiff(name, label, _whole(before, after)))
    return tuple(changes)


def _whole(before: str, after: str) -> tuple[DiffSpan, ...]:
    spans: list[DiffSpan] = []
    if before:
        spans.append(DiffSpan("removed", before))
    if after:
        spans.append(DiffSpan("added", after))
    return tuple(spans)


def _time(version: VersionView) -> str:
    return version.event_time.isoformat()


def _num(value: Decimal | None) -> str:
    return "" if value is None else format(value.normalize(), "f")


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"
