"""Short dialogs of the register: record a request, answer it, refuse it, extend it.

Each reads its fields, checks them as the user types, and runs one service call off the GUI
thread (UserFormDialog: messages next to the field, everything typed kept on an error).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from vetdesk.domain import privacy_rules as rules
from vetdesk.domain.codes import PrivacyRequestKind
from vetdesk.i18n import _
from vetdesk.services.privacy.correction import FIELDS, Corrected
from vetdesk.services.privacy.requests import RequestInput, RequestRow
from vetdesk.ui.front_desk.date_field import DateField
from vetdesk.ui.front_desk.formats import date_text
from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.pages.users.form_dialog import UserFormDialog
from vetdesk.ui.privacy import operations
from vetdesk.ui.qt import QComboBox, QLineEdit, QPlainTextEdit, QWidget


class _PrivacyDialog(UserFormDialog):
    help_topic = "privacy"

    def _line(self, name: str, label: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.textEdited.connect(lambda _text: self.edited(name))
        self.form.add_field(name, label, edit, hint)
        return edit

    def _date(self, name: str, label: str, hint: str = "") -> DateField:
        field = DateField()
        field.setObjectName(name)
        field.textEdited.connect(lambda _text: self.edited(name))
        self.form.add_field(name, label, field, hint)
        return field

    def _text(self, name: str, label: str, hint: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(72)
        edit.textChanged.connect(lambda: self.edited(name))
        self.form.add_field(name, label, edit, hint)
        return edit

    def _date_problem(self, field: DateField, name: str, required: bool,
                      problems: dict[str, str]) -> None:
        if field.error():
            problems[name] = field.error() or ""
        elif required and field.date() is None:
            problems[name] = self.tr("Enter a date.")


class RequestDialog(_PrivacyDialog):
    """Record a request; the request id is made when the dialog opens (a retry finds it)."""

    def __init__(self, page: PageContext, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            page, title=self.tr("Record a privacy request"),
            intro=self.tr("What the person asks for and when it came. The answer is due on the "
                          "earlier of 30 days and one calendar month."),
            save_text=self.tr("Record request"), parent=parent)
        self.setObjectName("privacyRequestDialog")
        self.request_id = uuid.uuid4()
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("Choose…"), None)
        for kind in PrivacyRequestKind:
            self.kind.addItem(_(kind.label), kind)
        self.kind.currentIndexChanged.connect(lambda _i: self.edited("kind"))
        self.form.add_field("kind", self.tr("&Request"), self.kind)
        self.client_no = self._line("client_no", self.tr("&Client number"),
                                    self.tr("Empty when the person is not a client."))
        self.name = self._line("subject_name", self.tr("&Name"),
                               self.tr("Filled in from the client when left empty."))
        self.received = self._date("received_on", self.tr("R&eceived"))
        self.received.set_date(today)
        self.channel = self._line("channel", self.tr("C&hannel"),
                                  self.tr("E-mail, letter, at the desk…"))
        self.description = self._text("description", self.tr("&What is asked"))
        self._today = today
        self.validate()
        self.kind.setFocus()

    def untouched_reason(self) -> str:
        return self.tr("Choose the request and who it is from.")

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.kind.currentData() is None:
            problems["kind"] = self.tr("Choose the kind of request.")
        number = self.client_no.text().strip()
        if number and not number.isdigit():
            problems["client_no"] = self.tr("A client number has only digits.")
        if not number and not self.name.text().strip():
            problems["subject_name"] = self.tr("Enter a name or a client number.")
        self._date_problem(self.received, "received_on", True, problems)
        day = self.received.date()
        if day is not None and day > self._today:
            problems["received_on"] = self.tr("Enter today or an earlier day.")
        return problems

    def given(self) -> RequestInput:
        number = self.client_no.text().strip()
        return RequestInput(
            kind=self.kind.currentData(), received_on=self.received.date() or self._today,
            request_id=self.request_id, client_no=int(number) if number else None,
            subject_name=self.name.text(), channel=self.channel.text(),
            description=self.description.toPlainText())

    def work(self) -> Callable[[], Any]:
        return operations.register_request(self.page, self.given())

    def done_message(self, result: Any) -> str:
        row: RequestRow = result
        return self.tr("Request {number} recorded; due {date}.").format(
            number=row.id, date=date_text(row.due_on))


class CloseDialog(_PrivacyDialog):
    """Answer a request (what was done), or refuse it (why; the refusal names Datatilsynet)."""

    def __init__(self, page: PageContext, row: RequestRow, *, refuse: bool,
                 parent: QWidget | None = None) -> None:
        self.row, self.refusing = row, refuse
        if refuse:
            title = self.tr("Refuse request {number}").format(number=row.id)
            intro = self.tr("Give the reason. The answer also tells the person they may "
                            "complain to Datatilsynet.")
            save = self.tr("Refuse request")
        else:
            title = self.tr("Answer request {number}").format(number=row.id)
            intro = self.tr("Write what was done, and what the person was given.")
            save = self.tr("Mark answered")
        super().__init__(page, title=title, intro=intro, save_text=save, parent=parent)
        self.setObjectName("privacyCloseDialog")
        self.text = self._text("text", self.tr("&Reason") if refuse else self.tr("&Outcome"))
        self.validate()
        self.text.setFocus()

    def untouched_reason(self) -> str:
        return self.tr("Write the reason.") if self.refusing else self.tr("Write the outcome.")

    def problems(self) -> dict[str, str]:
        if self.text.toPlainText().strip():
            return {}
        return {"text": self.untouched_reason()}

    def work(self) -> Callable[[], Any]:
        text = self.text.toPlainText()
        if self.refusing:
            return operations.refuse(self.page, self.row.id, text)
        return operations.complete(self.page, self.row.id, text)

    def done_message(self, result: Any) -> str:
        return (self.tr("Request {number} refused.") if self.refusing
                else self.tr("Request {number} answered.")).format(number=self.row.id)


class ExtendDialog(_PrivacyDialog):
    """Art. 12(3): up to two more months, the person told why within the first month."""

    def __init__(self, page: PageContext, row: RequestRow, today: dt.date,
                 parent: QWidget | None = None) -> None:
        self.row, self._today = row, today
        self.latest = rules.latest_extended_due(row.received_on)
        super().__init__(
            page, title=self.tr("Extend request {number}").format(number=row.id),
            intro=self.tr("Due {due}. It may be extended to {latest} at most, if the person is "
                          "told why by {due}.").format(due=date_text(row.first_due_on),
                                                        latest=date_text(self.latest)),
            save_text=self.tr("Extend"), parent=parent)
        self.setObjectName("privacyExtendDialog")
        self.until = self._date("new_due_on", self.tr("&New due date"))
        self.until.set_date(self.latest)
        self.told = self._date("told_on", self.tr("&Told on"),
                               self.tr("The day the person was told why."))
        self.told.set_date(min(today, row.first_due_on))
        self.reason = self._text("reason", self.tr("&Reason"))
        self.validate()
        self.reason.setFocus()

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        self._date_problem(self.until, "new_due_on", True, problems)
        self._date_problem(self.told, "told_on", True, problems)
        until = self.until.date()
        if until is not None and not (self.row.first_due_on < until <= self.latest):
            problems["new_due_on"] = self.tr("Choose a day after {due} and no later than "
                                              "{latest}.").format(
                due=date_text(self.row.first_due_on), latest=date_text(self.latest))
        if not self.reason.toPlainText().strip():
            problems["reason"] = self.tr("Write the reason the person was given.")
        return problems

    def work(self) -> Callable[[], Any]:
        return operations.extend(self.page, self.row.id, self.until.date() or self.latest,
                                 self.reason.toPlainText(), self.told.date() or self._today)

    def done_message(self, result: Any) -> str:
        row: RequestRow = result
        return self.tr("Request {number} is now due {date}.").format(
            number=row.id, date=date_text(row.due_on))


class CorrectDialog(_PrivacyDialog):
    """Correct one contact field (art. 16); the client is told on their channel (art. 19) and,
    when it answers a correction request, the request is closed with the outcome."""

    def __init__(self, page: PageContext, client_no: int, request_no: int | None,
                 parent: QWidget | None = None) -> None:
        self.client_no, self.request_no = client_no, request_no
        intro = self.tr("The client is told of the correction by SMS, e-mail or, failing "
                        "both, a printed letter; the notice keeps the old value.")
        if request_no is not None:
            intro += " " + self.tr("Request {number} is closed with the outcome.").format(
                number=request_no)
        super().__init__(
            page, title=self.tr("Correct client {number}").format(number=client_no),
            intro=intro, save_text=self.tr("Correct and tell the client"), parent=parent)
        self.setObjectName("privacyCorrectDialog")
        # Made when the dialog opens: a retry after a lost connection queues no second notice.
        self.request_id = uuid.uuid4()
        self.field = QComboBox()
        self.field.setObjectName("field")
        self.field.addItem(self.tr("Choose…"), None)
        for name, label in FIELDS.items():
            self.field.addItem(_(label), name)
        self.field.currentIndexChanged.connect(lambda _i: self.edited("field"))
        self.form.add_field("field", self.tr("&Field"), self.field)
        self.value = self._line("value", self.tr("&Corrected value"))
        self.validate()
        self.field.setFocus()

    def untouched_reason(self) -> str:
        return self.tr("Choose the field and type the corrected value.")

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.field.currentData() is None:
            problems["field"] = self.tr("Choose the field to correct.")
        if not self.value.text().strip() and self.field.currentData() not in (None, "phone"):
            problems["value"] = self.tr("Type the corrected value.")
        return problems

    def work(self) -> Callable[[], Any]:
        return operations.correct(self.page, self.client_no, self.field.currentData(),
                                  self.value.text(), self.request_no, self.request_id)

    def done_message(self, result: Any) -> str:
        done: Corrected = result
        return done.outcome or self.tr("Already corrected.")
