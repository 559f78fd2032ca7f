"""The main window: navigation rail, global search, work area as tabs, status bar, idle lock."""

from __future__ import annotations

import logging

from vetdesk.services import auth, clinic
from vetdesk.services.clinic import ClinicDetails
from vetdesk.services.context import ServiceContext
from vetdesk.services.integrity import TipCheck, WorkstationTips
from vetdesk.services.permissions import Actor
from vetdesk.ui.chart import ChartOpener
from vetdesk.ui.chart.drafts_notice import DraftsNotice
from vetdesk.ui.front_desk import install_front_desk
from vetdesk.ui.help import ScreenOnTop, WindowHelp
from vetdesk.ui.idle_watcher import IdleWatcher
from vetdesk.ui.labels import role_label
from vetdesk.ui.lock_screen import LockScreen
from vetdesk.ui.nav_rail import NavigationRail
from vetdesk.ui.ops import Operations
from vetdesk.ui.pages import PageContext, PageRegistry, PageSpec, ShellEvents, default_registry
from vetdesk.ui.qt import (
    QCloseEvent,
    QDialog,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QShortcut,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    Signal,
    qt_object_alive,
)
from vetdesk.ui.reminders.delivery_poller import DeliveryPoller
from vetdesk.ui.search_field import GlobalSearchField
from vetdesk.ui.widgets.error_banner import ErrorBanner
from vetdesk.ui.work_area import WorkArea

log = logging.getLogger(__name__)
DEFAULT_IDLE_LOCK_MINUTES = 10


class MainWindow(QMainWindow):
    """The window a signed-in user works in.

    ``signed_out(quitting)`` is emitted once the sign-out is on record: ``quitting`` is False
    after "Sign out" (the launcher shows sign-in again) and True after closing the window.
    ``idle_timeout_ms`` overrides the clinic's idle-lock minutes (tests use milliseconds).
    ``workstation_tips`` is this computer's record of the audit tip it saw last (checked once
    the window opens); None leaves it out (tests that are not about it).
    """

    signed_out = Signal(bool)
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        ops: Operations,
        actor: Actor,
        *,
        registry: PageRegistry | None = None,
        idle_timeout_ms: int | None = None,
        workstation_tips: WorkstationTips | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ops = ops
        self.actor = actor
        self.is_locked = False
        self._closing = False
        self._signed_out = False
        self._quitting = False
        # Set by "Switch user": the sign-in that follows starts with an empty username.
        self.switching_user = False
        self._hidden_dialogs: list[QDialog] = []
        self._fixed_idle_ms = idle_timeout_ms
        self.idle_lock_minutes = DEFAULT_IDLE_LOCK_MINUTES
        self.setWindowTitle(self.tr("VetDesk"))
        self.resize(1180, 760)

        self.events = ShellEvents(self)
        self.events.clinic_changed.connect(self._clinic_changed)
        page_context = PageContext(ctx=ctx, ops=ops, actor=actor, events=self.events)
        pages = (registry or default_registry()).pages_for(actor)

        self.search_field = GlobalSearchField()
        self.clinic_label = QLabel()
        self.clinic_label.setProperty("role", "heading")
        self.user_button = self._build_user_button()
        top_bar = QHBoxLayout()
        top_bar.setContentsMargins(10, 8, 10, 8)
        top_bar.addWidget(self.clinic_label)
        top_bar.addSpacing(16)
        top_bar.addWidget(self.search_field, 1)
        top_bar.addSpacing(8)
        top_bar.addWidget(self.user_button)

        self.rail = NavigationRail(pages)
        self.banner = ErrorBanner()
        ops.failed.connect(self.banner.show_failure)
        # A lost connection: "trying again" while the call runs once more, gone if that works.
        self._retry_message: str | None = None
        ops.retrying.connect(self._connection_retrying)
        ops.recovered.connect(self._connection_recovered)
        self.work_area = WorkArea(pages, page_context)
        self.events.open_tab.connect(self.work_area.open_tab)
        # A chart tab per animal, asked for by the Patients page, the client card or search.
        self.charts = ChartOpener(page_context, self)
        self.events.open_animal.connect(self.charts.open)
        self.events.open_entry.connect(
            lambda animal_id, entry_id: self.charts.open(animal_id).open_entry(entry_id))
        self.rail.page_selected.connect(self.work_area.show_page)
        work_column = QVBoxLayout()
        work_column.setContentsMargins(8, 8, 8, 0)
        work_column.addWidget(self.banner)
        # Unsigned drafts from before (a crash, a closed program) are pointed out at sign-in.
        self.drafts_notice = DraftsNotice(page_context)
        work_column.addWidget(self.drafts_notice)
        work_column.addWidget(self.work_area, 1)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.rail)
        body.addLayout(work_column, 1)

        self.shell = QWidget()
        shell_layout = QVBoxLayout(self.shell)
        shell_layout.setContentsMargins(0, 0, 0, 0)
        shell_layout.setSpacing(0)
        shell_layout.addLayout(top_bar)
        shell_layout.addLayout(body, 1)

        self.lock_screen = LockScreen(ctx, ops, actor)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.sign_out_requested.connect(lambda: self.sign_out())
        self.stack = QStackedWidget()
        self.stack.addWidget(self.shell)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)

        self.database_label = QLabel(self.tr("Database: {0}").format(ctx.db.description))
        self.database_label.setObjectName("statusDatabase")
        self.user_label = QLabel(self.tr("Signed in: {name} ({role})").format(
            name=actor.full_name, role=role_label(actor.role)))
        self.user_label.setObjectName("statusUser")
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        if ctx.db.readonly:
            self.banner.show_message(ctx.db.readonly_reason or self.tr(
                "The database is open read-only: you can look, but nothing can be saved."))

        self._add_shortcuts(pages)
        # Search results under the field, client cards as tabs (events.open_client), Ctrl+N.
        self.front_desk = install_front_desk(page_context, self.search_field, self.shell, self)
        # F1: help for the screen on top, told only what it looks at.
        self.help = WindowHelp(ScreenOnTop(
            window=self, work_area=self.work_area, results=self.front_desk.search.panel,
            actor=lambda: self.actor, locked=lambda: self.is_locked), pages)
        self.idle = IdleWatcher(idle_timeout_ms or DEFAULT_IDLE_LOCK_MINUTES * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.idle.start()
        # Delivery reports asked of the SMS gateway every minute, on a worker of their own.
        self.delivery_poller = DeliveryPoller(page_context, paused=lambda: self.is_locked,
                                              parent=self)
        self.delivery_poller.start()
        if pages:
            self.rail.select(pages[0].key)
        self.search_field.setFocus()
        self._load_clinic()
        self._check_audit_tip(workstation_tips)
        self.drafts_notice.load()

    # -- building -----------------------------------------------------------------------------

    def _build_user_button(self) -> QPushButton:
        button = QPushButton(self.actor.full_name)
        button.setObjectName("userMenu")
        menu = QMenu(button)
        self.lock_action = menu.addAction(self.tr("Lock now"))
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        # A shared front-desk PC: the next person signs in without closing VetDesk (issue 8).
        self.switch_user_action = menu.addAction(self.tr("Switch user…"))
        self.switch_user_action.triggered.connect(self.switch_user)
        self.sign_out_action = menu.addAction(self.tr("Sign out"))
        self.sign_out_action.triggered.connect(lambda: self.sign_out())
        button.setMenu(menu)
        self.addAction(self.lock_action)
        return button

    def _add_shortcuts(self, pages: list[PageSpec]) -> None:
        focus_search = QShortcut(QKeySequence("Ctrl+K"), self)
        focus_search.activated.connect(self.focus_search)
        for number, spec in enumerate(pages[:9], start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda key=spec.key: self.rail.select(key))
        close_tab = QShortcut(QKeySequence("Ctrl+W"), self)
        close_tab.activated.connect(self.work_area.close_current_tab)
        new_entry = QShortcut(QKeySequence("Ctrl+J"), self)
        new_entry.activated.connect(self.new_journal_entry)
        book = QShortcut(QKeySequence("Ctrl+B"), self)
        book.activated.connect(self.book)

    def _connection_retrying(self, message: str) -> None:
        self._retry_message = message
        self.banner.show_message(message)

    def _connection_recovered(self) -> None:
        report = self.banner.report
        if report is not None and report.message == self._retry_message:
            self.banner.dismiss()
        self._retry_message = None

    def _load_clinic(self) -> None:
        ctx = self.ctx
        self.ops.run(lambda: clinic.clinic_details(ctx), success=self._clinic_changed,
                     parent=self)

    def _check_audit_tip(self, tips: WorkstationTips | None) -> None:
        """The anchor outside the database (issue 7): say so if the audit log no longer holds
        the tip this workstation saw last time; the service then remembers the newest."""
        if tips is None:
            return
        ctx = self.ctx
        self.ops.run(lambda: tips.check_and_record(ctx), success=self._audit_tip_checked,
                     parent=self)

    def _audit_tip_checked(self, check: TipCheck) -> None:
        if check.warning:
            self.banner.show_message(check.warning)

    def _clinic_changed(self, details: ClinicDetails) -> None:
        self.clinic_label.setText(details.name)
        self.setWindowTitle(self.tr("{clinic} – VetDesk").format(clinic=details.name))
        self.idle_lock_minutes = details.idle_lock_minutes
        if self._fixed_idle_ms is None:
            self.idle.set_timeout_ms(details.idle_lock_minutes * 60_000)

    # -- actions ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        if self.is_locked:
            return
        self.search_field.setFocus()
        self.search_field.selectAll()

    def book(self) -> None:
        """Ctrl+B anywhere: the screen on top decides what it books (the calendar its selected
        slot, a client card its client and animal), otherwise an empty booking dialog."""
        if self.is_locked:
            return
        here = getattr(self.work_area.currentWidget(), "book_from_here", None)
        if callable(here):
            here()
            return
        from vetdesk.ui.calendar.booking_dialog import Preset
        from vetdesk.ui.calendar.booking_launch import open_booking

        open_booking(PageContext(ctx=self.ctx, ops=self.ops, actor=self.actor,
                                 events=self.events), self, Preset())

    def new_journal_entry(self) -> None:
        """Ctrl+J: a new entry in the chart on screen (UI.md's shortcut list)."""
        if self.is_locked:
            return
        if not self.charts.new_entry_in(self.work_area.currentWidget()):
            self.statusBar().showMessage(self.tr(
                "Open an animal's chart first (Patients page or Ctrl+K), then press Ctrl+J."),
                6000)

    def lock(self) -> None:
        """Cover the work with the lock screen; the lock is written to the audit log."""
        if self.is_locked or self._closing:
            return
        self.is_locked = True
        self.idle.pause()
        self._hide_dialogs()
        self.lock_screen.reset()
        self.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.password_edit.setFocus()
        ctx, actor, minutes = self.ctx, self.actor, self.idle_lock_minutes
        self.ops.run(lambda: auth.lock(ctx, actor, idle_minutes=minutes), parent=self)
        self.locked.emit()

    def unlock(self, actor: Actor) -> None:
        self.actor = actor
        self.is_locked = False
        self.stack.setCurrentWidget(self.shell)
        self._show_dialogs()
        self.idle.start()
        self.unlocked.emit()

    def _hide_dialogs(self) -> None:
        # Open forms and chart dialogs would float above the lock screen (readable, editable,
        # and a modal one blocks the password field). Hide, not reject, so typed text survives.
        visible = [dialog for dialog in self.findChildren(QDialog)
                   if dialog.isVisible() and not self.lock_screen.isAncestorOf(dialog)]
        for dialog in visible:
            dialog.hide()
        # A question (QMessageBox.exec) ends when hidden, as if "keep"/"no" were chosen; shown
        # again it would answer nothing, so only the forms and chart dialogs come back.
        self._hidden_dialogs = [dialog for dialog in visible
                                if not isinstance(dialog, QMessageBox)]

    def _show_dialogs(self) -> None:
        dialogs, self._hidden_dialogs = self._hidden_dialogs, []
        for dialog in dialogs:
            if qt_object_alive(dialog):
                dialog.show()

    def switch_user(self) -> None:
        """Sign this person out (drafts saved, sign-out recorded) and ask who comes next."""
        self.switching_user = True
        self.sign_out()

    def sign_out(self, *, quitting: bool = False) -> None:
        """Record the sign-out, then hand back to the launcher."""
        if self._signed_out:
            return
        self._signed_out = True
        self._quitting = quitting
        self.idle.stop()
        # Typed chart text is saved first: the single worker runs these saves before the
        # sign-out, after which the executor is shut down and nothing more is written.
        self.charts.flush_drafts()
        ctx, actor = self.ctx, self.actor
        self.ops.run(
            lambda: auth.sign_out(ctx, actor),
            success=lambda _none: self._after_sign_out(),
            failure=self._sign_out_failed,
        )

    def _sign_out_failed(self, error: BaseException) -> bool:
        # Leaving must not depend on the database: close anyway, and say why in the log.
        log.warning("Sign-out could not be recorded: %s", error)
        self._after_sign_out()
        return True

    def _after_sign_out(self) -> None:
        self._closing = True
        self.close()
        self.signed_out.emit(self._quitting)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._closing:
            self.idle.stop()
            self.delivery_poller.stop()
            event.accept()
            return
        # Closing the window signs out first, so the audit log shows when the user left.
        event.ignore()
        self.sign_out(quitting=True)
