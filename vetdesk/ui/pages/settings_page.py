"""Settings: the clinic's details and the idle-lock time, saved through the clinic service; for
an administrator also the users (vetdesk.ui.pages.users)."""

from __future__ import annotations

import dataclasses

from vetdesk.errors import ValidationError
from vetdesk.services import clinic
from vetdesk.services.clinic import (
    MAX_IDLE_LOCK_MINUTES,
    MIN_IDLE_LOCK_MINUTES,
    ClinicDetails,
)
from vetdesk.services.permissions import Permission
from vetdesk.ui.calendar.hours_settings import HoursSettings
from vetdesk.ui.ops import describe_failure
from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.pages.users import UsersSection
from vetdesk.ui.qt import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from vetdesk.ui.widgets.clinic_fields import ClinicFields
from vetdesk.ui.widgets.error_banner import ErrorBanner
from vetdesk.ui.widgets.form import ValidatedForm
from vetdesk.ui.widgets.scrolling import fill_with_scrolling


class SettingsPage(QWidget):
    """Loads the clinic's details off the GUI thread; validates in the fields as the user types."""

    help_topic = "settings"  # F1 (vetdesk.ui.help)

    def __init__(self, page: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.loaded: ClinicDetails | None = None
        self._touched: set[str] = set()

        heading = QLabel(self.tr("Clinic details"))
        heading.setProperty("role", "heading")
        intro = QLabel(self.tr(
            "These details go on letters, prescriptions and invoices. Changes are saved for "
            "every workstation and recorded in the audit log."
        ))
        intro.setProperty("role", "hint")
        intro.setWordWrap(True)

        self.form = ValidatedForm()
        self.clinic_fields = ClinicFields(self.form, self._edited)
        self.edits = self.clinic_fields.edits
        self.idle_spin = QSpinBox()
        self.idle_spin.setObjectName("idle_lock_minutes")
        self.idle_spin.setRange(MIN_IDLE_LOCK_MINUTES, MAX_IDLE_LOCK_MINUTES)
        self.idle_spin.setMaximumWidth(140)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.valueChanged.connect(lambda _v: self._edited("idle_lock_minutes"))
        self.form.add_field(
            "idle_lock_minutes", self.tr("&Lock after"), self.idle_spin,
            self.tr("The window locks after this many minutes without keyboard or mouse use."),
        )
        self.journal_spin = QSpinBox()
        self.journal_spin.setObjectName("journal_lock_hours")
        self.journal_spin.setRange(1, 24 * 7)
        self.journal_spin.setMaximumWidth(140)
        self.journal_spin.setSuffix(self.tr(" h"))
        self.journal_spin.valueChanged.connect(lambda _v: self._edited("journal_lock_hours"))
        self.form.add_field(
            "journal_lock_hours", self.tr("&Drafts lock after"), self.journal_spin,
            self.tr("Unsigned journal drafts lock for editing this many hours after the visit."),
        )

        self.banner = ErrorBanner()
        self.status_label = QLabel()
        self.status_label.setProperty("role", "hint")
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.clicked.connect(self._revert)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        body = QWidget()
        body.setMaximumWidth(640)
        column = QVBoxLayout(body)
        column.addWidget(heading)
        column.addWidget(intro)
        column.addWidget(self.banner)
        column.addWidget(self.form)
        column.addLayout(buttons)
        column.addStretch(1)
        self.users: UsersSection | None = None
        self.hours: HoursSettings | None = None
        self.tabs: QTabWidget | None = None
        self._lay_out(body)

        self._set_enabled(False)
        self.status_label.setText(self.tr("Loading the clinic's details…"))
        self.reload()

    def _lay_out(self, clinic_body: QWidget) -> None:
        # Recall rules and SMS texts (issue 11), and users only for whoever may manage them;
        # each section loads when first shown.
        clinic_tab = QWidget()
        fill_with_scrolling(clinic_tab, clinic_body)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(clinic_tab, self.tr("Clinic"))
        from vetdesk.ui.reminders.settings_section import RemindersSettings

        self.reminders = RemindersSettings(self.page)
        reminders_tab = QWidget()
        fill_with_scrolling(reminders_tab, self.reminders)
        self.tabs.addTab(reminders_tab, self.tr("Reminders"))
        if self.page.actor.can(Permission.MANAGE_SETTINGS):
            self.hours = HoursSettings(self.page)
            hours_tab = QWidget()
            fill_with_scrolling(hours_tab, self.hours)
            self.tabs.addTab(hours_tab, self.tr("Opening hours"))
        if self.page.actor.can(Permission.MANAGE_RECIPIENTS):
            from vetdesk.ui.referrals.recipients_section import RecipientsSection

            self.recipients = RecipientsSection(self.page)
            self.tabs.addTab(self.recipients, self.tr("Referral recipients"))
        if self.page.actor.can(Permission.MANAGE_USERS):
            self.users = UsersSection(self.page)
            self.tabs.addTab(self.users, self.tr("Users"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_users(self) -> None:
        if self.tabs is not None and self.users is not None:
            self.tabs.setCurrentWidget(self.users)

    def reload(self) -> None:
        ctx = self.page.ctx
        self.page.ops.run(
            lambda: clinic.clinic_details(ctx), success=self._show, failure=self._failed,
            parent=self,
        )

    def current_details(self) -> ClinicDetails:
        return dataclasses.replace(
            self.clinic_fields.details(self.loaded), idle_lock_minutes=self.idle_spin.value(),
            journal_lock_hours=self.journal_spin.value())

    def save(self) -> None:
        details = self.current_details()
        problems = clinic.validate_clinic(details)
        self._touched.update(problems)
        self._validate()
        if problems:
            return
        ctx, actor = self.page.ctx, self.page.actor
        self._set_enabled(False)
        self.status_label.setText(self.tr("Saving…"))
        self.page.ops.run(
            lambda: clinic.update_clinic_details(ctx, actor, details),
            success=lambda _none: self._saved(details), failure=self._failed, parent=self,
        )

    def _show(self, details: ClinicDetails) -> None:
        self.loaded = details
        self.clinic_fields.fill(details)
        self.idle_spin.setValue(details.idle_lock_minutes)
        self.journal_spin.setValue(details.journal_lock_hours)
        self._touched.clear()
        self._set_enabled(True)
        self._validate()
        self.status_label.setText("")

    def _saved(self, details: ClinicDetails) -> None:
        self.loaded = details
        self.clinic_fields.fill(details)  # the phone as it now reads: 22 33 44 55
        self._set_enabled(True)
        self._validate()
        self.status_label.setText(self.tr("Saved."))
        self.page.events.clinic_changed.emit(details)

    def _failed(self, error: BaseException) -> bool:
        self._set_enabled(self.loaded is not None)
        self.status_label.setText("")
        if isinstance(error, ValidationError) and error.field_errors:
            self._touched.update(error.field_errors)
            self.form.show_errors(error.field_errors, only=self._touched)
            return True
        self.banner.show_failure(describe_failure(error))
        return True

    def _edited(self, field: str) -> None:
        self._touched.add(field)
        self.status_label.setText("")
        self._validate()

    def _revert(self) -> None:
        if self.loaded is not None:
            self._show(self.loaded)

    def _validate(self) -> None:
        details = self.current_details()
        problems = clinic.validate_clinic(details)
        self.form.show_errors(problems, only=self._touched)
        changed = self.loaded is not None and details != self.loaded
        self.save_button.setEnabled(self.loaded is not None and changed and not problems)
        self.revert_button.setEnabled(changed)
        if problems:
            self.save_button.setToolTip(self.tr("Fix the fields marked in red to save."))
        elif not changed:
            self.save_button.setToolTip(self.tr("Nothing has changed since the last save."))
        else:
            self.save_button.setToolTip("")

    def _set_enabled(self, enabled: bool) -> None:
        self.form.setEnabled(enabled)
        if not enabled:
            self.save_button.setEnabled(False)
            self.revert_button.setEnabled(False)
