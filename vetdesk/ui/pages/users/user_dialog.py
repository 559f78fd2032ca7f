"""Add a user, or edit one's name, HPR number and e-mail (the role has its own dialog)."""

from __future__ import annotations

from collections.abc import Callable

from vetdesk.domain.client_rules import check_email
from vetdesk.domain.codes import Role
from vetdesk.services.staff import accounts
from vetdesk.services.staff.accounts import UserSummary
from vetdesk.ui.labels import role_label
from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.pages.users import operations
from vetdesk.ui.pages.users.form_dialog import UserFormDialog
from vetdesk.ui.pages.users.operations import NewUser, Profile
from vetdesk.ui.pages.users.password_fields import PasswordFields
from vetdesk.ui.pages.users.role_field import RoleField
from vetdesk.ui.pages.users.rules import profile_problems
from vetdesk.ui.qt import QLineEdit, QWidget


class UserDialog(UserFormDialog):
    """``user`` None adds a user; otherwise edits that user's profile."""

    def __init__(self, page: PageContext, user: UserSummary | None = None,
                 parent: QWidget | None = None) -> None:
        self.user = user
        if user is None:
            title = self.tr("Add user")
            intro = self.tr(
                "The new user signs in with this username and password. Give the password in "
                "person; they can keep it or you can reset it later.")
            save_text = self.tr("Add user")
        else:
            title = self.tr("Edit {0}").format(user.full_name)
            intro = self.tr("{name} signs in as “{username}” and works as {role}.").format(
                name=user.full_name, username=user.username,
                role=role_label(user.role).lower())
            save_text = self.tr("Save")
        super().__init__(page, title=title, intro=intro, save_text=save_text, parent=parent)
        self.setObjectName("userDialog")
        self.edits: dict[str, QLineEdit] = {}
        self.role_field: RoleField | None = None
        self.passwords: PasswordFields | None = None

        self._edit("full_name", self.tr("&Full name"),
                   self.tr("As printed on journals and prescriptions."))
        if user is None:
            self._edit("username", self.tr("&Username"),
                       self.tr("Lower-case letters, digits, dots or dashes; for example "
                               "“ingrid” or “i.lie”. It cannot be changed later."))
            self.role_field = RoleField()
            self.role_field.changed.connect(lambda _role: self._role_chosen())
            self.form.add_field("role", self.tr("&Role"), self.role_field)
        self._edit("hpr_number", self.tr("&HPR number"), self.tr(
            "7 to 9 digits from Helsepersonellregisteret; needed for a veterinarian."))
        self._edit("email", self.tr("&E-mail"))
        if user is None:
            self.passwords = PasswordFields(
                self.form, self.edited, label=self.tr("Pass&word"),
                repeat_label=self.tr("Re&peat password"), parent=self)
        else:
            self.edits["full_name"].setText(user.full_name)
            self.edits["hpr_number"].setText(user.hpr_number or "")
            self.edits["email"].setText(user.email or "")
        self.validate()
        self.edits["full_name"].setFocus()

    def _edit(self, name: str, label: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.textEdited.connect(lambda _text: self.edited(name))
        self.form.add_field(name, label, edit, hint)
        self.edits[name] = edit
        return edit

    def _role_chosen(self) -> None:
        # A veterinarian needs an HPR number: say so as soon as the role is chosen.
        self._touched.add("hpr_number")
        self.edited("role")

    def role(self) -> Role:
        if self.role_field is None:
            assert self.user is not None
            return self.user.role
        return self.role_field.role()

    # -- reading and checking -----------------------------------------------------------------

    def text(self, name: str) -> str:
        return self.edits[name].text().strip()

    def _optional(self, name: str) -> str | None:
        return self.text(name) or None

    def problems(self) -> dict[str, str]:
        if self.user is not None:
            return profile_problems(self.user.role, self.text("full_name"),
                                    self._optional("hpr_number"), self.text("email"))
        assert self.passwords is not None
        new = self.new_user()
        found = accounts.validate_new_user(new.username, new.full_name, new.role.value,
                                           new.password, new.hpr_number)
        found.update(self.passwords.problems())
        problem, _address = check_email(self.text("email"))
        if problem:
            found["email"] = problem
        return found

    def unchanged(self) -> bool:
        user = self.user
        return user is not None and self.profile() == Profile(
            full_name=user.full_name, hpr_number=user.hpr_number, email=user.email)

    def untouched_reason(self) -> str:
        if self.user is None:
            return self.tr("Enter the full name, username and password to add the user.")
        return super().untouched_reason()

    def new_user(self) -> NewUser:
        assert self.passwords is not None
        return NewUser(
            username=self.text("username").lower(), full_name=self.text("full_name"),
            role=self.role(), password=self.passwords.password(),
            hpr_number=self._optional("hpr_number"), email=self._optional("email"))

    def profile(self) -> Profile:
        return Profile(full_name=self.text("full_name"), hpr_number=self._optional("hpr_number"),
                       email=self._optional("email"))

    def work(self) -> Callable[[], UserSummary]:
        if self.user is None:
            return operations.add_user(self.page, self.new_user())
        return operations.update_profile(self.page, self.user.id, self.profile())

    def busy_text(self) -> str:
        return self.tr("Adding…") if self.user is None else self.tr("Saving…")

    def done_message(self, result: UserSummary) -> str:
        if self.user is None:
            return self.tr("Added {name}, who signs in as “{username}”.").format(
                name=result.full_name, username=result.username)
        return self.tr("Saved the changes to {0}.").format(result.full_name)
