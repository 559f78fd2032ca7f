"""Reminder letters, one A4 page each, in one PDF: for clients with neither SMS nor e-mail
consent (issue 11). The address sits where a window envelope shows it; DejaVu Sans (æøå)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus.flowables import HRFlowable

from vetdesk.documents.fonts import BOLD, REGULAR, register_fonts

MARGIN = 20 * mm
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")


@dataclass(frozen=True)
class Letter:
    name: str
    address_lines: tuple[str, ...]
    date: str  # dd.mm.yyyy
    subject: str
    body: str


@dataclass(frozen=True)
class LetterSet:
    clinic_name: str
    clinic_lines: tuple[str, ...]
    title: str
    letters: tuple[Letter, ...]


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def render_letters(letters: LetterSet) -> bytes:
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=11, leading=15, textColor=INK)
    styles = {
        "clinic": ParagraphStyle("clinic", base, fontName=BOLD, fontSize=13, leading=16),
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11, textColor=MUTED),
        "address": base,
        "date": ParagraphStyle("date", base, alignment=2),
        "subject": ParagraphStyle("subject", base, fontName=BOLD, fontSize=12, leading=16),
        "body": ParagraphStyle("body2", base, spaceAfter=6),
    }
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=15 * mm, bottomMargin=MARGIN, title=letters.title,
                            author=letters.clinic_name)
    story: list[Any] = []
    for number, letter in enumerate(letters.letters):
        if number:
            story.append(PageBreak())
        story += [
            Paragraph(_text(letters.clinic_name), styles["clinic"]),
            Paragraph(_text(" · ".join(letters.clinic_lines)), styles["small"]),
            HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=4, spaceAfter=2),
            # A C5 window envelope shows the address 45-50 mm from the top of the page.
            Spacer(1, 14 * mm),
            Paragraph(_text("\n".join((letter.name, *letter.address_lines))),
                      styles["address"]),
            Spacer(1, 18 * mm),
            Paragraph(_text(letter.date), styles["date"]),
            Spacer(1, 6 * mm),
            Paragraph(_text(letter.subject), styles["subject"]),
            Spacer(1, 4 * mm),
        ]
        story += [Paragraph(_text(part), styles["body"])
                  for part in letter.body.split("\n\n") if part.strip()]
    if not story:
        story.append(Paragraph(_text(letters.title), styles["body"]))
    doc.build(story)
    return out.getvalue()
