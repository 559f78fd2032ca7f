"""What covers the main window after the idle time: the same user's password, or sign out."""

from __future__ import annotations

from vetdesk.services import auth
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.labels import role_label
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vetdesk.ui.widgets.centred import centre_card
from vetdesk.ui.widgets.password_feedback import PasswordFeedback, password_edit


class LockScreen(QWidget):
    """Hides the work behind it (open tabs stay as they were) until the password is given."""

    unlocked = Signal(object)  # the Actor
    sign_out_requested = Signal()

    def __init__(
        self, ctx: ServiceContext, ops: Operations, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        self._ctx = ctx
        self._ops = ops
        self._actor = actor

        card = QFrame()
        card.setObjectName("lockCard")
        card.setFixedWidth(440)
        heading = QLabel(self.tr("VetDesk is locked"))
        heading.setProperty("role", "heading")
        who = QLabel(self.tr("Signed in as {name} ({role}). Enter your password to go on where "
                             "you left off.").format(name=actor.full_name,
                                                     role=role_label(actor.role)))
        who.setWordWrap(True)
        self.password_edit = password_edit("lockPassword")
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.returnPressed.connect(self.submit)
        self.password_edit.textChanged.connect(lambda _t: self._update_button())
        self.feedback = PasswordFeedback()
        self.message_label, self.banner = self.feedback.message_label, self.feedback.banner
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.clicked.connect(self.submit)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setToolTip(
            self.tr("Sign out so a colleague can sign in. Unsaved work in open tabs is lost.")
        )
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(10)
        inner.addWidget(heading)
        inner.addWidget(who)
        inner.addWidget(self.password_edit)
        for widget in self.feedback.widgets():
            inner.addWidget(widget)
        inner.addLayout(buttons)
        centre_card(self, card)
        self._busy = False
        self._update_button()

    def reset(self) -> None:
        self.password_edit.clear()
        self.feedback.clear()
        self.password_edit.setFocus()

    def submit(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        password = self.password_edit.text()
        ctx, actor = self._ctx, self._actor
        self._set_busy(True)
        self._ops.run(
            lambda: auth.unlock(ctx, actor, password),
            success=self._succeeded, failure=self._failed, parent=self,
        )

    def _succeeded(self, actor: Actor) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.message_label.setVisible(False)
        self.unlocked.emit(actor)

    def _failed(self, error: BaseException) -> bool:
        self._set_busy(False)
        self.password_edit.clear()
        self.password_edit.setFocus()
        self.feedback.show_failure(error)
        return True

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.password_edit.setEnabled(not busy)
        self.sign_out_button.setEnabled(not busy)
        self._update_button()

    def _update_button(self) -> None:
        self.unlock_button.setEnabled(bool(self.password_edit.text()) and not self._busy)
