"""A corrected journal text as markup, word run by word run: the same walk for the printed
journal (reportlab's mini-markup) and for the chart's history (Qt rich text); each caller
gives its own escaping and tags. No Qt and no reportlab here, so both may use it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol


class DiffRun(Protocol):
    @property
    def op(self) -> str: ...  # "same", "removed" or "added"

    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class DiffStyle:
    """``removed``/``added`` wrap already escaped text; ``gap`` goes between a removed run
    and the added run right after it, so struck-out and inserted words do not run together."""

    escape: Callable[[str], str]
    removed: Callable[[str], str]
    added: Callable[[str], str]
    gap: str


def diff_markup(runs: Iterable[DiffRun], style: DiffStyle) -> str:
    parts = []
    previous = "same"
    for run in runs:
        text = style.escape(run.text)
        if run.op == "added" and previous == "removed":
            parts.append(style.gap)
        previous = run.op
        if run.op == "removed":
            parts.append(style.removed(text))
        elif run.op == "added":
            parts.append(style.added(text))
        else:
            parts.append(text)
    return "".join(parts)
