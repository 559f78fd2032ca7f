"""The referral letter and lab request (drawn by the prescription renderer): an e-mail address
or phone number in a narrow block is never split mid-word ("prover@vetlab.examp le.com"), and
the signature never stands alone on the last page."""

from __future__ import annotations

import io
import re
from itertools import pairwise

from pypdf import PdfReader

from vetdesk.documents.prescription_document import Block, PrescriptionSheet
from vetdesk.documents.prescription_pdf import render_prescription

LAB_ADDRESS = "prover@vetlab.example.com"
# Too long for a quarter of the page even when set smaller: broken after "@" or "-" or
# before a ".", never inside a name.
LONG_ADDRESS = "mottak.patologi@veterinaerinstituttet-laboratoriet.example.com"
LAB_PHONE = "+46 70 123 45 67"


def _sheet(blocks: tuple[Block, ...], intro: str = "") -> PrescriptionSheet:
    return PrescriptionSheet(
        clinic_name="Dyreklinikken Fjellstad", clinic_lines=("Storgata 1", "2000 Lillestrøm"),
        title="Prøverekvisisjon", facts=(("Dato", "22.11.2026"),), blocks=blocks,
        items_title="", items=(),
        statements=(("Samtykke", "Eieren har samtykket i at opplysningene deles."),
                    ("Merknad", "Prøven er tatt fastende.")),
        signature_label="Underskrift", signature_line="Ingrid Lie, veterinær",
        footer="Dyreklinikken Fjellstad", page_label="Side {page}",
        intro=(("Klinisk sammendrag", intro),) if intro else ())


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def _four_blocks(*to_lines: str) -> tuple[Block, ...]:
    return (Block("Til", ("Vetlab AS", *to_lines)),
            Block("Fra", ("Ingrid Lie", "Tlf. 63 80 12 34")),
            Block("Eier", ("Åse Strøm-Hansen", "Fjellveien 22B")),
            Block("Dyr", ("Bamse", "Hund")))


def test_an_address_in_a_narrow_block_is_printed_whole() -> None:
    [page] = _pages(render_prescription(_sheet(_four_blocks(LAB_ADDRESS, "Tlf. " + LAB_PHONE))))
    lines = [line.strip() for line in page.splitlines()]
    assert LAB_ADDRESS in lines
    # The phone number on one line, its groups joined by no-break spaces.
    assert any(line.replace("\u00a0", " ").endswith(LAB_PHONE) for line in lines)


def test_an_address_too_long_even_smaller_breaks_only_at_sensible_points() -> None:
    [page] = _pages(render_prescription(_sheet(_four_blocks(LONG_ADDRESS))))
    lines = [line.strip() for line in page.splitlines()]
    parts = lines[lines.index("Vetlab AS") + 1:lines.index("Fra")]
    assert "".join(parts) == LONG_ADDRESS
    assert parts[0] == "mottak.patologi@"
    for before, after in pairwise(parts):
        assert before[-1] in "@-/" or after.startswith("."), parts


def test_the_signature_goes_over_with_the_last_statement() -> None:
    """Every length of summary from one page to two: wherever the page breaks, the page with
    the signature also has the last statement on it."""
    sentence = "Hunden har hatt nedsatt matlyst og drukket mer enn vanlig i tre uker. "
    blocks = _four_blocks(LAB_ADDRESS)
    seen_two_pages = False
    for lines in range(20, 80):
        pages = _pages(render_prescription(_sheet(blocks, intro=sentence * lines)))
        signed = [text for text in pages if "Underskrift" in text]
        assert len(signed) == 1
        assert re.search(r"Merknad\s+Prøven er tatt fastende\.", signed[0]), lines
        seen_two_pages |= len(pages) > 1
    assert seen_two_pages
