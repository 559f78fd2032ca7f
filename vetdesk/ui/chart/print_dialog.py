"""Print the journal: a date range, confidential/voided on request → a PDF the user saves and
which opens in the system's viewer. The documents service renders it; the print is audited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from vetdesk.errors import UserFacingError
from vetdesk.services import journal
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import PrintOptions
from vetdesk.services.permissions import Actor
from vetdesk.ui.chart.formatting import tr
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import (
    QCheckBox,
    QDate,
    QDateEdit,
    QDesktopServices,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLocale,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vetdesk.ui.widgets.error_banner import ErrorBanner
from vetdesk.ui.widgets.file_dialogs import choose_save_path

PathChooser = Callable[[QWidget, str], str]
Opener = Callable[[Path], None]


def choose_pdf_path(parent: QWidget, suggested: str) -> str:
    # Shared by the journal print, the prescription and the referral letter: the title
    # names none of them (it said "journal" over a prescription).
    return choose_save_path(parent, tr("Save as PDF"), suggested, tr("PDF (*.pdf)"), ".pdf")


def open_in_viewer(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PrintDialog(QDialog):
    saved = Signal(str)  # the PDF's path

    def __init__(
        self, ops: Operations, ctx: ServiceContext, actor: Actor, animal_id: int,
        animal_name: str, *, choose_path: PathChooser = choose_pdf_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.ctx, self.actor = ops, ctx, actor
        self.animal_id, self.animal_name = animal_id, animal_name
        self.choose_path = choose_path
        self.busy = False
        self.setWindowTitle(self.tr("Print journal"))
        today = ctx.clock.now().date()
        self.all_dates = QCheckBox(self.tr("The whole journal"))
        self.all_dates.setChecked(True)
        self.date_from = self._date_edit(QDate(today.year - 1, today.month, min(today.day, 28)))
        self.date_to = self._date_edit(QDate(today.year, today.month, today.day))
        self.include_confidential = QCheckBox(self.tr("Include confidential entries"))
        self.include_voided = QCheckBox(self.tr("Include voided entries"))
        self.banner = ErrorBanner()
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.date_to)
        period.addStretch(1)
        form = QFormLayout()
        form.addRow("", self.all_dates)
        form.addRow(self.tr("From – to"), period)
        form.addRow("", self.include_confidential)
        form.addRow("", self.include_voided)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("Save PDF…"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setProperty("primary", True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.all_dates.toggled.connect(self.update_state)
        self.date_from.dateChanged.connect(lambda _d: self.update_state())
        self.date_to.dateChanged.connect(lambda _d: self.update_state())
        self.update_state()

    def _date_edit(self, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setCalendarPopup(True)
        return edit

    def options(self) -> PrintOptions:
        whole = self.all_dates.isChecked()
        return PrintOptions(
            date_from=None if whole else _date(self.date_from.date()),
            date_to=None if whole else _date(self.date_to.date()),
            include_confidential=self.include_confidential.isChecked(),
            include_voided=self.include_voided.isChecked(),
            language="nb" if QLocale().language() in (
                QLocale.Language.NorwegianBokmal, QLocale.Language.NorwegianNynorsk) else "en",
        )

    def update_state(self) -> None:
        whole = self.all_dates.isChecked()
        self.date_from.setEnabled(not whole)
        self.date_to.setEnabled(not whole)
        backwards = not whole and self.date_from.date() > self.date_to.date()
        why = self.tr("The period ends before it starts; swap the dates.") if backwards else ""
        if not self.busy:
            self.status.setText(why)
        self.save_button.setEnabled(not backwards and not self.busy)
        self.save_button.setToolTip(why)

    def save(self) -> None:
        if self.busy:
            return
        suggested = f"{self.animal_name}-journal-{self.ctx.clock.now():%Y-%m-%d}.pdf"
        path_text = self.choose_path(self, suggested)
        if not path_text:
            return
        path = Path(path_text)
        options, ctx, actor, animal_id = self.options(), self.ctx, self.actor, self.animal_id

        def work() -> Path:
            pdf = journal.print_journal(ctx, actor, animal_id, options)
            path.write_bytes(pdf)
            return path

        self.busy = True
        self.status.setText(self.tr("Making the PDF…"))
        self.update_state()
        self.ops.run(work, success=self._done, failure=self._failed, parent=self)

    def _done(self, path: Path) -> None:
        self.busy = False
        # The chart confirms it, with a way to open the file (SavedFileNotice).
        self.saved.emit(str(path))
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        self.busy = False
        self.status.setText("")
        self.update_state()
        if isinstance(error, UserFacingError):
            self.banner.show_message(error.message)
            return True
        if isinstance(error, OSError):
            self.banner.show_message(self.tr(
                "The PDF could not be written there ({reason}); choose another folder."
            ).format(reason=error.strerror or error))
            return True
        return False


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())
