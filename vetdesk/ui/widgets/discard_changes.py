"""Asking before a form is closed with changes in it (Esc, Cancel, the window's close button).

UI.md: nothing typed is lost by accident. "Keep editing" is the default and the Esc button,
so pressing Enter or Esc again never throws the text away.
"""

from __future__ import annotations

from vetdesk.ui.qt import QCoreApplication, QMessageBox, QWidget


def ask(parent: QWidget) -> bool:
    """True when the user chose to throw the changes away. Tests replace this function."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("DiscardChanges", "Discard changes?"))
    box.setText(QCoreApplication.translate(
        "DiscardChanges", "Discard changes? What you typed in this form is not saved and will "
                          "be lost."))
    discard = box.addButton(QCoreApplication.translate("DiscardChanges", "Discard changes"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("DiscardChanges", "Keep editing"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard
