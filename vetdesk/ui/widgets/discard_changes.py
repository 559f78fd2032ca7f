"""Asking before a form is closed with changes in it (Esc, Cancel, the window's close button).

UI.md: nothing typed is lost by accident. "Keep editing" is the default and the Esc button,
so pressing Enter or Esc again never throws the text away.
"""

from __future__ import annotations

from vetdesk.ui.qt import QCoreApplication, QWidget
from vetdesk.ui.widgets.confirm import confirm_destructive


def ask(parent: QWidget) -> bool:
    """True when the user chose to throw the changes away. Tests replace this function."""
    return confirm_destructive(
        parent,
        title=QCoreApplication.translate("DiscardChanges", "Discard changes?"),
        text=QCoreApplication.translate(
            "DiscardChanges", "Discard changes? What you typed in this form is not saved and "
                              "will be lost."),
        destroy=QCoreApplication.translate("DiscardChanges", "Discard changes"),
        keep=QCoreApplication.translate("DiscardChanges", "Keep editing"),
    )
