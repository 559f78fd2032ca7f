"""The bottom row of a front-desk form: why Save is disabled, Cancel, an optional second save
action, and Save (Enter, or Ctrl+Enter from anywhere in the form)."""

from __future__ import annotations

from vetdesk.ui.front_desk import look
from vetdesk.ui.front_desk.formats import tr
from vetdesk.ui.qt import (
    QDialog,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QPushButton,
    QShortcut,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)


class FormButtons(QWidget):
    save_requested = Signal()
    extra_requested = Signal()

    def __init__(self, dialog: QDialog, *, extra: str | None = None,
                 save_text: str | None = None) -> None:
        super().__init__(dialog)
        self.reason_label = QLabel()
        self.reason_label.setObjectName("saveReason")
        self.reason_label.setWordWrap(True)
        look.mark_warning(self.reason_label)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(dialog.reject)
        self.extra_button = QPushButton(extra or "")
        self.extra_button.setObjectName("saveExtra")
        self.extra_button.setAutoDefault(False)
        self.extra_button.setVisible(extra is not None)
        self.extra_button.clicked.connect(self.extra_requested)
        self.save_button = QPushButton(save_text or tr("Save"))
        self.save_button.setObjectName("save")
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_requested)
        # The reason has a line of its own above the buttons: beside them, a long field message
        # squeezed it into a tall column and wrapped the row (issue 8).
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.reason_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.extra_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), dialog)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self._shortcut_save)

    def set_ready(self, ready: bool, reason: str = "") -> None:
        self.save_button.setEnabled(ready)
        self.extra_button.setEnabled(ready)
        self.reason_label.setText(reason)
        self.save_button.setToolTip(reason)

    def _shortcut_save(self) -> None:
        if self.save_button.isEnabled():
            self.save_requested.emit()
