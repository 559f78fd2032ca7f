"""The two signal colours the front desk uses beside text (never alone): red and amber."""

from __future__ import annotations

from vetdesk.ui.qt import QApplication, QPalette, QWidget

_RED_LIGHT, _RED_DARK = "#b71c1c", "#ef7b7b"
_AMBER_LIGHT, _AMBER_DARK = "#8a5300", "#f0b45a"
_GREEN_LIGHT, _GREEN_DARK = "#1b6e2a", "#7fd18b"


def _dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def red() -> str:
    """Mandatory alerts and errors only (UI.md)."""
    return _RED_DARK if _dark() else _RED_LIGHT


def amber() -> str:
    return _AMBER_DARK if _dark() else _AMBER_LIGHT


def green() -> str:
    """Only for "done/delivered"."""
    return _GREEN_DARK if _dark() else _GREEN_LIGHT


def mark_warning(label: QWidget) -> None:
    label.setStyleSheet(f"color: {amber()};")


def muted() -> str:
    """Secondary text in rich-text labels (the palette's placeholder colour)."""
    return QApplication.palette().color(QPalette.ColorRole.PlaceholderText).name()
