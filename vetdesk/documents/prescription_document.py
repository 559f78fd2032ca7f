"""What a printed prescription (or referral letter, lab request) says, already formatted and
translated: plain data, no reportlab (the services fill it in; ``prescription_pdf`` lays it
out: the referral letter has the same parts, so it uses the same layout)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Block:
    """A labelled block of lines: the prescriber, the owner, the animal."""

    title: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class ItemSheet:
    """One product: its name line ("Metacam vet. (meloksikam)") and labelled rows."""

    heading: str
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class PrescriptionSheet:
    clinic_name: str
    clinic_lines: tuple[str, ...]
    title: str
    # Labelled facts under the title: number, date of issue, valid until.
    facts: tuple[tuple[str, str], ...]
    blocks: tuple[Block, ...]
    items_title: str
    items: tuple[ItemSheet, ...]
    # Cascade and art. 107 statements, notes: (label, text).
    statements: tuple[tuple[str, str], ...]
    signature_label: str
    signature_line: str
    footer: str
    page_label: str  # "Page {page} of {pages}"
    # Set when cancelled: printed across the top in red.
    banner: str | None = None
    # Labelled paragraphs before the items (a referral's reason and clinical summary).
    intro: tuple[tuple[str, str], ...] = ()
    # A referral's enclosed files: a heading, the column names and one row per file.
    files_title: str = ""
    files_header: tuple[str, ...] = ()
    files: tuple[tuple[str, ...], ...] = ()
