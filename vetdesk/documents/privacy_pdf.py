"""A plain, readable PDF of sections of label/value lines: the summary of an access export and
the receipt of an erasure (issue 10). The texts arrive translated; this only lays them out."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from vetdesk.documents.fonts import BOLD, REGULAR, register_fonts

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")


@dataclass(frozen=True)
class Section:
    heading: str
    rows: Sequence[tuple[str, str]]
    note: str = ""


@dataclass(frozen=True)
class PlainDocument:
    title: str
    subtitle: str
    intro: str
    sections: Sequence[Section]
    footer: str = ""


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=16, leading=20),
        "sub": ParagraphStyle("sub", base, textColor=MUTED, spaceAfter=6),
        "heading": ParagraphStyle("heading", base, fontName=BOLD, fontSize=11, leading=14,
                                  spaceBefore=8, spaceAfter=3),
        "label": ParagraphStyle("label", base, fontName=BOLD, fontSize=9),
        "note": ParagraphStyle("note", base, fontSize=8.5, textColor=MUTED),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def render_plain(doc: PlainDocument) -> bytes:
    register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    template = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                 topMargin=18 * mm, bottomMargin=18 * mm, title=doc.title,
                                 creator="VetDesk")
    story: list[Any] = [_p(doc.title, styles["title"]), _p(doc.subtitle, styles["sub"]),
                        _p(doc.intro, styles["body"])]
    for section in doc.sections:
        story.append(_p(section.heading, styles["heading"]))
        if section.rows:
            table = Table([[_p(label, styles["label"]), _p(value, styles["body"])]
                           for label, value in section.rows],
                          colWidths=[48 * mm, None], hAlign="LEFT")
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
            story.append(table)
        if section.note:
            story.append(_p(section.note, styles["note"]))
    if doc.footer:
        story += [Spacer(1, 6 * mm), _p(doc.footer, styles["note"])]
    template.build(story)
    return buffer.getvalue()
