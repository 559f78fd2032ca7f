"""The answer to a typed password, shared by the sign-in dialog and the lock screen: a wrong
password is said in red right under the field, anything else (the database gone, say) in the
error banner with its details."""

from __future__ import annotations

from vetdesk.errors import AuthenticationFailed
from vetdesk.ui.ops import describe_failure
from vetdesk.ui.qt import QLabel, QLineEdit, QWidget
from vetdesk.ui.widgets.error_banner import ErrorBanner


def password_edit(object_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class PasswordFeedback:
    """Owns the message line and the banner; the window places both in its own layout, one
    under the other, so each keeps its spacing."""

    def __init__(self) -> None:
        self.message_label = QLabel()
        self.message_label.setProperty("role", "fieldError")
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        self.banner = ErrorBanner()

    def widgets(self) -> tuple[QWidget, QWidget]:
        return self.message_label, self.banner

    def show_hint(self, text: str) -> None:
        """A neutral line ("Checking…") where the refusal would appear."""
        self._show("hint", text)

    def show_failure(self, error: BaseException) -> bool:
        """True when the password was refused (the caller clears the field for a retry)."""
        if isinstance(error, AuthenticationFailed):
            self._show("fieldError", error.message)
            return True
        self.banner.show_failure(describe_failure(error))
        return False

    def clear(self) -> None:
        self.message_label.setVisible(False)
        self.banner.dismiss()

    def _show(self, role: str, text: str) -> None:
        label = self.message_label
        label.setText(text)
        label.setProperty("role", role)
        # A dynamic property used by the style sheet only takes effect after a re-polish.
        label.style().unpolish(label)
        label.style().polish(label)
        label.setVisible(True)
