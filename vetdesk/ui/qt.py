"""The one place VetDesk imports its Qt binding from.

Everything under ``vetdesk.ui`` writes ``from vetdesk.ui.qt import QWidget, Signal, ...`` so that
a change of binding or a version shim touches this file only (the idea of Anki's ``aqt.qt``).
Nothing outside ``vetdesk.ui`` may import this module: services, db and domain stay Qt-free.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import *  # noqa: F403
from PySide6.QtGui import *  # type: ignore[assignment]  # noqa: F403
from PySide6.QtWidgets import *  # type: ignore[assignment]  # noqa: F403


def qt_object_alive(obj: object) -> bool:
    """False once the C++ side of a Qt object was deleted (e.g. a dialog that was closed)."""
    return bool(shiboken6.isValid(obj))
