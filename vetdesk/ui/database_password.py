"""Asks for the database server's password when the keyring holds none."""

from __future__ import annotations

from vetdesk.ui.qt import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class DatabasePasswordDialog(QDialog):
    """The password for ``account`` (user@host:port/database), and whether to remember it.

    With a keyring, "Remember in the system keyring" is offered; without one the dialog says so
    and the password is only kept while VetDesk runs (never in a file).
    """

    def __init__(
        self,
        account: str,
        *,
        keyring_available: bool,
        message: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database password"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("Enter the password for the database account {account}.")
                       .format(account=account))
        intro.setWordWrap(True)
        self.message_label = QLabel(message)
        self.message_label.setProperty("role", "fieldError")
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(bool(message))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Database password"))
        self.remember_check = QCheckBox(self.tr("Remember in the system keyring"))
        self.remember_check.setChecked(keyring_available)
        self.remember_check.setVisible(keyring_available)
        self.keyring_label = QLabel(self.tr(
            "No system keyring is available on this computer, so the password cannot be "
            "remembered; VetDesk will ask for it each time it starts."
        ))
        self.keyring_label.setProperty("role", "hint")
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setVisible(not keyring_available)
        self.ok_button = QPushButton(self.tr("Connect"))
        self.ok_button.setProperty("primary", True)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        self.ok_button.setEnabled(False)
        self.password_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        cancel = QPushButton(self.tr("Quit"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message_label)
        layout.addWidget(self.password_edit)
        layout.addWidget(self.remember_check)
        layout.addWidget(self.keyring_label)
        layout.addLayout(buttons)

    @property
    def password(self) -> str:
        return self.password_edit.text()

    @property
    def remember(self) -> bool:
        return not self.remember_check.isHidden() and self.remember_check.isChecked()
