"""The few colours the chart adds to the palette: amber warnings, red errors, diff tints.

Chosen from the window's lightness so they keep 4.5:1 contrast in the light and dark schemes.
Colour is never the only signal: every use pairs it with a word, an icon character or a line.
"""

from __future__ import annotations

from dataclasses import dataclass

from vetdesk.ui.qt import QApplication, QPalette


@dataclass(frozen=True)
class ChartColours:
    error: str
    warning: str
    removed_bg: str
    added_bg: str
    muted: str


_LIGHT = ChartColours(error="#b71c1c", warning="#8a5300", removed_bg="#fbe3e3",
                      added_bg="#dcf3dc", muted="#5a6472")
_DARK = ChartColours(error="#ef7b7b", warning="#f0b35a", removed_bg="#5a2a2a",
                     added_bg="#24502a", muted="#a3abb6")


def chart_colours() -> ChartColours:
    palette = QApplication.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return _DARK if dark else _LIGHT
