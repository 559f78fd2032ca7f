"""What the user dialogs share: fields that complain as the user types (once edited), a Save
button that says why it is disabled, the work run off the GUI thread, and errors shown next to
the field (or in the banner) with everything typed kept."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable
from typing import Any

from vetdesk.errors import ValidationError
from vetdesk.ui.front_desk.form_buttons import FormButtons
from vetdesk.ui.help import install_help_key
from vetdesk.ui.ops import describe_failure
from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.qt import QDialog, QLabel, QShowEvent, QVBoxLayout, QWidget, Signal
from vetdesk.ui.widgets import discard_changes
from vetdesk.ui.widgets.error_banner import ErrorBanner
from vetdesk.ui.widgets.form import ValidatedForm

DIALOG_WIDTH = 520


class UserFormDialog(QDialog):
    """A subclass adds its fields to :attr:`form` and says what is wrong (:meth:`problems`)
    and what to run (:meth:`work`); ``saved`` carries the service's answer."""

    saved = Signal(object)
    help_topic = "users"  # F1 (vetdesk.ui.help)

    def __init__(self, page: PageContext, *, title: str, intro: str, save_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.busy = False
        self._touched: set[str] = set()
        # A service's answer about a field stays until that field is edited again.
        self._service_problems: dict[str, str] = {}
        self.setWindowTitle(title)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.form = ValidatedForm()
        self.banner = ErrorBanner()
        self.buttons = FormButtons(self, save_text=save_text)
        self.buttons.save_requested.connect(self.submit)
        self._column = layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # A fixed width: a message appearing under a field adds height, never width.
        self.setFixedWidth(DIALOG_WIDTH)
        install_help_key(self, page.actor)

    # -- size ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.adjustSize()

    def adjustSize(self) -> None:  # noqa: N802 - ValidatedForm calls it when a message comes or goes
        """Fit the height to the wrapped text at the fixed width; grow, never shrink.

        A QFormLayout sizes a row of wrapped labels by a guessed width, so a hint and a message
        of two lines each were squeezed over one another. Here each label gets the height its
        text needs at its real width, as a fixed height (height-for-width off, so the form
        honours it); the dialog grows if it has to and does not jump back when a message goes
        (the stretch above the buttons takes the room).
        """
        layout = self._column
        for _pass in range(2):  # a taller label can change the widths once; twice settles it
            layout.activate()
            for label in self.findChildren(QLabel):
                if label.wordWrap() and label.isVisibleTo(self) and label.width() > 0:
                    policy = label.sizePolicy()
                    policy.setHeightForWidth(False)
                    label.setSizePolicy(policy)
                    label.setFixedHeight(label.heightForWidth(label.width()))
        layout.activate()
        needed = max(layout.totalMinimumSize().height(), layout.totalSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    # -- for subclasses -----------------------------------------------------------------------

    # Each dialog says what it checks, what it does and what it reports. (abstractmethod marks
    # them for readers and mypy; Qt's metaclass rules out ABCMeta enforcing it.)
    @abstractmethod
    def problems(self) -> dict[str, str]:
        """Field → what to fix, by the service's own rules, as the user types."""

    @abstractmethod
    def work(self) -> Callable[[], Any]:
        """The service call to run off the GUI thread when Save is pressed."""

    @abstractmethod
    def done_message(self, result: Any) -> str:
        """One sentence for the page's status line once the work is done."""

    def busy_text(self) -> str:
        return self.tr("Saving…")

    def unchanged(self) -> bool:
        """True while nothing differs from what is saved (Save then has nothing to do)."""
        return False

    def untouched_reason(self) -> str:
        """Why Save is disabled before the user has typed in the field that is wrong."""
        return self.tr("Fill in the fields to continue.")

    # -- checking -----------------------------------------------------------------------------

    def edited(self, field: str) -> None:
        self._touched.add(field)
        self._service_problems.pop(field, None)
        self.validate()

    def all_problems(self) -> dict[str, str]:
        return {**self._service_problems, **self.problems()}

    def validate(self) -> dict[str, str]:
        problems = self.all_problems()
        self.form.show_errors(problems, only=self._touched)
        if self.busy:
            reason = self.busy_text()
        elif problems:
            reason = (self.tr("Fix the fields marked in red to save.")
                      if self._touched & set(problems) else self.untouched_reason())
        elif self.unchanged():
            reason = self.tr("Nothing has changed yet.")
        else:
            reason = ""
        self.buttons.set_ready(not reason, reason)
        if self.isVisible():
            self.adjustSize()  # the reason line may have changed its number of lines
        return problems

    def reject(self) -> None:
        # Esc, Cancel and the close button ask first when something was typed (UI.md).
        if self._touched and not discard_changes.ask(self):
            return
        super().reject()

    # -- saving -------------------------------------------------------------------------------

    def submit(self) -> None:
        if self.busy:
            return
        self._touched.update(self.form.fields)
        if self._focus_first_problem(self.validate()):
            return
        work = self.work()
        self._set_busy(True)
        self.page.ops.run(work, success=self._done, failure=self._failed, parent=self)

    def _done(self, result: object) -> None:
        self._set_busy(False)
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        self._set_busy(False)
        if isinstance(error, ValidationError) and set(error.field_errors) & set(self.form.fields):
            self._service_problems.update(error.field_errors)
            self._touched.update(error.field_errors)
            self._focus_first_problem(self.validate())
            others = set(error.field_errors) - set(self.form.fields)
            if others:
                self.banner.show_message(" ".join(error.field_errors[f] for f in sorted(others)))
            return True
        self.banner.show_failure(describe_failure(error))
        return True

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.form.setEnabled(not busy)
        self.validate()

    def _focus_first_problem(self, problems: dict[str, str]) -> bool:
        for name, field in self.form.fields.items():
            if name in problems:
                field.setFocus()
                return True
        return bool(problems)
