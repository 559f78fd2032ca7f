"""First start on an empty database: the clinic's details and its first administrator."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from vetdesk.domain.codes import Role
from vetdesk.errors import ValidationError
from vetdesk.services import clinic
from vetdesk.services.clinic import ClinicDetails, FirstAdministrator
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.staff import accounts
from vetdesk.ui.demo_loader import DEMO_CLIENTS, demo_service, load_demo_with_progress
from vetdesk.ui.ops import Operations, describe_failure
from vetdesk.ui.qt import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QLocale,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vetdesk.ui.widgets.clinic_fields import CLINIC_TEXT_FIELDS, ClinicFields
from vetdesk.ui.widgets.error_banner import ErrorBanner
from vetdesk.ui.widgets.form import ValidatedForm

_ADMIN_FIELDS = ("username", "full_name", "password", "password_repeat")


class SetupDialog(QDialog):
    """Creates the clinic and the first administrator in one step; optionally the demo clinic.

    ``set_up(actor)`` is emitted with the new administrator, who is then signed in. Validation
    runs as the user types, but a field only complains once it has been edited (or on Create).
    """

    set_up = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        ops: Operations,
        *,
        demo_load: Callable[..., Any] | None = None,
        demo_clients: int = DEMO_CLIENTS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._demo_load = demo_load or demo_service()
        self._demo_clients = demo_clients
        self._touched: set[str] = set()
        self._busy = False
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Set up VetDesk"))

        intro = QLabel(self.tr(
            "This database is new. Enter your clinic's details and create the first "
            "administrator, who can then add the rest of the staff."
        ))
        intro.setWordWrap(True)

        self.clinic_form = ValidatedForm()
        self.clinic_fields = ClinicFields(self.clinic_form, self._edited)
        self.edits: dict[str, QLineEdit] = dict(self.clinic_fields.edits)
        self.admin_form = ValidatedForm()
        admin_labels = {
            "username": self.tr("&Username"),
            "full_name": self.tr("&Full name"),
            "password": self.tr("Pass&word"),
            "password_repeat": self.tr("&Repeat password"),
        }
        for name in _ADMIN_FIELDS:
            edit = self._edit(name)
            if name.startswith("password"):
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.admin_form.add_field(name, admin_labels[name], edit)
        self.edits["username"].setPlaceholderText(self.tr("for example ada"))

        clinic_box = QGroupBox(self.tr("Clinic"))
        QVBoxLayout(clinic_box).addWidget(self.clinic_form)
        admin_box = QGroupBox(self.tr("First administrator"))
        admin_column = QVBoxLayout(admin_box)
        admin_column.addWidget(self.admin_form)
        admin_column.addStretch(1)

        self.demo_check = QCheckBox(self.tr("Load the demo clinic"))
        self.demo_hint = QLabel()
        self.demo_hint.setProperty("role", "hint")
        self.demo_hint.setWordWrap(True)
        if self._demo_load is None:
            self.demo_check.setEnabled(False)
            self.demo_hint.setText(self.tr("The demo clinic is not part of this installation."))
        else:
            self.demo_hint.setText(self.tr(
                "Adds {count} made-up clients with animals, journals and appointments, and demo "
                "staff accounts, to try VetDesk out. Not for a clinic's real records."
            ).format(count=QLocale().toString(demo_clients)))
        admin_column.addWidget(self.demo_check)
        admin_column.addWidget(self.demo_hint)

        self.banner = ErrorBanner()
        self.reason_label = QLabel()
        self.reason_label.setProperty("role", "hint")
        self.reason_label.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create clinic"))
        self.create_button.setProperty("primary", True)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reason_label, 1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.create_button)

        boxes = QHBoxLayout()
        boxes.addWidget(clinic_box, 1)
        boxes.addWidget(admin_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(boxes)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        self.setMinimumWidth(820)
        self._validate()
        self.edits["name"].setFocus()

    def _edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.textEdited.connect(lambda _text, field=name: self._edited(field))
        self.edits[name] = edit
        return edit

    # -- reading and checking -----------------------------------------------------------------

    def details(self) -> ClinicDetails:
        return self.clinic_fields.details()

    def administrator(self) -> FirstAdministrator:
        return FirstAdministrator(
            username=self.edits["username"].text().strip().lower(),
            full_name=self.edits["full_name"].text().strip(),
            password=self.edits["password"].text(),
        )

    def problems(self) -> dict[str, str]:
        admin = self.administrator()
        found = clinic.validate_clinic(self.details())
        found.update(accounts.validate_new_user(
            admin.username, admin.full_name, Role.ADMINISTRATOR.value, admin.password, None
        ))
        if self.edits["password_repeat"].text() != admin.password:
            found["password_repeat"] = self.tr("The two passwords are not the same.")
        return found

    def _edited(self, field: str) -> None:
        self._touched.add(field)
        if field == "password" and self.edits["password_repeat"].text():
            self._touched.add("password_repeat")
        self._validate()

    def _validate(self) -> dict[str, str]:
        problems = self.problems()
        self._show_problems(problems)
        self.create_button.setEnabled(not problems and not self._busy)
        if problems:
            reason = self.tr("Fill in the marked fields to continue.") if self._touched & set(
                problems) else self.tr("Enter the clinic's name and the administrator's "
                                       "username, name and password to continue.")
            self.reason_label.setText(reason)
        else:
            self.reason_label.setText("")
        self.create_button.setToolTip(self.reason_label.text())
        return problems

    def _show_problems(self, problems: dict[str, str]) -> None:
        self.clinic_form.show_errors(problems, only=self._touched)
        self.admin_form.show_errors(problems, only=self._touched)

    # -- creating -----------------------------------------------------------------------------

    def submit(self) -> None:
        self._touched.update(CLINIC_TEXT_FIELDS + _ADMIN_FIELDS)
        if self._validate():
            return
        ctx, details, admin = self._ctx, self.details(), self.administrator()
        self._set_busy(True, self.tr("Creating the clinic…"))
        self._ops.run(
            lambda: clinic.set_up_clinic(ctx, details, admin),
            success=self._created, failure=self._failed, parent=self,
        )

    def _created(self, actor: Actor) -> None:
        self.actor = actor
        if self.demo_check.isChecked() and self._demo_load is not None:
            self._set_busy(True, self.tr("Creating the demo clinic…"))
            load_demo_with_progress(
                self, self._ctx, self._ops, actor, on_finished=self._demo_finished,
                on_failure=self._demo_failed, load=self._demo_load, clients=self._demo_clients,
            )
            return
        self._finish()

    def _demo_finished(self, loaded: bool) -> None:
        if not loaded:
            self.banner.show_message(self.tr(
                "The demo clinic was not loaded; your clinic and administrator are ready."))
        self._finish()

    def _demo_failed(self, error: BaseException) -> bool:
        # The clinic exists already; go on without the demo, and say so.
        report = describe_failure(error)
        self.banner.show_failure(report)
        self._set_busy(False, "")
        self.create_button.setText(self.tr("Continue without the demo"))
        self.create_button.setEnabled(True)
        self.create_button.clicked.disconnect()
        self.create_button.clicked.connect(self._finish)
        return True

    def _finish(self) -> None:
        if self.actor is None:
            return
        self._set_busy(False, "")
        self.set_up.emit(self.actor)
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        self._set_busy(False, "")
        if isinstance(error, ValidationError) and error.field_errors:
            self._touched.update(error.field_errors)
            self._show_problems(error.field_errors)
            self.reason_label.setText(error.message)
            return True
        self.banner.show_failure(describe_failure(error))
        self._validate()
        return True

    def _set_busy(self, busy: bool, message: str) -> None:
        self._busy = busy
        self.clinic_form.setEnabled(not busy)
        self.admin_form.setEnabled(not busy)
        self.demo_check.setEnabled(not busy and self._demo_load is not None)
        self.create_button.setEnabled(not busy)
        self.quit_button.setEnabled(not busy)
        self.reason_label.setText(message)
