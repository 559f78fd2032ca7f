"""What a form check says, field by field: errors block saving, warnings and notes inform."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


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
