"""Choosing where to save or what to open: the dialog starts in the folder the user used last
(remembered across sessions), or in their documents the first time, never in the program's own
folder (issue 8). Qt's own dialog texts are translated in vetdesk_nb.ts (see qt_strings.py),
since PySide6 ships no qtbase_nb.qm.

The dialogs never read the files they list. To name a file's type, Qt (and a platform's own
dialog) opens files whose extension says nothing, the SQLite database among them; closing that
handle drops every POSIX lock the process holds on the file, SQLite's included. A vetdesk
command run next took itself for the database's last user, folded the write-ahead log in and
deleted it, and all the program wrote after went into the deleted file and was lost. So the
dialog is Qt's own, with an icon provider that goes by the name alone."""

from __future__ import annotations

from pathlib import Path

from vetdesk.ui.qt import (
    QCoreApplication,
    QFileDialog,
    QFileIconProvider,
    QFileInfo,
    QHeaderView,
    QIcon,
    QMimeDatabase,
    QSettings,
    QStandardPaths,
    QTreeView,
    QWidget,
)
from vetdesk.ui.widgets.form import resize_within_screen

LAST_FOLDER_KEY = "files/last_folder"
DIALOG_WIDTH, DIALOG_HEIGHT = 900, 560
# Size, type, last changed (pixels).
COLUMN_WIDTHS = (90, 170, 140)


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


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from a file's name, never from its content (see above). Qt calls
    it from the dialog's background thread: it only reads the name and the style's icons."""

    def __init__(self) -> None:
        super().__init__()
        self.mimes = QMimeDatabase()

    def icon(self, what: QFileInfo | QFileIconProvider.IconType) -> QIcon:
        if not isinstance(what, QFileInfo):
            return super().icon(what)
        return super().icon(QFileIconProvider.IconType.Folder if what.isDir()
                            else QFileIconProvider.IconType.File)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            # Qt's own word for it is not in any catalogue VetDesk has ("Folder").
            return QCoreApplication.translate("FileDialogs", "Folder")
        mime = self.mimes.mimeTypeForFile(info.fileName(), QMimeDatabase.MatchMode.MatchExtension)
        return mime.comment() or mime.name()


_PROVIDERS: list[NameOnlyIconProvider] = []  # one, made when first needed, kept for good


def _dialog(parent: QWidget, title: str, start: str, file_filter: str) -> QFileDialog:
    # The dialog does not own its icon provider: the module keeps it alive.
    if not _PROVIDERS:
        _PROVIDERS.append(NameOnlyIconProvider())
    dialog = QFileDialog(parent, title, start, file_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setIconProvider(_PROVIDERS[0])
    # Qt's dialog opens at about 550 pixels, and its size, type and date columns keep their
    # first widths, which cut them ("47,...KiB", "30.11.2...6 11:58"): a wider dialog, the
    # name column taking what is left.
    resize_within_screen(dialog, DIALOG_WIDTH, DIALOG_HEIGHT)
    details = dialog.findChild(QTreeView)
    if details is not None:
        header = details.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(COLUMN_WIDTHS, start=1):
            header.resizeSection(column, width)
    return dialog


def choose_save_path(parent: QWidget, title: str, suggested_name: str, file_filter: str,
                     suffix: str) -> str:
    """The path the user chose ("" if cancelled), with ``suffix`` added when left off."""
    dialog = _dialog(parent, title, str(start_folder()), file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(suggested_name)
    chosen = dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []
    dialog.deleteLater()
    path = chosen[0] if chosen else ""
    if not path:
        return ""
    if not path.lower().endswith(suffix):
        path += suffix
    remember_folder(path)
    return path


def choose_open_paths(parent: QWidget, title: str, file_filter: str) -> list[str]:
    dialog = _dialog(parent, title, str(start_folder()), file_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    paths = dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []
    dialog.deleteLater()
    if paths:
        remember_folder(paths[0])
    return list(paths)
