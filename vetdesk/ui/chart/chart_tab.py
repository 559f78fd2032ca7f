"""The chart tab: header on top, timeline on the left, the entry read or written on the right
(the editor never hides the history), and the dialogs for correct, void, history and print."""

from __future__ import annotations

import dataclasses
import uuid

from vetdesk.services import journal
from vetdesk.services.journal import (
    ChartHeader,
    DraftSnapshot,
    EntryDetail,
    NewVersion,
    SaveResult,
    SignResult,
    TimelineCursor,
    TimelineFilter,
    TimelineItem,
    TimelinePage,
    WeightPoint,
)
from vetdesk.services.permissions import Permission
from vetdesk.ui.chart.correct_dialog import CorrectDialog
from vetdesk.ui.chart.editor import EntryEditor
from vetdesk.ui.chart.entry_view import EntryView
from vetdesk.ui.chart.formatting import date_time_text
from vetdesk.ui.chart.header import ChartHeaderView
from vetdesk.ui.chart.history_view import HistoryDialog
from vetdesk.ui.chart.print_dialog import (
    Opener,
    PathChooser,
    PrintDialog,
    choose_pdf_path,
    open_in_viewer,
)
from vetdesk.ui.chart.prompts import Confirm, FileChooser, choose_files, confirm_warnings
from vetdesk.ui.chart.timeline_model import TimelineModel
from vetdesk.ui.chart.timeline_panel import TimelinePanel
from vetdesk.ui.chart.void_dialog import VoidDialog
from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.qt import (
    QHideEvent,
    QKeySequence,
    QObject,
    QPushButton,
    QShortcut,
    QSplitter,
    QStackedWidget,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
    qt_object_alive,
)
from vetdesk.ui.widgets.empty_state import EmptyState
from vetdesk.ui.widgets.error_banner import ErrorBanner
from vetdesk.ui.widgets.saved_notice import SavedFileNotice


class ChartTab(QWidget):
    """One animal's chart. ``choose_files``, ``confirm``, ``choose_path`` and ``opener`` are the
    dialogs that leave the app (file pickers, the PDF viewer); tests replace them."""

    help_topic = "chart"  # F1 (vetdesk.ui.help)

    header_loaded = Signal(object)  # ChartHeader
    entry_shown = Signal(object)  # TimelineItem on the right

    def __init__(
        self, page: PageContext, animal_id: int, *, choose: FileChooser = choose_files,
        confirm: Confirm = confirm_warnings, choose_path: PathChooser = choose_pdf_path,
        opener: Opener = open_in_viewer, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.page, self.animal_id = page, animal_id
        self.ops, self.ctx, self.actor = page.ops, page.ctx, page.actor
        self.choose, self.confirm = choose, confirm
        self.choose_path, self.opener = choose_path, opener
        self.header: ChartHeader | None = None
        self.editor: EntryEditor | None = None
        self.dialog: QWidget | None = None
        self._pending_new_entry = False
        # Bumped by every choice of what the right side shows: a draft that arrives after
        # the user chose something else is not shown (it would replace their choice).
        self._request = 0
        # Replaced editors whose save failed while the shown one has its own unsaved text:
        # kept alive (not deleted), and flushed again when the tab goes.
        self._stranded: list[EntryEditor] = []
        self._select_after: uuid.UUID | None = None
        self.title = self.tr("Chart")
        self.can_read = self.actor.can(Permission.VIEW_JOURNAL)
        self.can_write = self.actor.can(Permission.WRITE_JOURNAL)

        self.banner = ErrorBanner()
        self.saved_notice = SavedFileNotice(opener)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.saved_notice)
        if not self.can_read:
            self.no_access = EmptyState(
                self.tr("Journals are for clinical staff"),
                self.tr("Your role can book and register, but not read journals. Ask a vet or "
                        "nurse; the client card shows appointments and recalls."),
            )
            layout.addWidget(self.no_access, 1)
            return

        self.header_view = ChartHeaderView(self.ctx.zone)
        self.header_view.owner_clicked.connect(page.events.open_client)
        self.new_button = QPushButton(self.tr("New entry (Ctrl+J)"))
        self.new_button.clicked.connect(self.new_entry)
        self.new_button.setVisible(self.can_write)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_journal)
        self.print_button.setVisible(self.actor.can(Permission.PRINT_JOURNAL))
        # Prescriptions (issue 12): the list with their state, and Ctrl+P for a new one.
        self.prescriptions_button = QPushButton(self.tr("Prescriptions…"))
        self.prescriptions_button.clicked.connect(self.show_prescriptions)
        # Medicine given without a prescription (an injection), beside the prescriptions:
        # for the journal and VetReg.
        self.given_button = QPushButton(self.tr("Medicine given…"))
        self.given_button.setToolTip(self.tr(
            "Medicine given without a prescription, such as an injection: list, record, void"))
        self.given_button.clicked.connect(self.show_medicine_given)
        self.refer_button = QPushButton(self.tr("Referrals…"))
        self.refer_button.clicked.connect(self.refer)
        prescribe = QShortcut(QKeySequence("Ctrl+P"), self)
        prescribe.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        prescribe.activated.connect(self.new_prescription)
        self.header_view.add_actions([
            self.prescriptions_button, self.given_button, self.refer_button,
            self.print_button, self.new_button,
        ])

        ctx, actor = self.ctx, self.actor

        def fetch(cursor: TimelineCursor | None, filters: TimelineFilter) -> TimelinePage:
            return journal.timeline_page(ctx, actor, animal_id, cursor=cursor, filters=filters)

        self.model = TimelineModel(self.ops, fetch, self.ctx.zone, self)
        self.model.reloaded.connect(self._after_reload)
        self.timeline = TimelinePanel(self.model, can_write=self.can_write)
        self.timeline.item_selected.connect(self.show_item)
        self.timeline.item_activated.connect(self.show_item)
        self.entry_view = EntryView(self.actor, self.ctx.zone)
        self.entry_view.correct_requested.connect(self.correct)
        self.entry_view.void_requested.connect(self.void)
        self.entry_view.history_requested.connect(self.history)
        self.placeholder = EmptyState(
            self.tr("Nothing selected"),
            self.tr("Choose an entry on the left to read it")
            + (self.tr(", or press Ctrl+J to write a new one.") if self.can_write else "."),
        )
        self.right = QStackedWidget()
        self.right.addWidget(self.placeholder)
        self.right.addWidget(self.entry_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.timeline)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.header_view)
        layout.addWidget(self.splitter, 1)
        self.load()

    # -- loading -------------------------------------------------------------------------------

    def load(self) -> None:
        ctx, actor, animal_id = self.ctx, self.actor, self.animal_id
        # Opening the chart is a view of the animal's record: chart_header audits it.
        self.ops.run(lambda: journal.chart_header(ctx, actor, animal_id),
                     success=self._header_arrived, failure=self._header_failed, parent=self)
        self.model.reload(self.timeline.current_filters())

    def _header_arrived(self, header: ChartHeader) -> None:
        self.header = header
        self.header_view.show_header(header)
        self.set_title(header.name)
        self.header_loaded.emit(header)
        if self._pending_new_entry:
            self._pending_new_entry = False
            self.new_entry()

    def _header_failed(self, error: BaseException) -> bool:
        message = getattr(error, "message", "")
        if message:
            self.banner.show_message(message)
            return True
        return False

    def set_title(self, name: str) -> None:
        self.title = name
        tabs = self._tab_widget()
        if tabs is not None:
            tabs.setTabText(tabs.indexOf(self), name)

    def _tab_widget(self) -> QTabWidget | None:
        widget: QObject | None = self.parent()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parent()
        return widget

    def _after_reload(self) -> None:
        if self._select_after is not None:
            wanted, self._select_after = self._select_after, None
            self.timeline.select_entry(wanted)

    def open_entry(self, entry_id: uuid.UUID) -> None:
        """Select the entry (a draft opens in the editor) once the timeline has it."""
        self.refresh(select=entry_id)

    def refresh(self, select: uuid.UUID | None = None) -> None:
        self._select_after = select
        self.model.reload()

    # -- reading -------------------------------------------------------------------------------

    def show_item(self, item: object) -> None:
        if not isinstance(item, TimelineItem):
            return
        self._request += 1
        if item.is_draft and item.editable:
            if self.editor is not None and self.editor.draft_id == item.entry_id:
                self.right.setCurrentWidget(self.editor)
                return
            ctx, actor, request = self.ctx, self.actor, self._request
            self.ops.run(lambda: journal.get_draft(ctx, actor, item.entry_id),
                         success=lambda draft: self._open_draft(draft, request), parent=self)
            return
        self._leave_editor()
        self.entry_view.show_item(item)
        self.right.setCurrentWidget(self.entry_view)
        self.entry_shown.emit(item)
        if item.corrected or item.voided:
            ctx, actor = self.ctx, self.actor
            self.ops.run(lambda: journal.entry_detail(ctx, actor, item.entry_id),
                         success=lambda detail: self._show_reason(item, detail), parent=self)

    def _show_reason(self, item: TimelineItem, detail: EntryDetail) -> None:
        """Say on the entry who corrected or voided it, when and why (the history has all)."""
        if self.entry_view.item is not item:
            return
        current = detail.current
        template = self.tr("Voided by {who} {when}: {reason}") if item.voided else self.tr(
            "Corrected by {who} {when}: {reason}")
        self.entry_view.show_item(item, template.format(
            who=current.author_name, when=date_time_text(current.created_at, self.ctx.zone),
            reason=current.reason or ""))

    # -- writing -------------------------------------------------------------------------------

    def new_entry(self) -> None:
        if not self.can_read:
            return
        self._request += 1
        if not self.can_write:
            self.banner.show_message(self.tr(
                "Your role can read journals but not write them; ask a vet or nurse."))
            return
        if self.header is None:
            self._pending_new_entry = True  # opens as soon as the header (species) arrives
            return
        if self.editor is not None and not self.editor.read_only \
                and not self.editor.exists and not self.editor.has_unsaved_changes:
            self._show_editor(self.editor)  # an untouched new form: reuse it
            return
        self._set_editor(None)

    def _open_draft(self, draft: DraftSnapshot, request: int) -> None:
        if request != self._request:
            return  # the user has chosen something else since
        self._set_editor(draft)

    def _set_editor(self, draft: DraftSnapshot | None) -> None:
        assert self.header is not None
        self._leave_editor()
        if self.editor is not None:
            # Another form takes the place: it saves what it holds, then goes.
            self.right.removeWidget(self.editor)
            self.editor.retire()
            self.editor = None
        editor = EntryEditor(
            self.ops, self.ctx, self.actor, animal_id=self.animal_id,
            species=self.header.species, is_group=self.header.is_group, banner=self.banner,
            draft=draft, choose=self.choose, confirm=self.confirm,
        )
        editor.draft_saved.connect(self._draft_saved)
        editor.signed.connect(self._signed)
        editor.discarded.connect(self._draft_discarded)
        editor.retire_failed.connect(self._retire_failed)
        self.editor = editor
        self.right.addWidget(editor)
        self._show_editor(editor)

    def _retire_failed(self, failed: EntryEditor) -> None:
        """A replaced form could not save: bring it back rather than delete the text."""
        if not failed.retiring or not qt_object_alive(failed):
            return
        failed.retiring = False
        current = self.editor
        if current is not None and current is not failed and current.has_unsaved_changes:
            # Retiring the one on screen could fail too and bounce the two forms back and
            # forth; keep it, and keep the failed one alive until it can be saved.
            self._stranded.append(failed)
            return
        if current is not None and current is not failed:
            self.right.removeWidget(current)
            current.retire()  # saved (or untouched): it just goes
        self.editor = failed
        if self.right.indexOf(failed) < 0:
            self.right.addWidget(failed)
        self._show_editor(failed)

    def _show_editor(self, editor: EntryEditor) -> None:
        self.right.setCurrentWidget(editor)
        if editor.fields is not None and editor.fields.fields:
            next(iter(editor.fields.fields.values())).setFocus()

    def _leave_editor(self) -> None:
        """Save what was typed before the form goes; an old signed form is dropped."""
        editor = self.editor
        if editor is None:
            return
        editor.save_now()
        if editor.read_only and not editor.signing:
            self.right.removeWidget(editor)
            editor.deleteLater()
            self.editor = None

    def _draft_saved(self, result: SaveResult, created: bool) -> None:
        if created:
            # Select it only if it is the form on screen (not one that was just replaced).
            current = self.editor is not None and self.editor.draft_id == result.id
            self.refresh(select=result.id if current else None)

    def _signed(self, result: SignResult) -> None:
        self.page.events.draft_closed.emit(result.entry_id)  # the entry keeps the draft's id
        self.refresh(select=result.entry_id)
        self.refresh_weights()

    def refresh_weights(self) -> None:
        """A signed or corrected weight reaches the header at once (issue 8)."""
        ctx, actor, animal_id = self.ctx, self.actor, self.animal_id
        self.ops.run(lambda: journal.weight_trend(ctx, actor, animal_id),
                     success=self._weights_arrived, parent=self)

    def _weights_arrived(self, weights: tuple[WeightPoint, ...]) -> None:
        if self.header is None:
            return
        self._header_arrived(dataclasses.replace(
            self.header, weight_trend=weights,
            current_weight_kg=weights[-1].weight_kg if weights else None,
            weighed_at=weights[-1].measured_at if weights else None))

    def _draft_discarded(self, draft_id: uuid.UUID) -> None:
        self.page.events.draft_closed.emit(draft_id)
        editor = self.editor
        if editor is not None and editor.draft_id == draft_id:
            self.right.removeWidget(editor)
            editor.deleteLater()
            self.editor = None
        self.placeholder.heading_label.setText(self.tr("Draft discarded"))
        self.placeholder.message_label.setText(
            self.tr("Choose an entry on the left to read it")
            + self.tr(", or press Ctrl+J to write a new one."))
        self.right.setCurrentWidget(self.placeholder)
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        # Leaving the tab (or closing it) must not wait for the debounce to save the text.
        self.flush_drafts()
        super().hideEvent(event)

    def flush_drafts(self) -> None:
        """Queue a save of every unsaved text in this chart now (the tab may be going)."""
        for editor in [self.editor, *self._stranded]:
            if editor is not None and qt_object_alive(editor):
                editor.flush()

    # -- correcting, voiding, history, print ---------------------------------------------------

    def correct(self, item: TimelineItem) -> None:
        if self.header is None:
            return
        dialog = CorrectDialog(self.ops, self.ctx, self.actor, item,
                               species=self.header.species, is_group=self.header.is_group,
                               confirm=self.confirm, parent=self)
        dialog.corrected.connect(lambda version: self._changed(version))
        self._open_dialog(dialog)

    def void(self, item: TimelineItem) -> None:
        dialog = VoidDialog(self.ops, self.ctx, self.actor, item, parent=self)
        dialog.voided.connect(lambda version: self._changed(version))
        self._open_dialog(dialog)

    def history(self, item: TimelineItem) -> None:
        self._open_dialog(HistoryDialog(self.ops, self.ctx, self.actor, item.entry_id,
                                        parent=self))

    def print_journal(self) -> None:
        name = self.header.name if self.header else self.tr("journal")
        dialog = PrintDialog(self.ops, self.ctx, self.actor, self.animal_id, name,
                             choose_path=self.choose_path, parent=self)
        dialog.saved.connect(self.saved_notice.show_saved)
        self._open_dialog(dialog)

    def show_prescriptions(self) -> None:
        if self.header is None:
            return
        from vetdesk.ui.pharmacy.prescriptions_window import PrescriptionsWindow

        window = PrescriptionsWindow(self.ops, self.ctx, self.actor, self.animal_id,
                                     self.header.name, self.header.species,
                                     choose_path=self.choose_path, parent=self)
        window.saved.connect(self.saved_notice.show_saved)
        window.finished.connect(lambda _code: self.refresh())
        self._open_dialog(window)

    def refer(self) -> None:
        """Referrals and lab requests (issue 12): the list, and from it a new one."""
        if self.header is None:
            return
        from vetdesk.ui.referrals.referrals_window import ReferralsWindow

        window = ReferralsWindow(self.ops, self.ctx, self.actor, self.animal_id,
                                 self.header.name, choose_path=self.choose_path,
                                 choose_files=self.choose, parent=self)
        window.saved.connect(self.saved_notice.show_saved)
        window.journal_changed.connect(self.refresh)
        self._open_dialog(window)

    def new_prescription(self) -> None:
        """Ctrl+P: the prescription form (a veterinarian's); others see why not."""
        if self.header is None:
            return
        if not self.actor.can(Permission.PRESCRIBE):
            self.banner.show_message(self.tr("Only a veterinarian can issue prescriptions."))
            return
        from vetdesk.ui.pharmacy.prescription_dialog import PrescriptionDialog

        dialog = PrescriptionDialog(self.ops, self.ctx, self.actor, self.animal_id,
                                    self.header.name, self.header.species, parent=self)
        # The journal note was written with it: show it in the timeline.
        dialog.issued.connect(lambda _summary: self.refresh())
        self._open_dialog(dialog)

    def show_medicine_given(self) -> None:
        """Medicine given without a prescription: the animal's list; a vet records a new one
        (its journal note then shows in the timeline) or voids a wrong one."""
        if self.header is None:
            return
        from vetdesk.ui.pharmacy.given_window import MedicineGivenWindow

        window = MedicineGivenWindow(self.ops, self.ctx, self.actor, self.animal_id,
                                     self.header.name, self.header.species,
                                     choose_path=self.choose_path, parent=self)
        window.journal_changed.connect(self.refresh)
        self._open_dialog(window)

    def _open_dialog(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _changed(self, version: NewVersion) -> None:
        self.refresh(select=version.entry_id)
        self.refresh_weights()


def open_chart(page: PageContext, animal_id: int) -> ChartTab:
    """A chart tab for ``animal_id`` without an opener (one-off use, e.g. from a test)."""
    tab = ChartTab(page, animal_id)
    page.events.open_tab.emit(tab, tab.title)
    return tab


__all__ = ["ChartTab", "open_chart"]
