"""The privacy panel's front: open, nearly due and overdue requests counted (overdue in red),
the register below, and the actions on the chosen request."""

from __future__ import annotations

from vetdesk.domain.codes import PrivacyRequestKind, PrivacyRequestStatus
from vetdesk.domain.privacy_table_labels import table_label
from vetdesk.services.privacy.erasure import ErasurePlan, ErasureResult
from vetdesk.services.privacy.export import ExportResult
from vetdesk.services.privacy.inspect import Inspection
from vetdesk.services.privacy.requests import Register, RequestRow
from vetdesk.services.privacy.retention import DueForDeletion, Purged
from vetdesk.ui.front_desk.formats import date_text
from vetdesk.ui.front_desk.look import red
from vetdesk.ui.ops import describe_failure
from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.pages.users.form_dialog import UserFormDialog
from vetdesk.ui.privacy import operations
from vetdesk.ui.privacy.inspect_view import InspectView
from vetdesk.ui.privacy.register_model import RegisterModel
from vetdesk.ui.privacy.request_dialogs import (
    CloseDialog,
    CorrectDialog,
    ExtendDialog,
    RequestDialog,
)
from vetdesk.ui.qt import (
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QLocale,
    QShowEvent,
    QVBoxLayout,
    QWidget,
)
from vetdesk.ui.widgets.confirm import confirm_destructive
from vetdesk.ui.widgets.empty_state import EmptyState
from vetdesk.ui.widgets.error_banner import ErrorBanner
from vetdesk.ui.widgets.file_dialogs import choose_save_path
from vetdesk.ui.widgets.list_model import list_table
from vetdesk.ui.widgets.page_parts import action_button, list_or_empty


def ask_export_path(parent: QWidget, client_no: int) -> str:
    """Where to write the export ("" if cancelled). Tests replace this function."""
    return choose_save_path(
        parent, QCoreApplication.translate("PrivacyPanel", "Export the client's data"),
        f"innsyn-{client_no}.zip", "ZIP (*.zip)", ".zip")


def ask_receipt_path(parent: QWidget, client_no: int) -> str:
    """Where to save the erasure receipt ("" to skip). Tests replace this function."""
    return choose_save_path(
        parent, QCoreApplication.translate("PrivacyPanel", "Save the erasure receipt"),
        f"sletting-{client_no}.pdf", "PDF (*.pdf)", ".pdf")


def plan_text(plan: ErasurePlan) -> str:
    # Each table by what the manager calls it ("Telefonnumre"), not its name (client_phones).
    deleted = "\n".join(f"  {table_label(line.table)}: {line.rows}" for line in plan.deleted)
    kept = "\n".join(
        f"  {table_label(line.table)}: {line.rows} ({date_text(line.purge_on) or line.rule})"
        for line in plan.kept)
    return QCoreApplication.translate(
        "PrivacyPanel", "Erase client {number}, {name}?\n\nDeleted now:\n{deleted}\n\n"
        "Kept by law, with the name replaced by a pseudonym, until:\n{kept}").format(
        number=plan.client_no, name=plan.name, deleted=deleted, kept=kept)


def ask_to_erase(parent: QWidget, plan: ErasurePlan) -> bool:
    """True when the manager confirmed the plan. Tests replace this function."""
    return confirm_destructive(
        parent, title=QCoreApplication.translate("PrivacyPanel", "Erase client?"),
        text=plan_text(plan),
        destroy=QCoreApplication.translate("PrivacyPanel", "Erase"),
        keep=QCoreApplication.translate("PrivacyPanel", "Keep"))


def retention_text(due: tuple[DueForDeletion, ...]) -> str:
    """The purge's confirmation: every line the purge deletes, with its rule."""
    translate = QCoreApplication.translate
    names = {
        "journal_chains": translate("PrivacyPanel", "Journals of animals presumed dead"),
        "journal_versions": translate("PrivacyPanel", "Journal versions in them"),
        "journal_attachments": translate("PrivacyPanel", "Files attached to them"),
        "prescriptions": translate("PrivacyPanel", "Prescriptions for those animals"),
        "medicine_given": translate("PrivacyPanel", "Medicine given to those animals"),
        "journal_drafts": translate("PrivacyPanel", "Unsigned journal drafts for them"),
        "referrals": translate("PrivacyPanel", "Referrals and lab requests for them"),
        "invoices": translate("PrivacyPanel", "Invoices"),
        "messages": translate("PrivacyPanel", "Messages"),
        "privacy_requests": translate("PrivacyPanel", "Answered privacy requests"),
        "audit_events": translate("PrivacyPanel", "Oldest audit log entries"),
    }
    lines = [translate("PrivacyPanel", "Past their retention period today:"), ""]
    rule = None
    for item in due:
        count = QLocale().toString(item.rows)
        if item.rule == rule:  # what the line above deletes with it: the rule once
            lines.append(f"    {names.get(item.table, item.table)}: {count}")
        else:
            lines.append(f"{names.get(item.table, item.table)}: {count} ({item.rule})")
        rule = item.rule
    lines += ["", translate(
        "PrivacyPanel", "Delete all of this? Where the journal and audit chains are cut is "
        "recorded, so the integrity check still proves what remains. This cannot be undone.")]
    return "\n".join(lines)


def ask_to_purge(parent: QWidget, due: tuple[DueForDeletion, ...]) -> bool:
    """True when the manager confirmed the purge. Tests replace this function."""
    return confirm_destructive(
        parent, title=QCoreApplication.translate("PrivacyPanel", "Delete old data?"),
        text=retention_text(due),
        destroy=QCoreApplication.translate("PrivacyPanel", "Delete"),
        keep=QCoreApplication.translate("PrivacyPanel", "Keep"))


class PrivacyPanel(QWidget):
    help_topic = "privacy"

    def __init__(self, page: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.loaded = False
        self.register: Register | None = None
        self.model = RegisterModel(self)
        self._build()
        self._lay_out()
        self._connect()
        self._update_actions()

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Privacy requests"))
        self.heading.setProperty("role", "heading")
        self.open_label = QLabel()
        self.open_label.setObjectName("openCount")
        self.nearly_label = QLabel()
        self.nearly_label.setObjectName("nearlyDueCount")
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueCount")
        self.banner = ErrorBanner()
        self.table = list_table(self.model, name="privacyRegister",
                                accessible=self.tr("Privacy requests"),
                                stretch=RegisterModel.SUBJECT)
        self.empty = EmptyState(
            self.tr("No privacy requests recorded"),
            self.tr("When a client asks what the clinic holds about them, or asks for erasure, "
                    "record the request here with “New request…”: it gets its due date, and "
                    "you can inspect the client's data from here."))
        self.stack = list_or_empty(self.empty, self.table)
        self.status_label = QLabel()
        self.status_label.setProperty("role", "hint")
        self.status_label.setWordWrap(True)
        self.new_button = action_button("newRequest", self.tr("&New request…"))
        self.answer_button = action_button("answerRequest", self.tr("&Answer…"))
        self.refuse_button = action_button("refuseRequest", self.tr("Re&fuse…"))
        self.extend_button = action_button("extendRequest", self.tr("Ex&tend…"))
        self.client_field = QLineEdit()
        self.client_field.setObjectName("inspectClientNo")
        self.client_field.setPlaceholderText(self.tr("Client number"))
        # Never squeezed to "K…" by the row beside it (seen at the window's usual width).
        self.client_field.setMinimumWidth(self.client_field.fontMetrics().horizontalAdvance(
            self.client_field.placeholderText()) + 24)
        self.client_field.setMaximumWidth(max(140, self.client_field.minimumWidth()))
        self.inspect_button = action_button("inspectClient", self.tr("&Inspect client"))
        self.export_button = action_button("exportClient", self.tr("E&xport…"))
        self.erase_button = action_button("eraseClient", self.tr("&Erase…"))
        self.correct_button = action_button("correctClient", self.tr("&Correct…"))
        self.purge_button = action_button("retentionPurge", self.tr("&Delete old data…"))

    def _lay_out(self) -> None:
        counts = QHBoxLayout()
        for label in (self.open_label, self.nearly_label, self.overdue_label):
            counts.addWidget(label)
            counts.addSpacing(24)
        counts.addStretch(1)
        # Two rows: what is done to the chosen request, and what is done to a client's data.
        # In one row the bokmål buttons left the client number field a few pixels wide.
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.purge_button)
        actions.addSpacing(12)
        for button in (self.answer_button, self.refuse_button, self.extend_button):
            actions.addWidget(button)
        actions.addStretch(1)
        client_actions = QHBoxLayout()
        client_actions.addStretch(1)
        client_actions.addWidget(self.client_field)
        client_actions.addWidget(self.inspect_button)
        client_actions.addWidget(self.correct_button)
        client_actions.addWidget(self.export_button)
        client_actions.addWidget(self.erase_button)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addLayout(counts)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        column.addWidget(self.status_label)
        column.addLayout(actions)
        column.addLayout(client_actions)

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.new_request)
        self.answer_button.clicked.connect(lambda: self._close(refuse=False))
        self.refuse_button.clicked.connect(lambda: self._close(refuse=True))
        self.extend_button.clicked.connect(self.extend)
        self.inspect_button.clicked.connect(self.inspect)
        self.client_field.returnPressed.connect(self.inspect)
        self.export_button.clicked.connect(self.export)
        self.erase_button.clicked.connect(self.erase)
        self.correct_button.clicked.connect(self.correct)
        self.purge_button.clicked.connect(self.purge)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._request_chosen())

    # -- loading ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        self.page.ops.run(operations.load_register(self.page), success=self._show,
                          failure=self._failed, parent=self)

    def _show(self, register: Register) -> None:
        chosen = self.selected()
        self.loaded, self.register = True, register
        self.model.set_rows(list(register.rows))
        self.stack.setCurrentWidget(self.table if register.rows else self.empty)
        self.open_label.setText(self.tr("Open: {n}").format(n=register.open_count))
        self.nearly_label.setText(self.tr("Nearly due: {n}").format(n=register.nearly_due_count))
        self.overdue_label.setText(self.tr("Overdue: {n}").format(n=register.overdue_count))
        self.overdue_label.setStyleSheet(
            f"color: {red()}; font-weight: bold;" if register.overdue_count else "")
        row = self.model.row_of(chosen.id) if chosen else None
        if row is None and register.rows:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self._update_actions()

    def _failed(self, error: BaseException) -> bool:
        self.banner.show_failure(describe_failure(error))
        return True

    # -- actions ------------------------------------------------------------------------------

    def selected(self) -> RequestRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _request_chosen(self) -> None:
        # The chosen request's client is the one to inspect, export or erase: its number is
        # filled in rather than typed again (it can still be changed).
        row = self.selected()
        if row is not None and row.client_no is not None:
            self.client_field.setText(str(row.client_no))
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.selected()
        is_open = row is not None and row.status is PrivacyRequestStatus.OPEN
        for button in (self.answer_button, self.refuse_button):
            button.setEnabled(is_open)
        self.extend_button.setEnabled(is_open and row is not None and not row.extended)
        self.new_button.setEnabled(self.loaded)

    def new_request(self) -> None:
        if self.register is None:
            return
        self._run_dialog(RequestDialog(self.page, self.register.today, self))

    def _close(self, *, refuse: bool) -> None:
        row = self.selected()
        if row is not None:
            self._run_dialog(CloseDialog(self.page, row, refuse=refuse, parent=self))

    def extend(self) -> None:
        row = self.selected()
        if row is not None and self.register is not None:
            self._run_dialog(ExtendDialog(self.page, row, self.register.today, self))

    def _run_dialog(self, dialog: UserFormDialog) -> None:
        dialog.saved.connect(lambda result: self._saved(dialog, result))
        dialog.open()

    def _saved(self, dialog: UserFormDialog, result: object) -> None:
        self.status_label.setText(dialog.done_message(result))
        self.reload()

    def _client_no(self) -> int | None:
        number = self.client_field.text().strip()
        if not number.isdigit():
            self.banner.show_message(self.tr("Type the client's number first."))
            self.client_field.setFocus()
            return None
        if self.banner.isVisible() and self.banner.report is not None and (
                self.banner.report.message == self.tr("Type the client's number first.")):
            self.banner.dismiss()  # the number is there now
        return int(number)

    def inspect(self) -> None:
        number = self._client_no()
        if number is not None:
            self.page.ops.run(operations.inspect(self.page, number), success=self._inspected,
                              failure=self._failed, parent=self)

    def export(self) -> None:
        number = self._client_no()
        if number is None:
            return
        path = ask_export_path(self, number)
        if path:
            self.status_label.setText(self.tr("Exporting…"))
            self.page.ops.run(operations.export_to(self.page, number, path),
                              success=lambda r: self._exported(r, path), failure=self._failed,
                              parent=self)

    def _exported(self, result: ExportResult, path: str) -> None:
        self.status_label.setText(self.tr("Wrote {count} files to {path}.").format(
            count=len(result.files), path=path))

    def correct(self) -> None:
        """The selected open correction request's client, else the number typed."""
        row = self.selected()
        if (row is not None and row.status is PrivacyRequestStatus.OPEN
                and row.kind is PrivacyRequestKind.CORRECTION and row.client_no is not None):
            self._run_dialog(CorrectDialog(self.page, row.client_no, row.id, self))
            return
        number = self._client_no()
        if number is not None:
            self._run_dialog(CorrectDialog(self.page, number, None, self))

    def purge(self) -> None:
        """Show what is past its retention, and delete it when the manager confirms."""
        self.page.ops.run(operations.retention_list(self.page), success=self._purge_listed,
                          failure=self._failed, parent=self)

    def _purge_listed(self, due: tuple[DueForDeletion, ...]) -> None:
        if not any(item.rows for item in due):
            self.status_label.setText(self.tr("Nothing is past its retention period."))
            return
        if ask_to_purge(self, due):
            self.page.ops.run(operations.retention_purge(self.page), success=self._purged,
                              failure=self._failed, parent=self)

    def _purged(self, purged: Purged) -> None:
        self.status_label.setText(self.tr(
            "Deleted past their retention: journals of {chains} animals ({versions} versions, "
            "{files} files), their unsigned drafts {drafts}, their referrals and lab requests "
            "{referrals}, audit log entries {audit}, messages {messages}, invoices "
            "{invoices}, answered requests {requests}.").format(
                chains=purged.journal_chains, versions=purged.journal_versions,
                files=purged.journal_attachments, drafts=purged.journal_drafts,
                referrals=purged.referrals, audit=purged.audit_events,
                messages=purged.messages, invoices=purged.invoices,
                requests=purged.privacy_requests))
        self.reload()

    def erase(self) -> None:
        number = self._client_no()
        if number is not None:
            self.page.ops.run(operations.plan_erasure(self.page, number),
                              success=lambda plan: self._planned(number, plan),
                              failure=self._failed, parent=self)

    def _planned(self, number: int, plan: ErasurePlan) -> None:
        if plan.refusal:
            self.banner.show_message(plan.refusal)
            return
        if not ask_to_erase(self, plan):
            return
        receipt = ask_receipt_path(self, number)
        self.page.ops.run(operations.erase(self.page, number, receipt),
                          success=lambda r: self._erased(number, r), failure=self._failed,
                          parent=self)

    def _erased(self, number: int, result: ErasureResult) -> None:
        # A tab still showing what was just erased closes (deleting the page removes its tab):
        # the inspect tab, the client card the client was looked up on, and an animal's chart
        # (its header names the owner, with the phone); any text typed in it is saved first,
        # as at sign-out.
        from vetdesk.ui.chart.chart_tab import ChartTab
        from vetdesk.ui.front_desk.client_card_view import ClientCardView

        window = self.window()
        for view in window.findChildren(InspectView):
            if view.client_no == number:
                view.deleteLater()
        for card in window.findChildren(ClientCardView):
            if card.card is not None and card.card.client_no == number:
                card.deleteLater()
        for chart in window.findChildren(ChartTab):
            if chart.header is not None and chart.header.owner.client_no == number:
                chart.flush_drafts()
                chart.deleteLater()
        self.status_label.setText(self.tr(
            "Client {number} is erased; what the law keeps now carries the pseudonym "
            "{pseudonym}.").format(number=number, pseudonym=result.pseudonym))

    def _inspected(self, found: Inspection) -> None:
        view = InspectView(found, self.page.ctx.zone)
        self.page.events.open_tab.emit(view, view.title)
