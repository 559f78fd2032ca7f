"""Book an appointment (Ctrl+B): find the client inline, pick the animal, the vet, the time,
the room or equipment it needs, the type and the reason, or let "Next free slot" find the
time. Outside opening hours or in
the past the dialog asks before it books (the service refuses without that confirmation)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from vetdesk.domain.appointment_rules import KNOWN_TYPES
from vetdesk.domain.event_time import check_wall_clock, wall_clock_moment
from vetdesk.errors import UserFacingError
from vetdesk.services.clients import ClientSaved
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission
from vetdesk.services.scheduling.booking import Booked, BookingRequest, book_appointment
from vetdesk.services.scheduling.errors import ConfirmationNeeded
from vetdesk.services.scheduling.free_slots import FreeSlot, next_free_slot
from vetdesk.services.scheduling.occupancy import ROOM_KINDS
from vetdesk.services.scheduling.resources import ResourceView
from vetdesk.services.search import SearchResults, search
from vetdesk.ui.front_desk.look import red
from vetdesk.ui.ops import Operations
from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QShortcut,
    QSpinBox,
    Qt,
    QTime,
    QTimeEdit,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vetdesk.ui.widgets.confirm import confirm_destructive

_PICK_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Preset:
    """What the dialog starts with: a slot from the calendar, a client or an animal."""

    resource_id: int | None = None
    starts_at: dt.datetime | None = None
    client_id: int | None = None
    animal_id: int | None = None
    who: str = ""
    # The client's processing is restricted (GDPR art. 18): the dialog shows the banner.
    restricted: bool = False


class BookingDialog(QDialog):
    booked = Signal(object)  # Booked

    def __init__(self, page: PageContext, resources: tuple[ResourceView, ...], preset: Preset,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookingDialog")
        self.setWindowTitle(self.tr("Book an appointment"))
        self.page = page
        self.ops: Operations = page.ops
        self.ctx: ServiceContext = page.ctx
        self.actor: Actor = page.actor
        self.zone: ZoneInfo = page.ctx.zone
        self.resources = resources
        # Made once: a retry after a lost connection finds this booking instead of a second.
        self.request_id = uuid.uuid4()
        self.client_id, self.animal_id = preset.client_id, preset.animal_id
        self._build(preset)
        self._lay_out()
        self._connect()
        self.setFixedWidth(560)

    # -- construction -----------------------------------------------------------------------

    def _build(self, preset: Preset) -> None:
        self.search_field = QLineEdit()
        self.search_field.setObjectName("bookingSearch")
        self.search_field.setPlaceholderText(self.tr("Name, phone, animal, chip or client no."))
        self.search_field.setText(preset.who)
        self.hits = QListWidget()
        self.hits.setObjectName("bookingHits")
        self.hits.setFixedHeight(110)
        self.chosen = QLabel(preset.who or self.tr("No client chosen yet"))
        self.chosen.setObjectName("bookingChosen")
        # Restriction of processing: said in words (as on the client card), red repeats it.
        # The line is always there, empty for other clients, so choosing does not resize.
        self.restricted_text = "⚠ " + self.tr(
            "Processing restricted at the client's request: send nothing and use the data "
            "only where the law requires it.")
        self.restricted_label = QLabel()
        self.restricted_label.setObjectName("bookingRestricted")
        self.restricted_label.setWordWrap(True)
        self.restricted_label.setStyleSheet(f"color: {red()}; font-weight: bold;")
        self.restricted_label.setMinimumHeight(
            2 * self.restricted_label.fontMetrics().lineSpacing())
        self.show_restricted(preset.restricted)
        self.new_client_button = QPushButton(self.tr("New client…"))
        self.new_client_button.setObjectName("bookingNewClient")
        self.new_client_button.setVisible(self.actor.can(Permission.EDIT_CLIENTS))
        self.vet = QComboBox()
        self.vet.setObjectName("bookingVet")
        for resource in self.resources:
            self.vet.addItem(resource.name, resource.resource_id)
        if preset.resource_id is not None:
            self.vet.setCurrentIndex(max(0, self.vet.findData(preset.resource_id)))
        # The room or equipment the appointment needs besides the vet: held like the vet's
        # time (no one else may have it then). A room's own column holds itself.
        self.room = QComboBox()
        self.room.setObjectName("bookingRoom")
        self.room.addItem(self.tr("No room"), None)
        for resource in self.resources:
            if resource.kind in ROOM_KINDS:
                self.room.addItem(resource.name, resource.resource_id)
        self._follow_column()
        local = (preset.starts_at or self.ctx.clock.now()).astimezone(self.zone)
        self.date = QDateEdit(QDate(local.year, local.month, local.day))
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setCalendarPopup(True)
        self.time = QTimeEdit(QTime(local.hour, local.minute - local.minute % 5))
        self.time.setDisplayFormat("HH:mm")
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 720)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(30)
        self.minutes.setSuffix(self.tr(" min"))
        self.kind = QComboBox()
        self.kind.setEditable(True)
        self.kind.addItems(list(KNOWN_TYPES))
        self.reason = QLineEdit()
        self.reason.setObjectName("bookingReason")
        self.reason.setMaxLength(500)
        self.free_button = QPushButton(self.tr("Next free slot"))
        self.free_button.setObjectName("nextFreeSlot")
        self.message = QLabel()
        self.message.setObjectName("bookingMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.book_button = self.buttons.addButton(self.tr("Book"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Client or animal"), self.search_field)
        form.addRow("", self.hits)
        chosen = QHBoxLayout()
        chosen.addWidget(self.chosen, 1)
        chosen.addWidget(self.new_client_button)
        form.addRow(self.tr("Chosen"), chosen)
        form.addRow("", self.restricted_label)
        form.addRow(self.tr("Vet or room"), self.vet)
        form.addRow(self.tr("Room or equipment"), self.room)
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.time)
        when.addWidget(self.minutes)
        when.addWidget(self.free_button)
        form.addRow(self.tr("When"), when)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.search_field.textEdited.connect(lambda _text: self._search_timer.start())
        self._search_timer.timeout.connect(self._search)
        self.hits.currentItemChanged.connect(self._pick)
        self.free_button.clicked.connect(self.find_free_slot)
        self.vet.currentIndexChanged.connect(lambda _index: self._follow_column())
        self.new_client_button.clicked.connect(self.new_client)
        self.buttons.accepted.connect(self.book)
        self.buttons.rejected.connect(self.reject)
        book_now = QShortcut(QKeySequence("Ctrl+Return"), self)
        book_now.activated.connect(self.book)

    # -- search -----------------------------------------------------------------------------

    def _search(self) -> None:
        typed = self.search_field.text().strip()
        if len(typed) < 2:
            return
        ctx, actor = self.ctx, self.actor
        self.ops.run(lambda: search(ctx, actor, typed, limit=8), success=self._show_hits,
                     parent=self)

    def _show_hits(self, results: SearchResults) -> None:
        self.hits.clear()
        for owner in results.owners:
            name = f"{owner.first_name} {owner.last_name}".strip()
            rows: list[tuple[int, int | None, str]] = [
                (owner.client_id, None, f"{name} ({owner.client_no})")]
            rows += [(owner.client_id, a.animal_id, f"{a.name} – {name} ({owner.client_no})")
                     for a in owner.animals]
            mark = "  ⚠ " + self.tr("processing restricted") if owner.restricted else ""
            for client_id, animal_id, text in rows:
                item = QListWidgetItem(text + mark)
                item.setData(_PICK_ROLE, (client_id, animal_id, text, owner.restricted))
                self.hits.addItem(item)
        if self.hits.count():
            self.hits.setCurrentRow(1 if self.hits.count() > 1 else 0)

    def _pick(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.client_id, self.animal_id, text, restricted = item.data(_PICK_ROLE)
        self.chosen.setText(text)
        self.show_restricted(restricted)
        self.message.clear()

    def show_restricted(self, restricted: bool) -> None:
        self.restricted_label.setText(self.restricted_text if restricted else "")

    def new_client(self) -> None:
        """Register the caller without leaving the booking: the new client is chosen."""
        from vetdesk.ui.front_desk.client_form import ClientFormDialog

        form = ClientFormDialog(self.page, parent=self)
        form.saved.connect(self._client_registered)
        form.open()

    def _client_registered(self, saved: ClientSaved) -> None:
        self.client_id, self.animal_id = saved.client_id, None
        self.show_restricted(False)  # a client just registered has asked nothing yet
        self.chosen.setText(self.tr("New client no. {number}").format(number=saved.client_no))
        self.message.clear()

    # -- slot and booking -------------------------------------------------------------------

    def _wall_clock(self) -> dt.datetime:
        """The chosen start as the clinic's clock shows it (no zone yet)."""
        day, time = self.date.date(), self.time.time()
        return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    def find_free_slot(self) -> None:
        ctx, actor = self.ctx, self.actor
        minutes = self.minutes.value()
        chosen = self.date.date()
        first = max(dt.date(chosen.year(), chosen.month(), chosen.day()),
                    ctx.clock.now().astimezone(self.zone).date())
        resource_id, room_id = self.vet.currentData(), self.room.currentData()
        self.ops.run(lambda: next_free_slot(
            ctx, actor, minutes, first_day=first, last_day=first + dt.timedelta(days=21),
            resource_ids=(resource_id,) if resource_id is not None else (),
            room_id=room_id if room_id != resource_id else None),
            success=self._show_free_slot, failure=self._show_failure, parent=self)

    def _show_free_slot(self, slot: FreeSlot) -> None:
        local = slot.starts_at.astimezone(self.zone)
        self.vet.setCurrentIndex(max(0, self.vet.findData(slot.resource_id)))
        self.date.setDate(QDate(local.year, local.month, local.day))
        self.time.setTime(QTime(local.hour, local.minute))
        self.message.setText(self.tr("Next free: {when} with {who}.").format(
            when=local.strftime("%d.%m.%Y %H:%M"), who=slot.resource_name))

    def _follow_column(self) -> None:
        """A booking in a room's own column holds that room: the choice shows it, fixed."""
        column = self.vet.currentData()
        kind = next((r.kind for r in self.resources if r.resource_id == column), None)
        own = kind in ROOM_KINDS
        if own:
            self.room.setCurrentIndex(max(0, self.room.findData(column)))
        elif not self.room.isEnabled():
            self.room.setCurrentIndex(0)
        self.room.setEnabled(not own)

    def book(self, confirmed: bool = False) -> None:
        if self.client_id is None:
            self.message.setText(self.tr("Choose the client first: type a name, phone or "
                                         "animal and pick a line."))
            self.search_field.setFocus()
            return
        wall = self._wall_clock()
        starts = wall_clock_moment(wall, self.zone)
        if starts is None:  # 02:30 the night summer time starts never happens
            self.message.setText(check_wall_clock(wall, self.zone) or "")
            self.time.setFocus()
            return
        request = BookingRequest(
            client_id=self.client_id, animal_id=self.animal_id,
            resource_id=int(self.vet.currentData()), starts_at=starts,
            ends_at=starts + dt.timedelta(minutes=self.minutes.value()),
            appointment_type=self.kind.currentText(), reason=self.reason.text(),
            room_id=self.room.currentData() if self.room.isEnabled() else None,
            request_id=self.request_id)
        ctx, actor = self.ctx, self.actor
        self.book_button.setEnabled(False)
        self.ops.run(lambda: book_appointment(ctx, actor, request, confirmed=confirmed),
                     success=self._done, failure=self._show_failure, parent=self)

    def _done(self, booked: Booked) -> None:
        self.book_button.setEnabled(True)
        self.booked.emit(booked)
        self.accept()

    def _show_failure(self, error: BaseException) -> bool:
        self.book_button.setEnabled(True)
        # Book was disabled while it worked, which passed the focus on to Cancel: Enter then
        # closed the dialog and lost the booking. Back to the time, where a clash is mended.
        self.time.setFocus()
        if isinstance(error, ConfirmationNeeded):
            if confirm_destructive(self, title=self.tr("Book anyway?"), text=error.message,
                                   destroy=self.tr("Book anyway"), keep=self.tr("Go back")):
                self.book(confirmed=True)
            return True
        if isinstance(error, UserFacingError):
            # Next to the fields, and what was typed stays (UI.md).
            self.message.setText(error.message)
            return True
        return False
