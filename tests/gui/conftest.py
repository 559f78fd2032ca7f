"""Fixtures for the Qt tests: the app's look, one background executor per test, joined after."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from vetdesk import i18n
from vetdesk.db.database import Database
from vetdesk.db.models import AuditEvent
from vetdesk.services.context import ServiceContext
from vetdesk.ui.app import apply_scheme, install_translations, load_fonts
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import QApplication, QLocale, QTranslator


@pytest.fixture(autouse=True, scope="session")
def _vetdesk_look(qapp: QApplication) -> None:
    qapp.setStyle("Fusion")
    load_fonts(qapp)
    apply_scheme(qapp, dark=False)


@pytest.fixture
def ops() -> Iterator[Operations]:
    operations = Operations()
    yield operations
    # Join the worker so no thread outlives its test (and its database).
    operations.shutdown()


@pytest.fixture
def db_ops(database: Database) -> Iterator[Operations]:
    """The executor the app would use for this database, joined before the database closes."""
    operations = Operations.for_database(database)
    yield operations
    operations.shutdown()


@pytest.fixture
def windows() -> Iterator[list[MainWindow]]:
    """Main windows made by a test; closed without the sign-out round trip at teardown."""
    made: list[MainWindow] = []
    yield made
    for window in made:
        window.idle.stop()
        window._closing = True
        window.close()
        window.deleteLater()


def audit_actions(ctx: ServiceContext) -> list[str]:
    with ctx.db.reading() as session:
        return list(session.execute(select(AuditEvent.action).order_by(AuditEvent.id)).scalars())


@pytest.fixture
def bokmal(qapp: QApplication) -> Iterator[None]:
    """The program in bokmål for one test (its Qt and core sentences), as it was after."""
    before = QLocale()
    install_translations(qapp, QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    try:
        with i18n.language("nb"):
            yield
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(before)
