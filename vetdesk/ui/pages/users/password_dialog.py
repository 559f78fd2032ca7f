"""Give a user a new password (typed twice, judged by the password rules as it is typed)."""

from __future__ import annotations

from collections.abc import Callable

from vetdesk.services.staff.accounts import UserSummary
from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.pages.users import operations
from vetdesk.ui.pages.users.form_dialog import UserFormDialog
from vetdesk.ui.pages.users.password_fields import PasswordFields
from vetdesk.ui.qt import QWidget


class ResetPasswordDialog(UserFormDialog):
    def __init__(self, page: PageContext, user: UserSummary,
                 parent: QWidget | None = None) -> None:
        self.user = user
        super().__init__(
            page, title=self.tr("New password for {0}").format(user.full_name),
            intro=self.tr("{name} signs in with this password from now on; the old one stops "
                          "working. Give it to them in person, not by e-mail.").format(
                name=user.full_name),
            save_text=self.tr("Set password"), parent=parent)
        self.setObjectName("passwordDialog")
        self.passwords = PasswordFields(self.form, self.edited, label=self.tr("New pass&word"),
                                        repeat_label=self.tr("&Repeat it"), parent=self)
        self.validate()
        self.passwords.password_edit.setFocus()

    def problems(self) -> dict[str, str]:
        return self.passwords.problems()

    def untouched_reason(self) -> str:
        return self.tr("Type the new password twice.")

    def work(self) -> Callable[[], None]:
        return operations.reset_password(self.page, self.user.id, self.passwords.password())

    def done_message(self, result: object) -> str:
        return self.tr("{0} has a new password.").format(self.user.full_name)
