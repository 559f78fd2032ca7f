"""Colours by appointment type and a sign per status, so colour is never the only signal
(UI.md). Resolved when painting, so the dark palette repaints correctly."""

from __future__ import annotations

from vetdesk.ui.qt import QApplication, QColor, QPalette

# Light fills with dark text; the dark palette gets deeper fills with light text.
_TYPE_FILLS = {
    "Konsultasjon": ("#dbe9f7", "#27425e"),
    "Vaksinasjon": ("#dcf0dc", "#2c4f2e"),
    "Kontroll": ("#efe3f6", "#4a3558"),
    "Operasjon": ("#fbe0d3", "#5e3424"),
    "Tannbehandling": ("#fff1c9", "#5a4b1c"),
    "Akutt": ("#f9d6d6", "#642a2a"),
}
_OTHER_FILL = ("#e8e8e8", "#3f3f3f")

# One sign per status (and the derived "late"); the list, the grid and My day share them.
STATUS_SIGNS = {"booked": "○", "confirmed": "◎", "arrived": "●", "in_progress": "▶",
                "done": "✓", "no_show": "✗", "cancelled": "⊘", "late": "⚠", "coming": "○"}


def dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


_STRIPES = {"late": ("#8a5300", "#f0b45a"), "arrived": ("#1f5fa8", "#8ab8ee"),
            "in_progress": ("#6a3ea1", "#c4a3f0"), "done": ("#1b6e2a", "#7fd18b"),
            "no_show": ("#777777", "#aaaaaa")}
_OTHER_STRIPE = ("#5b6b7b", "#9fb0c0")


class Colours:
    """The colours of one paint, looked up once (the palette decides light or dark)."""

    def __init__(self) -> None:
        self.dark = dark()
        self._fills: dict[str, QColor] = {}
        self._stripes: dict[str, QColor] = {}

    def fill(self, appointment_type: str) -> QColor:
        found = self._fills.get(appointment_type)
        if found is None:
            light, deep = _TYPE_FILLS.get(appointment_type, _OTHER_FILL)
            found = self._fills[appointment_type] = QColor(deep if self.dark else light)
        return found

    def stripe(self, state: str) -> QColor:
        """The left stripe: status at a glance, beside its sign."""
        found = self._stripes.get(state)
        if found is None:
            light, deep = _STRIPES.get(state, _OTHER_STRIPE)
            found = self._stripes[state] = QColor(deep if self.dark else light)
        return found


def blend(colour: QColor, over: QColor, share: float) -> QColor:
    """An opaque mix (cheaper to draw than a translucent pen)."""
    return QColor(int(colour.red() * share + over.red() * (1 - share)),
                  int(colour.green() * share + over.green() * (1 - share)),
                  int(colour.blue() * share + over.blue() * (1 - share)))


def closed_fill() -> QColor:
    return QColor("#3a3a3a" if dark() else "#ececec")


def break_fill() -> QColor:
    return QColor("#333333" if dark() else "#f3f0e6")
