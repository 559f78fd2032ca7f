"""The recipients register in Settings: specialists, animal hospitals and laboratories with
their contact details, listed and added (issue 12). The register has no edit service yet."""

from __future__ import annotations

from collections.abc import Callable

from vetdesk.services.referrals.parties import add_party, list_parties
from vetdesk.services.referrals.types import PartyInfo, PartyInput
from vetdesk.ui.ops import describe_failure
from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.qt import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QShowEvent,
    QVBoxLayout,
    QWidget,
)
from vetdesk.ui.referrals.recipients_model import RecipientsTableModel
from vetdesk.ui.widgets.error_banner import ErrorBanner
from vetdesk.ui.widgets.list_model import list_table


def _load(page: PageContext) -> Callable[[], list[PartyInfo]]:
    ctx, actor = page.ctx, page.actor
    return lambda: list_parties(ctx, actor)


def _add(page: PageContext, form: PartyInput) -> Callable[[], PartyInfo]:
    ctx, actor = page.ctx, page.actor
    return lambda: add_party(ctx, actor, form)


class RecipientsSection(QWidget):
    def __init__(self, page: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.loaded = False
        self.model = RecipientsTableModel(self)
        heading = QLabel(self.tr("Referral recipients"))
        heading.setProperty("role", "heading")
        self.banner = ErrorBanner()
        self.table = list_table(self.model, name="recipientsList",
                                accessible=self.tr("Referral recipients"),
                                stretch=RecipientsTableModel.ADDRESS)
        self.name_field = self._line("recipientName", 200)
        self.speciality_field = self._line("recipientSpeciality", 200)
        self.laboratory_box = QCheckBox(self.tr("This is a &laboratory"))
        self.laboratory_box.setObjectName("recipientLaboratory")
        self.address_field = self._line("recipientAddress", 300)
        self.phone_field = self._line("recipientPhone", 40)
        self.email_field = self._line("recipientEmail", 254)
        self.add_button = QPushButton(self.tr("&Add recipient"))
        self.add_button.setObjectName("addRecipient")
        self.add_button.setAutoDefault(False)
        self.result_label = QLabel()
        self.result_label.setObjectName("recipientResult")
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_field)
        form.addRow(self.tr("&Speciality"), self.speciality_field)
        form.addRow("", self.laboratory_box)
        form.addRow(self.tr("Add&ress"), self.address_field)
        form.addRow(self.tr("&Phone"), self.phone_field)
        form.addRow(self.tr("&E-mail"), self.email_field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.result_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.name_field.returnPressed.connect(self.add)

    def _line(self, name: str, limit: int) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setMaxLength(limit)
        return field

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        self.page.ops.run(_load(self.page), success=self._show, failure=self._failed,
                          parent=self)

    def _show(self, rows: list[PartyInfo]) -> None:
        self.loaded = True
        self.model.set_rows(rows)

    def _failed(self, error: BaseException) -> bool:
        # What was typed stays in the fields, so the user fixes what the sentence says.
        self.banner.show_failure(describe_failure(error))
        return True

    def form(self) -> PartyInput:
        return PartyInput(
            name=self.name_field.text(), speciality=self.speciality_field.text(),
            is_laboratory=self.laboratory_box.isChecked(), address=self.address_field.text(),
            phone=self.phone_field.text(), email=self.email_field.text())

    def add(self) -> None:
        self.banner.hide()
        self.page.ops.run(_add(self.page, self.form()), success=self._added,
                          failure=self._failed, parent=self)

    def _added(self, party: PartyInfo) -> None:
        for field in (self.name_field, self.speciality_field, self.address_field,
                      self.phone_field, self.email_field):
            field.clear()
        self.laboratory_box.setChecked(False)
        self.result_label.setText(self.tr("{name} added.").format(name=party.name))
        self.reload()
