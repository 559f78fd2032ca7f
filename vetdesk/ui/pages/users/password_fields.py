"""A new password typed twice, judged as the set-up dialog judges it: the password rules of
vetdesk.security.passwords under the first field, a mismatch under the second."""

from __future__ import annotations

from collections.abc import Callable

from vetdesk.security.passwords import MIN_PASSWORD_LENGTH, password_problem
from vetdesk.ui.qt import QObject
from vetdesk.ui.widgets.form import ValidatedForm
from vetdesk.ui.widgets.password_feedback import password_edit

PASSWORD, REPEAT = "password", "password_repeat"


class PasswordFields(QObject):
    def __init__(self, form: ValidatedForm, edited: Callable[[str], None], *,
                 label: str, repeat_label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.password_edit = password_edit("password")
        self.repeat_edit = password_edit("password_repeat")
        form.add_field(PASSWORD, label, self.password_edit, self.tr(
            "At least {0} characters; a few unrelated words are easy to remember and hard to "
            "guess.").format(MIN_PASSWORD_LENGTH))
        form.add_field(REPEAT, repeat_label, self.repeat_edit)
        self._edited = edited
        self.password_edit.textEdited.connect(lambda _text: self._password_edited())
        self.repeat_edit.textEdited.connect(lambda _text: edited(REPEAT))

    def _password_edited(self) -> None:
        # Once the repeat has text, changing the first field re-judges the repeat as well.
        if self.repeat_edit.text():
            self._edited(REPEAT)
        self._edited(PASSWORD)

    def password(self) -> str:
        return self.password_edit.text()

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if (problem := password_problem(self.password())) is not None:
            found[PASSWORD] = problem
        if self.repeat_edit.text() != self.password():
            found[REPEAT] = self.tr("The two passwords are not the same.")
        return found
