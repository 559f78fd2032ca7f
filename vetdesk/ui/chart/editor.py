"""Writing an entry: autosaved draft (debounced, through ops), files, sign with Ctrl+Enter,
and discarding the draft (its author only, after a confirmation: it destroys what was typed).

Nothing typed is thrown away: a failed save keeps the text in the form and says so in the
chart's banner; the next keystroke (or the Sign button) tries again with the same draft id, so a
retry never makes a second draft.
"""

from __future__ import annotations

from collections.abc import Callable

from vetdesk.domain.codes import Species
from vetdesk.errors import UserFacingError, ValidationError
from vetdesk.services import journal
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import (
    AttachmentInfo,
    DraftSnapshot,
    ImplausibleValues,
    SaveResult,
    SignResult,
)
from vetdesk.services.permissions import Actor, Permission
from vetdesk.ui.chart.colours import chart_colours
from vetdesk.ui.chart.entry_form import EntryForm
from vetdesk.ui.chart.formatting import time_text
from vetdesk.ui.chart.prompts import Confirm, FileChooser, choose_files, confirm_warnings
from vetdesk.ui.ops import Operations, describe_failure
from vetdesk.ui.qt import (
    QCoreApplication,
    QKeySequence,
    QShortcut,
    Qt,
    QTimer,
    QWidget,
    Signal,
    qt_object_alive,
)
from vetdesk.ui.widgets.confirm import confirm_destructive
from vetdesk.ui.widgets.error_banner import ErrorBanner

SAVE_DELAY_MS = 1000
AskDiscard = Callable[[QWidget], bool]


def confirm_discard(parent: QWidget) -> bool:
    """UI.md: confirm what destroys. "Keep writing" is the default, so Enter never discards."""
    return confirm_destructive(
        parent,
        title=QCoreApplication.translate("EntryEditor", "Discard draft"),
        text=QCoreApplication.translate(
            "EntryEditor", "Discard this draft? What you wrote in it is deleted and cannot be "
                           "brought back."),
        destroy=QCoreApplication.translate("EntryEditor", "Discard draft"),
        keep=QCoreApplication.translate("EntryEditor", "Keep writing"),
    )


class EntryEditor(EntryForm):
    draft_saved = Signal(object, bool)  # SaveResult, created
    signed = Signal(object)  # SignResult
    discarded = Signal(object)  # the draft's id, once it is gone
    retire_failed = Signal(object)  # this editor: it was going away, but its text is not saved

    def __init__(
        self, ops: Operations, ctx: ServiceContext, actor: Actor, *, animal_id: int,
        species: Species, is_group: bool, banner: ErrorBanner,
        draft: DraftSnapshot | None = None, choose: FileChooser = choose_files,
        confirm: Confirm = confirm_warnings, ask_discard: AskDiscard = confirm_discard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, ctx, actor, animal_id=animal_id, species=species,
                         is_group=is_group, banner=banner, draft=draft, choose=choose,
                         confirm=confirm, parent=parent)
        self.ask_discard = ask_discard
        self.discarding = False
        self.gone = False
        # The form calls edited() only for the user's changes, never while it is being built.
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self.sign_button.clicked.connect(lambda: self.sign())
        self.discard_button.clicked.connect(self.discard)
        self.files.added.connect(self._files_added)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda: self.sign())

    def edited(self) -> None:
        self._save_timer.start()

    # -- saving --------------------------------------------------------------------------------

    @property
    def has_unsaved_changes(self) -> bool:
        return self._edits != self._saved_edits

    def save_now(self) -> None:
        self._save_timer.stop()
        if self.read_only or self.signing or self.discarding or self.gone \
                or not self.has_unsaved_changes:
            return
        if self.saving:
            return  # the save in flight re-saves when it lands (see _saved)
        self.saving = True
        self.saved_label.setText(self.tr("Saving…"))
        form, edits = self.form(), self._edits
        ctx, actor = self.ctx, self.actor
        self.ops.run(
            lambda: journal.save_draft(ctx, actor, form),
            success=lambda result: self._saved(result, edits),
            failure=self._save_failed, parent=self,
        )

    def flush(self) -> None:
        """Queue a save of everything typed now, even while another save runs.

        Used when the form may be destroyed next (its tab closes, another form replaces it):
        the save in flight can no longer re-save once the form is gone, so this one is queued
        behind it on the single worker (same draft id, so the later text wins). It has no
        parent: it runs, and reports a failure, even after the form is deleted.
        """
        self._save_timer.stop()
        if self.read_only or self.signing or self.discarding or self.gone \
                or not self.has_unsaved_changes:
            return
        if not self.saving:
            self.save_now()  # the work runs even if the form is deleted before it lands
            return
        form, edits = self.form(), self._edits
        ctx, actor = self.ctx, self.actor

        def landed(_result: SaveResult) -> None:
            if qt_object_alive(self):
                self._saved_edits = max(self._saved_edits, edits)

        def failed(error: BaseException) -> bool:
            # A deleted form cannot show it: the window's banner does (ops.failed).
            return qt_object_alive(self) and self._save_failed(error)

        self.ops.run(lambda: journal.save_draft(ctx, actor, form),
                     success=landed, failure=failed, parent=None)

    def retire(self) -> None:
        """This form is being replaced: save what is typed, then go."""
        self.retiring = True
        self.flush()
        if not self.saving:
            self.deleteLater()

    def _saved(self, result: SaveResult, edits: int) -> None:
        self.saving = False
        if self.discarding or self.gone:
            return  # saved just before the discard, which runs next on the same worker
        self.save_failed = False
        self.exists = True
        self._saved_edits = max(self._saved_edits, edits)
        self.saved_label.setStyleSheet("")
        self.saved_label.setText(self.tr("Saved {time}").format(
            time=time_text(result.saved_at, self.ctx.zone)))
        self.draft_saved.emit(result, result.created)
        if self.retiring:
            if self.has_unsaved_changes:
                self.save_now()
            else:
                self.deleteLater()
            return
        if self.has_unsaved_changes and not self._save_timer.isActive():
            self._save_timer.start()

    def _save_failed(self, error: BaseException) -> bool:
        self.saving = False
        self.save_failed = True
        self.saved_label.setText(self.tr("✖ Not saved"))
        self.saved_label.setStyleSheet(f"color: {chart_colours().error};")
        if isinstance(error, ValidationError) and error.field_errors and self.fields:
            self.fields.show_errors(error.field_errors)
        report = describe_failure(error)
        self.banner.show_message(
            self.tr("Your entry is not saved yet: {reason} The text stays on screen; VetDesk "
                    "saves again as you type, or press Ctrl+Enter to sign.").format(
                reason=report.message), report.details)
        if self.retiring:
            # It was being replaced and would be deleted: the chart brings it back instead.
            self.retire_failed.emit(self)
        return True

    # -- signing -------------------------------------------------------------------------------

    def sign(self, *, accept_warnings: bool = False) -> None:
        if self.read_only or self.signing or self.discarding or self.gone \
                or not self.actor.can(Permission.SIGN_JOURNAL):
            return
        if self.problems():
            self._show_all_problems = True
            self.update_problems()
            return
        self._save_timer.stop()
        self.signing = True
        self.update_problems()
        form, edits = self.form(), self._edits
        ctx, actor = self.ctx, self.actor

        def work() -> SignResult:
            # Two transactions on purpose: the draft is what the vet wrote and is kept even
            # when signing is refused (implausible values, a lost race), as every keystroke is.
            journal.save_draft(ctx, actor, form)
            return journal.sign_draft(ctx, actor, form.id, accept_warnings=accept_warnings)

        self.ops.run(work, success=lambda result: self._signed(result, edits),
                     failure=self._sign_failed, parent=self)

    def _signed(self, result: SignResult, edits: int) -> None:
        self.signing = False
        self._saved_edits = edits
        self.read_only = True
        self._apply_read_only()
        if self.fields is not None:
            self.fields.set_read_only(True)
        self.sign_button.setEnabled(False)
        self.saved_label.setText(self.tr("Signed {time}").format(
            time=time_text(result.signed_at, self.ctx.zone)))
        self.signed.emit(result)

    def _sign_failed(self, error: BaseException) -> bool:
        self.signing = False
        self.update_problems()
        if isinstance(error, ImplausibleValues):
            if self.confirm(self, error.message):
                self.sign(accept_warnings=True)
            return True
        if isinstance(error, ValidationError) and error.field_errors and self.fields:
            self._show_all_problems = True
            self.fields.show_errors(error.field_errors)
        if isinstance(error, UserFacingError):
            self.banner.show_message(error.message, error.detail or "")
            return True
        return self._save_failed(error)

    def _files_added(self, infos: list[AttachmentInfo]) -> None:
        # Adding a file saved the form first: the draft exists now, as after a typed save.
        created = not self.exists
        self.exists = True
        now = self.ctx.clock.now()
        self.saved_label.setText(self.tr("Saved {time}").format(time=time_text(now, self.ctx.zone)))
        self.draft_saved.emit(SaveResult(self.draft_id, now, created), created)

    # -- discarding ----------------------------------------------------------------------------

    def discard(self) -> None:
        """Throw the draft away after asking; a form with nothing in it just goes."""
        if self.read_only or self.signing or self.discarding or self.gone:
            return
        stored = self.exists or self.saving
        if (stored or self.has_unsaved_changes) and not self.ask_discard(self):
            return
        self._save_timer.stop()
        if not stored:
            self._discarded()
            return
        self.discarding = True
        self._set_buttons_enabled(False)
        self.saved_label.setText(self.tr("Discarding…"))
        ctx, actor, draft_id = self.ctx, self.actor, self.draft_id
        # Queued after any save in flight (one worker), so the save cannot bring it back.
        self.ops.run(lambda: journal.discard_draft(ctx, actor, draft_id),
                     success=lambda _none: self._discarded(),
                     failure=self._discard_failed, parent=self)

    def _discarded(self) -> None:
        self.discarding = False
        self.gone = True
        self.discarded.emit(self.draft_id)

    def _discard_failed(self, error: BaseException) -> bool:
        # The draft stays, and so does the text on screen.
        self.discarding = False
        self._set_buttons_enabled(True)
        self.update_problems()
        self.saved_label.setText(self.tr("Not discarded"))
        report = describe_failure(error)
        self.banner.show_message(report.message, report.details)
        return True

    def _set_buttons_enabled(self, enabled: bool) -> None:
        self.discard_button.setEnabled(enabled)
        self.sign_button.setEnabled(enabled)
