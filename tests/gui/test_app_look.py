"""Application set-up: bundled fonts, light and dark palette, bokmål or English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from vetdesk.ui.app import (
    DARK,
    FONT_FAMILY,
    LIGHT,
    apply_scheme,
    install_translations,
    language_for,
    load_fonts,
)
from vetdesk.ui.qt import QApplication, QCoreApplication, QFontDatabase, QLocale, QPalette


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    install_translations(qapp, QLocale(QLocale.Language.English))
    apply_scheme(qapp, dark=False)


def test_bundled_dejavu_is_loaded(qapp: QApplication) -> None:
    assert load_fonts(qapp)
    assert FONT_FAMILY in QFontDatabase.families()
    assert qapp.font().family() == FONT_FAMILY


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (QLocale.Language.NorwegianBokmal, "nb"),
        (QLocale.Language.NorwegianNynorsk, "nb"),
        (QLocale.Language.English, "en"),
        (QLocale.Language.German, "en"),
    ],
)
def test_language_follows_the_locale(language: QLocale.Language, expected: str) -> None:
    assert language_for(QLocale(language)) == expected


def test_bokmal_translation_is_installed_for_a_norwegian_locale(
    english_afterwards: QApplication,
) -> None:
    assert install_translations(english_afterwards,
                                QLocale(QLocale.Language.NorwegianBokmal)) == "nb"
    assert QCoreApplication.translate("SignInDialog", "Sign in") == "Logg inn"
    assert QCoreApplication.translate("pages", "Privacy") == "Personvern"
    assert QLocale().toString(2000) == "2\u00a0000"
    assert install_translations(english_afterwards, QLocale(QLocale.Language.English)) == "en"
    assert QCoreApplication.translate("SignInDialog", "Sign in") == "Sign in"


def test_dark_scheme_uses_the_dark_palette_and_one_accent(
    english_afterwards: QApplication,
) -> None:
    assert apply_scheme(english_afterwards, dark=True) is DARK
    palette = english_afterwards.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == DARK.window
    assert palette.color(QPalette.ColorRole.Highlight).name() == DARK.accent
    assert apply_scheme(english_afterwards, dark=False) is LIGHT
    assert english_afterwards.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window
    assert "@" not in english_afterwards.styleSheet()
