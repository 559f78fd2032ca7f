"""A heading in a printed letter never ends a page with what it heads on the next: the
referral letter's "Files enclosed (1)" stood alone at the foot of page one, its table on page
two (found walking the clinic's day)."""

from __future__ import annotations

import io

from pypdf import PdfReader

from vetdesk.documents.prescription_document import Block, ItemSheet, PrescriptionSheet
from vetdesk.documents.prescription_pdf import render_prescription


def _sheet(lines: int) -> PrescriptionSheet:
    entry = ItemSheet("12.02.2026 09:19 · Konsultasjon · Martin Berg", tuple(
        (f"Felt {n}", "Oppkast og diaré i omtrent en uke. Har spist gress og noe fra søpla.")
        for n in range(lines)))
    return PrescriptionSheet(
        clinic_name="Dyreklinikken Fjellstad", clinic_lines=("Fetveien 12, 2000 Lillestrøm",),
        title="Henvisning", facts=(("Referanse", "0FEACB70"),),
        blocks=(Block("Eier", ("Kari Ødegård",)),), items_title="Vedlagte journalnotater (2)",
        items=(entry, entry), statements=(("Samtykke", "Eieren har samtykket."),),
        signature_label="Veterinærens underskrift", signature_line="Ingrid Lie",
        footer="Skrevet ut", page_label="Side {page}",
        files_title="Vedlagte filer (1)", files_header=("Fil", "Type", "Størrelse", "Dato"),
        files=(("rontgen-kne.png", "PNG-bilde", "4 kB", "30.11.2026"),))


def test_the_files_heading_is_on_the_page_of_its_table_however_long_the_entries() -> None:
    for lines in range(4, 30):
        pages = [page.extract_text() for page in
                 PdfReader(io.BytesIO(render_prescription(_sheet(lines)))).pages]
        [heading_page] = [n for n, text in enumerate(pages) if "Vedlagte filer (1)" in text]
        assert "rontgen-kne.png" in pages[heading_page], lines
