"""DejaVu Sans, embedded in every PDF so æøå, dashes and ° print and extract correctly.

reportlab's base-14 Helvetica is not embedded and renders unevenly; the TTF files ship in
resources/fonts and are found through the one resource-path helper (also in a frozen bundle).
"""

from __future__ import annotations

import threading
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from vetdesk.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
_lock = threading.Lock()


def register_fonts() -> None:
    """Register the family once per process (safe to call from any thread)."""
    with _lock:
        _register_once()


# reportlab's font registry is the library's own and process-wide; this only remembers that
# the family is in it.
@cache
def _register_once() -> None:
    for name in (REGULAR, BOLD, ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", f"{name}.ttf"))))
    # <b> and <i> in paragraphs pick the right face; there is no bold-italic file.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
