"""What a journal printout says, already formatted and translated: plain data, no reportlab.

The service fills these in (``services/journal/printing.py``) and ``journal_pdf`` lays them
out. They live apart from the renderer so that importing the journal services, which the
chart and the first screen do, does not import reportlab (issue 9: start-up imports only what
the first screen needs).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal
from xml.sax.saxutils import escape

ADDED_BACKGROUND = "#fff3b0"
REMOVED_COLOUR = "#a61b1b"


@dataclass(frozen=True)
class Letterhead:
    clinic_name: str
    address_lines: tuple[str, ...] = ()
    contact_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Party:
    """A labelled block of lines: the owner, the animal."""

    title: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Span:
    op: Literal["same", "removed", "added"]
    text: str


@dataclass(frozen=True)
class ChangedField:
    label: str
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class VersionNote:
    """One correction or void of an entry, printed under it."""

    heading: str
    changes: tuple[ChangedField, ...] = ()


@dataclass(frozen=True)
class PrintedEntry:
    heading: str
    subheading: str
    fields: tuple[tuple[str, str], ...]
    measurements: str | None = None
    attachments: tuple[str, ...] = ()
    marks: tuple[str, ...] = ()
    voided: bool = False
    notes: tuple[VersionNote, ...] = ()


@dataclass(frozen=True)
class JournalDocument:
    letterhead: Letterhead
    title: str
    period: str
    owner: Party
    animal: Party
    entries: tuple[PrintedEntry, ...]
    footer_left: str
    # "Page {page} of {pages}" in the document's language.
    page_label: str = "Page {page} of {pages}"
    empty_text: str = "No entries in this period."
    legend: str = ""
    metadata: dict[str, str] = field(default_factory=dict)


def legend_markup(removed: str, added: str) -> str:
    """A one-line key to the version marks, in the document's language."""
    return (
        f'<strike><font color="{REMOVED_COLOUR}">{escape(removed)}</font></strike> · '
        f'<font backColor="{ADDED_BACKGROUND}"><b>{escape(added)}</b></font>'
    )


