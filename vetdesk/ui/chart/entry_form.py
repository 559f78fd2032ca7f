"""The form of one journal entry: kind, time of event and when help was asked for,
measurements, the kind's fields, confidentiality and files, with problems shown next to each
field as the vet types.

:class:`vetdesk.ui.chart.editor.EntryEditor` adds saving and signing on top.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid

from vetdesk.domain.codes import JournalKind, Species
from vetdesk.domain.event_time import check_help_requested_at
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import DraftInput, DraftSnapshot
from vetdesk.services.journal.validation import FUTURE_TOLERANCE
from vetdesk.services.permissions import Actor, Permission
from vetdesk.ui.chart.attachments_panel import AttachmentPanel
from vetdesk.ui.chart.editor_fields import ContentFields, MeasurementField, measurement_messages
from vetdesk.ui.chart.formatting import (
    date_time_text,
    field_label,
    kind_label,
    time_text,
    tr,
)
from vetdesk.ui.chart.prompts import Confirm, FileChooser, choose_files, confirm_warnings
from vetdesk.ui.chart.request_time import (
    RequestTimeField,
    clock_edit,
    clock_problem,
    moment_of,
    show_moment,
)
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import (
    QCheckBox,
    QComboBox,
    QEvent,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QObject,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from vetdesk.ui.widgets.error_banner import ErrorBanner
from vetdesk.ui.widgets.scrolling import scrolling

WRITABLE_KINDS = tuple(JournalKind)


class EntryForm(QWidget):
    """The fields of one entry, their messages, and why Sign is disabled; no saving here."""

    def __init__(
        self, ops: Operations, ctx: ServiceContext, actor: Actor, *, animal_id: int,
        species: Species, is_group: bool, banner: ErrorBanner,
        draft: DraftSnapshot | None = None, choose: FileChooser = choose_files,
        confirm: Confirm = confirm_warnings, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.ctx, self.actor = ops, ctx, actor
        self.animal_id, self.species, self.is_group = animal_id, species, is_group
        self.banner, self.choose, self.confirm = banner, choose, confirm
        self.draft_id = draft.id if draft else uuid.uuid4()
        self.exists = draft is not None
        self.read_only = (
            not actor.can(Permission.WRITE_JOURNAL)
            or (draft is not None and draft.author_id != actor.user_id)
        )
        self.saving = False
        self.signing = False
        self.save_failed = False
        self.retiring = False
        self._edits = 0
        self._saved_edits = 0
        self._touched: set[str] = set()
        self._show_all_problems = False
        self._loading = True
        self._texts: dict[JournalKind, dict[str, str]] = {}

        self.title_label = QLabel()
        self.title_label.setProperty("role", "heading")
        self.title_label.setWordWrap(True)
        self.kind_box = QComboBox()
        for kind in WRITABLE_KINDS:
            # Plain strings as item data: findData cannot match a Python enum object.
            self.kind_box.addItem(kind_label(kind), kind.value)
        self.event_time = clock_edit()
        self.event_time_error = QLabel()
        self.event_time_error.setProperty("role", "fieldError")
        self.event_time_error.setWordWrap(True)  # a long sentence must not widen the form
        self.written_label = QLabel()
        self.written_label.setProperty("role", "hint")
        self.help_requested = RequestTimeField(ctx.zone)
        self.weight = MeasurementField(self.tr("kg"), self.tr("Weight in kilograms"))
        self.temperature = MeasurementField(self.tr("°C"), self.tr("Temperature in °C"))
        self.confidential = QCheckBox(self.tr("Confidential (left out of referrals by default)"))
        self.files = AttachmentPanel(
            ops, ctx, actor, form=self.form, choose=choose,
            infos=list(draft.attachments) if draft else [],
        )
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedIndicator")
        self.sign_reason = QLabel()
        self.sign_reason.setProperty("role", "hint")
        self.sign_reason.setWordWrap(True)
        self.sign_button = QPushButton(self.tr("Sign (Ctrl+Enter)"))
        self.sign_button.setProperty("primary", True)
        self.sign_button.setVisible(actor.can(Permission.SIGN_JOURNAL) and not self.read_only)
        # Only the author's own unsigned draft can be thrown away (the editor asks first).
        self.discard_button = QPushButton(self.tr("Discard draft…"))
        self.discard_button.setObjectName("discardDraft")
        self.discard_button.setAutoDefault(False)

        top = QFormLayout()
        top.addRow(self.tr("Kind"), self.kind_box)
        when = QHBoxLayout()
        when.addWidget(self.event_time)
        when.addWidget(self.written_label, 1)
        # The message sits under the field, as the help-asked-for field's does: a row of its
        # own left a gap above a wrapped sentence.
        when_column = QVBoxLayout()
        when_column.setSpacing(2)
        when_column.addLayout(when)
        when_column.addWidget(self.event_time_error)
        top.addRow(self.tr("Time of event"), when_column)
        top.addRow(self.tr("Help asked for"), self.help_requested)
        top.addRow(self.tr("Weight"), self.weight)
        top.addRow(self.tr("Temperature"), self.temperature)
        self.fields_holder = QVBoxLayout()
        self.fields: ContentFields | None = None
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(top)
        body_layout.addLayout(self.fields_holder)
        body_layout.addWidget(self.confidential)
        body_layout.addWidget(self.files)
        body_layout.addStretch(1)
        scroll = scrolling(body)
        bottom = QHBoxLayout()
        bottom.addWidget(self.discard_button)
        bottom.addWidget(self.saved_label)
        bottom.addWidget(self.sign_reason, 1)
        bottom.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

        self._fill(draft)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.event_time.dateTimeChanged.connect(self._event_time_changed)
        self.help_requested.changed.connect(lambda: self._changed("help_requested_at"))
        self.weight.changed.connect(lambda: self._changed("weight_kg"))
        self.temperature.changed.connect(lambda: self._changed("temperature_c"))
        self.confidential.toggled.connect(lambda _on: self._changed("confidential"))
        self._loading = False
        self._apply_read_only()
        self.update_problems()

    # -- building ------------------------------------------------------------------------------

    def _fill(self, draft: DraftSnapshot | None) -> None:
        kind = draft.kind if draft else JournalKind.CONSULTATION
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind.value)))
        self._set_event_time(draft.event_time if draft else self.ctx.clock.now())
        self.help_requested.set_times(self.event_moment(),
                                      draft.help_requested_at if draft else None)
        if draft is None:
            self.title_label.setText(self.tr("New entry"))
            self.written_label.setText(self.tr("Written now"))
        else:
            self.title_label.setText(
                self.tr("Draft by {author}").format(author=draft.author_name)
                if not self.read_only else self.tr(
                    "Draft by {author}: only {author} can change it; you can read it."
                ).format(author=draft.author_name))
            self.written_label.setText(self.tr("Writing started {when}").format(
                when=date_time_text(draft.started_at, self.ctx.zone)))
            self.weight.set_value(draft.weight_kg, 3)
            self.temperature.set_value(draft.temperature_c, 1)
            self.confidential.setChecked(draft.confidential)
            # A draft from an earlier day says the day: "Saved 16:51" read as minutes ago.
            today = self.ctx.clock.now().astimezone(self.ctx.zone).date()
            same_day = draft.saved_at.astimezone(self.ctx.zone).date() == today
            self.saved_label.setText(self.tr("Saved {time}").format(
                time=time_text(draft.saved_at, self.ctx.zone) if same_day
                else date_time_text(draft.saved_at, self.ctx.zone)))
        self._build_fields(kind, dict(draft.content) if draft else {})

    def _build_fields(self, kind: JournalKind, values: dict[str, str]) -> None:
        if self.fields is not None:
            self.fields_holder.removeWidget(self.fields)
            self.fields.deleteLater()
        self.fields = ContentFields(kind, values)
        self.fields.changed.connect(lambda: self._changed("content"))
        for name, widget in self.fields.fields.items():
            widget.installEventFilter(self)
            widget.setProperty("fieldName", name)
        self.fields_holder.addWidget(self.fields)
        self.fields.set_read_only(self.read_only)
        # The content fields are built last (and again on a kind change), so Qt would put them
        # at the end of the Tab chain: put them back between temperature and confidential.
        chain = [self.temperature.edit, *self.fields.fields.values(), self.confidential]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _set_event_time(self, moment: dt.datetime) -> None:
        # Shown and edited as the clinic's wall-clock time, whatever the PC's zone.
        show_moment(self.event_time, moment, self.ctx.zone)

    def event_moment(self) -> dt.datetime:
        return moment_of(self.event_time, self.ctx.zone)

    def _event_time_changed(self, _value: object) -> None:
        self.help_requested.follow(self.event_moment())
        self._changed("event_time")

    def _apply_read_only(self) -> None:
        for widget in (self.kind_box, self.event_time, self.help_requested.edit,
                       self.confidential):
            widget.setEnabled(not self.read_only)
        self.files.set_read_only(self.read_only)
        self.weight.edit.setReadOnly(self.read_only)
        self.temperature.edit.setReadOnly(self.read_only)
        self.discard_button.setVisible(not self.read_only)
        if self.read_only:
            self.sign_reason.setText("")

    # -- typing --------------------------------------------------------------------------------

    def kind(self) -> JournalKind:
        return JournalKind(str(self.kind_box.currentData()))

    def _kind_changed(self, _index: int) -> None:
        # Keep what was typed under the old kind, so switching back restores it.
        if self.fields is not None:
            self._texts[self.fields.kind] = self.fields.values()
        kind = self.kind()
        self._build_fields(kind, self._texts.get(kind, {}))
        self._changed("kind")

    def _changed(self, what: str) -> None:
        if self._loading or self.read_only:
            return
        self._touched.add(what)
        self._edits += 1
        self.update_problems()
        self.edited()

    def edited(self) -> None:
        """Called after every change the user makes (the editor saves after a pause)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusOut:
            name = watched.property("fieldName")
            if name:
                self._touched.add(str(name))
                self.update_problems()
        return False

    def form(self) -> DraftInput:
        assert self.fields is not None
        return DraftInput(
            id=self.draft_id, animal_id=self.animal_id, kind=self.kind(),
            event_time=self.event_moment(), content=self.fields.values(),
            weight_kg=self.weight.value(), temperature_c=self.temperature.value(),
            confidential=self.confidential.isChecked(),
            help_requested_at=self.help_requested.value(),
        )

    def problems(self) -> dict[str, str]:
        assert self.fields is not None
        found = dict(self.fields.problems())
        for name, (level, text) in self._measurement_messages().items():
            if level == "error":
                found[name] = text
        if self.event_moment() > self.ctx.clock.now() + FUTURE_TOLERANCE:
            found["event_time"] = self.tr(
                "The time of the event is in the future; enter when it happened.")
        if skipped := clock_problem(self.event_time, self.ctx.zone):
            found["event_time"] = skipped
        # The domain's rule and sentence, as the service will check it when signing.
        if not self.help_requested.follows() and (
                skipped := clock_problem(self.help_requested.edit, self.ctx.zone)):
            found["help_requested_at"] = skipped
        elif error := check_help_requested_at(self.help_requested.moment(),
                                              self.event_moment()):
            found["help_requested_at"] = error
        return found

    def _measurement_messages(self) -> dict[str, tuple[str, str]]:
        return measurement_messages(self.species, self.is_group, self.weight, self.temperature)

    def update_problems(self) -> None:
        """Messages next to the fields, and why Sign is disabled."""
        assert self.fields is not None
        problems = self.problems()
        shown = None if self._show_all_problems else self._touched
        self.fields.show_errors(problems, only=shown)
        messages = self._measurement_messages()
        for name, widget in (("weight_kg", self.weight), ("temperature_c", self.temperature)):
            level, text = messages.get(name, ("", ""))
            widget.show_message(level, text)
        self.event_time_error.setText(problems.get("event_time", ""))
        self.event_time_error.setVisible("event_time" in problems)
        self.help_requested.show_error(problems.get("help_requested_at", ""))
        if self.read_only:
            return
        blocking = [
            field_label(self.kind(), name) if name in self.fields.fields else _other_label(
                self, name) for name in problems
        ]
        can_sign = not blocking and not self.signing
        self.sign_button.setEnabled(can_sign)
        if blocking:
            self.sign_reason.setText(self.tr("To sign, fix: {fields}.").format(
                fields=", ".join(blocking)))
        elif self.signing:
            self.sign_reason.setText(self.tr("Signing…"))
        else:
            self.sign_reason.setText("")
        self.sign_button.setToolTip(self.sign_reason.text())

def _other_label(widget: QWidget, name: str) -> str:
    return {
        "event_time": tr("Time of event"), "help_requested_at": tr("Help asked for"),
        "weight_kg": tr("Weight"),
        "temperature_c": tr("Temperature"),
    }.get(name, name)
