"""What a form check says, field by field: errors block saving, warnings and notes inform."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from vetdesk.domain.text import clean_line, clean_multiline, has_invisible
from vetdesk.i18n import _


def _frozen(values: Mapping[str, str] | None = None) -> Mapping[str, str]:
    return MappingProxyType(dict(values or {}))


@dataclass(frozen=True)
class FieldReport:
    # field name -> one sentence saying what to fix (saving is refused while any is present)
    errors: Mapping[str, str] = field(default_factory=_frozen)
    # field name -> something to look at that does not block saving (FDX-A chip, foreign chip)
    warnings: Mapping[str, str] = field(default_factory=_frozen)
    # field name -> what was understood ("France", "912 34 567"), shown beside the field
    notes: Mapping[str, str] = field(default_factory=_frozen)

    @property
    def ok(self) -> bool:
        return not self.errors

    def merged(self, other: FieldReport) -> FieldReport:
        return FieldReport(
            _frozen({**self.errors, **other.errors}),
            _frozen({**self.warnings, **other.warnings}),
            _frozen({**self.notes, **other.notes}),
        )


@dataclass
class ReportBuilder:
    errors: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)

    def build(self) -> FieldReport:
        return FieldReport(_frozen(self.errors), _frozen(self.warnings), _frozen(self.notes))


@dataclass(frozen=True)
class TextRule:
    """How one text field is stored: its label for messages, and its column's size in
    vetdesk/db/models, checked here so both engines refuse the same values (PostgreSQL would
    raise a raw DataError, SQLite would store it). Sizes count characters, as both do."""

    label: str  # marked with N_, translated when a message is made
    limit: int
    multiline: bool = False

    def stored(self, value: str) -> str:
        return clean_multiline(value).strip() if self.multiline else clean_line(value)


def check_texts(values: Mapping[str, str], rules: Mapping[str, TextRule],
                report: ReportBuilder) -> None:
    """Length errors and "invisible characters will be removed" warnings, field by field."""
    for name, rule in rules.items():
        value = values.get(name, "")
        if len(rule.stored(value)) > rule.limit:
            report.errors[name] = _("{field} can have at most {limit} characters.").format(
                field=_(rule.label), limit=rule.limit)
        elif has_invisible(value, multiline=rule.multiline):
            report.warnings[name] = _(
                "Invisible or direction-changing characters (often pasted along with the "
                "text) are removed when saving.")


def join_sentences(messages: Iterable[str]) -> str:
    """Several problems as one readable line: each a sentence with a capital and a full stop
    (some rules speak in fragments, "the species is missing"), separated by a space."""
    sentences = []
    for message in messages:
        text = message.strip()
        if not text:
            continue
        text = text[0].upper() + text[1:]
        sentences.append(text if text[-1] in ".!?" else text + ".")
    return " ".join(sentences)
