"""The one place VetDesk imports its Qt binding from.

Everything under ``vetdesk.ui`` writes ``from vetdesk.ui.qt import QWidget, Signal, ...`` so that
a change of binding or a version shim touches this file only (the idea of Anki's ``aqt.qt``).
Nothing outside ``vetdesk.ui`` may import this module: services, db and domain stay Qt-free.

Names are looked up when first asked for, not star-imported: PySide6 builds a class (and its
enums) the first time it is touched, and ``import *`` touched all of them, some six hundred
enums, a fifth of a second at start (issue 9). Type checkers see the star imports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6 import QtCore, QtGui, QtWidgets

from vetdesk.ui import qt_import_scan

# Before the ORM, the models and the screens are imported (vetdesk/ui/qt_import_scan.py).
qt_import_scan.install()

if TYPE_CHECKING:
    from PySide6.QtCore import *  # noqa: F403
    from PySide6.QtGui import *  # type: ignore[assignment]  # noqa: F403
    from PySide6.QtWidgets import *  # type: ignore[assignment]  # noqa: F403

# Where a name is in more than one, the later star import won: look it up in reverse.
_MODULES = (QtWidgets, QtGui, QtCore)


def __getattr__(name: str) -> Any:
    for module in _MODULES:
        value = getattr(module, name, _MISSING)
        if value is not _MISSING:
            globals()[name] = value  # asked once, then an ordinary module attribute
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_MISSING = object()


def qt_object_alive(obj: object) -> bool:
    """False once the C++ side of a Qt object was deleted (e.g. a dialog that was closed)."""
    return bool(shiboken6.isValid(obj))
