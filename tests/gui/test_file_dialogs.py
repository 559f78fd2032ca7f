"""The file dialogs speak bokmål, start in the user's documents and remember the last folder
(issue 8: the PDF dialog said "Look in" and "File name" and opened in the program's folder)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.support.english import english_words
from tests.support.front_desk_gui import isolate_settings
from vetdesk.ui.app import install_translations
from vetdesk.ui.qt import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QFileInfo,
    QLabel,
    QLocale,
    Qt,
    QTimer,
    QTranslator,
    QTreeView,
    QWidget,
)
from vetdesk.ui.widgets.file_dialogs import (
    NameOnlyIconProvider,
    choose_save_path,
    start_folder,
)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    isolate_settings(tmp_path / "settings")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    (tmp_path / "Documents").mkdir()
    return tmp_path


@pytest.fixture
def bokmal(qapp: QApplication) -> Iterator[QApplication]:
    before = QLocale()
    install_translations(qapp, QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    yield qapp
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before)


def _answer(qtbot: QtBot, seen: dict[str, object], choose: Path | None) -> None:
    """When the modal file dialog is up: note what it shows, then pick ``choose`` or cancel."""
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, look)
            return
        seen["directory"] = Path(dialog.directory().absolutePath())
        seen["texts"] = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()] + [
            w.text() for w in dialog.findChildren(QAbstractButton) if w.isVisible()]
        seen["tooltips"] = [w.toolTip() for w in dialog.findChildren(QWidget) if w.toolTip()]
        model = dialog.findChild(QTreeView).model()  # the detail view's column names
        seen["tooltips"] += [str(model.headerData(n, Qt.Orientation.Horizontal))
                             for n in range(model.columnCount())]
        seen["image"] = dialog.grab()
        header = dialog.findChild(QTreeView).header()
        seen["columns"] = [header.sectionSize(n) for n in (1, 2, 3)]
        if choose is None:
            dialog.reject()
        else:
            dialog.selectFile(str(choose))
            dialog.accept()
    QTimer.singleShot(50, look)


def test_the_pdf_dialog_is_bokmal_starts_in_documents_and_remembers_the_folder(
    bokmal: QApplication, qtbot: QtBot, home: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert start_folder() == home / "Documents"
    seen: dict[str, object] = {}
    _answer(qtbot, seen, None)
    assert choose_save_path(parent, "Lagre journal som PDF", "Bamse.pdf", "PDF (*.pdf)",
                            ".pdf") == ""
    assert seen["directory"] == home / "Documents"
    texts = [str(text) for text in seen["texts"]]  # type: ignore[attr-defined]
    assert {"&Se i:", "Fil&navn:", "Fil&type:", "&Lagre", "Avbryt"} <= set(texts)
    english = [t for t in texts + list(seen["tooltips"])  # type: ignore[call-overload]
               if english_words(t.replace("&", ""), allowed=frozenset({"pdf"}))]
    assert english == []

    elsewhere = home / "Klinikk"
    elsewhere.mkdir()
    _answer(qtbot, seen, elsewhere / "Bamse")
    chosen = choose_save_path(parent, "Lagre journal som PDF", "Bamse.pdf", "PDF (*.pdf)",
                              ".pdf")
    assert chosen == str(elsewhere / "Bamse.pdf")
    # Next time (and next session: QSettings) it opens where the user saved last.
    assert start_folder() == elsewhere
    _answer(qtbot, seen, None)
    choose_save_path(parent, "Lagre journal som PDF", "Bamse.pdf", "PDF (*.pdf)", ".pdf")
    assert seen["directory"] == elsewhere


def _sqlite_locks_held(path: Path) -> list[str]:
    """This process's POSIX locks on ``path`` (SQLite's shared lock while a connection is open)."""
    inode = path.stat().st_ino
    return [line.split(":", 1)[1].strip() for line in Path("/proc/locks").read_text().splitlines()
            if f":{inode} " in line and f" {os.getpid()} " in line]


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="POSIX locks are read from /proc")
def test_browsing_the_database_s_folder_keeps_sqlite_s_locks(
    qtbot: QtBot, home: Path
) -> None:
    """A dialog that read the files it listed (to name their type) opened and closed the
    database file, and closing any handle drops all of the process's POSIX locks on it: a
    vetdesk command run next then took itself for the last user, folded the write-ahead log
    in and deleted it, and everything written after went into the deleted file and was lost
    (found walking the clinic's day: 20 minutes of work gone)."""
    folder = home / "Documents"
    database = folder / "vetdesk.db"
    held = sqlite3.connect(database)
    held.execute("PRAGMA journal_mode = WAL")
    held.execute("CREATE TABLE t (x)")
    held.execute("INSERT INTO t VALUES (1)")
    held.commit()
    held.execute("SELECT x FROM t").fetchall()
    before = _sqlite_locks_held(database)
    assert before  # SQLite's shared lock
    parent = QWidget()
    qtbot.addWidget(parent)
    listed: list[bool] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, look)
            return
        # The folder's files are read in the background as they are listed (the .pdf filter
        # hides the database from view, not from the reading): give it time, then close.
        QTimer.singleShot(1500, lambda: (listed.append(True), dialog.reject()))

    QTimer.singleShot(50, look)
    choose_save_path(parent, "Lagre som PDF", "Bamse.pdf", "PDF (*.pdf)", ".pdf")
    assert listed
    assert _sqlite_locks_held(database) == before
    held.close()


def test_the_dialog_s_icons_come_from_the_style_and_its_types_from_the_name(
    qapp: QApplication, tmp_path: Path
) -> None:
    pdf, database = tmp_path / "Bamse.pdf", tmp_path / "vetdesk.db"
    pdf.write_bytes(b"%PDF-1.4")
    database.write_bytes(b"SQLite format 3\x00")
    provider = NameOnlyIconProvider()
    assert not provider.icon(QFileInfo(str(pdf))).isNull()
    assert not provider.icon(QFileInfo(str(tmp_path))).isNull()
    assert "PDF" in provider.type(QFileInfo(str(pdf)))
    # The content would say SQLite; the name alone says nothing more than a file.
    assert "SQLite" not in provider.type(QFileInfo(str(database)))


def test_the_dialog_is_wide_enough_for_its_columns_and_names_a_folder_in_bokmal(
    bokmal: QApplication, qtbot: QtBot, home: Path
) -> None:
    """Qt's dialog opened at about 550 pixels and cut its columns ("47,...KiB"); a folder's
    type was Qt's English "Folder"."""
    (home / "Documents" / "Henvisninger").mkdir()
    (home / "Documents" / "journal-bamse.pdf").write_bytes(b"%PDF-1.4")
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}
    _answer(qtbot, seen, None)
    choose_save_path(parent, "Lagre som PDF", "Bamse.pdf", "PDF (*.pdf)", ".pdf")
    image = seen["image"]
    # 900 × 560, or the screen's width where it is narrower (the offscreen screen is 800).
    room = QApplication.primaryScreen().availableGeometry().width()
    assert (image.width(), image.height()) == (min(900, room), 560)  # type: ignore[attr-defined]
    assert seen["columns"] == [90, 170, 140]  # size, type, last changed: not cut
    assert NameOnlyIconProvider().type(QFileInfo(str(home / "Documents"))) == "Mappe"
    if os.environ.get("VETDESK_SHOTS"):
        image.save(str(Path(os.environ["VETDESK_SHOTS"]) / "file-dialog.png"))  # type: ignore[attr-defined]
