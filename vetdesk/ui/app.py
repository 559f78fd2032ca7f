"""The QApplication: style, palette, fonts and language, set up once at start."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from vetdesk.config import APP_NAME
from vetdesk.resources import resource_path
from vetdesk.ui.qt import (
    QApplication,
    QColor,
    QCoreApplication,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QLocale,
    QPalette,
    Qt,
    QTranslator,
)

log = logging.getLogger(__name__)

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
FONT_FAMILY = "DejaVu Sans"
# Norwegian speakers (bokmål, nynorsk, or plain "no") read bokmål better than English.
_NORWEGIAN = frozenset(
    {QLocale.Language.NorwegianBokmal, QLocale.Language.NorwegianNynorsk}
)


@dataclass(frozen=True)
class Scheme:
    """One restrained palette: neutral surfaces, one accent for actions and selection."""

    window: str
    base: str
    alternate: str
    text: str
    muted: str
    button: str
    border: str
    accent: str
    accent_text: str
    error_bg: str
    error_border: str
    rail: str


LIGHT = Scheme(
    window="#f4f5f7", base="#ffffff", alternate="#f0f2f5", text="#1d232b", muted="#5a6472",
    button="#e9ecf0", border="#c9ced6", accent="#1f6390", accent_text="#ffffff",
    error_bg="#fdecea", error_border="#c62828", rail="#e6e9ee",
)
DARK = Scheme(
    window="#1f2227", base="#16181c", alternate="#23272d", text="#e6e8eb", muted="#a3abb6",
    button="#2c3138", border="#434a54", accent="#5aa6d6", accent_text="#0d1720",
    error_bg="#4a1f1f", error_border="#ef7b7b", rail="#191b20",
)


def create_application(argv: Sequence[str] | None = None) -> tuple[QApplication, str]:
    """Create (or reuse, in tests) the QApplication and give it VetDesk's look and language;
    returns it with the language code chosen, for start-up to hand down to the core's
    messages (``with i18n.language(code):`` around the event loop)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        list(argv if argv is not None else sys.argv)
    )
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    app.setStyle("Fusion")
    load_fonts(app)
    language = install_translations(app)
    apply_scheme(app)
    # Follow the system when the user switches between light and dark while VetDesk runs.
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_scheme(app))
    return app, language


def load_fonts(app: QApplication) -> bool:
    """Register the bundled DejaVu Sans so æ, ø, å and dashes render on any machine."""
    loaded = True
    for name in FONT_FILES:
        if QFontDatabase.addApplicationFont(str(resource_path("fonts", name))) < 0:
            log.warning("Could not load bundled font %s", name)
            loaded = False
    if loaded:
        # Keep the platform's default size (UI.md); only the family changes.
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(app.font().pointSizeF())
        app.setFont(font)
    return loaded


def language_for(locale: QLocale) -> str:
    """``nb`` for Norwegian locales, ``en`` otherwise."""
    return "nb" if locale.language() in _NORWEGIAN else "en"


def install_translations(app: QApplication, locale: QLocale | None = None) -> str:
    """Load VetDesk's .qm for the locale; returns the language code in use."""
    language = language_for(locale or QLocale.system())
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    translator = QTranslator(app)
    path = resource_path("translations", f"vetdesk_{language}.qm")
    if translator.load(str(path)):
        app.installTranslator(translator)
    else:
        log.warning("No translation file at %s; showing English", path)
        language = "en"
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)
                       if language == "nb" else QLocale.system())
    return language


def is_dark(app: QGuiApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_scheme(app: QApplication, *, dark: bool | None = None) -> Scheme:
    """Set the palette and the small style sheet for the light or dark scheme."""
    scheme = DARK if (is_dark(app) if dark is None else dark) else LIGHT
    app.setPalette(build_palette(scheme))
    app.setStyleSheet(style_sheet(scheme))
    return scheme


def build_palette(scheme: Scheme) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: scheme.window, role.WindowText: scheme.text, role.Base: scheme.base,
        role.AlternateBase: scheme.alternate, role.Text: scheme.text,
        role.Button: scheme.button, role.ButtonText: scheme.text,
        role.ToolTipBase: scheme.base, role.ToolTipText: scheme.text,
        role.PlaceholderText: scheme.muted, role.Highlight: scheme.accent,
        role.HighlightedText: scheme.accent_text, role.Link: scheme.accent,
        role.BrightText: scheme.error_border, role.Mid: scheme.border,
        role.Midlight: scheme.alternate, role.Dark: scheme.border,
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, colour_role, QColor(scheme.muted))
    return palette


def style_sheet(scheme: Scheme) -> str:
    template = resource_path("style", "vetdesk.qss").read_text(encoding="utf-8")
    for name, value in vars(scheme).items():
        template = template.replace(f"@{name}@", value)
    return template
