"""Choosing where to save or what to open: the dialog starts in the folder the user used last
(remembered across sessions), or in their documents the first time, never in the program's own
folder (issue 8). Qt's own dialog texts are translated in vetdesk_nb.ts (see qt_strings.py),
since PySide6 ships no qtbase_nb.qm."""

from __future__ import annotations

from pathlib import Path

from vetdesk.ui.qt import QFileDialog, QSettings, QStandardPaths, QWidget

LAST_FOLDER_KEY = "files/last_folder"


def documents_folder() -> Path:
    located = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(located) if located else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_folder() -> Path:
    """The folder last saved to or opened from, if it still exists; else the documents."""
    remembered = QSettings().value(LAST_FOLDER_KEY, "", str)
    if remembered and Path(str(remembered)).is_dir():
        return Path(str(remembered))
    return documents_folder()


def remember_folder(chosen: str | Path) -> None:
    folder = Path(chosen).parent
    if str(folder):
        QSettings().setValue(LAST_FOLDER_KEY, str(folder))


def choose_save_path(parent: QWidget, title: str, suggested_name: str, file_filter: str,
                     suffix: str) -> str:
    """The path the user chose ("" if cancelled), with ``suffix`` added when left off."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, str(start_folder() / suggested_name), file_filter)
    if not path:
        return ""
    if not path.lower().endswith(suffix):
        path += suffix
    remember_folder(path)
    return path


def choose_open_paths(parent: QWidget, title: str, file_filter: str) -> list[str]:
    paths, _filter = QFileDialog.getOpenFileNames(parent, title, str(start_folder()),
                                                  file_filter)
    if paths:
        remember_folder(paths[0])
    return list(paths)
