"""The prescription on A4: letterhead, number and dates, prescriber, owner and animal side by
side, one block per product, the statements, the signature; DejaVu Sans (æøå) throughout."""

from __future__ import annotations

import io
import re
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable, HRFlowable

from vetdesk.documents.fonts import BOLD, REGULAR, register_fonts
from vetdesk.documents.prescription_document import Block, ItemSheet, PrescriptionSheet

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
ALERT = colors.HexColor("#a61b1b")
SHADE = colors.HexColor("#f0f4f8")
BLOCK_GAP = 4 * mm  # between the side-by-side blocks (To, From, Owner, Animal)
# An e-mail address too wide for its column is set smaller, down to this, before it is
# broken; and then only after "@", "-" or "/" or before a "." (never "vetlab.examp le.com").
SMALLEST = 7.0
_DIGIT_GAP = re.compile(r"(?<=[0-9+]) (?=[0-9])")
_BREAK_POINT = re.compile(r"(?<=[@/-])|(?=\.)")
NO_BREAK_SPACE = "\u00a0"


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.5, textColor=INK)
    return {
        "body": base,
        "clinic": ParagraphStyle("clinic", base, fontName=BOLD, fontSize=13, leading=16),
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11, textColor=MUTED),
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=18, leading=22,
                                spaceBefore=6, spaceAfter=4),
        "label": ParagraphStyle("label", base, fontName=BOLD, fontSize=8.5, leading=11,
                                textColor=MUTED),
        "heading": ParagraphStyle("heading", base, fontName=BOLD, fontSize=11, leading=14),
        "banner": ParagraphStyle("banner", base, fontName=BOLD, fontSize=12, leading=15,
                                 textColor=ALERT, spaceAfter=4),
    }


def _heading(text: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """A heading and its space, kept on the page of what follows (it stood alone at the
    foot of a page, its table on the next)."""
    heading, space = Paragraph(_text(text), styles["heading"]), Spacer(1, 1.5 * mm)
    heading.keepWithNext = space.keepWithNext = True
    return [heading, space]


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def render_prescription(sheet: PrescriptionSheet) -> bytes:
    register_fonts()
    styles = _styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm, title=sheet.title, author=sheet.clinic_name,
    )
    story: list[Any] = [
        Paragraph(_text(sheet.clinic_name), styles["clinic"]),
        Paragraph(_text(" · ".join(sheet.clinic_lines)), styles["small"]),
        HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=4, spaceAfter=2),
    ]
    if sheet.banner:
        story.append(Paragraph(_text(sheet.banner), styles["banner"]))
    story.append(Paragraph(_text(sheet.title), styles["title"]))
    story.append(_facts(sheet.facts, styles))
    story.append(Spacer(1, 4 * mm))
    story.append(_blocks(sheet.blocks, styles))
    story.append(Spacer(1, 4 * mm))
    for label, value in sheet.intro:
        story.append(Paragraph(_text(label), styles["label"]))
        story.extend(Paragraph(_text(chunk), styles["body"]) for chunk in _chunks(value))
        story.append(Spacer(1, 2 * mm))
    if sheet.items:  # a referral may send files only: no empty "entries (0)" heading
        story.extend(_heading(sheet.items_title, styles))
        story.extend(_item(item, styles) for item in sheet.items)
    if sheet.files:
        story.extend(_heading(sheet.files_title, styles))
        story.append(_files(sheet.files_header, sheet.files, styles))
        story.append(Spacer(1, 3 * mm))
    statements = [[Paragraph(_text(label), styles["label"]),
                   Paragraph(_text(value), styles["body"]), Spacer(1, 2 * mm)]
                  for label, value in sheet.statements]
    story.extend(KeepTogether(statement) for statement in statements[:-1])
    # The signature never stands alone on a page: it goes over with the last statement.
    story.append(KeepTogether([
        *(statements[-1] if statements else []),
        Spacer(1, 8 * mm),
        HRFlowable(width="45%", thickness=0.6, color=INK, hAlign="LEFT", spaceAfter=2),
        Paragraph(_text(sheet.signature_label), styles["label"]),
        Paragraph(_text(sheet.signature_line), styles["small"]),
    ]))

    def footer(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, MARGIN / 2 + 2 * mm, sheet.footer)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, MARGIN / 2 + 2 * mm,
                               sheet.page_label.format(page=canvas.getPageNumber()))
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def _fitted(value: str, style: ParagraphStyle, width: float) -> Paragraph:
    """One line of a block in ``width`` points, wrapped only where a reader would: between
    words, never inside a phone number (its digit groups are joined by no-break spaces) or an
    e-mail address. A word too wide for the column makes the line smaller (down to SMALLEST);
    only if it is still too wide is it broken, after "@", "-" or "/" or before a "."."""
    text = _DIGIT_GAP.sub(NO_BREAK_SPACE, value)
    words = text.split(" ")
    widest = max(stringWidth(word, style.fontName, style.fontSize) for word in words)
    if widest <= width:
        return Paragraph(_text(text), style)
    size = max(SMALLEST, style.fontSize * width / widest)
    smaller = ParagraphStyle(f"{style.name}-fitted", style, fontSize=size,
                             leading=style.leading * size / style.fontSize)
    return Paragraph(" ".join(_broken(word, smaller, width) for word in words), smaller)


def _broken(word: str, style: ParagraphStyle, width: float) -> str:
    """``word`` as markup, with line breaks at its sensible points where it is too wide."""
    if stringWidth(word, style.fontName, style.fontSize) <= width:
        return _text(word)
    lines = [""]
    for piece in _BREAK_POINT.split(word):
        joined = lines[-1] + piece
        if lines[-1] and stringWidth(joined, style.fontName, style.fontSize) > width:
            lines.append(piece)
        else:
            lines[-1] = joined
    return "<br/>".join(_text(line) for line in lines)


def _chunks(value: str, limit: int = 1_500) -> list[str]:
    """Long text in paragraphs reportlab can split across pages."""
    parts = [p for p in value.split("\n\n") if p.strip()] or [value]
    return [p[i:i + limit] for p in parts for i in range(0, len(p), limit)]


def _facts(facts: tuple[tuple[str, str], ...], styles: dict[str, ParagraphStyle]) -> Table:
    """One row: each fact its label over its value (number, date of issue, valid until)."""
    width = (PAGE_WIDTH - 2 * MARGIN) / max(len(facts), 1)
    row = [[Paragraph(_text(label), styles["label"]), Paragraph(_text(value), styles["heading"])]
           for label, value in facts]
    table = Table([row], colWidths=[width] * len(facts))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _blocks(blocks: tuple[Block, ...], styles: dict[str, ParagraphStyle]) -> Table:
    width = (PAGE_WIDTH - 2 * MARGIN) / max(len(blocks), 1)
    row = [[Paragraph(_text(block.title), styles["label"]),
            *(_fitted(line, styles["body"], width - BLOCK_GAP) for line in block.lines)]
           for block in blocks]
    table = Table([row], colWidths=[width] * len(blocks))
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), BLOCK_GAP),
    ]))
    return table


def _item(item: ItemSheet, styles: dict[str, ParagraphStyle]) -> KeepTogether:
    width = PAGE_WIDTH - 2 * MARGIN
    rows = [[Paragraph(_text(item.heading), styles["heading"]), ""]]
    rows.extend([Paragraph(_text(label), styles["label"]), Paragraph(_text(value),
                                                                    styles["body"])]
                for label, value in item.rows)
    table = Table(rows, colWidths=[42 * mm, width - 42 * mm])
    table.setStyle(TableStyle([
        ("SPAN", (0, 0), (1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return KeepTogether([table, Spacer(1, 3 * mm)])


def _files(header: tuple[str, ...], rows: tuple[tuple[str, ...], ...],
           styles: dict[str, ParagraphStyle]) -> Table:
    """Name (wraps), type, size, date: the name takes what the three short columns leave."""
    width = PAGE_WIDTH - 2 * MARGIN
    short = [32 * mm, 22 * mm, 26 * mm]
    table = Table(
        [[Paragraph(_text(label), styles["label"]) for label in header],
         *([Paragraph(_text(cell), styles["body"]) for cell in row] for row in rows)],
        colWidths=[width - sum(short), *short], repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table
