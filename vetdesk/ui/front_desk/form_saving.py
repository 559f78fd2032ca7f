"""What the client and animal forms share around saving: why Save is disabled, and what a
failed save shows (the conflict bar, the field messages, or the banner)."""

from __future__ import annotations

from collections.abc import Mapping

from vetdesk.errors import ConflictError, ValidationError
from vetdesk.ui.front_desk.conflict_bar import ConflictBar
from vetdesk.ui.front_desk.formats import tr
from vetdesk.ui.front_desk.report_form import ReportForm
from vetdesk.ui.ops import describe_failure
from vetdesk.ui.widgets.error_banner import ErrorBanner


def save_blocked_reason(form: ReportForm, errors: Mapping[str, str], *, saving: bool,
                        loading: bool = False, unchanged: bool = False) -> str:
    """The line beside Save (empty when it may be pressed): the first field error names its
    field's caption, so the user knows where to look."""
    if saving:
        return tr("Saving…")
    if loading:
        return tr("Loading…")
    if errors:
        name, message = next(iter(errors.items()))
        caption = form.captions.get(name, "")
        return tr("To save: {0}").format(f"{caption}: {message}" if caption else message)
    if unchanged:
        return tr("Nothing has changed yet.")
    return ""


def show_save_failure(error: BaseException, *, form: ReportForm, touched: set[str],
                      banner: ErrorBanner, conflict_bar: ConflictBar, editing: bool) -> bool:
    """Show a failed save where it belongs; True when it was a stale edit (the conflict bar
    explains it and nothing else changes). What was typed stays in the fields either way."""
    if isinstance(error, ConflictError) and editing:
        conflict_bar.show_conflict(error.message)
        return True
    if isinstance(error, ValidationError) and error.field_errors:
        touched.update(error.field_errors)
        form.show_errors(error.field_errors, only=touched)
    banner.show_failure(describe_failure(error))
    return False
