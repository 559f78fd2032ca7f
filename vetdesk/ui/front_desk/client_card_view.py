"""The client card tab: contact and alerts top left, animals beside them, history below."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from vetdesk.domain.changes import Changes
from vetdesk.errors import NotFound
from vetdesk.services.client_card import ClientCard, open_client_card
from vetdesk.services.permissions import Permission
from vetdesk.ui.front_desk import card_sections
from vetdesk.ui.front_desk.alert_dialog import MandatoryAlertsDialog
from vetdesk.ui.front_desk.animal_form import AnimalFormDialog
from vetdesk.ui.front_desk.animal_table import AnimalTable
from vetdesk.ui.front_desk.client_form import ClientFormDialog
from vetdesk.ui.front_desk.contact_block import ContactBlock
from vetdesk.ui.front_desk.formats import tr
from vetdesk.ui.front_desk.look import red
from vetdesk.ui.front_desk.merge_dialog import MergeDialog
from vetdesk.ui.front_desk.move_dialog import MoveAnimalDialog
from vetdesk.ui.front_desk.section import CollapsibleSection
from vetdesk.ui.ops import describe_failure
from vetdesk.ui.qt import (
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QPushButton,
    QShortcut,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vetdesk.ui.widgets.error_banner import ErrorBanner
from vetdesk.ui.widgets.scrolling import fill_with_scrolling

if TYPE_CHECKING:
    from vetdesk.ui.pages.registry import PageContext

# Each section is drawn from the card, with times in the clinic's zone (ctx.zone).
_Render = Callable[[ClientCard, ZoneInfo], str]
SECTIONS: tuple[tuple[str, Callable[[], str], _Render], ...] = (
    ("appointments", lambda: tr("Upcoming appointments"), card_sections.appointments_html),
    ("recalls", lambda: tr("Due recalls"), card_sections.recalls_html),
    ("messages", lambda: tr("Recent messages"), card_sections.messages_html),
    ("consents", lambda: tr("Consents"), card_sections.consents_html),
    ("purchases", lambda: tr("Purchases"), card_sections.purchases_html),
)


class ClientCardView(QWidget):
    """``loaded(card)`` after each load; ``alerts_shown`` when the mandatory pop-up opens."""

    help_topic = "client_card"  # F1 (vetdesk.ui.help)

    loaded = Signal(object)
    alerts_shown = Signal(object)

    def __init__(self, page: PageContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.client_id = client_id
        self.card: ClientCard | None = None
        self.alert_dialog: MandatoryAlertsDialog | None = None
        self._alerts_done = False
        self._pending_animal: int | None = None
        self.setObjectName(f"clientCard_{client_id}")

        self.banner = ErrorBanner()
        # Restriction of processing (GDPR art. 18): said in words, not by colour alone.
        self.restricted_label = QLabel(tr(
            "Processing restricted at the client's request: send nothing and use the data "
            "only where the law requires it."))
        self.restricted_label.setObjectName("restrictedBanner")
        self.restricted_label.setWordWrap(True)
        self.restricted_label.setStyleSheet(f"color: {red()}; font-weight: bold;")
        self.restricted_label.hide()
        self.status_label = QLabel(tr("Opening the client card…"))
        self.status_label.setProperty("role", "hint")
        self.contact = ContactBlock()
        self.animals = AnimalTable()
        self.animals.open_requested.connect(self.open_chart)
        self.animals.itemSelectionChanged.connect(self._update_buttons)

        can_edit = page.actor.can(Permission.EDIT_CLIENTS)
        self.edit_button = self._button(tr("&Edit client"), "editClient", self.edit_client)
        self.add_animal_button = self._button(tr("&Add animal"), "addAnimal", self.add_animal)
        self.merge_button = self._button(tr("&Merge…"), "mergeClient", self.merge)
        self.chart_button = self._button(tr("&Open chart"), "openChart", self._chart_current)
        self.edit_animal_button = self._button(tr("Edit a&nimal"), "editAnimal",
                                               self.edit_animal)
        self.move_button = self._button(tr("Mo&ve animal…"), "moveAnimal", self.move_animal)
        self.book_button = self._button(tr("&Book…"), "bookClient", self.book_from_here)
        self.book_button.setVisible(page.actor.can(Permission.BOOK_APPOINTMENTS))
        for button in (self.edit_button, self.add_animal_button, self.edit_animal_button,
                       self.move_button):
            button.setVisible(can_edit)
        # Hidden for roles without the right; the merge service refuses them anyway.
        self.merge_button.setVisible(page.actor.can(Permission.MERGE_CLIENTS))

        actions = QHBoxLayout()
        actions.addWidget(self.status_label, 1)
        for button in (self.book_button, self.edit_button, self.add_animal_button,
                       self.merge_button):
            actions.addWidget(button)
        animal_actions = QHBoxLayout()
        for button in (self.chart_button, self.edit_animal_button, self.move_button):
            animal_actions.addWidget(button)
        animal_actions.addStretch(1)
        animal_column = QVBoxLayout()
        animals_heading = QLabel(tr("Animals"))
        animals_heading.setProperty("role", "heading")
        animal_column.addWidget(animals_heading)
        animal_column.addWidget(self.animals, 1)
        animal_column.addLayout(animal_actions)
        top = QHBoxLayout()
        top.addWidget(self.contact)
        top.addSpacing(12)
        top.addLayout(animal_column, 1)

        self.sections: dict[str, CollapsibleSection] = {}
        self.section_labels: dict[str, QLabel] = {}
        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(actions)
        column.addWidget(self.banner)
        column.addWidget(self.restricted_label)
        column.addLayout(top)
        for key, title, _render in SECTIONS:
            label = card_sections.section_label()
            label.setObjectName(f"sectionBody_{key}")
            section = CollapsibleSection(key, title(), label)
            self.sections[key] = section
            self.section_labels[key] = label
            column.addWidget(section)
        column.addStretch(1)
        fill_with_scrolling(self, body)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self.animals, self._chart_current)
        self._update_buttons()
        page.ops.changed.connect(self._changed_elsewhere)
        self.reload()

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        ctx, actor, client_id = self.page.ctx, self.page.actor, self.client_id
        self.page.ops.run(lambda: open_client_card(ctx, actor, client_id),
                          success=self.show_card, failure=self._failed, parent=self)

    def show_card(self, card: ClientCard) -> None:
        self.card = card
        self.banner.dismiss()
        self.restricted_label.setVisible(card.restricted)
        self.status_label.setText("")
        self.contact.show_card(card)
        self.animals.set_animals(card.animals)
        if self._pending_animal is not None and self.animals.select_animal(self._pending_animal):
            self._pending_animal = None
        counts = {"appointments": len(card.upcoming), "recalls": len(card.recalls),
                  "messages": len(card.messages), "consents": None,
                  "purchases": len(card.purchases)}
        for key, _title, render in SECTIONS:
            self.section_labels[key].setText(render(card, self.page.ctx.zone))
            self.sections[key].set_count(counts[key])
        # The number tells two callers with the same name apart when both tabs are open.
        self._set_tab_title(tr("{0} ({1})").format(card.name or tr("Client"), card.client_no))
        self._update_buttons()
        self.loaded.emit(card)
        if not self._alerts_done:
            self._alerts_done = True
            self._pop_alerts(card)

    def _pop_alerts(self, card: ClientCard) -> None:
        alerts = card.mandatory_alerts
        if not alerts:
            return
        self.alert_dialog = MandatoryAlertsDialog(card.name, alerts, self)
        self.alert_dialog.open()
        self.alert_dialog.acknowledge_button.setFocus()
        self.alerts_shown.emit(alerts)

    def _failed(self, error: BaseException) -> bool:
        self.status_label.setText("")
        if isinstance(error, NotFound):
            self.status_label.setText(tr("This client is no longer in the register."))
        self.banner.show_failure(describe_failure(error))
        return True

    def _changed_elsewhere(self, changes: Changes, _initiator: object) -> None:
        """A save anywhere (this card's own dialogs included) that touched this client."""
        if changes.touches_client(self.client_id):
            self.reload()

    def _set_tab_title(self, title: str) -> None:
        widget: QWidget | None = self
        while widget is not None:
            parent = widget.parentWidget()
            if isinstance(parent, QTabWidget):
                index = parent.indexOf(self)
                if index >= 0:
                    parent.setTabText(index, title)
                return
            widget = parent

    # -- animals ------------------------------------------------------------------------------

    def select_animal(self, animal_id: int) -> None:
        if not self.animals.select_animal(animal_id):
            self._pending_animal = animal_id  # selected once the card has loaded
        self.animals.setFocus()

    def open_chart(self, animal_id: int) -> None:
        self.page.events.open_animal.emit(animal_id)

    def _chart_current(self) -> None:
        animal_id = self.animals.current_animal_id()
        if animal_id is not None:
            self.open_chart(animal_id)

    def _update_buttons(self) -> None:
        has_animal = self.animals.current_animal_id() is not None
        loaded = self.card is not None
        for button in (self.chart_button, self.edit_animal_button, self.move_button):
            button.setEnabled(has_animal)
        for button in (self.edit_button, self.add_animal_button, self.merge_button,
                       self.book_button):
            button.setEnabled(loaded)

    # -- actions (dialogs do the saving; the card reloads when ops announces the change) -----

    def book_from_here(self) -> None:
        """"Book" and Ctrl+B: for this client and the animal chosen in the list (issue 11)."""
        if self.card is None:
            return
        from vetdesk.ui.calendar.booking_dialog import Preset
        from vetdesk.ui.calendar.booking_launch import open_booking

        animal_id = self.animals.current_animal_id()
        name = f"{self.card.first_name} {self.card.last_name}".strip()
        animal = next((a.name for a in self.card.animals if a.animal_id == animal_id), None)
        who = f"{animal} – {name}" if animal else name
        open_booking(self.page, self,
                     Preset(client_id=self.card.client_id, animal_id=animal_id, who=who,
                            restricted=self.card.restricted),
                     on_booked=lambda _booked: self.reload())

    def edit_client(self) -> None:
        if self.card is not None:
            ClientFormDialog(self.page, self.card, parent=self).open()

    def add_animal(self) -> None:
        if self.card is not None:
            AnimalFormDialog(self.page, self.card.client_id, parent=self).open()

    def edit_animal(self) -> None:
        animal_id = self.animals.current_animal_id()
        if self.card is not None and animal_id is not None:
            AnimalFormDialog(self.page, self.card.client_id, animal_id=animal_id,
                             parent=self).open()

    def move_animal(self) -> None:
        animal = self.animals.current_animal()
        if self.card is not None and animal is not None:
            MoveAnimalDialog(self.page, self.card.client_id, animal, parent=self).open()

    def merge(self) -> None:
        if self.card is not None and self.page.actor.can(Permission.MERGE_CLIENTS):
            MergeDialog(self.page, self.card, parent=self).open()
