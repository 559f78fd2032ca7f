"""The sign-in dialog: username and password, checked off the GUI thread."""

from __future__ import annotations

from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vetdesk.ui.widgets.form import ValidatedForm
from vetdesk.ui.widgets.password_feedback import PasswordFeedback, password_edit


class SignInDialog(QDialog):
    """Asks who is at the keyboard. ``signed_in`` carries the Actor; the dialog then accepts.

    Sign-in runs through the ops helper, because after failed attempts the service waits longer
    each time (1, 2, 4 ... seconds) and the window must stay responsive meanwhile.
    """

    signed_in = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        ops: Operations,
        *,
        clinic_name: str = "",
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in to VetDesk"))
        self.setMinimumWidth(420)

        heading = QLabel(clinic_name or self.tr("VetDesk"))
        heading.setProperty("role", "heading")
        intro = QLabel(self.tr("Sign in with your own username and password."))
        intro.setProperty("role", "hint")
        intro.setWordWrap(True)

        self.username_edit = QLineEdit(username)
        self.username_edit.setObjectName("username")
        self.password_edit = password_edit("password")
        self.form = ValidatedForm()
        self.form.add_field("username", self.tr("&Username"), self.username_edit)
        self.form.add_field("password", self.tr("&Password"), self.password_edit)

        self.feedback = PasswordFeedback()
        self.message_label, self.banner = self.feedback.message_label, self.feedback.banner
        self.message_label.setObjectName("signInMessage")

        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setProperty("primary", True)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.submit)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.sign_in_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        for widget in self.feedback.widgets():
            layout.addWidget(widget)
        layout.addLayout(buttons)

        self.username_edit.textChanged.connect(self._update_button)
        self.password_edit.textChanged.connect(self._update_button)
        self._busy = False
        self._update_button()
        (self.password_edit if username else self.username_edit).setFocus()

    def submit(self) -> None:
        if not self.sign_in_button.isEnabled():
            return
        username = self.username_edit.text()
        password = self.password_edit.text()
        ctx = self._ctx
        self._set_busy(True)
        self.feedback.show_hint(self.tr("Checking…"))
        self._ops.run(
            lambda: _sign_in(ctx, username, password),
            success=self._succeeded, failure=self._failed, parent=self,
        )

    def _succeeded(self, actor: Actor) -> None:
        self._set_busy(False)
        self.actor = actor
        self.signed_in.emit(actor)
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        self._set_busy(False)
        self.message_label.setVisible(False)
        if self.feedback.show_failure(error):
            # Keep the typed username (nothing typed is thrown away); retype only the password.
            self.password_edit.clear()
            self.password_edit.setFocus()
        return True

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.username_edit.setEnabled(not busy)
        self.password_edit.setEnabled(not busy)
        self._update_button()

    def _update_button(self) -> None:
        ready = bool(self.username_edit.text().strip() and self.password_edit.text())
        self.sign_in_button.setEnabled(ready and not self._busy)
        self.sign_in_button.setToolTip(
            "" if ready else self.tr("Enter your username and password to sign in.")
        )


def _sign_in(ctx: ServiceContext, username: str, password: str) -> Actor:
    """On the worker. The service is imported here: the dialog is shown before the ORM and
    the models it needs have loaded (they load while the person types, issue 9)."""
    from vetdesk.services import auth

    return auth.sign_in(ctx, username, password)
