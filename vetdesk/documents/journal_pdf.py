"""The journal printout: letterhead, owner and animal, entries with their versions marked,
"page x of y", DejaVu Sans throughout (æøå), 10 pt body text so it reads at 100 %.

The caller passes text that is already formatted and translated (``JournalDocument``); this
module only lays it out.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from vetdesk.documents.diff_markup import DiffStyle, diff_markup
from vetdesk.documents.fonts import BOLD, REGULAR, register_fonts
from vetdesk.documents.journal_document import (
    ADDED_BACKGROUND,
    REMOVED_COLOUR,
    ChangedField,
    JournalDocument,
    Letterhead,
    Party,
    PrintedEntry,
    Span,
    VersionNote,
    legend_markup,
)

__all__ = [
    "ChangedField",
    "JournalDocument",
    "Letterhead",
    "Party",
    "PrintedEntry",
    "Span",
    "VersionNote",
    "legend_markup",
    "render_journal",
]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
HEADER_HEIGHT = 22 * mm
FOOTER_HEIGHT = 12 * mm
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.5, textColor=INK)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=16, leading=20,
                                spaceAfter=2),
        "period": ParagraphStyle("period", base, textColor=MUTED, spaceAfter=8),
        "party_title": ParagraphStyle("party_title", base, fontName=BOLD, fontSize=9,
                                      textColor=MUTED),
        "heading": ParagraphStyle("heading", base, fontName=BOLD, fontSize=11, leading=14,
                                  spaceBefore=4),
        "sub": ParagraphStyle("sub", base, fontSize=8.5, leading=11, textColor=MUTED),
        "mark": ParagraphStyle("mark", base, fontName=BOLD, fontSize=8.5, leading=11,
                               textColor=colors.HexColor("#8a4b00")),
        "label": ParagraphStyle("label", base, fontName=BOLD, fontSize=9, leading=13.5),
        "note": ParagraphStyle("note", base, fontSize=9, leading=12, leftIndent=8,
                               textColor=MUTED),
        "legend": ParagraphStyle("legend", base, fontSize=8, leading=10, textColor=MUTED),
    }


def _text(value: str) -> str:
    """Escape for reportlab's mini-markup and keep the vet's line breaks."""
    return escape(value).replace("\n", "<br/>")


def _chunks(value: str, limit: int = 1_500) -> list[str]:
    """The text split at line breaks, and very long lines at a space, into page-sized pieces."""
    pieces: list[str] = []
    for line in value.split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            pieces.append(line[:cut])
            line = line[cut:].lstrip()
        pieces.append(line)
    return pieces or [""]


_DIFF_STYLE = DiffStyle(
    escape=_text,
    removed=lambda text: f'<strike><font color="{REMOVED_COLOUR}">{text}</font></strike>',
    added=lambda text: f'<font backColor="{ADDED_BACKGROUND}"><b>{text}</b></font>',
    gap=" ",
)


def _spans(spans: Sequence[Span]) -> str:
    return diff_markup(spans, _DIFF_STYLE)


def _entry_flowables(entry: PrintedEntry, styles: dict[str, ParagraphStyle]) -> list[Any]:
    def strike(markup: str) -> str:
        return f"<strike>{markup}</strike>" if entry.voided else markup

    head: list[Any] = [
        Paragraph(strike(_text(entry.heading)), styles["heading"]),
        Paragraph(_text(entry.subheading), styles["sub"]),
    ]
    head += [Paragraph(_text(mark), styles["mark"]) for mark in entry.marks]
    rows: list[list[Any]] = []
    continued: list[int] = []
    for label, value in entry.fields:
        # One table row per paragraph of text: a table splits across pages only between rows.
        for n, chunk in enumerate(_chunks(value)):
            if n:
                continued.append(len(rows))
            rows.append([Paragraph(_text(label), styles["label"]) if n == 0 else "",
                         Paragraph(strike(_text(chunk)), styles["body"])])
    if entry.measurements:
        label, _, values = entry.measurements.partition("\t")
        rows.append([Paragraph(_text(label), styles["label"]),
                     Paragraph(strike(_text(values)), styles["body"])])
    for attachment in entry.attachments:
        rows.append(["", Paragraph(_text(attachment), styles["sub"])])
    body: list[Any] = []
    if rows:
        table = Table(rows, colWidths=[38 * mm, PAGE_WIDTH - 2 * MARGIN - 38 * mm])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            # Lines of one field sit as close as the lines of a paragraph.
            *[("TOPPADDING", (0, i), (-1, i), 0) for i in continued],
            *[("BOTTOMPADDING", (0, i - 1), (-1, i - 1), 0) for i in continued],
        ]))
        body.append(table)
    for note in entry.notes:
        body.append(Paragraph(_text(note.heading), styles["note"]))
        for change in note.changes:
            body.append(Paragraph(
                f"<b>{_text(change.label)}:</b> {_spans(change.spans)}", styles["note"]
            ))
    # Keep the heading with the first lines, but let a long entry run over the page break.
    first = body[:1]
    return [KeepTogether(head + first), *body[1:], Spacer(1, 3 * mm),
            HRFlowable(width="100%", thickness=0.4, color=RULE, spaceAfter=2 * mm)]


def _party_table(doc: JournalDocument, styles: dict[str, ParagraphStyle]) -> Table:
    def cell(party: Party) -> list[Any]:
        return [Paragraph(_text(party.title.upper()), styles["party_title"])] + [
            Paragraph(_text(line), styles["body"]) for line in party.lines
        ]

    width = (PAGE_WIDTH - 2 * MARGIN) / 2
    table = Table([[cell(doc.owner), cell(doc.animal)]], colWidths=[width, width])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LINEAFTER", (0, 0), (0, 0), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """Holds every page until the end, so each can say "page x of y"."""

    def __init__(self, *args: Any, document: JournalDocument, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._document = document
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_frame(total)
            super().showPage()
        super().save()

    def _draw_frame(self, total: int) -> None:
        doc = self._document
        head = doc.letterhead
        top = PAGE_HEIGHT - MARGIN
        self.setFillColor(INK)
        self.setFont(BOLD, 13)
        self.drawString(MARGIN, top - 4 * mm, head.clinic_name)
        self.setFont(REGULAR, 8.5)
        self.setFillColor(MUTED)
        for i, line in enumerate(head.address_lines[:2]):
            self.drawString(MARGIN, top - 9 * mm - i * 3.8 * mm, line)
        for i, line in enumerate(head.contact_lines[:3]):
            self.drawRightString(PAGE_WIDTH - MARGIN, top - 4 * mm - i * 3.8 * mm, line)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.6)
        self.line(MARGIN, top - HEADER_HEIGHT + 4 * mm, PAGE_WIDTH - MARGIN,
                  top - HEADER_HEIGHT + 4 * mm)
        bottom = MARGIN - 4 * mm
        self.line(MARGIN, bottom + 5 * mm, PAGE_WIDTH - MARGIN, bottom + 5 * mm)
        self.setFont(REGULAR, 8)
        self.drawString(MARGIN, bottom + 1.5 * mm, doc.footer_left)
        self.drawRightString(PAGE_WIDTH - MARGIN, bottom + 1.5 * mm,
                             doc.page_label.format(page=self._pageNumber, pages=total))


def render_journal(doc: JournalDocument) -> bytes:
    register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    frame = Frame(
        MARGIN, MARGIN + FOOTER_HEIGHT - 6 * mm, PAGE_WIDTH - 2 * MARGIN,
        PAGE_HEIGHT - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT + 6 * mm,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )
    template = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=doc.title, author=doc.letterhead.clinic_name,
        subject=doc.period, creator="VetDesk",
    )
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story: list[Any] = [
        Paragraph(_text(doc.title), styles["title"]),
        Paragraph(_text(doc.period), styles["period"]),
        _party_table(doc, styles),
        Spacer(1, 5 * mm),
    ]
    if doc.legend:
        story += [Paragraph(doc.legend, styles["legend"]), Spacer(1, 3 * mm)]
    if not doc.entries:
        story.append(Paragraph(_text(doc.empty_text), styles["body"]))
    for entry in doc.entries:
        story.extend(_entry_flowables(entry, styles))

    def canvas_factory(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        return _NumberedCanvas(*args, document=doc, **kwargs)

    template.build(story, canvasmaker=canvas_factory)
    return buffer.getvalue()
