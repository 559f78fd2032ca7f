"""Change a user's role (a veterinarian needs an HPR number)."""

from __future__ import annotations

from collections.abc import Callable

from vetdesk.domain.codes import Role
from vetdesk.services.staff.accounts import UserSummary
from vetdesk.ui.labels import role_label
from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.pages.users import operations
from vetdesk.ui.pages.users.form_dialog import UserFormDialog
from vetdesk.ui.pages.users.role_field import RoleField
from vetdesk.ui.pages.users.rules import profile_problems
from vetdesk.ui.qt import QLineEdit, QWidget


class ChangeRoleDialog(UserFormDialog):
    def __init__(self, page: PageContext, user: UserSummary,
                 parent: QWidget | None = None) -> None:
        self.user = user
        super().__init__(
            page, title=self.tr("Change the role of {0}").format(user.full_name),
            intro=self.tr("{name} works as {role} now. The role decides what they may see "
                          "and do; the change is recorded in the audit log.").format(
                name=user.full_name, role=role_label(user.role).lower()),
            save_text=self.tr("Change role"), parent=parent)
        self.setObjectName("roleDialog")
        self.role_field = RoleField(user.role)
        self.role_field.changed.connect(lambda _role: self._role_chosen())
        self.form.add_field("role", self.tr("New &role"), self.role_field)
        self.hpr_edit = QLineEdit(user.hpr_number or "")
        self.hpr_edit.setObjectName("hpr_number")
        self.hpr_edit.textEdited.connect(lambda _text: self.edited("hpr_number"))
        self.form.add_field("hpr_number", self.tr("&HPR number"), self.hpr_edit, self.tr(
            "7 to 9 digits from Helsepersonellregisteret; needed for a veterinarian."))
        self.validate()
        self.role_field.setFocus()

    def _role_chosen(self) -> None:
        self._touched.add("hpr_number")
        self.edited("role")

    def role(self) -> Role:
        return self.role_field.role()

    def hpr_number(self) -> str | None:
        return self.hpr_edit.text().strip() or None

    def problems(self) -> dict[str, str]:
        found = profile_problems(self.role(), self.user.full_name, self.hpr_number(), "")
        found.pop("full_name", None)
        if self.role() == self.user.role:
            found["role"] = self.tr("Choose a role other than the present one.")
        return found

    def untouched_reason(self) -> str:
        return self.tr("Choose the new role.")

    def work(self) -> Callable[[], UserSummary]:
        return operations.change_role(self.page, self.user.id, self.role(), self.hpr_number())

    def done_message(self, result: UserSummary) -> str:
        return self.tr("{name} now works as {role}.").format(
            name=result.full_name, role=role_label(result.role).lower())
