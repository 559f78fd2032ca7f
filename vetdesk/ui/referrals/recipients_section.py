"""The recipients register in Settings: specialists, animal hospitals and laboratories with
their contact details, listed, added, edited, deactivated and brought back (issue 12).

Choosing a row puts it in the form; "Save changes" sends the version the row was loaded with,
so a change made meanwhile at another desk is refused with "changed by NAME at TIME" and what
was typed stays in the form. A recipient is deactivated, never deleted: old referrals name it.
"""

from __future__ import annotations

from collections.abc import Callable

from vetdesk.errors import ValidationError
from vetdesk.services.conflicts import RecordChangedError
from vetdesk.services.referrals.parties import (
    add_party,
    edit_party,
    list_parties,
    set_party_active,
)
from vetdesk.services.referrals.types import PartyInfo, PartyInput
from vetdesk.ui.ops import describe_failure
from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.qt import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QShowEvent,
    QVBoxLayout,
    QWidget,
)
from vetdesk.ui.referrals.recipient_form import RecipientForm
from vetdesk.ui.referrals.recipients_model import RecipientsTableModel
from vetdesk.ui.widgets.error_banner import ErrorBanner
from vetdesk.ui.widgets.list_model import list_table


def _load(page: PageContext) -> Callable[[], list[PartyInfo]]:
    ctx, actor = page.ctx, page.actor
    return lambda: list_parties(ctx, actor, include_inactive=True)


def _add(page: PageContext, form: PartyInput) -> Callable[[], PartyInfo]:
    ctx, actor = page.ctx, page.actor
    return lambda: add_party(ctx, actor, form)


def _edit(page: PageContext, party: PartyInfo, form: PartyInput) -> Callable[[], PartyInfo]:
    ctx, actor, party_id, version = page.ctx, page.actor, party.id, party.version
    return lambda: edit_party(ctx, actor, party_id, form, expected_version=version)


def _switch(page: PageContext, party: PartyInfo) -> Callable[[], PartyInfo]:
    ctx, actor, party_id, version = page.ctx, page.actor, party.id, party.version
    active = not party.active
    return lambda: set_party_active(ctx, actor, party_id, active, expected_version=version)


class RecipientsSection(QWidget):
    def __init__(self, page: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.loaded = False
        # The row in the form, as it was loaded (its version goes with the save).
        self.editing: PartyInfo | None = None
        self.model = RecipientsTableModel(self)
        self._build()
        self._lay_out()
        self._connect()
        self._editing_changed()

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Referral recipients"))
        self.heading.setProperty("role", "heading")
        self.banner = ErrorBanner()
        self.table = list_table(self.model, name="recipientsList",
                                accessible=self.tr("Referral recipients"),
                                stretch=RecipientsTableModel.ADDRESS)
        self.form = RecipientForm()
        self.form_title = QLabel()
        self.form_title.setProperty("role", "heading")
        self.add_button = QPushButton(self.tr("&Add recipient"))
        self.add_button.setObjectName("addRecipient")
        self.save_button = QPushButton(self.tr("Sa&ve changes"))
        self.save_button.setObjectName("saveRecipient")
        self.active_button = QPushButton()
        self.active_button.setObjectName("switchRecipient")
        self.new_button = QPushButton(self.tr("&New recipient"))
        self.new_button.setObjectName("newRecipient")
        for button in (self.add_button, self.save_button, self.active_button, self.new_button):
            button.setAutoDefault(False)
        self.result_label = QLabel()
        self.result_label.setObjectName("recipientResult")

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.active_button):
            buttons.addWidget(button)
        buttons.addWidget(self.result_label, 1)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form_title)
        layout.addWidget(self.form)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.active_button.clicked.connect(self.switch_active)
        self.new_button.clicked.connect(self.start_new)
        self.form.name_field.returnPressed.connect(self._enter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        self.page.ops.run(_load(self.page), success=self._show, failure=self._failed,
                          parent=self)

    def _show(self, rows: list[PartyInfo]) -> None:
        self.loaded = True
        keep = self.editing.id if self.editing is not None else None
        self.model.set_rows(rows)
        position = self.model.position_of(keep) if keep is not None else None
        if position is None:
            self.editing = None
            self._editing_changed()
        else:
            # The row again, with its new version; the form keeps what is typed in it.
            self.editing = self.model.rows[position]
            self.table.selectRow(position)
            self._editing_changed()

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        chosen = self.model.row_at(rows[0].row()) if rows else None
        if chosen is None or (self.editing is not None and chosen.id == self.editing.id
                              and chosen.version == self.editing.version):
            return
        self.editing = chosen
        self.form.fill(chosen)
        self.banner.hide()
        self.result_label.clear()
        self._editing_changed()

    def _editing_changed(self) -> None:
        party = self.editing
        # Adding takes an empty form ("New recipient"), so a row being edited is never
        # copied by mistake.
        self.add_button.setEnabled(party is None)
        self.save_button.setEnabled(party is not None)
        self.active_button.setEnabled(party is not None)
        self.active_button.setText(self.tr("A&ctivate again") if party is not None
                                   and not party.active else self.tr("&Deactivate"))
        self.form_title.setText(self.tr("Editing {name}").format(name=party.name)
                                if party is not None else self.tr("New recipient"))

    def start_new(self) -> None:
        self.table.clearSelection()
        self.editing = None
        self.form.clear()
        self.banner.hide()
        self._editing_changed()
        self.form.name_field.setFocus()

    def _enter(self) -> None:
        if self.editing is None:
            self.add()
        else:
            self.save()

    def _failed(self, error: BaseException) -> bool:
        # What was typed stays in the fields, so the user fixes what the sentence says.
        if isinstance(error, ValidationError):
            self.form.show_errors(error.field_errors)
        self.banner.show_failure(describe_failure(error))
        if isinstance(error, RecordChangedError):
            # The list shows theirs; the form keeps what was typed, and a second Save
            # (now from the new version) is the user's informed choice.
            self.reload()
        return True

    def add(self) -> None:
        self.banner.hide()
        self.page.ops.run(_add(self.page, self.form.value()), success=self._added,
                          failure=self._failed, parent=self)

    def _added(self, party: PartyInfo) -> None:
        self.form.clear()
        self.result_label.setText(self.tr("{name} added.").format(name=party.name))
        self.reload()

    def save(self) -> None:
        if self.editing is None:
            return
        self.banner.hide()
        self.page.ops.run(_edit(self.page, self.editing, self.form.value()),
                          success=self._saved, failure=self._failed, parent=self)

    def _saved(self, party: PartyInfo) -> None:
        self.editing = party
        self.form.fill(party)
        self.result_label.setText(self.tr("{name} saved.").format(name=party.name))
        self.reload()

    def switch_active(self) -> None:
        if self.editing is None:
            return
        self.banner.hide()
        self.page.ops.run(_switch(self.page, self.editing), success=self._switched,
                          failure=self._failed, parent=self)

    def _switched(self, party: PartyInfo) -> None:
        self.editing = party
        self.result_label.setText(
            self.tr("{name} is offered for referrals again.").format(name=party.name)
            if party.active else
            self.tr("{name} is no longer offered; its referrals stay readable.").format(
                name=party.name))
        self.reload()
