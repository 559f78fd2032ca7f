"""The Reminders page: the recalls due in a period (filters for species, kind, step and
channel), queued per consent and sent in the background with a progress bar that can be
cancelled, and the letters for clients with neither SMS nor e-mail (issue 11).

The list comes a page at a time (a chain's month holds 25,000 recalls): the first page with the
period's total, then "Show more" for the next. Until the last page is in, the summary says
its counts are for the rows shown."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from vetdesk.domain.codes import Species
from vetdesk.services.messaging.due import DueCursor, DueFilter, DuePage
from vetdesk.services.messaging.letters import PrintedLetters
from vetdesk.services.messaging.status import OutboxStatus
from vetdesk.ui.front_desk.date_field import DateField
from vetdesk.ui.front_desk.formats import species_label
from vetdesk.ui.ops import Operation, describe_failure
from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.qt import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QShowEvent,
    QVBoxLayout,
    QWidget,
)
from vetdesk.ui.reminders import operations
from vetdesk.ui.reminders.due_model import DueTableModel
from vetdesk.ui.widgets.empty_state import EmptyState
from vetdesk.ui.widgets.error_banner import ErrorBanner
from vetdesk.ui.widgets.file_dialogs import choose_save_path
from vetdesk.ui.widgets.list_model import list_table
from vetdesk.ui.widgets.page_parts import action_button, list_or_empty


def next_month(today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of the month after ``today`` (SCENARIOS: recalls for next month)."""
    first = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return first, last


class RemindersPanel(QWidget):
    help_topic = "reminders"

    def __init__(self, page: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.loaded = False
        self.sending: Operation | None = None
        # The filter the rows shown were read with, the period's total, and where the next
        # page starts (None: everything is shown).
        self.shown_filter: DueFilter | None = None
        self.total = 0
        self.next_cursor: DueCursor | None = None
        # What the last send did, shown once the progress bar is gone.
        self.status_text = ""
        self.trouble_text = ""
        self.model = DueTableModel(self)
        self._build()
        self._lay_out()
        self._connect()
        start, end = next_month(page.ctx.clock.now().astimezone(page.ctx.zone).date())
        self.start_field.set_date(start)
        self.end_field.set_date(end)
        self._update_actions()

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Recalls and reminders"))
        self.heading.setProperty("role", "heading")
        self.start_field = DateField()
        self.start_field.setObjectName("dueFrom")
        self.end_field = DateField()
        self.end_field.setObjectName("dueTo")
        self.species_box = self._combo("dueSpecies", [(self.tr("All species"), None)] + [
            (species_label(s.value), s.value) for s in Species])
        self.kind_box = self._combo("dueKind", [
            (self.tr("Every kind of recall"), None),
            (self.tr("Vaccinations"), "vaccination"), (self.tr("Check-ups"), "checkup"),
            (self.tr("Controls after an operation"), "postop")])
        self.step_box = self._combo("dueStep", [(self.tr("Every step"), None)] + [
            (self.model.step_label(step), step)
            for step in ("first", "second", "call", "waiting")])
        self.channel_box = self._combo("dueChannel", [(self.tr("Every channel"), None)] + [
            (self.model.channel_label(c), c) for c in ("sms", "email", "letter")] + [
            (self.model.channel_label(None), "none")])
        self.show_button = action_button("showDue", self.tr("&Show"))
        self.banner = ErrorBanner()
        self.table = list_table(self.model, name="dueList", accessible=self.tr("Recalls due"),
                                stretch=DueTableModel.WHAT)
        self.empty = EmptyState(
            self.tr("No recalls due in this period"),
            self.tr("Vaccinations and check-ups falling due between the two dates are listed "
                    "here with how each client wants to hear from you. Choose another period "
                    "and press Show."))
        self.stack = list_or_empty(self.empty, self.table)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("dueSummary")
        self.summary_label.setWordWrap(True)
        self.more_button = action_button("moreDue", self.tr("Show &more"))
        self.more_button.hide()
        self.result_label = QLabel()
        self.result_label.setObjectName("sendResult")
        self.result_label.setWordWrap(True)
        self.outbox_label = QLabel()
        self.outbox_label.setObjectName("outboxSummary")
        self.outbox_label.setProperty("role", "hint")
        self.outbox_label.setWordWrap(True)
        self.send_button = action_button("sendReminders", self.tr("Queue and s&end"))
        self.letters_button = action_button("printLetters", self.tr("&Letters (PDF)…"))
        self.progress = QProgressBar()
        self.progress.setObjectName("sendProgress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = action_button("cancelSending", self.tr("&Cancel"))
        self.cancel_button.hide()

    def _combo(self, name: str, items: Sequence[tuple[str, str | None]]) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        for text, value in items:
            box.addItem(text, value)
        return box

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.start_field)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.end_field)
        for box in (self.species_box, self.kind_box, self.step_box, self.channel_box):
            filters.addWidget(box)
        filters.addWidget(self.show_button)
        filters.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.send_button)
        actions.addWidget(self.letters_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel_button)
        actions.addStretch(0)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addLayout(filters)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        summary = QHBoxLayout()
        summary.addWidget(self.summary_label, 1)
        summary.addWidget(self.more_button)
        column.addLayout(summary)
        column.addLayout(actions)
        column.addWidget(self.result_label)
        column.addWidget(self.outbox_label)

    def _connect(self) -> None:
        self.show_button.clicked.connect(self.reload)
        self.more_button.clicked.connect(self.load_more)
        for field in (self.start_field, self.end_field):
            field.returnPressed.connect(self.reload)
        for box in (self.species_box, self.kind_box, self.step_box, self.channel_box):
            box.currentIndexChanged.connect(lambda _index: self.reload())
        self.table.activated.connect(self._open_client)
        self.send_button.clicked.connect(self.send)
        self.cancel_button.clicked.connect(self.cancel)
        self.letters_button.clicked.connect(self.print_letters)

    # -- loading ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.loaded:
            self.reload()

    def wanted(self) -> DueFilter | None:
        start, end = self.start_field.date(), self.end_field.date()
        problem = self.start_field.error() or self.end_field.error()
        if problem or start is None or end is None:
            self.banner.show_message(problem or self.tr("Type both dates, like 01.12.2026."))
            return None
        return DueFilter(start=start, end=end, species=self.species_box.currentData(),
                         kind=self.kind_box.currentData(), step=self.step_box.currentData(),
                         channel=self.channel_box.currentData())

    def reload(self) -> None:
        wanted = self.wanted()
        if wanted is None:
            return
        self.page.ops.run(operations.load_due(self.page, wanted),
                          success=lambda page: self._show(wanted, page),
                          failure=self._failed, parent=self)
        self.page.ops.run(operations.load_outbox(self.page), success=self._show_outbox,
                          failure=self._failed, parent=self)

    def load_more(self) -> None:
        """The next page after the last row shown, with the filter those rows were read with."""
        wanted, after = self.shown_filter, self.next_cursor
        if wanted is None or after is None:
            return
        self.more_button.setEnabled(False)
        self.page.ops.run(operations.load_due(self.page, wanted, after),
                          success=lambda page: self._show(wanted, page, more=True),
                          failure=self._failed, parent=self)

    def _show(self, wanted: DueFilter, page: DuePage, *, more: bool = False) -> None:
        self.loaded = True
        if more:
            if wanted != self.shown_filter:
                return  # the filter changed while the page was on its way
            self.model.append_rows(page.rows)
        else:
            self.model.set_rows(list(page.rows))
        self.shown_filter, self.total, self.next_cursor = wanted, page.total, page.next_cursor
        rows = self.model.rows
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self.more_button.setVisible(self.next_cursor is not None)
        self.more_button.setEnabled(True)
        channels = Counter(row.channel for row in rows if row.step in ("first", "second"))
        calls = sum(row.step == "call" for row in rows)
        counts = {"sms": channels["sms"], "email": channels["email"],
                  "letters": channels["letter"], "none": channels[None], "calls": calls}
        if self.next_cursor is None:
            self.summary_label.setText(self.tr(
                "{total} due. To send now: {sms} by SMS, {email} by e-mail, {letters} by "
                "letter, {none} cannot be reached. {calls} to call (no booking after the "
                "reminders)."
            ).format(total=len(rows), **counts))
        else:
            self.summary_label.setText(self.tr(
                "{total} due in the period; the first {shown} are shown. Of those: to send "
                "now {sms} by SMS, {email} by e-mail, {letters} by letter, {none} cannot be "
                "reached, {calls} to call. Show more for the rest; sending covers the whole "
                "period."
            ).format(total=self.total, shown=len(rows), **counts))
        self._update_actions()

    def _show_outbox(self, status: OutboxStatus) -> None:
        counts = Counter[str]()
        for count in status.counts:
            counts[count.state] += count.count
        self.outbox_label.setText(self.tr(
            "Outbox: {queued} waiting, {retry} to try again, {uncertain} uncertain (check "
            "before resending), {failed} failed, {sent} sent, {delivered} delivered."
        ).format(queued=counts["queued"], retry=counts["retry_later"],
                 uncertain=counts["uncertain"], failed=counts["failed"], sent=counts["sent"],
                 delivered=counts["delivered"]))

    def _failed(self, error: BaseException) -> bool:
        self.banner.show_failure(describe_failure(error))
        return True

    def _update_actions(self) -> None:
        idle = self.sending is None
        # Sending covers the whole period, also the rows not read yet.
        ready = self.next_cursor is not None or any(
            row.step in ("first", "second") and row.channel for row in self.model.rows)
        self.send_button.setEnabled(idle and ready)
        self.letters_button.setEnabled(idle)
        self.show_button.setEnabled(idle)

    def _open_client(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None:
            self.page.events.open_client.emit(row.client_id)

    # -- sending ------------------------------------------------------------------------------

    def send(self) -> None:
        wanted = self.wanted()
        if wanted is None or self.sending is not None:
            return
        self.progress.setRange(0, 0)  # queueing first: busy until the first message
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.sending = self.page.ops.run_with_progress(
            operations.queue_and_send(self.page, wanted), success=self._sent,
            failure=self._failed, parent=self)
        self.sending.progressed.connect(self._progressed)
        self.sending.finished.connect(self._finished_sending)
        self._update_actions()

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%v of %m sent"))

    def cancel(self) -> None:
        if self.sending is not None:
            self.sending.cancel()
            self.cancel_button.setEnabled(False)
            self.result_label.setText(self.tr("Stopping after the message being sent…"))

    def _sent(self, outcome: operations.SendOutcome) -> None:
        queued, report = outcome.queued.by_channel, outcome.sent
        text = self.tr(
            "Queued {sms} SMS, {email} e-mails and {letters} letters. Sent {sent}; {retry} "
            "to try again later, {failed} failed, {uncertain} uncertain."
        ).format(sms=queued.get("sms", 0), email=queued.get("email", 0),
                 letters=queued.get("letter", 0), sent=report.sent, retry=report.retry_later,
                 failed=report.failed, uncertain=report.uncertain)
        if report.cancelled:
            text += " " + self.tr("Stopped: the rest stays queued.")
        self.status_text = text
        # A channel not set up or unreachable: its messages wait; say why, once.
        self.trouble_text = " ".join(report.unavailable.values())
        self.reload()

    def _finished_sending(self) -> None:
        self.sending = None
        self.progress.hide()
        self.cancel_button.hide()
        self._update_actions()
        if self.status_text:
            self.result_label.setText(self.status_text)
        if self.trouble_text:
            self.banner.show_message(self.trouble_text)
        self.status_text = self.trouble_text = ""

    # -- letters ------------------------------------------------------------------------------

    def print_letters(self) -> None:
        self.page.ops.run(operations.letters(self.page), success=self._letters,
                          failure=self._failed, parent=self)

    def _letters(self, printed: PrintedLetters) -> None:
        if not printed.count:
            self.result_label.setText(self.tr("No letters are waiting to be printed."))
            return
        path = choose_save_path(self, self.tr("Save the letters"), "paminnelser.pdf",
                                self.tr("PDF documents (*.pdf)"), ".pdf")
        if not path:
            path = str(Path.home() / "paminnelser.pdf")
        Path(path).write_bytes(printed.pdf)
        self.result_label.setText(self.tr("{count} letters saved to {path}.").format(
            count=printed.count, path=path))
        self.reload()
