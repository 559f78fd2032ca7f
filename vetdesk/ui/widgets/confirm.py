"""Asking before something is destroyed (UI.md: confirm what destroys or shares)."""

from __future__ import annotations

from vetdesk.ui.qt import QMessageBox, QWidget


def confirm_destructive(parent: QWidget, *, title: str, text: str, destroy: str, keep: str
                        ) -> bool:
    """True when the user chose ``destroy``. ``keep`` is the default and the Esc button, so
    pressing Enter or Esc never destroys anything."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    destroy_button = box.addButton(destroy, QMessageBox.ButtonRole.DestructiveRole)
    keep_button = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep_button)
    box.setEscapeButton(keep_button)
    box.exec()
    return box.clickedButton() is destroy_button
